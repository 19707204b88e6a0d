@testable import SOPKit
import Testing

/// `OCRRoleEvidence.mentionList` numbers the words of each name as it collects it (a name read on
/// bytes once, from its key, for all its beginnings): each name's numbers give back its folded words
/// (`nameWords`), two numbers are the same word only when they are the same number, and the names
/// are those of `mentions`.
@Suite struct OCRMentionNumbersTests {
    /// Names and the folded words of each, in the order `mentions` gives them: hyphens inside a word
    /// (one folded word), joiners, upper case, a name of six words cut from a longer run, and a line
    /// outside ASCII (read word by word; its letters outside ASCII stay in its folded words).
    static let cases: [(line: String, names: [String], words: [[String]])] = [
        ("kepada Kepala Sub-Bagian Umum.", ["Kepala Sub-Bagian Umum", "Kepala Sub-Bagian", "Kepala"],
         [["kepala", "subbagian", "umum"], ["kepala", "subbagian"], ["kepala"]]),
        ("menyerahkan kepada Kasi Operasi dan Pengendalian. lalu",
         ["Kasi Operasi dan Pengendalian", "Kasi Operasi", "Kasi"],
         [["kasi", "operasi", "dan", "pengendalian"], ["kasi", "operasi"], ["kasi"]]),
        ("KEPALA DINAS KESEHATAN", ["KEPALA DINAS KESEHATAN", "KEPALA DINAS", "KEPALA"],
         [["kepala", "dinas", "kesehatan"], ["kepala", "dinas"], ["kepala"]]),
        ("Petugas Loket A-B-C Satu Dua Tiga Empat",
         ["Petugas Loket A-B-C Satu Dua Tiga", "Petugas Loket A-B-C Satu Dua", "Petugas Loket A-B-C Satu",
          "Petugas Loket A-B-C", "Petugas Loket", "Petugas"],
         [["petugas", "loket", "abc", "satu", "dua", "tiga"], ["petugas", "loket", "abc", "satu", "dua"],
          ["petugas", "loket", "abc", "satu"], ["petugas", "loket", "abc"], ["petugas", "loket"], ["petugas"]]),
        ("Kepala Désa Sukamaju", ["Kepala Désa Sukamaju", "Kepala Désa", "Kepala"],
         [["kepala", "d\u{E9}sa", "sukamaju"], ["kepala", "d\u{E9}sa"], ["kepala"]]),
        ("tanpa nama di sini", [], []),
    ]

    @Test(arguments: cases.indices) func numbersGiveBackEachNamesWords(_ index: Int) {
        let (line, names, words) = Self.cases[index]
        let list = OCRRoleEvidence.mentionList(in: [OCRLine(number: 1, text: line)])
        #expect(list.names == names, "\(line)")
        #expect(list.candidates.map { $0.numbers.map(list.words.word) } == words, "\(line)")
    }

    /// The numbers of every name of the lines of `OCRRoleNameCollectionTests` and of random lines of
    /// its pieces agree with the names' words, and no word has two numbers.
    @Test func numbersAgreeWithNameWords() {
        var texts = OCRRoleNameCollectionTests.lines
        texts.append(OCRRoleNameCollectionTests.lines.joined(separator: " "))
        var generator = SplitMix(seed: 0x3131_2026)
        let pieces = OCRRoleNameCollectionTests.punctuatedPieces
        for round in 0..<3_000 {
            texts.append((0..<(round % 16 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            let lines = [OCRLine(number: 1, text: text)]
            let list = OCRRoleEvidence.mentionList(in: lines)
            var wordOfNumber: [Int: String] = [:]
            for (name, numbers) in zip(list.names, list.candidates.map(\.numbers)) {
                #expect(numbers.map(list.words.word) == OCRRoleEvidence.nameWords(name), "\(name.debugDescription)")
                for number in numbers { wordOfNumber[number] = list.words.word(number) }
            }
            #expect(Set(wordOfNumber.values).count == wordOfNumber.count, "\(text.debugDescription)")
        }
    }

    /// The first numbers of a name (`WordNumbers.first`) are those of its beginning, packed or not.
    @Test(arguments: [[3, 1, 4, 1, 5, 9], [510, 0, 7], [511, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9]])
    func firstNumbersAreTheBeginning(_ numbers: [Int]) {
        let all = OCRRoleEvidence.WordNumbers(numbers)
        for length in 0...numbers.count {
            let first = all.first(length)
            #expect(Array(first) == Array(numbers.prefix(length)), "\(numbers) \(length)")
            #expect(first.packed == OCRRoleEvidence.WordNumbers(numbers.prefix(length)).packed, "\(numbers) \(length)")
        }
    }

    /// Mentions given as Strings (`MentionList(names:)`) are numbered name by name, a known role name
    /// with its own numbers: the same words as their `nameWords`.
    @Test func namesGivenAsStringsAreNumberedByTheirWords() {
        let names = ["Kepala Dinas", "Kasi Kesejahteraan Sosial", "Lurah", "Kepala Désa", "Staf/Operator"]
        let list = OCRRoleEvidence.MentionList(names: names)
        #expect(list.names == names)
        #expect(list.candidates.map { $0.numbers.map(list.words.word) } == names.map(OCRRoleEvidence.nameWords))
    }
}

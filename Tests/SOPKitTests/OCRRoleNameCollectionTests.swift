@testable import SOPKit
import Testing

/// `OCRRoleEvidence.mentions` joins each name once, keeping where its words end on the stack, and the
/// header word matcher skips header words by length before comparing them: the same names, in the
/// same order, as names collected as arrays of words, and no match skipped that `wordMatch` gives.
@Suite struct OCRRoleNameCollectionTests {
    /// Table lines with names of every shape: joiners before and after capitals, names cut at six
    /// words, ended by punctuation and cell borders, in upper case, with non-ASCII letters and marks,
    /// repeated, and lines that name no role.
    static let lines: [String] = [
        "menyerahkan kepada Kasi Operasi dan Pengendalian. lalu",
        "diteruskan ke Kepala Dinas | Lurah Sukajadi, Staf",
        "oleh Petugas Loket Pelayanan Terpadu Satu Pintu Kabupaten",
        "tanpa nama di sini", "Kepala", "", " ", "Kepala dan", "Kepala dan Staf", "Kepala & Staf | Kasi /",
        "Kasi / Kabid / Kadis", "Kepala Dinas dan", "Kepala Dinas dan pemohon", "KEPALA DINAS KESEHATAN",
        "Kepala Bidang- Teknis", "Kepala Désa Sukamaju", "Kepala De\u{301}sa Baru", "Kepala Bidang-Bidang Lain",
        "(Kepala Dinas) menerima", "Kepala Dinas; Sekretaris Dinas: Camat", "Kepala Dinas Kepala Dinas Kepala Dinas",
        "Staf  Perencanaan   Program", "Kepala\u{00A0}Dinas Teknis", "Kasubbag Umum dan Kepegawaian serta Staf",
        "Kepala Dinas2 Teknis", "Kepala 3 Dinas", "Petugas Loket, Petugas Loket", "kepada Kasi i", "Kasi Ab Cd",
        "Tim Reviu dan", "Tim Reviu dan 3", "Kepala dan dan Staf", "Kepala | Dinas", "Kepala| Dinas", "Irban Ⅱ",
    ] + ByteLevelHelperTests.texts

    /// The names of `mentions`, collected the way the definition reads: each name as an array of its
    /// words, joined, with each shorter beginning joined again.
    static func mentionsReference(_ lines: [OCRLine]) -> [String] {
        var found: [String] = []
        var wordCounts: [Int] = []
        var seen: Set<String> = []
        for line in lines {
            let words = OCRTableBytes.wordsAreTokens(line)
                ? line.tokens.map(\.text) : Array(FoldedKey.spaceSeparated(line.text[...]))
            for index in words.indices where OCRRoleEvidence.startsRoleName(words[index]) {
                var name = [String(words[index].trimmingOCRPunctuation())]
                var next = index + 1
                var ended = OCRRoleEvidence.endsName(words[index])
                while !ended, next < words.count, name.count < 6 {
                    let word = words[next].trimmingOCRPunctuation()
                    if OCRRoleEvidence.keyIsJoiner(word), next + 1 < words.count,
                        OCRTableBytes.startsWithUppercase(words[next + 1].trimmingOCRPunctuation())
                    {
                        name.append(String(word))
                    } else if OCRTableBytes.startsWithUppercase(word), OCRRoleEvidence.isNameWord(word) {
                        name.append(String(word))
                    } else {
                        break
                    }
                    ended = OCRRoleEvidence.endsName(words[next])
                    next += 1
                }
                for length in stride(from: name.count, through: 1, by: -1)
                where !OCRRoleEvidence.keyIsJoiner(name[length - 1]) {
                    let text = name[..<length].joined(separator: " ")
                    let key = TextFolding.key(text)
                    if seen.insert(key).inserted {
                        found.append(text)
                        wordCounts.append(FoldedKey.spaceSeparated(key[...]).count)
                    }
                }
            }
        }
        return found.indices.sorted { lhs, rhs in
            wordCounts[lhs] != wordCounts[rhs] ? wordCounts[lhs] > wordCounts[rhs] : lhs < rhs
        }.map { found[$0] }
    }

    @Test(arguments: lines) func namesOfOneLineAgreeWithTheReference(_ text: String) {
        let lines = [OCRLine(number: 1, text: text)]
        #expect(OCRRoleEvidence.mentions(in: lines) == Self.mentionsReference(lines), "\(text.debugDescription)")
    }

    @Test func namesOfAllLinesAgreeWithTheReference() {
        let lines = Self.lines.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        let found = OCRRoleEvidence.mentions(in: lines)
        #expect(found == Self.mentionsReference(lines))
        #expect(found.contains("Kasi Operasi dan Pengendalian") && !found.contains("Kepala dan"))
    }

    /// `endsName` steps back from the last byte of a word cut from its line (a view that does not
    /// start at its string's start): the same answer as the definition on characters.
    @Test(arguments: lines + ["a) b, c.d é. x\u{301}. |, ;é ü|", "Kasi Ab)", "é)", "\u{301})", "x;\u{301}"])
    func nameEndsAgreeWithCharacters(_ text: String) {
        let words = Array(FoldedKey.spaceSeparated(text[...])) + [text.dropFirst(), text.dropLast(), text[...]]
        for word in words {
            #expect(OCRRoleEvidence.endsName(word) == (word == "|" || word.last.map { ",.;:|)".contains($0) } == true),
                "\(word.debugDescription)")
        }
    }

    /// `startsRoleName` reads a word of ASCII letters before trimming it: the same answer as the
    /// definition on the trimmed word's key, for words cut from their lines and for whole lines.
    @Test(arguments: lines + OCRRoleHeaderWordNumberTests.rawWords)
    func roleNameStartsAgreeWithTheKey(_ text: String) {
        for word in Array(FoldedKey.spaceSeparated(text[...])) + [text[...], text.dropFirst()] {
            let head = word.trimmingOCRPunctuation()
            let expected = head.first?.isUppercase == true && OCRRoleEvidence.roleHeads.contains(TextFolding.key(head).utf8)
            #expect(OCRRoleEvidence.startsRoleName(word) == expected, "\(word.debugDescription)")
        }
    }

    /// Words of every length up to 24 bytes made of one letter, so that any two are as alike as their
    /// lengths allow: equal, a prefix of the other, or a few bytes added.
    static let sameLetterWords: [[UInt8]] = (0...24).map { Array(repeating: 0x61, count: $0) }

    @Test func lengthSkipKeepsEveryMatch() {
        for read in Self.sameLetterWords + OCRRoleEditDistanceBandTests.words {
            for wanted in Self.sameLetterWords + OCRRoleEditDistanceBandTests.words
            where OCRRoleEvidence.wordMatch(read: read, wanted: wanted) != nil {
                #expect(OCRRoleEvidence.lengthsMayMatch(read: read.count, wanted: wanted.count), "\(read) \(wanted)")
            }
        }
    }

    @Test(arguments: [(0, 0), (0, 5), (1, 9), (3, 9), (4, 9), (12, 9), (2, 6)])
    func lengthSkipSkipsWordsThatCannotMatch(read: Int, wanted: Int) {
        #expect(!OCRRoleEvidence.lengthsMayMatch(read: read, wanted: wanted))
    }

    @Test(arguments: [(1, 1), (4, 8), (5, 9), (9, 7), (11, 9), (13, 26)])
    func lengthSkipKeepsWordsThatCanMatch(read: Int, wanted: Int) {
        #expect(OCRRoleEvidence.lengthsMayMatch(read: read, wanted: wanted))
    }
}

@testable import SOPKit
import Testing

/// `reconcile` numbers a mention's folded words straight from the mention's bytes
/// (`CandidateWords.numbers(ofName:)`); the numbers must be those of its words split as Strings
/// (`nameWords`, then `number(of:)` word by word), new words numbered in the same order, and every
/// number must give its word back (`word(_:)`).
@Suite struct OCRRoleCandidateNumbersTests {
    /// Names: empty, separators only, known and new words, "/" splits, punctuation, digits, tabs,
    /// non-ASCII (é written both ways, —, ’, NBSP), a CR, repeats and a very long name.
    static let names: [String] = [
        "", " ", "/", " / ", "Kepala Dinas", "KEPALA  DINAS", "Kasubbag/Perencanaan", "Staf / Pelaksana",
        "Kasi Kesejahteraan Sosial", "Kasi Kesejahteraan", "Bidang-Bidang Lain", "Petugas W12x", "Tim\tReviu",
        "Pengelola (Gudang)", "Kepala Caf\u{E9}", "Kepala Cafe\u{301}", "Kepala \u{2014} Dinas", "Staf\u{A0}Umum",
        "Kepala Dinas\r", "Petugas Loket\u{2019}s", "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan",
        String(repeating: "Pelaksana Teknis ", count: 200), "Kasi Kesejahteraan Sosial", "Lurah 2 Sukajadi",
    ]

    @Test func numbersOfNamesAgreeWithTheirWordsAsStrings() {
        var onBytes = OCRRoleEvidence.CandidateWords()
        var asStrings = OCRRoleEvidence.CandidateWords()
        for name in Self.names {
            let numbers = onBytes.numbers(ofName: name)
            let words = OCRRoleEvidence.nameWords(name)
            #expect(Array(numbers) == words.map { asStrings.number(of: $0) }, "\(name.debugDescription)")
            #expect(numbers.map { onBytes.word($0) } == words, "\(name.debugDescription)")
        }
        #expect(onBytes.count == asStrings.count)
    }

    /// The numbering before new words were looked up packed: one dictionary of every word met, new
    /// words numbered after the known ones in the order they are first met.
    struct ReferenceNumbers {
        var numbers = OCRRoleEvidence.CandidateWords.knownNumbers
        var words = OCRRoleEvidence.CandidateWords.knownWords

        mutating func number(of word: String) -> Int {
            if let number = numbers[word] { return number }
            numbers[word] = words.count
            words.append(word)
            return words.count - 1
        }
    }

    /// Words around the packed length (16 and 17 bytes, ASCII and not), repeated in both orders and
    /// asked for as names (bytes) and as words (Strings) in turn, give the reference's numbers.
    @Test func newWordsAreNumberedAsByTheReference() {
        let sixteen = String(repeating: "a", count: 16)
        let seventeen = String(repeating: "a", count: 17)
        let nonASCII = "caf\u{E9}" + String(repeating: "x", count: 11)
        // "café" written both ways: equal Strings of different bytes, one number.
        let words = [
            sixteen, seventeen, "kepala", "dinas", "x", "w12x", nonASCII, "caf\u{E9}", "tim", String(repeating: "b", count: 15),
            seventeen + "b", sixteen, "\u{2014}", "", "umum", "reviu", "tim", "dinas", seventeen, nonASCII, "cafe\u{301}",
            "caf\u{E9}", "\u{A0}", "tab\there",
        ]
        var numbers = OCRRoleEvidence.CandidateWords()
        var reference = ReferenceNumbers()
        for (index, word) in (words + words.reversed() + Self.names.flatMap(OCRRoleEvidence.nameWords)).enumerated() {
            let expected = reference.number(of: word)
            // Every other word, when it is a name of that one word, is numbered as a name.
            let asName = index % 2 == 1 && OCRRoleEvidence.nameWords(word) == [word]
            let number = asName ? numbers.numbers(ofName: word)[0] : numbers.number(of: word)
            #expect(number == expected, "\(word.debugDescription)")
            #expect(numbers.word(number) == word)
        }
        #expect(numbers.count == reference.words.count)
        for number in 0..<numbers.count { #expect(numbers.word(number) == reference.words[number]) }
    }

    /// Many more new words than are searched one by one (`linearSearchLimit`: past it a dictionary
    /// answers), met in one order and asked for again in another, keep the reference's numbers.
    @Test func manyNewWordsKeepTheReferenceNumbers() {
        let words = (0..<300).map { "kata\($0)x" }
        var numbers = OCRRoleEvidence.CandidateWords()
        var reference = ReferenceNumbers()
        var generator = SplitMix(seed: 18)
        for word in words + words.reversed() + words.shuffled(using: &generator) {
            let number = numbers.number(of: word)
            #expect(number == reference.number(of: word), "\(word)")
            #expect(numbers.word(number) == word)
        }
        #expect(numbers.count == reference.words.count)
    }

    /// The known words and the known names' numbers, worked out together, are those of the definition
    /// (`knownNumbers`): "kepala" first, then "dinas", and each name its words' numbers.
    @Test func knownWordsAndNamesAreNumberedAsFirstMet() {
        let knownWords = OCRRoleEvidence.CandidateWords.knownWords
        #expect(knownWords.count == OCRRoleEvidence.CandidateWords.knownNumbers.count)
        #expect(Array(knownWords.prefix(3)) == ["kepala", "dinas", "sekretaris"])
        for (number, word) in knownWords.enumerated() {
            #expect(OCRRoleEvidence.CandidateWords.knownNumbers[word] == number, "\(word)")
        }
        let names = OCRRoleEvidence.CandidateWords.knownNameNumbers
        #expect(names.count == RoleVocabulary.knownRoles.count)
        for (role, numbers) in zip(RoleVocabulary.knownRoles, names) {
            let expected = OCRRoleEvidence.nameWords(role).map { OCRRoleEvidence.CandidateWords.knownNumbers[$0]! }
            #expect(Array(numbers) == expected, "\(role)")
            #expect(numbers.packed != nil, "\(role)")
        }
        let bidang = RoleVocabulary.knownRoles.firstIndex(of: "Bidang-Bidang Lain")!
        #expect(names[bidang].map { knownWords[$0] } == ["bidangbidang", "lain"])
    }

    @Test func knownWordsAreGivenBackByTheirNumbers() {
        let words = OCRRoleEvidence.CandidateWords()
        for (word, number) in OCRRoleEvidence.CandidateWords.knownNumbers {
            #expect(words.word(number) == word)
        }
    }

    /// `isEligible` on word numbers is the definition on the words: several words, or one standalone
    /// role head.
    @Test func eligibilityAgreesWithTheWords() {
        var numbers = OCRRoleEvidence.CandidateWords()
        for name in Self.names + ["Camat", "Kepala", "Lurah", "Sekretaris", "Bendahara", "x"] {
            let parts = OCRRoleEvidence.nameWords(name)
            let expected = parts.count > 1 || parts.first.map {
                OCRRoleEvidence.roleHeads.contains($0.utf8) && OCRRoleEvidence.standaloneHeads.contains($0.utf8)
            } == true
            #expect(OCRRoleEvidence.isEligible(numbers.numbers(ofName: name), words: numbers) == expected, "\(name)")
        }
    }
}

extension OCRRoleEvidence.CandidateWords {
    /// The numbers of the known role names' words by their definition: the words of the names
    /// (`nameWords` of each name in turn), each numbered when it is first met. The reference the tests
    /// hold `knownWords` and `knownNameNumbers` to.
    static let knownNumbers: [String: Int] = {
        var numbers: [String: Int] = [:]
        for role in RoleVocabulary.knownRoles {
            for word in OCRRoleEvidence.nameWords(role) where numbers[word] == nil { numbers[word] = numbers.count }
        }
        return numbers
    }()
}

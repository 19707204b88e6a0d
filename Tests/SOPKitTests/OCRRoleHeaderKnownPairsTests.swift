@testable import SOPKit
import Testing

/// The word pairs of the known role names, read through the words' numbers (`OCRRoleHeader.KnownPairs`),
/// agree with the pairs read as strings: a dictionary from each folded word to the set of the words
/// that follow it in a known role name.
@Suite struct OCRRoleHeaderKnownPairsTests {
    /// The reference: the words that follow each folded word in the known role names.
    static let followers: [String: Set<String>] = {
        var pairs: [String: Set<String>] = [:]
        for role in RoleVocabulary.knownRoles {
            let words = TextFolding.keyWords(role)
            for index in words.indices.dropLast() { pairs[String(words[index]), default: []].insert(String(words[index + 1])) }
        }
        return pairs
    }()

    /// Folded words: every word of the known role names, and words that are none of them (non-ASCII,
    /// empty, prefixes, longer, upper case, a decomposed accent).
    static let words: [String] = {
        var words = OCRRoleHeader.KnownPairs.words
        words += [
            "", " ", "kepal", "kepalaa", "KEPALA", "Kepala", "dinas ", "caf\u{E9}", "cafe\u{301}", "e\u{301}", "&", "/",
            "bidang-bidang", "dan/atau", "-", "x", "pelaksana\u{301}", "\u{301}", "kepala dinas", "upt", "siak", "ppmep",
        ]
        return words
    }()

    @Test func pairsByNumberAgreeWithPairsByString() {
        for first in Self.words {
            for second in Self.words {
                let expected = Self.followers[first]?.contains(second) ?? false
                let read = OCRRoleHeader.KnownPairs.isPair(
                    OCRRoleHeader.KnownPairs.number(of: first[...]), OCRRoleHeader.KnownPairs.number(of: second[...]))
                #expect(read == expected, "\(first) \(second)")
            }
        }
    }

    /// The words are the known role names' folded words (`TextFolding.keyWords`), each once, in the
    /// order they are first met.
    @Test func wordsAreTheFoldedWordsAsFirstMet() {
        var expected: [String] = []
        for role in RoleVocabulary.knownRoles {
            for word in TextFolding.keyWords(role) where !expected.contains(String(word)) { expected.append(String(word)) }
        }
        #expect(OCRRoleHeader.KnownPairs.words == expected)
        #expect(Array(OCRRoleHeader.KnownPairs.words.prefix(3)) == ["kepala", "dinas", "sekretaris"])
        #expect(OCRRoleHeader.KnownPairs.words.filter { $0 == "bidang" }.count == 1)
    }

    @Test func numbersNameTheirWords() {
        for (index, word) in OCRRoleHeader.KnownPairs.words.enumerated() {
            #expect(OCRRoleHeader.KnownPairs.number(of: word[...]) == index, "\(word)")
        }
        #expect(Set(OCRRoleHeader.KnownPairs.words).count == OCRRoleHeader.KnownPairs.words.count)
        for word in ["", "KEPALA", "caf\u{E9}", "kepala dinas", "kepal"] {
            #expect(OCRRoleHeader.KnownPairs.number(of: word[...]) == -1, "\(word)")
        }
    }

    @Test func firstAndLastOfWords() {
        let words = FoldedKey.words("Evaluasi dan")
        #expect(OCRRoleHeader.KnownPairs.number(ofFirst: words) == OCRRoleHeader.KnownPairs.number(of: "evaluasi"))
        #expect(OCRRoleHeader.KnownPairs.number(ofLast: words) == OCRRoleHeader.KnownPairs.number(of: "dan"))
        #expect(OCRRoleHeader.KnownPairs.number(ofFirst: []) == -1 && OCRRoleHeader.KnownPairs.number(ofLast: []) == -1)
        #expect(OCRRoleHeader.KnownPairs.isPair(
            OCRRoleHeader.KnownPairs.number(of: "kepala"), OCRRoleHeader.KnownPairs.number(of: "dinas")))
        #expect(!OCRRoleHeader.KnownPairs.isPair(
            OCRRoleHeader.KnownPairs.number(of: "dinas"), OCRRoleHeader.KnownPairs.number(of: "kepala")))
        #expect(!OCRRoleHeader.KnownPairs.isPair(-1, OCRRoleHeader.KnownPairs.number(of: "dinas")))
    }
}

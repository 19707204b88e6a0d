@testable import SOPKit
import Testing

/// The role header's word facts read on bytes, without the intermediate Strings and arrays they
/// replace: a phrase's first and last folded words and their count (`FoldedWords`), a header word's
/// key without spaces written straight into the matcher's bytes, header-word matches kept as byte
/// offsets of the rest (`HeaderWordMatch`), and a rest compared on bytes. Each agrees with the
/// definition it replaces on empty texts, tabs, non-ASCII spellings (é, —, ’, NBSP, a combining mark),
/// long texts and punctuation.
@Suite struct OCRRoleHeaderWordFactsTests {
    /// Texts whose bytes and characters differ in the ways that matter.
    static let texts: [String] = [
        "", " ", "  ", "\t", "a", "Kepala", "Kepala Dinas", "  Kepala   Dinas  ", "Kepala\tDinas", "Evaluasi dan",
        "Bidang-", "Bidang- Bidang", "-", "&", "/", "Kasubbag/Perencanaan", "Caf\u{E9}", "Kepala Caf\u{E9}-",
        "Kepala\u{A0}Dinas", "Kepala \u{2014} Dinas", "Kepala\u{2019}s", "e\u{301}", " \u{301}Lurah", "x\r\n",
        "PPMEP.", "(Camat)", "Camat2", "K3", "KEPALA SUB BAGIAN", "Sub-Bagian", "..", "a.b.c",
        String(repeating: "Perencanaan ", count: 40), String(repeating: "x", count: 300),
        "Kasi Kesejahter", "aan", "\u{212A}epala",
    ]

    /// The definition `FoldedWords` follows: the words of the key as an array.
    @Test func foldedWordsAgreeWithTheWordsOfTheKey() {
        for text in Self.texts {
            let key = TextFolding.key(text)
            let words = FoldedKey.spaceSeparated(key[...])
            let read = OCRRoleHeader.FoldedWords(key: key)
            #expect(read.count == words.count, "\(text)")
            #expect(read.first == words.first, "\(text)")
            #expect(read.last == words.last, "\(text)")
        }
    }

    /// A phrase's facts no longer keep its words, but the ones they keep are those of its words.
    @Test func phraseTextKeepsTheOuterWords() {
        for text in Self.texts {
            let words = FoldedKey.words(text)
            let phrase = OCRRoleHeader.PhraseText(text)
            #expect(phrase.wordCount == words.count && phrase.firstWord == words.first && phrase.lastWord == words.last,
                    "\(text)")
            #expect(phrase.firstWordNumber == OCRRoleHeader.KnownPairs.number(ofFirst: words), "\(text)")
            #expect(phrase.lastWordNumber == OCRRoleHeader.KnownPairs.number(ofLast: words), "\(text)")
        }
    }

    @Test func keyWithoutSpacesIsWrittenAsItsBytes() {
        for text in Self.texts {
            var bytes: [UInt8] = [0x7A]
            _ = OCRRoleEvidence.HeaderWordMatcher.appendKeyWithoutSpaces(of: text, to: &bytes)
            #expect(bytes == [0x7A] + Array(OCRTableBytes.keyWithoutSpaces(text).utf8), "\(text)")
        }
    }

    /// Header words read as `texts`, one a line, in one column.
    static func headerWords(_ texts: [String]) -> [OCRHeaderWord] {
        texts.enumerated().map { OCRHeaderWord(text: $1, line: $0, position: 0, column: 0) }
    }

    /// The matches of every wanted word are the header words `wordMatch` accepts, in order, each with
    /// the rest that `wordMatch` gives starting at its offset; and a rest equals a header word's key
    /// exactly when the strings are equal.
    @Test func matchesAndRestsAgreeWithWordMatch() {
        let wanted = ["kesejahteraan", "kepala", "perencanaan", "caf\u{E9}", "sub", "bagian", "dan", "kesejahter", "aan",
                      "e\u{301}", "pelaksana", "kasubbag", "x"]
        let read = Self.texts + ["kesejahter", "Kesejahteraan", "kepal", "kepsla", "Perencanaa", "CAF\u{C9}", "teraan"]
        let words = Self.headerWords(read)
        var numbers = OCRRoleEvidence.CandidateWords()
        let given = wanted.map { numbers.number(of: $0) }
        var matcher = OCRRoleEvidence.HeaderWordMatcher(words: words, numbers: numbers)
        let keys = read.map { OCRTableBytes.keyWithoutSpaces($0) }
        for (word, number) in zip(wanted, given) {
            let expected = keys.enumerated().compactMap { index, key in
                OCRRoleEvidence.wordMatch(read: key, wanted: word).map { (index, $0) }
            }
            let found = matcher.matches(of: word, number: number).map { matcher[$0] }
            let foundAgain = matcher.matches(of: word, number: number).map { matcher[$0] }
            #expect(found.map(\.index) == expected.map(\.0), "\(word)")
            for (match, (_, rest)) in zip(found, expected) {
                #expect(String(decoding: word.utf8.dropFirst(match.restStart), as: UTF8.self) == rest, "\(word)")
                for (index, key) in keys.enumerated() {
                    #expect(matcher.key(index, equalsRestOf: word, from: match.restStart) == (key == rest), "\(word) \(key)")
                }
            }
            #expect(foundAgain == found, "asked twice: \(word)")
        }
    }

    /// Matches asked for by number (`matches(ofNumber:spelledBy:)`, the word fetched only for a number
    /// not asked before) are those asked for with the word, first or again, for known role names'
    /// words, new ASCII words and words outside ASCII.
    @Test func matchesByNumberAgreeWithMatchesByWord() {
        let wanted = ["kesejahteraan", "kepala", "perencanaan", "caf\u{E9}", "sub", "dinas", "x", "kesejahter", "e\u{301}"]
        let words = Self.headerWords(Self.texts + ["kesejahter", "Kesejahteraan", "kepsla", "CAF\u{C9}", "Dinas"])
        var numbers = OCRRoleEvidence.CandidateWords()
        let given = wanted.map { numbers.number(of: $0) }
        var byWord = OCRRoleEvidence.HeaderWordMatcher(words: words, numbers: numbers)
        var byNumber = OCRRoleEvidence.HeaderWordMatcher(words: words, numbers: numbers)
        for (word, number) in zip(wanted + wanted, given + given) {
            let expected = byWord.matches(of: word, number: number).map { byWord[$0] }
            let found = byNumber.matches(ofNumber: number, spelledBy: numbers).map { byNumber[$0] }
            #expect(found == expected, "\(word)")
        }
        #expect(!byNumber.matches(ofNumber: given[1], spelledBy: numbers).isEmpty)
    }

    @Test func freeMatchesSkipOwnedWords() {
        let words = Self.headerWords(["Kepala", "Dinas", "Kepala"])
        var numbers = OCRRoleEvidence.CandidateWords()
        let kepala = numbers.number(of: "kepala")
        let dinas = numbers.number(of: "dinas")
        let camat = numbers.number(of: "camat")
        var matcher = OCRRoleEvidence.HeaderWordMatcher(words: words, numbers: numbers)
        let allFree = matcher.hasFreeMatch(ofNumber: kepala, spelledBy: numbers, owner: [nil, nil, nil])
        let lastFree = matcher.hasFreeMatch(ofNumber: kepala, spelledBy: numbers, owner: [0, nil, nil])
        let noneFree = matcher.hasFreeMatch(ofNumber: kepala, spelledBy: numbers, owner: [0, nil, 1])
        let dinasOwned = matcher.hasFreeMatch(ofNumber: dinas, spelledBy: numbers, owner: [nil, 2, nil])
        let camatAbsent = matcher.hasFreeMatch(ofNumber: camat, spelledBy: numbers, owner: [nil, nil, nil])
        #expect(allFree && lastFree && !noneFree && !dinasOwned && !camatAbsent)
    }

    /// Words of header lines: role heads, complements, acronyms, connectors, header words, debris,
    /// punctuation, hyphens, digits, pipes and tabs.
    static let lineWords = [
        "Kepala", "Dinas", "Petugas", "Rekam", "Loket", "Kasat", "Pol", "PP", "Tim", "Reviu", "Staf", "Pelaksana",
        "pelaksana", "dan", "DAN", "&", "/", "dan/atau", "serta", "atau", "No", "Kegiatan", "Mutu", "Baku", "Waktu",
        "Output", "Ket.", "Bidang-", "-", "--", "Sub-", "Bagian", "Camat", "Lurah", "Perawat", "Kasubbag", "PPMEP",
        "(Kasi)", "Kasi.", "Ka.Sub", "K3", "a", "Y", "Ld", "|", "||", "x|y", "\t", "Evaluasi", "Pelaporan",
        "SEKRETARIS", "Sekretaris", "Kadis", "Pengaduan", "12", "1a", "...", "Kepala-", "PP-", "AB", "Ab", "pejabat",
        "Pejabat", "Pengadaan", "Pendamping", "Pengelola", "Gudang", String(repeating: "Perencanaan", count: 5),
    ]

    /// Plain ASCII header lines made of `lineWords`, from a fixed pseudo-random sequence, with the
    /// empty line and lines of spaces and pipes only.
    static let lines: [String] = {
        var lines = ["", " ", "|", " | | ", "\t", "Kepala\tDinas | Staf"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<4_000 {
            var words: [String] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(state >> 60) + 1
            for _ in 0..<count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                words.append(lineWords[Int(state >> 33) % lineWords.count])
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            lines.append(words.joined(separator: state >> 63 == 0 ? " " : "  "))
        }
        return lines
    }()

    @Test func phrasesOnBytesAgreeWithPhrasesWordByWord() {
        for line in Self.lines {
            #expect(OCRRoleHeader.phrases(text: line) == OCRRoleHeader.phrasesWordByWord(line), "\(line)")
        }
    }

    @Test func phrasesOfNonASCIILinesAreReadWordByWord() {
        for line in ["Kepala Caf\u{E9} | Staf", "Kepala\u{A0}Dinas Petugas", "Kepala \u{2014} Dinas", "Kepala\r\nDinas",
                     "Petugas Rekam\u{2019}s dan"] {
            #expect(OCRRoleHeader.phrases(text: line) == OCRRoleHeader.phrasesWordByWord(line), "\(line)")
        }
        #expect(OCRRoleHeader.phrases(text: "Petugas Rekam Kasat Pol PP | Evaluasi dan") == ["Petugas Rekam", "Kasat Pol PP", "Evaluasi dan"])
    }
}

@testable import SOPKit
import Testing

/// The known role names' words that a header word can be, worked out once per header word and kept
/// from header to header (`KnownWordMatches`, `KnownWordMatchCache`), agree with `wordMatch` asked
/// word by word, on empty words, tabs, non-ASCII spellings (é, —, ’, NBSP, a combining mark), cut and
/// misread words and long words; and the matcher built with a kept cache gives the same matches.
@Suite struct OCRRoleKnownWordMatchTests {
    /// Header words: the known words themselves, misread, cut, in capitals, and the texts of the word
    /// facts tests.
    static let reads: [String] = {
        var reads = OCRRoleHeaderWordFactsTests.texts + [
            "kepal", "kepsla", "Kesejahter", "Perencanaa", "perencanaxn", "PERENCANAAN", "Keuangan", "Kepegawaia",
            "Pelaks", "Sekretari", "Puskesmaz", "Bidang-Bidang", "bidangbidang", "Monitor", "Pengeluaran",
            "Penatausahaan", "Penatausahaa", "penatausahaanx", "upt", "UPT.", "Tim", "tlm", "SIAK", "dan", "Dan",
            "caf\u{E9}", "K\u{E9}pala", "Kepala\u{A0}", "Dinas\u{2019}", "\u{2014}", "e\u{301}", "\t\t",
        ]
        reads += OCRRoleEvidence.CandidateWords.knownNumbers.keys.sorted()
        return reads
    }()

    /// The key without spaces of a header word, as the matcher keeps it.
    static func key(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        _ = OCRRoleEvidence.HeaderWordMatcher.appendKeyWithoutSpaces(of: text, to: &bytes)
        return bytes
    }

    /// The matches `wordMatch` gives for the header word of key `key`, known word by known word.
    static func expected(_ key: [UInt8]) -> OCRRoleEvidence.KnownWordMatches {
        var whole: UInt64 = 0
        var cut: UInt64 = 0
        for (word, number) in OCRRoleEvidence.CandidateWords.knownNumbers {
            guard let rest = OCRRoleEvidence.wordMatch(read: key, wanted: Array(word.utf8)) else { continue }
            if rest.isEmpty { whole |= 1 << UInt64(number) } else { cut |= 1 << UInt64(number) }
        }
        return OCRRoleEvidence.KnownWordMatches(whole: whole, cut: cut)
    }

    @Test func matchesAgreeWithWordMatch() {
        var cache = OCRRoleEvidence.KnownWordMatchCache()
        for read in Self.reads {
            let key = Self.key(read)
            let kinds = OCRRoleEvidence.byteKinds(key)
            let direct = key.withUnsafeBufferPointer { OCRRoleEvidence.KnownWordMatches(read: $0, kinds: kinds) }
            let noted = key.withUnsafeBufferPointer { cache.matches(ofKeyIn: $0, from: 0, length: $0.count, kinds: kinds) }
            let notedAgain = key.withUnsafeBufferPointer { cache.matches(ofKeyIn: $0, from: 0, length: $0.count, kinds: kinds) }
            #expect(direct == Self.expected(key), "\(read)")
            #expect(noted == direct && notedAgain == direct, "\(read)")
        }
    }

    /// The known words laid out one after another are the known words, by number, each with its kinds,
    /// and no byte is left over.
    @Test func knownWordSpansHoldTheKnownWords() {
        let words = OCRRoleEvidence.CandidateWords.knownWords
        let bytes = OCRRoleEvidence.KnownWordMatches.knownWordBytes
        let spans = OCRRoleEvidence.KnownWordMatches.knownWordSpans
        #expect(OCRRoleEvidence.KnownWordMatches.knownWordCount == words.count && spans.count == words.count)
        #expect(spans.first?.bytes == 0..<6 && String(decoding: bytes[spans[0].bytes], as: UTF8.self) == "kepala")
        for (word, span) in zip(words, spans) {
            #expect(Array(bytes[span.bytes]) == Array(word.utf8), "\(word)")
            #expect(span.kinds == OCRRoleEvidence.byteKinds(word.utf8), "\(word)")
        }
        #expect(spans.last?.bytes.upperBound == bytes.count)
    }

    /// A cache filled past its room keeps answering: the keys it could not note are matched each time.
    @Test func fullCacheStillAnswers() {
        var cache = OCRRoleEvidence.KnownWordMatchCache()
        let stems = ["kepala", "dinas", "perencanaan", "keuangan", "sekretaris", "pelaksana", "bidang", "x"]
        for round in 0..<2 {
            for number in 0..<3_000 {
                let key = Array((stems[number % stems.count] + String(number / stems.count, radix: 36)).utf8)
                let kinds = OCRRoleEvidence.byteKinds(key)
                let noted = key.withUnsafeBufferPointer { cache.matches(ofKeyIn: $0, from: 0, length: $0.count, kinds: kinds) }
                #expect(noted == Self.expected(key), "\(String(decoding: key, as: UTF8.self)) round \(round)")
            }
        }
    }

    /// A cut word's rest starts at the header word's length; a whole word's at the known word's end.
    @Test func cutWordsLeaveTheirRest() {
        let words = OCRRoleHeaderWordFactsTests.headerWords(["Penatausa", "haan", "Keuangan"])
        var numbers = OCRRoleEvidence.CandidateWords()
        let penatausahaan = numbers.number(of: "penatausahaan")
        let keuangan = numbers.number(of: "keuangan")
        var matcher = OCRRoleEvidence.HeaderWordMatcher(words: words, numbers: numbers)
        let cut = matcher.matches(of: "penatausahaan", number: penatausahaan).map { matcher[$0] }
        let whole = matcher.matches(of: "keuangan", number: keuangan).map { matcher[$0] }
        #expect(cut == [OCRRoleEvidence.HeaderWordMatch(index: 0, restStart: 9)])
        #expect(whole == [OCRRoleEvidence.HeaderWordMatch(index: 2, restStart: 8)])
        #expect(matcher.key(1, equalsRestOf: "penatausahaan", from: 9))
    }

    /// The matcher gives the same matches and present words with a cache kept over many headers as
    /// with a new one, for known words and others.
    @Test func keptCacheGivesTheSameMatches() {
        var kept = OCRRoleEvidence.KnownWordMatchCache()
        let headers = stride(from: 0, to: Self.reads.count, by: 7).map { start in
            OCRRoleHeaderWordFactsTests.headerWords(Array(Self.reads[start..<min(Self.reads.count, start + 11)]))
        }
        let wanted = OCRRoleEvidence.CandidateWords.knownNumbers.keys.sorted() + ["kesejahteraan", "caf\u{E9}", "x"]
        for round in 0..<2 {
            for words in headers {
                var numbers = OCRRoleEvidence.CandidateWords()
                let given = wanted.map { numbers.number(of: $0) }
                var fresh = OCRRoleEvidence.HeaderWordMatcher(words: words, numbers: numbers)
                var cached = OCRRoleEvidence.HeaderWordMatcher(words: words, numbers: numbers, cache: &kept)
                #expect(fresh.knownWordsPresent == cached.knownWordsPresent, "round \(round)")
                for (word, number) in zip(wanted, given) {
                    let expected = fresh.matches(of: word, number: number).map { fresh[$0] }
                    let found = cached.matches(of: word, number: number).map { cached[$0] }
                    #expect(found == expected, "\(word) round \(round)")
                    let present = fresh.knownWordsPresent & 1 << UInt64(number) != 0
                    if number < OCRRoleEvidence.KnownWordMatches.knownWordCount {
                        #expect(present == !expected.isEmpty, "\(word)")
                    }
                }
            }
        }
    }
    /// A key looked up where it lies in a longer buffer (the keys of a header one after another, read
    /// in two loads from sixteen bytes on) gets the matches of the key looked up on its own.
    @Test func keyInPlaceMatchesTheKeyAlone() {
        let keys = Self.reads.map(Self.key)
        let bytes = keys.flatMap { $0 }
        var alone = OCRRoleEvidence.KnownWordMatchCache()
        var inPlace = OCRRoleEvidence.KnownWordMatchCache()
        var start = 0
        for key in keys {
            let kinds = OCRRoleEvidence.byteKinds(key)
            let expected = key.withUnsafeBufferPointer { alone.matches(ofKeyIn: $0, from: 0, length: $0.count, kinds: kinds) }
            let found = bytes.withUnsafeBufferPointer {
                inPlace.matches(ofKeyIn: $0, from: start, length: key.count, kinds: kinds)
            }
            #expect(found == expected && found == Self.expected(key), "\(String(decoding: key, as: UTF8.self))")
            start += key.count
        }
    }

    /// A header of ASCII words, read in one pass with each key written in place (`loadASCIIKeys`), holds
    /// the keys, their starts and kinds, the letter counts and the known words that reading each word
    /// with `appendKeyWithoutSpaces` gives; so does a header with a word that is not ASCII, wherever it
    /// stands, read word by word.
    @Test(arguments: [
        [], [""], ["Kepala", "Dinas"], ["KEPALA", "sub-bagian", "", "  ", "x", "Kasi2", "(Staf)", "Sekretaris\r\n"],
        ["Penatausa", "haan", "Keuangan", "PERENCANAAN", "Kasubbag/Perencanaan", "a.b.c", "\tStaf\t"],
        [String(repeating: "Perencanaan", count: 30), "Kepala", String(repeating: "x", count: 17)],
        ["Caf\u{E9}", "Kepala", "Dinas"], ["Kepala", "Caf\u{E9}", "Dinas"], ["Kepala", "Dinas", "K\u{301}asi"],
        ["Kepala\u{A0}Dinas"], ["\u{212A}epala", "Bidang"],
    ])
    func headerKeysAgreeWithTheWordByWordReading(_ texts: [String]) {
        let words = OCRRoleHeaderWordFactsTests.headerWords(texts)
        let matcher = OCRRoleEvidence.HeaderWordMatcher(words: words, numbers: OCRRoleEvidence.CandidateWords())
        var bytes: [UInt8] = []
        var starts = [0]
        var present: UInt64 = 0
        for (index, text) in texts.enumerated() {
            let facts = OCRRoleEvidence.HeaderWordMatcher.appendKeyWithoutSpaces(of: text, to: &bytes)
            let key = Array(bytes[starts[index]...])
            starts.append(bytes.count)
            let known = key.withUnsafeBufferPointer { OCRRoleEvidence.KnownWordMatches(read: $0, kinds: facts.keyKinds) }
            present |= known.whole | known.cut
            #expect(matcher.keyKinds[index] == facts.keyKinds, "\(text.debugDescription)")
            #expect(matcher.letterCounts[index] == facts.letterCounts, "\(text.debugDescription)")
            #expect(matcher.knownMatches[index] == known, "\(text.debugDescription)")
        }
        #expect(matcher.keyBytes == bytes && matcher.keyStarts == starts, "\(texts)")
        #expect(matcher.keyKinds.count == texts.count && matcher.letterCounts.count == texts.count)
        #expect(matcher.knownMatches.count == texts.count && matcher.knownWordsPresent == present, "\(texts)")
    }

    /// Whether a numbered word joins parts of a name, read by number, agrees with the word itself, for
    /// every known role name's word and for new words (joiners among them: "&" and "/" as words).
    @Test func joinerByNumberAgreesWithTheWord() {
        var numbers = OCRRoleEvidence.CandidateWords()
        let newWords = ["&", "/", "x", "danx", "dana", "kasi", "caf\u{E9}", String(repeating: "y", count: 20)]
        let given = newWords.map { numbers.number(of: $0) }
        for number in 0..<numbers.count {
            let word = numbers.word(number)
            #expect(OCRRoleEvidence.isJoiner(number: number, in: numbers) == OCRRoleEvidence.isJoiner(word), "\(word)")
        }
        #expect(given.filter { OCRRoleEvidence.isJoiner(number: $0, in: numbers) }.count == 2)
        #expect(OCRRoleEvidence.isJoiner(number: numbers.number(of: "dan"), in: numbers))
    }

    /// The order of the candidates leaves out exactly the known role names that need a word (the first,
    /// or any that is no joiner) outside the known words present, each keeping its place among the
    /// first `maximum`.
    @Test func knownRolesMissingAWordAreLeftOutOfTheOrder() {
        let counts = [4, 3, 3, 2, 1]
        let names = OCRRoleEvidence.CandidateWords.knownNameNumbers
        let knownWords = OCRRoleEvidence.CandidateWords.knownWords
        for present: UInt64 in [0, .max, 0b1011, 0xF0F0_F0F0_F0F0, 1 << 3 | 1 << 7, 0x0FFF_FFFF] {
            for maximum in [3, 10, 30, 200] {
                var ordered: [Int] = []
                OCRRoleEvidence.longestFirst(counts, maximum: maximum, knownWordsPresent: present, into: &ordered)
                let expected = OCRRoleEvidence.longestFirst(counts, maximum: maximum).filter { index in
                    guard index >= counts.count else { return true }
                    return names[index - counts.count].enumerated().allSatisfy { position, number in
                        position > 0 && OCRRoleEvidence.isJoiner(knownWords[number]) || present & 1 << UInt64(number) != 0
                    }
                }
                #expect(ordered == expected, "\(present) \(maximum)")
            }
        }
    }
}

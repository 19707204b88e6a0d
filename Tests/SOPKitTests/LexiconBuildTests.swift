@testable import SOPKit
import Testing

/// The lexicon's start-up: `Lexicon(chunks:)` splits chunks at their spaces on their bytes as
/// splitting them character by character did (kept here as the reference), and lists each word once,
/// by length and then in order, whatever the order and repeats of the words it is given; `contains`
/// answers as the set of the words did.
@Suite struct LexiconBuildTests {
    /// The words of `chunks` split character by character, as the shared lexicon's were.
    static func referenceWords(ofChunks chunks: [String]) -> [String] {
        chunks.flatMap { $0.split(separator: " ").map(String.init) }
    }

    /// Every word of `lexicon`, in its order.
    static func listed(_ lexicon: Lexicon) -> [String] {
        (0..<lexicon.count).map(lexicon.word(at:))
    }

    /// The words of `chunks` as the lexicon lists them: each once, by length, then in `String` order.
    static func referenceListed(ofChunks chunks: [String]) -> [String] {
        Set(referenceWords(ofChunks: chunks)).sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
    }

    @Test(arguments: [
        [],
        [""],
        ["   "],
        ["abjad"],
        ["abjad absensi", "acara"],
        ["  acuan   adalah "],
        ["a b", "", "c"],
        ["surat arsip bagi", "akta arsip agar acuan a", "surat"],
        ["zz z zzz a aa aaa", "b"],
    ] as [[String]])
    func wordsOfChunks(chunks: [String]) {
        let lexicon = Lexicon(chunks: chunks)
        #expect(Self.listed(lexicon) == Self.referenceListed(ofChunks: chunks))
        #expect(lexicon.longestWordBytes == Self.referenceWords(ofChunks: chunks).map(\.utf8.count).max() ?? 0)
        #expect(lexicon.starts.count == lexicon.count + 1)
        #expect(lexicon.firstOfLength.count == lexicon.longestWordBytes + 2)
    }

    @Test func wordsOfTheLexiconChunksAgreeWithTheReference() {
        let listed = Self.listed(Lexicon.shared)
        #expect(listed == Self.referenceListed(ofChunks: Lexicon.wordChunks))
        #expect(listed.count > 900)
        #expect(Self.referenceWords(ofChunks: Lexicon.wordChunks).first == "abjad")
        for length in 0...Lexicon.shared.longestWordBytes + 1 {
            let first = Lexicon.shared.firstOfLength[length]
            #expect(first == listed.filter { $0.utf8.count < length }.count, "\(length)")
        }
    }

    @Test func candidatesAreSortedAndDistinctWhateverTheOrderOfTheWords() {
        let lexicon = Lexicon(words: ["surat", "arsip", "bagi", "akta", "arsip", "agar", "acuan", "a"])
        #expect(lexicon.candidates(length: 4, spread: 0).map(\.word) == ["agar", "akta", "bagi"])
        #expect(lexicon.candidates(length: 5, spread: 0).map(\.word) == ["acuan", "arsip", "surat"])
        #expect(lexicon.candidates(length: 4, spread: 1).map(\.word) == ["agar", "akta", "bagi", "acuan", "arsip", "surat"])
        #expect(lexicon.candidates(length: 1, spread: 0).map(\.word) == ["a"])
        #expect(lexicon.candidates(length: 2, spread: 0).map(\.word) == [])
        #expect(lexicon.candidates(length: 9, spread: 2).map(\.word) == [])
        #expect(lexicon.candidates(length: -3, spread: 2).map(\.word) == [])
        #expect(lexicon.longestWordBytes == 5)
        #expect(lexicon.contains("ARSIP") && lexicon.contains("Agar") && !lexicon.contains("arsi"))
    }

    @Test func sharedLexiconListsEachWordOnceInOrder() {
        let words = Set(Self.referenceWords(ofChunks: Lexicon.wordChunks))
        let listed = (1...Lexicon.longestLength).flatMap { Lexicon.shared.candidates(length: $0, spread: 0).map(\.word) }
        #expect(listed.count == words.filter { $0.utf8.count <= Lexicon.longestLength }.count)
        #expect(Set(listed) == words.filter { $0.utf8.count <= Lexicon.longestLength })
        for length in 1...Lexicon.longestLength {
            let bucket = Lexicon.shared.candidates(length: length, spread: 0).map(\.word)
            #expect(bucket == bucket.sorted())
        }
    }

    /// Lexicon words and words it lacks, in several cases and with scalars beyond ASCII: the Kelvin
    /// sign (which lower-cases to "k"), a dotted capital I, combining accents, a ligature, a Greek
    /// question mark (canonically ";").
    static let containsProbes: [String] = {
        var probes = ["", "a", "xyzzy", "arsi", "\u{212A}", "\u{037E}", "\u{FB01}le", "f\u{0131}le", "\u{0130}zin", "izin\u{0307}",
            "\u{00E9}dit", "e\u{0301}dit", "KEGIATAN\u{212A}", "\u{212A}ADALAH", "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"]
        for word in referenceWords(ofChunks: Lexicon.wordChunks).enumerated().filter({ $0.offset % 7 == 0 }).map(\.element) {
            probes += [word, word.uppercased(), String(word.dropLast()), word + "a",
                word.replacing("k", with: "\u{212A}"), word.replacing("i", with: "\u{0130}"),
                word.replacing("e", with: "e\u{0301}")]
        }
        return probes
    }()

    @Test func containsAgreesWithTheSetOfTheWords() {
        let words = Set(Self.referenceWords(ofChunks: Lexicon.wordChunks))
        #expect(Lexicon.shared.contains("kegiatan\u{212A}".dropLast()) == words.contains("kegiatan"))
        #expect(Lexicon.shared.contains("\u{212A}egiatan") == words.contains("kegiatan"))
        for probe in Self.containsProbes {
            #expect(Lexicon.shared.contains(probe) == words.contains(probe.lowercased()), "\(probe.debugDescription)")
            #expect(Lexicon.shared.contains(probe[...]) == words.contains(probe.lowercased()), "\(probe.debugDescription)")
        }
    }
}

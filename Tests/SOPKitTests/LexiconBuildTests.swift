@testable import SOPKit
import Testing

/// The lexicon's start-up: `Lexicon.words(ofChunks:)` splits chunks at their spaces on their bytes as
/// splitting them character by character did (kept here as the reference), and `Lexicon(words:)`
/// lists each word once, in order, whatever the order and repeats of the words it is given.
@Suite struct LexiconBuildTests {
    /// The words of `chunks` split character by character, as the shared lexicon's were.
    static func referenceWords(ofChunks chunks: [String]) -> [String] {
        chunks.flatMap { $0.split(separator: " ").map(String.init) }
    }

    @Test(arguments: [
        ([], []),
        ([""], []),
        (["   "], []),
        (["abjad"], ["abjad"]),
        (["abjad absensi", "acara"], ["abjad", "absensi", "acara"]),
        (["  acuan   adalah "], ["acuan", "adalah"]),
        (["a b", "", "c"], ["a", "b", "c"]),
        (["kata\tlain baris\nbaru"], ["kata\tlain", "baris\nbaru"]),
        (["caf\u{00E9} na\u{00EF}ve \u{00E9}"], ["caf\u{00E9}", "na\u{00EF}ve", "\u{00E9}"]),
        (["e\u{0301} x"], ["e\u{0301}", "x"]),
    ] as [([String], [String])])
    func wordsOfChunks(chunks: [String], expected: [String]) {
        #expect(Lexicon.words(ofChunks: chunks) == expected)
        #expect(Lexicon.words(ofChunks: chunks) == Self.referenceWords(ofChunks: chunks))
    }

    @Test func wordsOfTheLexiconChunksAgreeWithTheReference() {
        let words = Lexicon.words(ofChunks: Lexicon.wordChunks)
        #expect(words == Self.referenceWords(ofChunks: Lexicon.wordChunks))
        #expect(words.count > 900)
        #expect(words.first == "abjad")
    }

    @Test func candidatesAreSortedAndDistinctWhateverTheOrderOfTheWords() {
        let lexicon = Lexicon(words: ["surat", "arsip", "bagi", "akta", "arsip", "agar", "acuan", "a"])
        #expect(lexicon.candidates(length: 4, spread: 0).map(\.word) == ["agar", "akta", "bagi"])
        #expect(lexicon.candidates(length: 5, spread: 0).map(\.word) == ["acuan", "arsip", "surat"])
        #expect(lexicon.candidates(length: 4, spread: 1).map(\.word) == ["agar", "akta", "bagi", "acuan", "arsip", "surat"])
        #expect(lexicon.candidates(length: 1, spread: 0).map(\.word) == ["a"])
        #expect(lexicon.candidates(length: 2, spread: 0).map(\.word) == [])
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
}

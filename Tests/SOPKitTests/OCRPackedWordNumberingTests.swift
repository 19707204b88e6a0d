@testable import SOPKit
import Testing

/// `PackedWordNumbering` numbers words in the order they are first added and gives each number back
/// by the word's exact bytes, across the growth of its slots; `KnownPairs.forEachKeyWord(ofASCII:)`
/// splits an ASCII text into the words of its key (`TextFolding.keyWords`).
@Suite struct OCRPackedWordNumberingTests {
    /// The numbers of `words` added in order, and the numbering after them.
    static func numbered(_ words: [String]) -> (numbers: [Int], numbering: PackedWordNumbering) {
        var numbering = PackedWordNumbering()
        let numbers = words.map { word in
            var word = word
            return word.withUTF8 { numbering.number(adding: $0) }
        }
        return (numbers, numbering)
    }

    /// `word` packed, as the numbering looks it up.
    static func packed(_ word: String) -> PackedASCIIWord {
        PackedASCIIWord(word.utf8)!
    }

    /// Words added, the numbers they get, and the words kept (each once, in the order first met):
    /// repeats, case, both spellings of "é", the longest word and words one byte apart.
    static let numberings: [(words: [String], numbers: [Int], kept: [String])] = [
        (["kepala", "dinas", "kepala", "badan"], [0, 1, 0, 2], ["kepala", "dinas", "badan"]),
        (["a", "A", "a"], [0, 1, 0], ["a", "A"]),
        (["caf\u{E9}", "cafe\u{301}", "cafe", "caf\u{E9}"], [0, 1, 2, 0], ["caf\u{E9}", "cafe\u{301}", "cafe"]),
        (["pengadministrasi", "pengadministras", "pengadministrasi"], [0, 1, 0], ["pengadministrasi", "pengadministras"]),
        (["1", "01", "1 "], [0, 1, 2], ["1", "01", "1 "]),
    ]

    @Test func wordsAreNumberedAsFirstMet() {
        for (words, numbers, kept) in Self.numberings {
            let (given, numbering) = Self.numbered(words)
            #expect(given == numbers, "\(words)")
            #expect(numbering.words == kept, "\(words)")
            for (number, word) in kept.enumerated() {
                #expect(numbering.number(of: Self.packed(word)) == number, "\(word)")
            }
        }
    }

    @Test func wordsNotAddedHaveNoNumber() {
        let (_, numbering) = Self.numbered(["kepala", "dinas", "caf\u{E9}"])
        for word in ["", "Kepala", "kepal", "kepalaa", "dina", "cafe", "caf\u{C3}", "dinas "] {
            #expect(numbering.number(of: Self.packed(word)) == nil, "\(word.debugDescription)")
        }
        #expect(PackedWordNumbering().number(of: Self.packed("kepala")) == nil)
        #expect(PackedWordNumbering().words.isEmpty)
    }

    /// Hundreds of generated words, many repeated, through several doublings of the slots: each keeps
    /// the number it was first given, as an array searched word by word gives it.
    @Test func numbersSurviveTheSlotsGrowing() {
        var generator = SplitMix(seed: 0x0C12_0029)
        // Pieces of one to two bytes ("\u{E9}" is two), joined up to 16 bytes; many words are short,
        // so that they repeat.
        let pieces = ["a", "b", "c", "K", "L", "0", "1", "-", "\u{E9}"]
        var words: [String] = []
        for _ in 0..<1_500 {
            let length = Int.random(in: 1...16, using: &generator)
            let target = length > 4 && Bool.random(using: &generator) ? 2 : length
            var word = ""
            while true {
                let piece = pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                guard word.utf8.count + piece.utf8.count <= target else { break }
                word += piece
            }
            words.append(word.isEmpty ? "a" : word)
        }
        words += words.shuffled(using: &generator)
        let (given, numbering) = Self.numbered(words)
        var expected: [String] = []
        var expectedNumbers: [[UInt8]: Int] = [:]
        for (word, number) in zip(words, given) {
            let bytes = Array(word.utf8)
            if expectedNumbers[bytes] == nil {
                expectedNumbers[bytes] = expected.count
                expected.append(word)
            }
            #expect(number == expectedNumbers[bytes], "\(word.debugDescription)")
        }
        #expect(numbering.words.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        for (number, word) in expected.enumerated() { #expect(numbering.number(of: Self.packed(word)) == number) }
    }

    /// ASCII texts and the words of their keys: hyphens, digits, tabs, brackets, only separators, empty.
    static let keyWordTexts: [(text: String, words: [String])] = [
        ("Kepala Dinas", ["kepala", "dinas"]),
        ("Bidang-Bidang Lain", ["bidang", "bidang", "lain"]),
        ("Kepala UPT", ["kepala", "upt"]),
        ("", []),
        ("  --  ", []),
        (" A1 b2--C3d\t(e) ", ["a1", "b2", "c3d", "e"]),
        ("x", ["x"]),
    ]

    @Test func keyWordsOfASCIIText() {
        for (text, expected) in Self.keyWordTexts {
            var words: [String] = []
            var bytes = text
            bytes.withUTF8 { buffer in
                OCRRoleHeader.KnownPairs.forEachKeyWord(ofASCII: buffer) { words.append(String(decoding: $0, as: UTF8.self)) }
            }
            #expect(words == expected, "\(text.debugDescription)")
            #expect(words == TextFolding.keyWords(text).map(String.init), "\(text.debugDescription)")
        }
    }

    /// Generated ASCII texts (letters, digits, spaces and punctuation) split as `TextFolding.keyWords`
    /// splits them.
    @Test func keyWordsAgreeWithTheKeysWords() {
        var generator = SplitMix(seed: 0x0C12_0030)
        let alphabet = Array("aZ9 -/.,()\t".utf8)
        for _ in 0..<500 {
            let length = Int.random(in: 0...24, using: &generator)
            let bytes = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            var words: [String] = []
            bytes.withUnsafeBufferPointer { buffer in
                OCRRoleHeader.KnownPairs.forEachKeyWord(ofASCII: buffer) { words.append(String(decoding: $0, as: UTF8.self)) }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(words == TextFolding.keyWords(text).map(String.init), "\(text.debugDescription)")
        }
    }
}

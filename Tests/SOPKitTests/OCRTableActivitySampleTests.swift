@testable import SOPKit
import Testing

/// The sample of the activity column's width that a line gives (`activitySampleLength`), read on the
/// line's record in place: the characters of the words from a token on, one apart, when a token that
/// is not a word ends them.
@Suite struct OCRTableActivitySampleTests {
    /// The sample of a line of `text` from token `start` on.
    static func sample(_ text: String, from start: Int) -> Int {
        let line = OCRLine(number: 1, text: text)
        return line.withRecord { OCRTableParser.activitySampleLength(of: $0, from: start) }
    }

    /// The sample as the words' characters counted one by one, for comparison.
    static func characterSample(_ line: OCRLine, from start: Int) -> Int {
        let tokens = Array(line.tokens)
        var end = start
        while end < tokens.count, tokens[end].kind == .word { end += 1 }
        guard end < tokens.count, end > start else { return 0 }
        return tokens[start..<end].map(\.text.count).reduce(0, +) + (end - start - 1)
    }

    @Test(arguments: [
        ("Menerima surat masuk 10 menit", 0, 20),
        ("Menerima surat masuk 10 menit", 1, 11),
        ("Menerima surat masuk", 0, 0),
        ("10 menit", 0, 0),
        ("", 0, 0),
        ("| Memeriksa berkas | Output", 0, 0),
        ("| Memeriksa berkas | Output", 1, 16),
        ("Menyérahkan dokumen 5 menit", 0, 19),
        ("Naïve café 1 jam", 0, 10),
        ("Kata 5", 7, 0),
        ("Kata 5", 1, 0),
    ])
    func sampleOfALine(text: String, start: Int, expected: Int) {
        #expect(Self.sample(text, from: start) == expected, "\(text.debugDescription) from \(start)")
    }

    /// Pieces generated lines are made of: words in ASCII and not, numbers, units, borders, debris, a CR.
    static let pieces: [String] = [
        "Menerima", "surat", "dan", "Kepala", "Seksi", "10", "5,5", "menit", "jam", "|", "-", "_-", "Menyérahkan",
        "café", "x\u{A0}y", "\u{301}a", "D3/S1", "bahan-bahan", "2.", "1jam", "\r", "é", "Disesuaikan", "(", "12.",
    ]

    @Test func sampleMatchesTheWordsCharactersCountedOneByOne() {
        var generator = SplitMix(seed: 32)
        var nonZero = 0
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 8)
            var words: [String] = []
            for _ in 0..<count { words.append(Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]) }
            let line = OCRLine(number: 1, text: words.joined(separator: " "))
            let start = Int(generator.next() % 4)
            let sample = line.withRecord { OCRTableParser.activitySampleLength(of: $0, from: start) }
            #expect(sample == Self.characterSample(line, from: start), "\(line.text.debugDescription) from \(start)")
            if sample > 0 { nonZero += 1 }
        }
        #expect(nonZero > 500)
    }

    /// Whether a word is one of the short words that may end a wrapped activity line past the column
    /// width, as its bytes say when plain ASCII and as its characters say otherwise (the Kelvin sign
    /// lowers to an ASCII "k").
    @Test(arguments: [
        ("dan", true), ("DAN", true), ("Dan", true), ("dengan", true), ("Kepada", true), ("ke", true), ("KE", true),
        ("ATAU", true), ("dan,", false), ("da", false), ("kepadaan", false), ("d@n", false), ("dañ", false),
        ("\u{212A}e", true), ("atau\r", false), ("1", false), ("yang", true), ("Yangs", false),
    ])
    func functionWordOfBytes(text: String, expected: Bool) {
        var word = text
        let answer = word.withUTF8 { bytes in
            OCRTableParser.isFunctionWord(bytes: bytes, plainASCII: OCRTableBytes.isPlainASCII(bytes: bytes), of: text[...])
        }
        #expect(answer == expected, "\(text.debugDescription)")
    }
}

import Testing
@testable import SOPKit

/// Standalone punctuation outside ASCII (dashes, curly quotes, a no-break space) read on the bytes of
/// OCR tokens: `Substring.standalonePunctuationLength`, the trimming of OCR punctuation and the counts
/// of a token's scalars that build on it, checked against their definitions by characters and scalars.
struct OCRTokenStandalonePunctuationTests {
    /// The scalars the byte readers take for standalone punctuation.
    static let standalone: [UInt32] = Array(0xA0...0xA9) + [0xAB, 0xAC, 0xAE, 0xAF, 0xB0, 0xB1, 0xB4, 0xB6, 0xB7, 0xB8, 0xBB, 0xBF]
        + Array(0x2010...0x2027)

    /// Scalars around them that are no standalone punctuation: letters, numbers, the soft hyphen, marks
    /// that join, separators and controls.
    static let others: [UInt32] = [0x41, 0x7C, 0x80, 0x9F, 0xAA, 0xAD, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE, 0xC0,
        0xE9, 0xD7, 0x301, 0x600, 0x200B, 0x200D, 0x200F, 0x2028, 0x2029, 0x2030, 0x20AC, 0xFB01, 0x1F600]

    @Test func standalonePunctuationIsTheListedScalars() {
        for value in Self.standalone + Self.others {
            let scalar = Unicode.Scalar(value)!
            let bytes = Array(String(scalar).utf8)
            let expected = Self.standalone.contains(value) ? bytes.count : 0
            bytes.withUnsafeBufferPointer { bytes in
                #expect(Substring.standalonePunctuationLength(bytes, at: 0) == expected, "U+\(String(value, radix: 16))")
                #expect(Substring.standalonePunctuationLength(bytes, endingAt: bytes.count) == expected, "U+\(String(value, radix: 16))")
                #expect(Substring.standalonePunctuationLength(bytes, at: bytes.count) == 0)
            }
        }
    }

    @Test func standalonePunctuationLengthsOfExamples() {
        let cases: [(String, Int)] = [("\u{2014}", 3), ("\u{201C}S", 3), ("\u{00A0}", 2), ("\u{00BB}x", 2), ("a", 0), ("\u{00E9}", 0),
            ("\u{2028}", 0), ("\u{00AD}", 0), ("\u{00B2}", 0), ("", 0)]
        for (text, length) in cases {
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                #expect(Substring.standalonePunctuationLength(bytes, at: 0) == length, "\(text)")
            }
        }
        // A scalar cut short at the end of the bytes is not read past them.
        [UInt8]([0xE2, 0x80]).withUnsafeBufferPointer { #expect(Substring.standalonePunctuationLength($0, at: 0) == 0) }
        [UInt8]([0xC2]).withUnsafeBufferPointer { #expect(Substring.standalonePunctuationLength($0, at: 0) == 0) }
    }

    @Test func standalonePunctuationIsNoWordCharacterAndJoinsNothing() {
        let neighbours = ["a", "Z", "1", "|", "(", "\r", "\n"] + Self.standalone.map { String(Unicode.Scalar($0)!) }
        for value in Self.standalone {
            let scalar = Unicode.Scalar(value)!
            let character = Character(scalar)
            #expect(!character.isLetter && !character.isNumber && !scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            for neighbour in neighbours {
                #expect((String(scalar) + neighbour).count == 2 && (neighbour + String(scalar)).count == 2, "U+\(String(value, radix: 16))")
            }
        }
    }

    /// Tokens with standalone punctuation next to ASCII (the byte path), and with scalars that send the
    /// trimming to the characters.
    static let tokens = [
        "\u{201C}Surat", "C\u{2014}", "\u{2014}D", "\u{2018}(ab", "Keluar\u{201D}", "\u{00AB}x\u{00BB}", "\u{00A0}Kegiatan\u{00A0}",
        "\u{2014}", "\u{201C}", "a\u{2014}b", "\u{201C}1,5\u{201D}", "\u{201C}menit\u{201D}", "1jam\u{201D}", "\u{2014}>",
        "\u{2018}t", "e\u{201D}", "\u{00A9}", "\u{00B0}C", "\u{2013}5", "5\u{2013}", "\u{201C}\u{00E9}", "\u{00E9}\u{201D}",
        "\u{201C}\u{301}a", "a\u{301}\u{201D}", "a\u{2014}\u{301}", "\u{301}\u{2014}a", "\u{2014}\r\n", "\r\n\u{2014}a",
        "\u{2014}\u{0600}a", "a\u{0600}\u{2014}", "\u{00AD}a", "a\u{00B2}", "\u{00B2}a", "\u{2028}a", "a\u{2028}",
        "\u{2014}\u{200D}a", "\u{201C}\u{201C}x\u{201D}\u{201D}", "\r\u{2014}x", "x\u{2014}\n", "(IKU)", "", "|", "x",
    ]

    @Test(arguments: tokens) func trimmingAgreesWithCharacters(_ text: String) {
        let trimmed = text[...].trimmingOCRPunctuation()
        #expect(Array(trimmed.utf8) == Array(ByteLevelHelperTests.trimmedByCharacters(text[...]).utf8), "\(text.debugDescription)")
    }

    @Test func standalonePunctuationIsTrimmedOnTheBytes() {
        let cases: [(String, Range<Int>)] = [
            ("\u{201C}Surat", 3..<8), ("C\u{2014}", 0..<1), ("\u{2014}D", 3..<4), ("\u{00AB}x\u{00BB}", 2..<3),
            ("\u{00A0}Kegiatan\u{00A0}", 2..<10), ("\u{2014}", 3..<3), ("a\u{2014}b", 0..<5), ("\u{2018}(ab", 4..<6),
        ]
        for (text, bounds) in cases {
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                #expect(Substring.boundsTrimmedOfOCRPunctuation(bytes) == bounds, "\(text.debugDescription)")
            }
        }
        for text in ["\u{201C}\u{00E9}", "\u{201C}\u{301}a", "a\u{2014}\u{301}", "\u{2014}\u{0600}a", "\u{2014}\r\n", "\r\u{2014}x"] {
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                #expect(Substring.boundsTrimmedOfOCRPunctuation(bytes) == nil, "\(text.debugDescription)")
            }
        }
    }

    /// The counts of a token read scalar by scalar with the scalars' properties, as `OCRToken.kind(of:)`
    /// defines them.
    static func countsByScalars(_ text: String) -> [Int] {
        var (letters, digits, others, pipes, pipeLike) = (0, 0, 0, 0, true)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80, (value | 0x20) >= 0x61, (value | 0x20) <= 0x7A {
                letters += 1
                if value != 0x49 { pipeLike = false }
            } else if value >= 0x30, value <= 0x39 {
                digits += 1
                pipeLike = false
            } else if value < 0x80 {
                others += 1
                if value == 0x7C { pipes += 1 } else if value != 0x21 { pipeLike = false }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                pipeLike = false
            } else {
                others += 1
                pipeLike = false
            }
        }
        return [letters, digits, others, pipes, pipeLike ? 1 : 0]
    }

    @Test(arguments: tokens) func countsOnBytesAgreeWithScalars(_ text: String) {
        let counts = Array(text.utf8).withUnsafeBufferPointer(OCRToken.scalarCounts(utf8:))
        let onlyASCIIOrStandalone = text.unicodeScalars.allSatisfy { $0.value < 0x80 || Self.standalone.contains($0.value) }
        #expect((counts != nil) == onlyASCIIOrStandalone, "\(text.debugDescription)")
        if let counts {
            #expect([counts.letters, counts.digits, counts.others, counts.pipes, counts.pipeLike ? 1 : 0] == Self.countsByScalars(text),
                "\(text.debugDescription)")
        }
    }

    @Test func kindsOfTokensWithStandalonePunctuation() {
        let cases: [(String, OCRToken.Kind)] = [
            ("\u{201C}Surat", .word), ("C\u{2014}", .junk), ("\u{2014}", .junk), ("\u{201C}1,5\u{201D}", .number),
            ("\u{201C}menit\u{201D}", .unit(.minute)), ("1jam\u{201D}", .amount(1, .hour)), ("\u{2013}5", .number),
            ("Keluar\u{201D}", .word), ("\u{00AB}x\u{00BB}", .junk),
        ]
        for (text, kind) in cases {
            #expect(OCRToken.kind(of: text[...]) == kind, "\(text.debugDescription)")
        }
    }

    /// Tokens drawn from ASCII letters, digits and punctuation, standalone punctuation and scalars that
    /// join or are letters, with the seeded `SplitMix`: trimmed as by characters, counted as by scalars.
    @Test func generatedTokensAgreeWithTheDefinitions() {
        let pieces = ["a", "K", "I", "1", "0", ",", ".", "|", "!", "(", ")", "-", "\r", "\n", "\u{2014}", "\u{2013}", "\u{201C}",
            "\u{201D}", "\u{2018}", "\u{00A0}", "\u{00AB}", "\u{00B0}", "\u{00E9}", "\u{301}", "\u{0600}", "\u{00B2}", "\u{200D}"]
        var random = SplitMix(seed: 34)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(Array(text[...].trimmingOCRPunctuation().utf8) == Array(ByteLevelHelperTests.trimmedByCharacters(text[...]).utf8),
                "\(text.debugDescription)")
            if let counts = Array(text.utf8).withUnsafeBufferPointer(OCRToken.scalarCounts(utf8:)) {
                #expect([counts.letters, counts.digits, counts.others, counts.pipes, counts.pipeLike ? 1 : 0] == Self.countsByScalars(text),
                    "\(text.debugDescription)")
            }
        }
    }
}

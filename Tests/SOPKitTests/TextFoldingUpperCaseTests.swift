@testable import SOPKit
import Testing

/// `TextFolding.isUpperCase` reads a text on its UTF-8 bytes, eight at a time (`isUpperCaseASCII`),
/// and only a text with a byte outside ASCII by its scalars (`isUpperCaseByScalars`, the definition).
@Suite struct TextFoldingUpperCaseTests {
    /// Texts at the edges of the byte reading: empty, shorter than eight bytes, exactly eight, a
    /// multiple of eight, a lower-case letter in the last few bytes (read in one load), letters next to
    /// "@", "[", "`" and "{" (the bytes either side of each range), digits and punctuation only, and
    /// text outside ASCII before and after a lower-case letter.
    static let cases: [(text: String, minimumLetters: Int, expected: Bool)] = [
        ("", 0, true), ("", 2, false), ("A", 1, true), ("A", 2, false), ("AB", 2, true), ("Ab", 1, false),
        ("DASAR HUKUM", 4, true), ("Dasar Hukum", 4, false), ("ABCDEFGH", 8, true), ("ABCDEFGH", 9, false),
        ("ABCDEFGh", 1, false), ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 26, true), ("ABCDEFGHIJKLMNOPQRSTUVWXYz", 1, false),
        ("DASAR HUKUM KUALIFIKASI PELAKSANAAn", 4, false), ("DASAR HUKUM KUALIFIKASI PELAKSANAAN", 30, true),
        ("@[`{@[`{@[`{", 0, true), ("@[`{@[`{@[`{", 1, false), ("@A[Z`a{", 2, false), ("@A[Z`{@A[Z`{", 4, true),
        ("12345678 :;.,-()/", 1, false), ("12345678 :;.,-()/", 0, true), ("NO. 1/2026", 2, true),
        ("ÉCOLE NATIONALE", 4, true), ("École nationale", 4, false), ("PELAKSANA é", 4, false),
        ("PELAKSANAAN É", 11, true), ("pelaksana É", 1, false), ("KABUPATEN\u{301} BANDUNG", 4, true),
        ("\u{212A}ELVIN", 6, true), ("ß", 0, false), ("STRASSE ß", 1, false),
    ]

    @Test(arguments: cases) func readsTheLettersOfTheText(_ example: (text: String, minimumLetters: Int, expected: Bool)) {
        #expect(TextFolding.isUpperCase(example.text, minimumLetters: example.minimumLetters) == example.expected,
                "\(example.text.debugDescription)")
        #expect(TextFolding.isUpperCaseByScalars(example.text, minimumLetters: example.minimumLetters) == example.expected,
                "\(example.text.debugDescription)")
    }

    /// A slice of a longer text is read on its own bytes, not those of the text around it.
    @Test func readsASliceOnItsOwnBytes() {
        let text = "Nomor DASAR HUKUM lain"
        let start = text.index(text.startIndex, offsetBy: 6)
        let end = text.index(start, offsetBy: 11)
        #expect(TextFolding.isUpperCase(text[start..<end], minimumLetters: 10))
        #expect(!TextFolding.isUpperCase(text[start...], minimumLetters: 1))
        #expect(!TextFolding.isUpperCase(text[..<end], minimumLetters: 1))
    }

    /// The byte reading agrees with the scalars on thousands of random texts of capitals, lower-case
    /// letters, the bytes either side of each range of letters, digits, spaces, CR and characters
    /// outside ASCII, of every length from empty to past three words of eight bytes, whole and sliced.
    @Test func agreesWithTheScalarsOnRandomTexts() {
        let pieces = ["A", "Z", "M", "a", "z", "m", "@", "[", "`", "{", "0", "9", " ", ".", "\r", "\r\n", "É", "é",
            "\u{301}", "ß", "\u{212A}", "—", "\u{A0}", "DINAS", "Kepala", "HUKUM "]
        var generator = SplitMix(seed: 0x7570_7065)
        for round in 0..<20_000 {
            let text = (0..<(round % 30)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let minimumLetters = Int(generator.next() % 6)
            #expect(TextFolding.isUpperCase(text, minimumLetters: minimumLetters)
                        == TextFolding.isUpperCaseByScalars(text, minimumLetters: minimumLetters),
                    "\(text.debugDescription) \(minimumLetters)")
            let slice = text.dropFirst(round % 3)
            #expect(TextFolding.isUpperCase(slice, minimumLetters: minimumLetters)
                        == TextFolding.isUpperCaseByScalars(slice, minimumLetters: minimumLetters),
                    "\(slice.debugDescription) \(minimumLetters)")
        }
    }

    /// The top bits of the letters of eight ASCII bytes, from "A" and from "a", against the bytes one
    /// by one, for every byte below 0x80 in each of the eight places.
    @Test func marksTheLettersOfEightBytes() {
        for byte in UInt8(0)..<0x80 {
            for place in 0..<8 {
                let word = UInt64(byte) << (8 * UInt64(place)) | 0x2020_2020_2020_2020 & ~(0xFF << (8 * UInt64(place)))
                let upper: UInt64 = byte >= 0x41 && byte <= 0x5A ? 0x80 << (8 * UInt64(place)) : 0
                let lower: UInt64 = byte >= 0x61 && byte <= 0x7A ? 0x80 << (8 * UInt64(place)) : 0
                #expect(TextFolding.letterBytes(word, from: 0x41) == upper, "\(byte) at \(place)")
                #expect(TextFolding.letterBytes(word, from: 0x61) == lower, "\(byte) at \(place)")
            }
        }
    }
}

@testable import SOPKit
import Testing

/// HTML and JSON escaping read eight bytes at a time, and the last bytes of a text in the word that ends
/// it: the same text as escaping scalar by scalar, whatever byte stands at whatever place in texts of
/// every length around the word size; and `HTMLEscaping.isPlainWord` against its byte-by-byte definition.
@Suite struct EscapingWordTests {
    /// What may stand at a place: bytes escaped or dropped, kept controls, the limits of plain ASCII,
    /// letters outside ASCII, U+2028 (escaped in JSON), U+FFFE and U+FFFF (dropped in HTML), U+FFFD.
    static let specials = ["&", "<", ">", "\"", "'", "\\", "\u{0}", "\u{1F}", "\t", "\n", "\r", " ", "~", "\u{7F}", "é",
        "\u{2028}", "\u{2029}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "ï", "€"]

    @Test(arguments: specials) func htmlEscapingAgreesWithScalarsAtEveryPlace(_ special: String) {
        for text in textsWithSpecialAtEveryPlace(special) {
            #expect(Array(HTMLEscaping.escape(text).utf8) == Array(ByteLevelHelperTests.escapedByScalars(text).utf8), "\(text.debugDescription)")
            let sink = ByteSink(capacity: 4)
            HTMLEscaping.escape(text, into: sink)
            #expect(sink.string == ByteLevelHelperTests.escapedByScalars(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: specials) func jsonEscapingAgreesWithScalarsAtEveryPlace(_ special: String) {
        for text in textsWithSpecialAtEveryPlace(special) {
            #expect(String(decoding: JSONWriter.quoted(text), as: UTF8.self) == ByteLevelHelperTests.jsonByScalars(text), "\(text.debugDescription)")
        }
    }

    /// `isPlainWord` against the byte-by-byte definition, on every byte in every position and on words
    /// mixing bytes around the limits.
    @Test func plainHTMLWordsAgreeWithBytes() {
        func plainByBytes(_ word: UInt64) -> Bool {
            (0..<8).allSatisfy { shift in
                let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))
                return byte >= 0x20 && byte < 0x7F && ![0x22, 0x26, 0x27, 0x3C, 0x3E].contains(byte)
            }
        }
        let filler = UInt64(0x6161_6161_6161_6161)
        for byte in 0...255 {
            for position in 0..<8 {
                let shift = UInt64(8 * position)
                let word = (filler & ~(0xFF << shift)) | (UInt64(byte) << shift)
                #expect(HTMLEscaping.isPlainWord(word) == plainByBytes(word), "\(byte) at \(position)")
            }
        }
        let edges: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x28, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F, 0x7E, 0x7F,
            0x80, 0xEF, 0xFE, 0xFF]
        for word in edgeWords(from: edges) {
            #expect(HTMLEscaping.isPlainWord(word) == plainByBytes(word), "\(String(word, radix: 16))")
        }
    }
}

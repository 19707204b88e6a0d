@testable import SOPKit
import Testing

/// Markdown escaping read eight bytes at a time, and the last bytes of a text in the word that ends it:
/// the same bytes as the byte-by-byte escaping it replaced (kept below as the reference), whatever byte
/// stands at whatever place in texts of every length around the word size; and
/// `MarkdownExporter.isPlainWord` against its byte-by-byte definition.
@Suite struct MarkdownEscapeWordTests {
    /// The ASCII punctuation that Markdown reads as markup.
    static let punctuation = Array("\\`*_[]<>|~&#!{}$".utf8)

    /// The escaping before words were read eight bytes at a time: a backslash before each punctuation
    /// byte, looked at one by one.
    static func escapedByBytes(_ text: String) -> [UInt8] {
        var escaped: [UInt8] = []
        for byte in text.utf8 {
            if punctuation.contains(byte) { escaped.append(0x5C) }
            escaped.append(byte)
        }
        return escaped
    }

    /// Every punctuation byte, the plain bytes inside the ranges the word check treats as suspect, the
    /// limits of plain ASCII, kept controls, and letters outside ASCII (Indonesian text has é, —, ’, NBSP).
    static let specials = punctuation.map { String(decoding: [$0], as: UTF8.self) }
        + ["\"", "%", "=", "^", "'", "(", "+", ":", "@", "a", "z", "{", "\u{0}", "\u{1F}", "\t", "\n", "\r", " ", "\u{7F}",
            "é", "—", "’", "\u{A0}", "€"]

    @Test(arguments: specials) func escapingAgreesWithBytesAtEveryPlace(_ special: String) {
        for text in textsWithSpecialAtEveryPlace(special) {
            let sink = ByteSink(capacity: 4)
            MarkdownExporter.escape(text, into: sink)
            #expect(sink.bytes == Self.escapedByBytes(text), "\(text.debugDescription)")
            #expect(Array(MarkdownExporter.escape(text).utf8) == Self.escapedByBytes(text), "\(text.debugDescription)")
        }
    }

    @Test func escapingAgreesWithBytesOnLongAndMixedTexts() {
        let texts = [
            "", "Kepala Sub Bagian Umum menerima berkas (surat permohonan) dan memeriksa kelengkapannya.",
            String(repeating: "Verifikasi dokumen | lampiran_1 * 2 — café ’resmi’\u{A0}[tab]\t<ok> & #3 {x} $5 ~ `code` !", count: 200),
            String(repeating: "é", count: 1000), String(repeating: "\\", count: 33), "\t\t\t\t\t\t\t\t\t",
        ]
        for text in texts {
            let sink = ByteSink(capacity: 1)
            MarkdownExporter.escape(text, into: sink)
            #expect(sink.bytes == Self.escapedByBytes(text), "\(text.prefix(40).debugDescription)")
        }
    }

    /// `isPlainWord` against the byte-by-byte definition (ASCII from space to `z`, no punctuation, and
    /// none of the plain bytes the check leaves to the byte path), on every byte in every position and on
    /// words mixing bytes around the limits.
    @Test func plainWordsAgreeWithBytes() {
        let suspect = Self.punctuation + Array("\"%=^".utf8)
        func plainByBytes(_ word: UInt64) -> Bool {
            (0..<8).allSatisfy { shift in
                let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))
                return byte >= 0x20 && byte < 0x7B && !suspect.contains(byte)
            }
        }
        let filler = UInt64(0x6161_6161_6161_6161)
        for byte in 0...255 {
            for position in 0..<8 {
                let shift = UInt64(8 * position)
                let word = (filler & ~(0xFF << shift)) | (UInt64(byte) << shift)
                #expect(MarkdownExporter.isPlainWord(word) == plainByBytes(word), "\(byte) at \(position)")
            }
        }
        let edges: [UInt8] = [0x00, 0x09, 0x1F, 0x20, 0x21, 0x22, 0x26, 0x27, 0x29, 0x2A, 0x2B, 0x3B, 0x3C, 0x3E, 0x3F, 0x5A, 0x5B,
            0x5E, 0x60, 0x61, 0x7A, 0x7B, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        for word in edgeWords(from: edges) {
            #expect(MarkdownExporter.isPlainWord(word) == plainByBytes(word), "\(String(word, radix: 16))")
        }
    }
}

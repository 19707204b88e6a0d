@testable import SOPKit
import Testing

/// The packing of a short token's bytes into two integers (`PackedASCIIWord`, as `OCRToken.ClassCache` packs it) agrees with
/// packing byte by byte for every start and length of up to 16 bytes in buffers shorter and longer
/// than sixteen bytes (where the bytes are copied, or loaded eight at a time and shifted). And the
/// texts of short lines and tokens read with the rest of their file are those of the lines read on
/// their own and of the tokens cut from the raw line.
@Suite struct OCRShortTextTests {
    /// Buffers of 0 to 64 bytes: ASCII words, tabs and punctuation, control bytes and DEL, bytes beyond
    /// ASCII (é, —, ’, NBSP), and every kind of byte.
    static let buffers: [[UInt8]] = [
        [], Array("a".utf8), Array("Az09 |.-~\t(e)x!".utf8), Array("Az09 |.-~\t(e)x!?".utf8),
        Array("Pengumpulan data\tdokumen 1. | Memberi | 10 | menit |".utf8),
        Array("é—’\u{A0}abcdefghijklmnopqrstuvwxyz".utf8), [0x00, 0x01, 0x1F, 0x7F, 0x41, 0x00, 0x7E, 0x20, 0x09],
        (0..<64).map { UInt8(truncatingIfNeeded: $0 &* 37) },
    ]

    /// The old packing, byte by byte: the first byte lowest, zero past the last.
    static func packedByBytes(_ bytes: [UInt8], from start: Int, length: Int) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<length {
            let byte = UInt64(bytes[start + index])
            if index < 8 { low |= byte << (8 * index) } else { high |= byte << (8 * (index - 8)) }
        }
        return (low, high)
    }

    @Test(arguments: buffers) func packingAgreesWithPackingByBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...buffer.count {
                for length in 0...min(16, buffer.count - start) {
                    let packed = PackedASCIIWord(buffer, from: start, length: length)
                    let expected = Self.packedByBytes(bytes, from: start, length: length)
                    #expect(packed.low == expected.low && packed.high == expected.high, "\(bytes.count) \(start) \(length)")
                }
            }
        }
    }

    @Test func shortLinesAndTokensKeepTheirTexts() {
        let texts = [
            "a", "ab\tc", "Surat 1. |", "é", "abcdefghijklmno", "abcdefghijklmnop", "x — y", "\u{A0}ab", "  a  ", "DOKUMEN",
            "1jam", "’a’", "a\u{0}b", "\u{7F}", "Pengumpulan dokumen Ihdikator Pertanggungjawaban", "x\u{301}", "",
        ]
        let source = SourceText(file: "f.txt", bytes: Array(texts.joined(separator: "\n").utf8), encoding: .utf8)
        for (index, line) in OCRLine.lines(of: source).enumerated() {
            let raw = source.line(index + 1)
            let alone = OCRLine(number: index + 1, text: raw)
            #expect(line.text == alone.text && Array(line.text.utf8) == Array(alone.text.utf8), "\(raw.debugDescription)")
            #expect(line.text.hashValue == alone.text.hashValue && line.key == alone.key, "\(raw.debugDescription)")
            let cut = Array(raw.utf8).split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map { String(decoding: $0, as: UTF8.self) }
            #expect(line.tokens.map { String($0.text) } == cut, "\(raw.debugDescription)")
            #expect(line.tokens.map(\.text.hashValue) == cut.map { $0[...].hashValue }, "\(raw.debugDescription)")
        }
    }
}

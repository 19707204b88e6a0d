@testable import SOPKit
import Testing

/// The lines of a file (`OCRLine.lines(of:)`) are read from the file's bytes: an ASCII line where the
/// file keeps them, any other through the string `String(decoding:as:)` makes of them. Either way each
/// line holds what the same line read alone from that string holds (text, key, row start, flags,
/// tokens with their texts, offsets, kinds and notes). Edge cases: empty lines, lines of spaces and
/// tabs, CR LF and CR line ends, tokens longer than a string holds inline, repeated lines, bytes
/// beyond ASCII (é, —, NBSP, emoji, a combining mark), and bytes that are not UTF-8 (a lone
/// continuation byte, a cut sequence, 0xFF), which the string repairs.
@Suite struct OCRLineFileBytesTests {
    /// Lines of a file as bytes, each followed by a line end.
    static let lines: [[UInt8]] = [
        "1. | Memberi disposisi | 10 | menit |", "", "   ", "\t", "No | Uraian Kegiatan | Pelaksana",
        "Pertanggungjawaban  keuangan\tdaerah", "1. | Memberi disposisi | 10 | menit |", "é — ’\u{00A0}x Pencumpulan",
        "Kepala\u{301}la 😀 1Sposist", String(repeating: "Penyusunan laporan ", count: 40), "x",
    ].map { Array($0.utf8) } + [
        [0x61, 0x80, 0x62, 0x20, 0x63], [0xF0, 0x9F, 0x98, 0x20, 0x6A, 0x61, 0x6D], [0xE2, 0x82], [0xFF, 0x20, 0xC3],
        Array("abcdefghijklmnopqrstu".utf8) + [0xC3] + Array(" 10 menit".utf8),
    ]

    /// A line's facts as text, so that two lines compare on all of them but the tokens' repair-cache
    /// notes, which a file's class cache adds and a line read alone lacks.
    static func described(_ line: OCRLine) -> String {
        "\(line.text.debugDescription)|\(line.key)|\(String(describing: line.rowStart))|\(line.hasPipe)|"
            + "\(line.namesActivityColumn)|\(line.mayNeedWordRepair)|"
            + line.tokens.map { token in
                "\(Array(token.text.utf8))@\(token.offset):\(token.kind):\(String(describing: token.plainKnownWord))"
            }.joined(separator: "~")
    }

    @Test(arguments: [[0x0A], [0x0D, 0x0A], [0x0D]] as [[UInt8]])
    func fileLinesHoldWhatTheirLinesReadAloneHold(_ lineEnd: [UInt8]) {
        let source = SourceText(file: "x", bytes: Array(Self.lines.map { $0 + lineEnd }.joined()), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        #expect(lines.count == Self.lines.count)
        for (index, line) in lines.enumerated() {
            let alone = OCRLine(number: index + 1, text: source.line(index + 1))
            #expect(line.number == index + 1)
            #expect(Self.described(line) == Self.described(alone), "line \(index + 1)")
        }
    }
}

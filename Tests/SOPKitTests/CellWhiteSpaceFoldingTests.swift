@testable import SOPKit
import Testing

/// The cleaner's white-space-only path (cells without markup cleaned without the builder's byte
/// arrays) and the lexer's tab count by multiplication agree with the definitions they replaced: on
/// empty cells, tabs at every offset of a word, non-ASCII text (é, —, ’, no-break spaces), control bytes
/// and very long lines.
@Suite struct CellWhiteSpaceFoldingTests {
    /// The pieces random lines are made of: tabs, spaces, letters, non-ASCII scalars, markup and
    /// control bytes.
    static let pieces = [
        "\t", "\t", "\t\t", " ", "  ", "a", "Kegiatan", "é", "—", "’", "\u{A0}", "<b>", "&amp;", "\u{B}", "\u{7F}", "\u{1}",
        "Menerima berkas", "√", "1.", "Â", "\r",
    ]

    /// A line of `count` pieces drawn with `generator`.
    static func randomLine(_ count: Int, _ generator: inout SplitMix) -> [UInt8] {
        var line: [UInt8] = []
        for _ in 0..<count { line += Array(pieces[Int(generator.next() % UInt64(pieces.count))].utf8) }
        return line
    }

    /// Lines of cells: empty, only tabs, tabs at every offset of a word, long, and random ones.
    static let lines: [[UInt8]] = {
        var lines: [[UInt8]] = [[], [0x09], Array(repeating: 0x09, count: 17), Array(repeating: 0x20, count: 19)]
        for offset in 0..<16 {
            lines.append(Array(repeating: UInt8(ascii: "x"), count: offset) + [0x09] + Array("é  —\tyz".utf8))
            lines.append(Array(repeating: 0x20, count: offset) + [0x09, 0x20, 0x09] + Array(repeating: 0x20, count: 16 - offset))
        }
        lines.append(Array(String(repeating: "Menerima berkas permohonan\t", count: 400).utf8))
        lines.append(Array(String(repeating: "é’—\u{A0}", count: 300).utf8))
        var generator = SplitMix(seed: 16)
        for count in 1...300 { lines.append(randomLine(count % 40 + 1, &generator)) }
        return lines
    }()

    @Test func tabCountAgreesWithEveryByte() {
        for line in Self.lines {
            for shift in 0..<8 {
                let padded = Array(repeating: UInt8(0x09), count: shift) + line + [0x09]
                padded.withUnsafeBufferPointer { buffer in
                    let range = shift..<(shift + line.count)
                    #expect(SourceText.countTabs(buffer, range) == line.filter { $0 == 0x09 }.count, "\(line)")
                }
            }
        }
    }

    /// The lexer reserves one cell per tab and per line of the lines as read: tabs past the cut of an
    /// over-long line make no cells and get no room (a 50 MB line of tabs would ask for 50 million).
    @Test func cellCountLeavesOutTheTabsOfCutLines() {
        let long = [UInt8](repeating: 0x09, count: SourceText.maximumLineLength + 5_000)
        let bytes = Array("Kegiatan\tWaktu\n".utf8) + long + Array("\n\ta\tb".utf8)
        let source = SourceText(file: "cut.txt", bytes: bytes, encoding: .utf8)
        #expect(source.cutLines == [2])
        let lines = Lexer.lines(of: source)
        let count = source.bytes.withUnsafeBufferPointer { Lexer.cellCount(source, $0) }
        #expect(count == 2 + (SourceText.maximumLineLength + 1) + 3)
        #expect(count == lines.reduce(0) { $0 + $1.cells.count })
        let whole = SourceText(file: "whole.txt", bytes: Array("a\tb\n\n\t\t".utf8), encoding: .utf8)
        #expect(whole.bytes.withUnsafeBufferPointer { Lexer.cellCount(whole, $0) } == 6)
    }

    @Test func topBitCountCountsEveryMask() {
        for pattern in 0..<256 {
            var mask: UInt64 = 0
            for offset in 0..<8 where (pattern >> offset) & 1 == 1 {
                mask |= UInt64(0x80) << UInt64(8 * offset)
            }
            #expect(SourceText.topBitCount(mask) == pattern.nonzeroBitCount)
        }
    }

    /// The reference cleaning of a cell without markup: its runs of bytes up to 0x20 and of 0x7F are
    /// separators; the words between them are joined by single spaces.
    static func foldedByWords(_ bytes: ArraySlice<UInt8>) -> String {
        let words = bytes.split { $0 <= 0x20 || $0 == 0x7F }
        return String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
    }

    @Test func whiteSpaceFoldingAgreesWithWords() {
        for line in Self.lines {
            line.withUnsafeBufferPointer { buffer in
                Lexer.forEachCell(buffer, 0..<line.count) { range, column, isClean in
                    let hasMarkup = line[range].contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == 0xC2 }
                    #expect(CellCleaner.hasMarkup(buffer, range) == hasMarkup, "\(line[range])")
                    guard !range.isEmpty, !isClean, !hasMarkup else { return }
                    let cell = CellCleaner.clean(buffer, range, line: 1, column: column, isKnownClean: false)
                    #expect(cell.text == Self.foldedByWords(line[range]), "\(line[range])")
                    #expect(cell == Cell(text: cell.text, line: 1, column: column))
                }
            }
        }
    }

    @Test func whiteSpaceFoldingExamples() {
        let cases: [(String, String)] = [
            ("", ""), (" ", ""), ("  Menerima  berkas ", "Menerima berkas"), ("a\u{B}b", "a b"), ("é —\u{7F}’", "é — ’"),
            ("\u{1}\u{1}x", "x"), ("x\u{1F} ", "x"), (String(repeating: "ab  ", count: 500), String(repeating: "ab ", count: 499) + "ab"),
        ]
        for (text, folded) in cases {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { #expect(CellCleaner.foldingWhiteSpace($0, 0..<bytes.count) == folded, "\(text)") }
        }
    }
}

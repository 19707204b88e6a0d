@testable import SOPKit
import Testing

/// A line whose raw bytes an earlier line of its file has is made from that line's parts
/// (`OCRLine.lines(of:)` with `RepeatedLines`): every line agrees with the line read on its own from
/// its text, and the table finds exactly the first earlier line of the same bytes (the reference: a
/// search of every line before it). Edge cases: lines that differ only in their last byte, around
/// their eighth and ninth bytes, by trailing spaces or tabs, by case, or by a NUL byte; lines that are
/// prefixes of others; bytes beyond ASCII (é, —, ’, NBSP); tabs; line ends of every kind; empty lines;
/// a very long line repeated; and a file of many lines, most of them repeats, so that slots collide.
@Suite struct OCRRepeatedLinesTests {
    static let lines: [String] = [
        "", "Kepala Dinas", "Kepala Dinas", "Kepala Dinaz", "Kepala Dinas ", "Kepala Dinas\t", "kepala dinas",
        "Kepala Dinas", "12345678", "12345679", "123456789", "123456788", "1234567", "|", "|", "| |", "1. | Memberi | 10 | menit |",
        "1. | Memberi | 10 | menit |", "2. Dokumen", "Uraian Kegiatan", "Uraian Kegiatan", "é — ’\u{00A0}x", "é — ’\u{00A0}x",
        "é — ’\u{00A0}y", "ab\u{0}cd", "ab\u{0}ce", "ab\u{0}cd", "\tdokumen\t\tsurat  ", "\tdokumen\t\tsurat  ",
        String(repeating: "Pertanggungjawaban é ", count: 400), String(repeating: "Pertanggungjawaban é ", count: 400),
        String(repeating: "Pertanggungjawaban é ", count: 399) + "Pertanggungjawaban e ", "", "Kepala Dinas",
    ]

    /// The first line before `index` whose bytes are those of line `index`, searched line by line.
    static func firstEarlier(_ index: Int, ranges: [Range<Int>], bytes: [UInt8]) -> Int? {
        (0..<index).first { bytes[ranges[$0]].elementsEqual(bytes[ranges[index]]) }
    }

    /// Expects every line `OCRLine.lines(of:)` makes of `text` to agree with the same line read on its
    /// own from its text (`OCRLine(number:text:)`).
    static func expectAgreesWithLinesReadOnTheirOwn(_ text: String) {
        let source = SourceText(file: "f.txt", bytes: Array(text.utf8), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        #expect(lines.count == source.lineCount)
        for (index, line) in lines.enumerated() {
            let alone = OCRLine(number: index + 1, text: source.line(index + 1))
            #expect(line.number == alone.number && line.text == alone.text && line.key == alone.key, "\(index)")
            #expect(line.tokens == alone.tokens && line.tokens.map(\.plainKnownWord) == alone.tokens.map(\.plainKnownWord))
            #expect(line.isBlank == alone.isBlank && line.isJunk == alone.isJunk, "\(index)")
            #expect(line.rowStart?.number == alone.rowStart?.number && line.rowStart?.nextToken == alone.rowStart?.nextToken)
            #expect(line.hasPipe == alone.hasPipe && line.namesActivityColumn == alone.namesActivityColumn, "\(index)")
        }
    }

    @Test(arguments: ["\n", "\r\n", "\r"]) func repeatedLinesAgreeWithLinesReadOnTheirOwn(_ lineEnd: String) {
        Self.expectAgreesWithLinesReadOnTheirOwn(Self.lines.joined(separator: lineEnd))
    }

    @Test func manyRepeatsAgreeWithLinesReadOnTheirOwn() {
        let text = (0..<3000).map { "Kata \($0 % 257) | \($0 % 5). menit" }.joined(separator: "\n")
        Self.expectAgreesWithLinesReadOnTheirOwn(text)
    }

    @Test(arguments: [0, 1, 2, 16, 257, 3000]) func theTableFindsTheFirstEarlierLineOfTheSameBytes(_ distinct: Int) {
        var texts = Self.lines.filter { !$0.isEmpty }
        texts += (0..<3000).map { distinct == 0 ? "x\($0)" : "Kata \($0 % max(distinct, 1))" }
        let bytes = Array(texts.joined(separator: "\n").utf8)
        let ranges = SourceText.lineRanges(of: bytes)
        var table = RepeatedLines(lineCount: ranges.count)
        bytes.withUnsafeBufferPointer { buffer in
            for index in ranges.indices {
                let found = table.earlierLine(withBytesOf: index, ranges: ranges, in: buffer)
                #expect(found.earlier == Self.firstEarlier(index, ranges: ranges, bytes: bytes), "\(index)")
                #expect(found.isASCII == FoldedKey.isASCII(UnsafeBufferPointer(rebasing: buffer[ranges[index]])), "\(index)")
            }
        }
    }

    /// A table with more lines than slots (every slot taken: what lines crafted to collide make of a
    /// run of slots) looks at no more than `maximumProbes` slots, so it answers at once, never loops,
    /// and a line it finds is still the first earlier line of the same bytes.
    @Test func aFullTableAnswersWithoutLooping() {
        let texts = (0..<200).map { "Baris \($0)" } + ["Baris 3", "Baris 150"]
        let bytes = Array(texts.joined(separator: "\n").utf8)
        let ranges = SourceText.lineRanges(of: bytes)
        var table = RepeatedLines(lineCount: 1)
        var found: [Int?] = []
        bytes.withUnsafeBufferPointer { buffer in
            for index in ranges.indices {
                found.append(table.earlierLine(withBytesOf: index, ranges: ranges, in: buffer).earlier)
            }
        }
        for (index, earlier) in found.enumerated() {
            if let earlier { #expect(earlier == Self.firstEarlier(index, ranges: ranges, bytes: bytes), "\(index)") }
        }
        #expect(found[..<200].allSatisfy { $0 == nil })
        #expect(found[200] == 3)
    }

    /// The hash's ASCII answer agrees with `FoldedKey.isASCII` for lines of 1 to 40 bytes with one
    /// byte beyond ASCII at each position (in a whole word of eight, in the tail a line of eight or more
    /// loads with the word that ends it, and in a shorter line's packed bytes), and none.
    @Test func theHashTellsWhetherBytesAreASCII() {
        for length in 1...40 {
            let plain = (0..<length).map { UInt8(0x20 + $0 % 0x5F) }
            plain.withUnsafeBufferPointer { #expect(RepeatedLines.hash($0).isASCII) }
            for position in 0..<length {
                for high: UInt8 in [0x80, 0xA0, 0xC3, 0xFF] {
                    var bytes = plain
                    bytes[position] = high
                    bytes.withUnsafeBufferPointer { #expect(!RepeatedLines.hash($0).isASCII, "\(length) \(position)") }
                }
            }
        }
    }

    /// Every byte of a line is mixed into its hash, the last ones too, whether packed one at a time
    /// (lines of up to seven bytes) or loaded with the eight that end the line: lines of 1 to 40 bytes
    /// that differ in one byte, at each position, hash apart.
    @Test func everyByteChangesTheHash() {
        for length in 1...40 {
            let plain = (0..<length).map { UInt8(0x41 + $0 % 26) }
            let hash = plain.withUnsafeBufferPointer { RepeatedLines.hash($0).hash }
            for position in 0..<length {
                for changed: UInt8 in [0x20, 0x7A, 0xC3] {
                    var bytes = plain
                    bytes[position] = changed
                    bytes.withUnsafeBufferPointer { #expect(RepeatedLines.hash($0).hash != hash, "\(length) \(position)") }
                }
            }
        }
    }

    @Test func bytesCompareAndHashAsTheirArraysDo() {
        let samples: [[UInt8]] = [
            [1], [2], [1, 2], Array("12345678".utf8), Array("12345679".utf8), Array("123456789".utf8),
            Array("223456789".utf8), Array("1234567".utf8), Array("é — ’\u{00A0}".utf8), Array("\t \t".utf8),
            [0], [0, 0], Array(String(repeating: "ab", count: 600).utf8), Array(String(repeating: "ab", count: 600).utf8) + [0x61],
        ]
        for left in samples {
            for right in samples {
                left.withUnsafeBufferPointer { a in
                    right.withUnsafeBufferPointer { b in
                        #expect(RepeatedLines.equal(a, b) == (left == right))
                        if left == right { #expect(RepeatedLines.hash(a) == RepeatedLines.hash(b)) }
                        #expect(RepeatedLines.hash(a).isASCII == FoldedKey.isASCII(a))
                    }
                }
            }
        }
    }

    @Test func aRepeatedLineKeepsItsOwnNumber() {
        let lines = OCRLine.lines(of: SourceText(file: "f.txt", bytes: Array("a b\n\na b\na b".utf8), encoding: .utf8))
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map(\.location.line) == [1, 2, 3, 4])
        #expect(lines[2].text == "a b" && lines[3].tokens == lines[0].tokens)
    }
}

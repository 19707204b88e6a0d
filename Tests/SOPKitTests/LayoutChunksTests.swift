import Testing

@testable import SOPKit

/// `LayoutLine.lines(of:)` cuts the chunks of every line into one array and gives each line its range
/// of it (`LayoutChunks`): each line must read the chunks `LayoutLine.chunks(utf8:)` cuts from it alone.
@Suite struct LayoutChunksTests {
    /// Files with blank lines, form feeds, tabs, no-break spaces, control characters, text outside
    /// ASCII, and lines that are not UTF-8 after chunks of their own and of the lines before them.
    static let files: [[UInt8]] = [
        [],
        Array("\n".utf8),
        Array("Nomor SOP   : 1\n\n   Tanggal\tEfektif\t\tJanuari\n".utf8),
        Array("  a  b  c  d  e  f  g  h  i  j\n\u{C}No   Kegiatan   Waktu\n\u{C}\u{C}\n1.  Persiapan é  ü".utf8),
        Array("Peraturan\u{A0}Presiden \u{A0}Nomor\r\nKe\u{1}pala  Badan\u{1}\r\n".utf8),
        Array("Dasar Hukum   Peralatan\n".utf8) + [0x41, 0x20, 0x20, 0x42, 0xFF, 0x42, 0x20, 0x20, 0xED, 0xA0, 0x80, 0x43, 0x0A]
            + Array("1.  Undang-Undang   2.  Printer\n".utf8) + [0xC3, 0x0C, 0x20, 0x20, 0x78],
    ]

    @Test(arguments: files) func eachLineReadsItsOwnChunks(_ bytes: [UInt8]) {
        let source = SourceText(file: "t", bytes: bytes, encoding: .utf8)
        let lines = LayoutLine.lines(of: source)
        #expect(lines.count == source.lineRanges.count)
        for (offset, (line, range)) in zip(lines, source.lineRanges).enumerated() {
            var start = range.lowerBound
            while start < range.upperBound, bytes[start] == 0x0C { start += 1 }
            let alone = bytes[start..<range.upperBound].withUnsafeBufferPointer { LayoutLine.chunks(utf8: $0) }
            #expect(Array(line.chunks) == alone, "line \(offset + 1)")
            #expect(line.chunks.count == alone.count)
            for position in alone.indices { #expect(line.chunks[position] == alone[position]) }
            #expect(line.number == offset + 1)
            // A page ends at each form feed before the line's text.
            #expect(line.page == bytes[..<start].filter { $0 == 0x0C }.count, "line \(offset + 1)")
        }
    }

    @Test func chunksCompareAndHashByTheirChunksWhereverStored() {
        let source = SourceText(file: "t", bytes: Array("a  b\n\nc  d\na  b\n".utf8), encoding: .utf8)
        let lines = LayoutLine.lines(of: source)
        let own = LayoutChunks([LayoutChunk(text: "a", start: 0, end: 1), LayoutChunk(text: "b", start: 3, end: 4)])
        #expect(lines[0].chunks == own)
        #expect(lines[0].chunks == lines[3].chunks)
        #expect(lines[0].chunks != lines[2].chunks)
        #expect(lines[1].chunks == [])
        #expect(Set([lines[0].chunks, lines[3].chunks, own]).count == 1)
        #expect(lines[0] == LayoutLine(number: 1, page: 0, chunks: Array(own)))
        #expect(lines[2].chunks.indices == 0..<2)
        #expect(lines[2].chunks[(1)...].map(\.text) == ["d"])
    }
}

import Testing

@testable import SOPKit

/// `LayoutHeader.read` reads an SOP's lines where they are in the file's lines (a slice keeping their
/// indices) instead of a copy of them: on every header of the corpus's layout files, and on the table
/// headers repeated after page breaks, it must read the header it reads from a copy of the same lines
/// indexed from 0, its lines moved by where the slice starts.
@Suite struct LayoutHeaderSliceTests {
    /// The layout files of the corpus, each cut into lines.
    static let layoutFiles: [(path: String, lines: [LayoutLine])] = Fixtures.corpusInputs.compactMap { path in
        let source = SourceText(file: path, bytes: Fixtures.bytes(path), encoding: .utf8)
        return FormatDetector.isLayout(source) ? (path, LayoutLine.lines(of: source)) : nil
    }

    @Test func corpusHoldsLayoutFilesWithSeveralSOPs() {
        #expect(Self.layoutFiles.count >= 10)
        #expect(Self.layoutFiles.contains { LayoutParser.segments($0.lines).count > 1 })
    }

    @Test func headersReadInPlaceMatchHeadersReadFromACopy() {
        var anchors = 0
        for (path, lines) in Self.layoutFiles {
            for segment in LayoutParser.segments(lines) {
                let inPlace = lines[segment]
                let copy = Array(inPlace)[...]
                for anchor in segment where LayoutHeader.isAnchor(lines[anchor]) {
                    anchors += 1
                    let read = LayoutHeader.read(inPlace, anchor: anchor)
                    let reference = LayoutHeader.read(copy, anchor: anchor - segment.lowerBound)
                    let shifted = (reference.lines.lowerBound + segment.lowerBound)..<(reference.lines.upperBound + segment.lowerBound)
                    #expect(read.lines == shifted, "\(path) line \(lines[anchor].number)")
                    #expect(read.roles == reference.roles, "\(path) line \(lines[anchor].number)")
                    #expect(read.columns == reference.columns, "\(path) line \(lines[anchor].number)")
                    #expect(read.location == reference.location, "\(path) line \(lines[anchor].number)")
                }
            }
        }
        #expect(anchors > 20)
    }

    /// A header at the first line of a slice that starts inside the file, and one at its last line:
    /// the lines looked at above and below it stop at the slice's ends, not at the file's.
    @Test func headerAtTheEdgesOfASliceStaysInsideIt() {
        let text = """
            Pelaksana
            No   Kegiatan   Kepala   Staf   Kelengkapan   Waktu   Output
            1.   Menerima berkas   √      2 jam
            Pelaksana
            No   Kegiatan   Kepala   Staf   Kelengkapan   Waktu   Output
            """
        let source = SourceText(file: "t", bytes: Array(text.utf8), encoding: .utf8)
        let lines = LayoutLine.lines(of: source)
        #expect(LayoutHeader.isAnchor(lines[1]) && LayoutHeader.isAnchor(lines[4]))
        let first = LayoutHeader.read(lines[1...], anchor: 1)
        #expect(first.lines == 1..<2)
        #expect(LayoutHeader.read(lines[...], anchor: 1).lines == 0..<2)
        let last = LayoutHeader.read(lines[3...], anchor: 4)
        #expect(last.lines == 3..<5)
        #expect(last.columns == LayoutHeader.read(Array(lines[3...])[...], anchor: 1).columns)
    }
}

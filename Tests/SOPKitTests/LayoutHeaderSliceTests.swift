import Testing

@testable import SOPKit

/// `LayoutHeader.read` reads an SOP's lines where they are in the file's lines (a slice keeping their
/// indices) instead of a copy of them: on every table header of the corpus's layout files, read from
/// slices that start and end at several lines around it, it must read the header it reads from a copy
/// of the same lines indexed from 0, its lines moved by where the slice starts.
@Suite struct LayoutHeaderSliceTests {
    /// The layout files of the corpus, each cut into lines.
    static let layoutFiles: [(path: String, lines: [LayoutLine])] = Fixtures.corpusInputs.compactMap { path in
        let source = SourceText(file: path, bytes: Fixtures.bytes(path), encoding: .utf8)
        return FormatDetector.isLayout(source) ? (path, LayoutLine.lines(of: source)) : nil
    }

    @Test func headersReadInPlaceMatchHeadersReadFromACopy() {
        var anchors = 0
        for (path, lines) in Self.layoutFiles {
            for anchor in lines.indices where LayoutHeader.isAnchor(lines[anchor]) {
                anchors += 1
                let starts = Set([0, anchor - 5, anchor - 1, anchor].map { max($0, 0) })
                let ends = Set([lines.count, anchor + 1, anchor + 3, anchor + 8].map { min($0, lines.count) })
                for start in starts {
                    for end in ends {
                        let inPlace = lines[start..<end]
                        let read = LayoutHeader.read(inPlace, anchor: anchor)
                        let reference = LayoutHeader.read(Array(inPlace)[...], anchor: anchor - start)
                        let shifted = (reference.lines.lowerBound + start)..<(reference.lines.upperBound + start)
                        let place = "\(path) line \(lines[anchor].number) in \(start)..<\(end)"
                        #expect(read.lines == shifted, "\(place)")
                        #expect(read.roles == reference.roles, "\(place)")
                        #expect(read.columns == reference.columns, "\(place)")
                        #expect(read.location == reference.location, "\(place)")
                    }
                }
            }
        }
        #expect(anchors >= 10)
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

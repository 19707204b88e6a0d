@testable import SOPKit
import Testing

/// The byte readings of the layout header's role-name split and of the list items' marker removal
/// agree with the definitions they replaced, on empty text, text outside ASCII (é, —, ’, no-break
/// space, combining marks), long text and tabs.
@Suite struct LayoutRoleSplitAndMarkerTests {
    /// `LayoutHeader.split` as it read before: the scalars of the chunk's text walked, and the roles
    /// overlapping each side of a space listed.
    static func referenceSplit(_ chunk: LayoutChunk, across roles: [[LayoutChunk]]) -> [LayoutChunk] {
        var offset = 0
        for scalar in chunk.text.unicodeScalars {
            defer { offset += 1 }
            let wordStart = chunk.start + offset + 1
            guard scalar == " ", wordStart < chunk.end else { continue }
            let left = LayoutChunk(storage: [], bytes: 0..<0, start: chunk.start, end: wordStart - 1)
            let right = LayoutChunk(storage: [], bytes: 0..<0, start: wordStart, end: chunk.end)
            let leftRoles = roles.indices.filter { roles[$0].contains { $0.overlaps(left) } }
            let rightRoles = roles.indices.filter { roles[$0].contains { $0.overlaps(right) } }
            if leftRoles.count == 1, rightRoles.count == 1, leftRoles != rightRoles,
                let (leftPiece, rightPiece) = chunk.split(near: wordStart, tolerance: 0)
            {
                return [leftPiece] + referenceSplit(rightPiece, across: roles)
            }
        }
        return [chunk]
    }

    /// Role-name texts: one word, several, outside ASCII, with a tab, long.
    static let roleTexts: [String] = [
        "", "Kasi", "Logistik Gudang", "Kepala Seksi Umum", "Perencanaan é Évaluasi", "Kepala\u{A0}Badan",
        "Seksi’s Staf", "e\u{301} a b", "— Staf —", "Kepala\tBadan", "a b c d e f g h i j k l m n o p",
        String(repeating: "Kepala Seksi Pelayanan ", count: 12) + "Akhir",
    ]

    /// Fragment layouts of the roles already found: none, one, two side by side, two touching, three
    /// narrow ones.
    static let roleLayouts: [[[LayoutChunk]]] = [
        [],
        [[LayoutChunk(text: "Kasi", start: 10, end: 14)]],
        [[LayoutChunk(text: "Kasi", start: 10, end: 14)], [LayoutChunk(text: "Pengelola", start: 19, end: 28)]],
        [[LayoutChunk(text: "Kasi", start: 8, end: 16)], [LayoutChunk(text: "Staf", start: 16, end: 40)]],
        [
            [LayoutChunk(text: "A", start: 10, end: 11)], [LayoutChunk(text: "B", start: 12, end: 13)],
            [LayoutChunk(text: "C", start: 14, end: 15), LayoutChunk(text: "C2", start: 30, end: 32)],
        ],
    ]

    @Test func roleSplitAgreesWithTheScalarReading() {
        for text in Self.roleTexts {
            let count = text.unicodeScalars.count
            for start in [0, 6, 10, 13, 18] {
                let chunk = LayoutChunk(text: text, start: start, end: start + count)
                for roles in Self.roleLayouts {
                    let split = LayoutHeader.split(chunk, across: roles) ?? [chunk]
                    let reference = Self.referenceSplit(chunk, across: roles)
                    #expect(split == reference, "\(text.debugDescription) at \(start)")
                    #expect(split.map(\.text) == reference.map(\.text), "\(text.debugDescription) at \(start)")
                }
            }
        }
    }

    @Test func aChunkUnderTwoRolesIsCutBetweenThem() {
        let roles = Self.roleLayouts[2]
        let pieces = LayoutHeader.split(LayoutChunk(text: "Logistik Gudang", start: 8, end: 23), across: roles)
        #expect(pieces?.map(\.text) == ["Logistik", "Gudang"])
        #expect(pieces?.map(\.start) == [8, 17])
        // Under one role only, or with no space, the chunk is not cut.
        #expect(LayoutHeader.split(LayoutChunk(text: "Logistik Gudang", start: 30, end: 45), across: roles) == nil)
        #expect(LayoutHeader.split(LayoutChunk(text: "Logistik", start: 8, end: 16), across: roles) == nil)
    }

    /// A role name's span: the lowest first column and the highest end of its fragments, whatever
    /// their order, overlap or text; (0, 0) with none.
    @Test func roleSpanIsItsLowestStartAndHighestEnd() {
        let cases: [(fragments: [LayoutChunk], start: Int, end: Int)] = [
            ([], 0, 0),
            ([LayoutChunk(text: "Kasi", start: 10, end: 14)], 10, 14),
            ([LayoutChunk(text: "Kepala", start: 12, end: 18), LayoutChunk(text: "Seksi Umum", start: 9, end: 19)], 9, 19),
            ([LayoutChunk(text: "é", start: 30, end: 31), LayoutChunk(text: "Évaluasi", start: 20, end: 28),
              LayoutChunk(text: "—", start: 25, end: 26)], 20, 31),
            ([LayoutChunk(text: "Staf", start: 0, end: 40), LayoutChunk(text: "A", start: 5, end: 6)], 0, 40),
        ]
        for (fragments, start, end) in cases {
            let span = LayoutHeader.span(of: fragments)
            #expect(span.start == start && span.end == end, "\(fragments.map(\.text))")
        }
        // Random fragments against the minimum and maximum of their columns.
        var generator = SplitMix(seed: 33)
        for _ in 0..<200 {
            let fragments = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                let start = Int.random(in: 0..<150, using: &generator)
                return LayoutChunk(text: "Staf", start: start, end: start + Int.random(in: 1...30, using: &generator))
            }
            let span = LayoutHeader.span(of: fragments)
            #expect(span.start == fragments.map(\.start).min() && span.end == fragments.map(\.end).max())
        }
    }

    /// List lines with and without markers, collapsed or not, ASCII or not.
    static let listLines: [String] = [
        "", "a", "-", "*", "- Printer", "-Printer", "* Alat", "1. Undang-Undang", "1.", "12) Rapat", "123. x",
        "1234. x", "1 . x", "a. Alat", "a) b", "a.", "A. Alat", "ab. x", "(a) huruf", "0-9", "1,", "1, Satu", "x",
        "Peraturan Menteri", "1.Persiapan", "9)", "z.z", "- ", " - x", "1.  x", "é. x", "\u{2022} Printer",
        "\u{2013} Alat", "1. Émile", "1.\tx", String(repeating: "1. panjang ", count: 20) + "akhir",
    ]

    @Test func markerRemovalAgreesWithTheListSplitter() {
        for raw in Self.listLines {
            var lines = LayoutListLines()
            lines.append(raw)
            let prepared = LayoutListReader.PreparedLine(lines, at: 0)
            #expect((prepared.collapsed == nil) == (LayoutListLineTests.collapsedPrintableASCIICount(raw) != nil))
            guard prepared.collapsed == nil else { continue }
            let line = prepared.text(in: lines)
            let bytes = Array(line.utf8)
            let markerEnd = bytes.withUnsafeBufferPointer(LayoutListReader.markerEnd(collapsedASCII:))
            let removed = String(decoding: bytes[markerEnd...], as: UTF8.self)
            #expect(removed == ListSplitter.removingMarker(line), "\(line.debugDescription)")
            #expect(LayoutListLineTests.itemAfterMarker(prepared, in: lines) == ListSplitter.removingMarker(line), "\(line.debugDescription)")
        }
    }
}

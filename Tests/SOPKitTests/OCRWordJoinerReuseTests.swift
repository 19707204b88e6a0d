@testable import SOPKit
import Testing

/// The OCR table keeps one joiner per cell for all the rows of a table, emptied with
/// `removeAll(reservingCapacity:)` between rows: every row's cell is the one a fresh joiner gives,
/// whatever the rows before it left in the buffer (hyphens, non-ASCII words, empty rows).
@Suite struct OCRWordJoinerReuseTests {
    /// The rows of one table, each the segments of one cell.
    static let tables: [[[[String]]]] = [
        OCRTableCellTests.segmentCases,
        [[["Berkas-"]], [["lengkap"]]],
        [[["a-"]], [], [["b"]], [[""]], [["-"]], [["c"]]],
        [[["Kepala", "Dinas-"], ["kesehatan"]], [["é-"], ["é"]], [["x\u{0600}-"], ["y"]], [["1", "jam"]]],
    ]

    @Test(arguments: tables) func reusedJoinersGiveEveryRowAFreshCell(_ rows: [[[String]]]) {
        var cell = OCRWordJoiner()
        var segment = OCRWordJoiner()
        for (index, segments) in rows.enumerated() {
            cell.removeAll(reservingCapacity: index % 3 == 0 ? 0 : 7 * index)
            segment.removeAll(reservingCapacity: index)
            for words in segments {
                for word in words { segment.append(word[...]) }
                cell.append(piece: segment.bytes)
                segment.removeAll()
            }
            let fresh = OCRTableCellTests.freshCell(segments)
            #expect(cell.bytes == fresh.bytes, "\(segments)")
            #expect(cell.textIfAny == fresh.textIfAny, "\(segments)")
            #expect(cell.text == OCRTableCellTests.joinedByCharacters(segments.map(OCRTableCellTests.joinedByCharacters)))
        }
    }
}

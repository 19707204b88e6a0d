@testable import SOPKit
import Testing

/// The CSV rows of a SOP given their id later (`RowsWithoutID.rows(id:)`), which encodes the id field
/// for the first row and copies it for the others: the same bytes as encoding it for every row (the
/// reference below, as it was written before) and as the export of a SOP with that id.
@Suite struct CSVRepeatedIDTests {
    /// Ids that are plain, quoted (comma, quote, line breaks), neutralised against formulas, empty,
    /// not ASCII (Indonesian text has é, —, ’, NBSP), with tabs, and long enough to grow the buffer.
    static let ids = ["sop-1", "", "a,b", "say \"ya\"", "line\nbreak", "cr\rlf", "=SUM(A1)", "+62", "-", "@x", "\tindent",
        "café—’\u{A0}", String(repeating: "panjang,\"", count: 300)]

    /// The rows written with the id encoded for each of them.
    static func rowsEncodingEachID(_ rows: CSVExporter.RowsWithoutID, id: String) -> [UInt8] {
        let text = String(decoding: rows.rows(id: "x"), as: UTF8.self)
        var writer = CSVWriter(byteOrderMark: false)
        for row in text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast() {
            writer.text(id)
            writer.append(written: ArraySlice(Array(row.dropFirst().utf8) + [0x0D, 0x0A]))
        }
        return writer.bytes
    }

    static func sop(id: String, steps: Int) -> SOP {
        SOP(
            id: id, roles: ["Staf"],
            steps: (0..<steps).map { Step(number: $0 + 1, activity: "Langkah \($0 + 1), \"cek\"", performers: ["Staf"], line: $0 + 1) },
            source: SourceRange(file: "f.txt", startLine: 1, endLine: 9))
    }

    @Test(arguments: ids) func repeatedIDsAgreeWithEncodingEachRow(_ id: String) {
        for steps in [0, 1, 2, 9, 40] {
            let sop = Self.sop(id: id, steps: steps)
            let rows = CSVExporter.stepRows(of: sop)
            #expect(rows.rows(id: id) == Self.rowsEncodingEachID(rows, id: id), "\(steps) steps")
            #expect(CSVExporter.stepsHeader + rows.rows(id: id) == CSVExporter.steps([sop]), "\(steps) steps")
            #expect(CSVExporter.sopRow(of: sop).rows(id: id) == Array(CSVExporter.sops([sop]).dropFirst(CSVExporter.sopsHeader.count)))
        }
    }

    @Test func copiesOfEarlierBytesAppendThem() {
        let sink = ByteSink(capacity: 2)
        sink.append("abcdef" as StaticString)
        sink.appendCopy(of: 1..<4)
        sink.appendCopy(of: 0..<0)
        sink.appendCopy(of: 0..<9)
        #expect(sink.string == "abcdefbcdabcdefbcd")
    }
}

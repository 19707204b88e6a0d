import Foundation
import SOPKit
import Testing

/// Every exporter over every corpus file: the text export reads back to the same model, the Markdown is
/// a GFM table with a row per step, the CSV reads back with a row per step, the JSON parses.
@Suite struct ExporterTests {
    static let inputs = Fixtures.corpusInputs

    @Test(arguments: inputs)
    func textExportReadsBackToTheSameSOPs(input: String) throws {
        let original = Fixtures.document(input)
        let text = SOPKit.export(original, as: .text)
        let reread = SOPKit.parse(text, file: input)
        try #require(reread.sops.count == original.sops.count, "\(input): SOP count after round trip")
        for (before, after) in zip(original.sops, reread.sops) {
            #expect(after.title == before.title)
            #expect(after.number == before.number)
            #expect(after.agency == before.agency)
            #expect(after.dates == before.dates)
            #expect(after.approvedBy == before.approvedBy)
            #expect(after.legalBasis == before.legalBasis)
            #expect(after.qualifications == before.qualifications)
            #expect(after.relatedProcedures == before.relatedProcedures)
            #expect(after.equipment == before.equipment)
            #expect(after.warnings == before.warnings)
            #expect(after.records == before.records)
            #expect(after.roles == before.roles)
            #expect(after.sections == before.sections)
            #expect(after.steps.count == before.steps.count)
            for (stepBefore, stepAfter) in zip(before.steps, after.steps) {
                #expect(stepAfter.number == stepBefore.number)
                #expect(stepAfter.activity == stepBefore.activity)
                #expect(stepAfter.performers == stepBefore.performers)
                #expect(stepAfter.requirements == stepBefore.requirements)
                #expect(stepAfter.duration == stepBefore.duration)
                #expect(stepAfter.output == stepBefore.output)
                #expect(stepAfter.notes == stepBefore.notes)
            }
        }
    }

    @Test(arguments: inputs)
    func markdownHasAGFMTableRowPerStep(input: String) {
        let document = Fixtures.document(input)
        let markdown = String(decoding: SOPKit.export(document, as: .markdown), as: UTF8.self)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var tables: [[Substring]] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("| No | Kegiatan |") {
            #expect(lines[index + 1].hasPrefix("|---:|---|"), "\(input): delimiter row")
            let columns = line.split(separator: "|", omittingEmptySubsequences: false).count
            let rows = lines[(index + 2)...].prefix { $0.hasPrefix("| ") }
            for row in rows {
                #expect(Self.unescapedPipes(row) == columns - 1, "\(input): cells in \(row)")
            }
            tables.append(Array(rows))
        }
        #expect(tables.map(\.count) == document.sops.map(\.steps.count), "\(input): one table row per step")
    }

    /// The number of unescaped "|" in a row.
    static func unescapedPipes(_ row: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }

    @Test(arguments: inputs)
    func csvReadsBackWithARowPerStep(input: String) throws {
        let document = Fixtures.document(input)
        let rows = try CSVReader.rows(String(decoding: SOPKit.export(document, as: .csv), as: UTF8.self))
        #expect(rows.first == CSVExporter.stepColumns)
        let steps = document.sops.flatMap(\.steps)
        try #require(rows.count == steps.count + 1, "\(input): one row per step")
        for (row, step) in zip(rows.dropFirst(), steps) {
            #expect(row.count == CSVExporter.stepColumns.count)
            #expect(row[1] == String(step.number))
            #expect(row[2] == step.activity || row[2] == "'" + step.activity)
            #expect(row[6] == (step.duration?.minutes.map(String.init) ?? ""))
        }
    }

    @Test(arguments: inputs)
    func jsonParses(input: String) throws {
        let json = SOPKit.export(Fixtures.document(input), as: .json, options: ExportOptions(prettyJSON: false))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect(object["schemaVersion"] as? String == SOPDocument.schemaVersion)
        #expect(json.filter { $0 == 0x0A }.count == 1, "compact JSON is one line")
    }

    @Test func csvNeutralisesFormulasAndQuotes() throws {
        let text = "No\tKegiatan\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan\n1\t=HYPERLINK(\"x\")\t\t+1, \"a\"\t1 jam\t@SUM(A1)\t-\n"
        let rows = try CSVReader.rows(String(decoding: SOPKit.export(Fixtures.document(text: text), as: .csv), as: UTF8.self))
        #expect(rows[1][2] == "'=HYPERLINK(\"x\")")
        #expect(rows[1][4] == "'+1, \"a\"")
        #expect(rows[1][7] == "'@SUM(A1)")
        let bom = SOPKit.export(Fixtures.document(text: text), as: .csv, options: ExportOptions(byteOrderMark: true))
        #expect(Array(bom.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func markdownEscapesMarkup() {
        let text = "No\tKegiatan\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan\n1\t<script>x</script> | *a* [b](c)\t\tA\t1 jam\tB\tC\n"
        let markdown = String(decoding: SOPKit.export(Fixtures.document(text: text), as: .markdown), as: UTF8.self)
        #expect(markdown.contains("\\<script\\>x\\</script\\> \\| \\*a\\* \\[b\\](c)"))
        #expect(!markdown.contains("<script>"))
    }

    @Test(arguments: [
        ("plain text", "plain text"), ("", ""), ("a*b_c", "a\\*b\\_c"), ("\\`~&#!{}$", "\\\\\\`\\~\\&\\#\\!\\{\\}\\$"),
        ("Rp 1.000 | 2 (tiga)", "Rp 1.000 \\| 2 (tiga)"), ("é*ñ", "é\\*ñ"), ("<img onerror=x>", "\\<img onerror=x\\>"),
    ])
    func markdownEscapeTable(input: String, expected: String) {
        #expect(MarkdownExporter.escape(input) == expected)
    }

    @Test func jsonEscapesControlsAndSeparators() {
        var writer = JSONWriter(pretty: false)
        writer.string("a\"b\\c\n\u{1}\u{2028}é")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "\"a\\\"b\\\\c\\n\\u0001\\u2028é\"")
    }
}

/// A small RFC 4180 reader, written independently of the exporter, to read CSV back.
enum CSVReader {
    struct Malformed: Error {}

    static func rows(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var characters = Array(text.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if inQuotes {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(character)
                }
            } else if character == "\"" {
                guard field.isEmpty else { throw Malformed() }
                inQuotes = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r" {
                guard index + 1 < characters.count, characters[index + 1] == "\n" else { throw Malformed() }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                index += 1
            } else {
                field.unicodeScalars.append(character)
            }
            index += 1
        }
        guard !inQuotes, field.isEmpty, row.isEmpty else { throw Malformed() }
        return rows
    }
}

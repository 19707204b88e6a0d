@testable import SOPKit
import Testing

/// The JSON writer's fast paths give the same bytes as the code they replaced: a file
/// path quoted once for all the diagnostics that name it, and indentation copied in one piece.
@Suite struct JSONWriterFastPathTests {
    @Test(arguments: ImportCostTests.texts) func quotedWritesWhatStringWrites(_ text: String) {
        var writer = JSONWriter(pretty: false)
        writer.string(text)
        #expect(JSONWriter.quoted(text) == writer.bytes, "\(text)")
    }

    /// Paths with characters to escape, outside ASCII, empty, and ordinary ones.
    static let paths = ["", "a.txt", "/tmp/sop \"baru\".txt", "C:\\sop\\dinas.txt", "ÅÅÅ/é.txt", "line\nbreak", "\u{2028}.txt"]

    @Test(arguments: paths) func diagnosticsArrayWritesWhatEachDiagnosticWrites(_ file: String) {
        let others = Self.paths.filter { $0 != file }
        var diagnostics: [Diagnostic] = []
        for (index, other) in others.enumerated() {
            diagnostics.append(Diagnostic(.noSteps, "step \(index) \"x\"", file: file, at: SourceLocation(line: index, column: 1)))
            diagnostics.append(Diagnostic(.missingOutput, "é\(index)", file: other, at: .wholeFile))
            diagnostics.append(Diagnostic(.noRoles, "", file: file, at: SourceLocation(line: 0, column: index)))
        }
        for count in [0, 1, 2, diagnostics.count] {
            let some = Array(diagnostics.prefix(count))
            for pretty in [false, true] {
                var together = JSONWriter(pretty: pretty)
                var oneByOne = JSONWriter(pretty: pretty)
                together.beginObject()
                oneByOne.beginObject()
                together.constantKey("diagnostics")
                oneByOne.constantKey("diagnostics")
                JSONExporter.write(some, mostlyNaming: file, into: &together)
                oneByOne.beginArray()
                for diagnostic in some { JSONExporter.write(diagnostic, into: &oneByOne) }
                oneByOne.endArray()
                together.endObject()
                oneByOne.endObject()
                #expect(together.bytes == oneByOne.bytes, "\(file) \(count) pretty: \(pretty)")
            }
        }
    }

    /// Nested arrays written by the pretty writer against the indentation built level by level, on both
    /// sides of the depth that one copy covers.
    @Test(arguments: [0, 1, 30, 31, 32, 33, 40, 70]) func deepIndentationAgreesWithLevels(_ deepest: Int) {
        func reference(_ level: Int) -> String {
            let outer = String(repeating: " ", count: 2 * level)
            let inner = outer + "  "
            var text = "[\n" + inner + "\(level)"
            if level < deepest { text += ",\n" + inner + reference(level + 1) }
            return text + "\n" + outer + "]"
        }
        var writer = JSONWriter(pretty: true)
        for level in 0...deepest {
            writer.beginArray()
            writer.int(level)
        }
        for _ in 0...deepest { writer.endArray() }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == reference(0), "\(deepest)")
    }
}

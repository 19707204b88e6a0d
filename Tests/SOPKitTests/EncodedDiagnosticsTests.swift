@testable import SOPKit
import Testing

/// Diagnostics encoded once and written from their encoded values have the bytes that the JSON
/// writer's own calls give them, member by member: on one line or pretty, all of them or those
/// concerning one SOP, and inside a document's JSON.
@Suite struct EncodedDiagnosticsTests {
    /// Diagnostics naming `file` and other paths, with messages to escape, outside ASCII (NBSP, dash,
    /// quotes), with tabs, longer than the room reserved for a diagnostic, and empty, on
    /// the whole file, before, inside and after the lines 5 to 9, with negative and large numbers.
    static func diagnostics(file: String) -> [Diagnostic] {
        let messages = FixedKeyObjectTests.texts + ["step 3 \"x\"", "ÅÅÅÅÅÅÅÅÅ", "\u{2028}\u{2029}",
            "\u{00A0}Kegiatan — ‘selesai’\u{00A0}", "\tkolom\t\twaktu\t", String(repeating: "Menerima berkas \"permohonan\" é\t", count: 300)]
        let others = JSONWriterFastPathTests.paths.filter { $0 != file }
        var diagnostics: [Diagnostic] = []
        for (index, message) in messages.enumerated() {
            let line = [0, 1, 4, 5, 7, 9, 10, 12_345, -1][index % 9]
            let path = index % 3 == 2 ? others[index % others.count] : file
            let severity: Severity? = [nil, .note, .warning, .error][index % 4]
            diagnostics.append(Diagnostic(
                [.noSteps, .missingOutput, .noRoles][index % 3], message, file: path,
                at: SourceLocation(line: line, column: index * 1_000 - 3), severity: severity))
        }
        return diagnostics
    }

    /// The diagnostics written by the writer's general calls (see `reference(_:into:)` for one).
    static func reference(_ diagnostics: [Diagnostic], into writer: inout JSONWriter) {
        writer.beginArray()
        for diagnostic in diagnostics { reference(diagnostic, into: &writer) }
        writer.endArray()
    }

    /// A diagnostic written by the writer's general calls, each member as a constant key and a value.
    static func reference(_ diagnostic: Diagnostic, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.constantField("severity", diagnostic.severity.rawValue)
        writer.constantField("code", diagnostic.code.rawValue)
        writer.constantField("message", diagnostic.message)
        writer.constantField("file", diagnostic.file)
        writer.constantField("line", diagnostic.line)
        writer.constantField("column", diagnostic.column)
        writer.endObject()
    }

    @Test(arguments: JSONWriterFastPathTests.paths) func encodedDiagnosticsHaveTheWritersBytes(_ file: String) {
        let all = Self.diagnostics(file: file)
        for count in [0, 1, 2, all.count] {
            let some = Array(all.prefix(count))
            let encoded = EncodedDiagnostics(some, mostlyNaming: file)
            var compact = JSONWriter(pretty: false)
            Self.reference(some, into: &compact)
            #expect(encoded.compactArray == compact.bytes, "\(file) \(count)")
            #expect(encoded.count == count)
            for pretty in [false, true] {
                var written = JSONWriter(pretty: pretty)
                var expected = JSONWriter(pretty: pretty)
                written.beginObject()
                expected.beginObject()
                written.constantKey("diagnostics")
                expected.constantKey("diagnostics")
                JSONExporter.write(some, mostlyNaming: file, into: &written)
                Self.reference(some, into: &expected)
                written.endObject()
                expected.endObject()
                #expect(written.bytes == expected.bytes, "\(file) \(count) pretty: \(pretty)")
            }
        }
    }

    @Test(arguments: JSONWriterFastPathTests.paths) func oneDiagnosticIsWrittenAsTheWriterWritesIt(_ file: String) {
        for diagnostic in Self.diagnostics(file: file) {
            for pretty in [false, true] {
                var written = JSONWriter(pretty: pretty)
                var expected = JSONWriter(pretty: pretty)
                written.beginArray()
                expected.beginArray()
                written.int(1)
                expected.int(1)
                JSONExporter.write(diagnostic, into: &written)
                Self.reference(diagnostic, into: &expected)
                written.endArray()
                expected.endArray()
                #expect(written.bytes == expected.bytes, "\(diagnostic.message) pretty: \(pretty)")
            }
        }
    }

    @Test(arguments: JSONWriterFastPathTests.paths) func aSOPsJSONHoldsTheDiagnosticsConcerningIt(_ file: String) {
        let diagnostics = Self.diagnostics(file: file)
        let encoded = EncodedDiagnostics(diagnostics, mostlyNaming: file)
        for (start, end) in [(5, 9), (1, 1), (10, 4), (0, 0), (100_000, 200_000)] {
            let sop = SOP(id: "SOP \"1\"", title: "é", source: SourceRange(file: file, startLine: start, endLine: end))
            let concerning = diagnostics.filter { $0.line == 0 || ($0.line >= start && $0.line <= end) }
            let expected = JSONExporter.export(SOPDocument(source: file, sops: [sop], diagnostics: concerning))
            let written = JSONExporter.export(
                SOPDocument(source: file, sops: [sop], diagnostics: []), diagnostics: encoded, concerning: sop)
            #expect(written == expected, "\(file) \(start)-\(end)")
            #expect(concerning.allSatisfy { EncodedDiagnostics.diagnostic(onLine: $0.line, concerns: sop) })
        }
    }
}

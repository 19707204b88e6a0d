/// The JSON written by `sopkit validate --format json`: per file its SOP count and diagnostics, and
/// a summary.
public enum ValidationReport {
    /// The report of `documents` (already validated), ending with a newline.
    public static func json(_ documents: [SOPDocument]) -> [UInt8] {
        var writer = JSONWriter(pretty: true)
        let all = documents.flatMap(\.diagnostics)
        writer.beginObject()
        writer.field("schemaVersion", SOPDocument.schemaVersion)
        writer.key("files")
        writer.beginArray()
        for document in documents {
            writer.beginObject()
            writer.field("source", document.source)
            writer.field("sops", document.sops.count)
            writer.field("errors", document.diagnostics.count(of: .error))
            writer.field("warnings", document.diagnostics.count(of: .warning))
            writer.field("notes", document.diagnostics.count(of: .note))
            writer.key("diagnostics")
            JSONExporter.write(document.diagnostics, mostlyNaming: document.source, into: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key("summary")
        writer.beginObject()
        writer.field("files", documents.count)
        writer.field("sops", documents.reduce(0) { $0 + $1.sops.count })
        writer.field("errors", all.count(of: .error))
        writer.field("warnings", all.count(of: .warning))
        writer.field("notes", all.count(of: .note))
        writer.endObject()
        writer.endObject()
        return writer.bytesEndingWithNewline
    }
}

import SOPKit

/// Reads a PDF SOP into the canonical model: the text of its pages parsed like any SOP text, then the
/// performers and decisions set after the flowchart drawn in its procedure table.
public enum PDFImporter {
    /// Whether `path` names a PDF (by its extension).
    public static func isPDF(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".pdf")
    }

    /// The document of the PDF at `path`, named `source` (the path itself by default) in the output and
    /// diagnostics; throws when a poppler tool is missing or fails, or the file is too large.
    public static func document(atPath path: String, source: String? = nil, runner: ToolRunner = ToolRunner()) throws(ToolError) -> SOPDocument {
        var content = try PDFReader(runner: runner).read(path)
        let source = source ?? path
        for index in content.diagnostics.indices { content.diagnostics[index].file = source }
        var document = SOPKit.parse(Array(content.text.utf8), file: source)
        document.diagnostics = content.diagnostics + document.diagnostics
        return DrawingApplier.apply(FlowchartReader.read(content.pages), to: document)
    }
}

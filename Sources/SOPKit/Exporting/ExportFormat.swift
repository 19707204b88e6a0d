/// The formats SOPKit exports to.
public enum ExportFormat: String, Sendable, CaseIterable {
    case json, markdown, csv, text
    /// A self-contained HTML page in the standard sheet layout, with the swimlane flowchart.
    case html
    /// A Mermaid flowchart of the procedure.
    case mermaid
    /// BPMN 2.0 XML with diagram interchange.
    case bpmn

    /// The file name extension of the format.
    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .markdown: "md"
        case .csv: "csv"
        case .text: "txt"
        case .html: "html"
        case .mermaid: "mmd"
        case .bpmn: "bpmn"
        }
    }
}

/// Options that change how a format is written.
public struct ExportOptions: Sendable {
    /// JSON: indented (true) or on one line.
    public var prettyJSON: Bool
    /// CSV: start with a UTF-8 byte-order mark, so that Excel reads the file as UTF-8.
    public var byteOrderMark: Bool

    /// Creates options; pretty JSON, no BOM by default.
    public init(prettyJSON: Bool = true, byteOrderMark: Bool = false) {
        self.prettyJSON = prettyJSON
        self.byteOrderMark = byteOrderMark
    }
}

extension SOPKit {
    /// Exports one document in `format`.
    public static func export(_ document: SOPDocument, as format: ExportFormat, options: ExportOptions = ExportOptions())
        -> [UInt8]
    {
        export([document], as: format, options: options)
    }

    /// Exports several documents in `format` as one output: a JSON array (or the one object), CSV rows
    /// under one header, Markdown or text one after the other, one HTML page with a sheet per SOP, one
    /// Mermaid flowchart with a subgraph per SOP, or one BPMN file with a pool per SOP.
    public static func export(_ documents: [SOPDocument], as format: ExportFormat, options: ExportOptions = ExportOptions())
        -> [UInt8]
    {
        switch format {
        case .json:
            if documents.count == 1 { return JSONExporter.export(documents[0], pretty: options.prettyJSON) }
            return JSONExporter.export(documents, pretty: options.prettyJSON)
        case .markdown:
            return MarkdownExporter.exportBytes(documents)
        case .csv:
            return CSVExporter.steps(documents.flatMap(\.sops), byteOrderMark: options.byteOrderMark)
        case .text:
            return Array(documents.flatMap(\.sops).map(TextExporter.export).joined(separator: "\n\n").utf8)
        case .html:
            return HTMLExporter.exportBytes(documents)
        case .mermaid:
            return Array(MermaidExporter.export(documents).utf8)
        case .bpmn:
            return Array(BPMNExporter.export(documents).utf8)
        }
    }
}

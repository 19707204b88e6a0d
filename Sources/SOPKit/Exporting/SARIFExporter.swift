/// Writes the diagnostics of validated documents as a SARIF 2.1.0 log, the format that code-scanning
/// tools and editors read (`sopkit validate --format sarif`).
///
/// The log holds one run: the `sopkit` driver with one rule per `DiagnosticCode` (in code order, so a
/// rule's index never depends on the input), one artifact per input file, and one result per diagnostic
/// in the order of the text output. Results carry the diagnostic's own severity, which differs from
/// the rule's default under `--strict`. Whole-file diagnostics (line 0) have no region; columns count
/// Unicode scalars, as `SourceLocation` does.
public enum SARIFExporter {
    /// The JSON Schema that the log declares as `$schema`.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The SARIF version written.
    public static let sarifVersion = "2.1.0"
    /// Where the tool is described, the driver's `informationUri`.
    public static let informationURI = "https://github.com/sopkit/sopkit"

    /// The SARIF log of `documents`, which must already be validated: pretty-printed, ending with a
    /// newline, the same bytes for the same documents.
    public static func export(_ documents: [SOPDocument]) -> [UInt8] {
        let artifacts = ArtifactTable(documents)
        let ruleIndices = Dictionary(uniqueKeysWithValues: DiagnosticCode.allCases.enumerated().map { ($1, $0) })
        var writer = JSONWriter(pretty: true, capacity: 16384 + 1024 * documents.count)
        writer.beginObject()
        writer.field("$schema", schemaURI)
        writer.field("version", sarifVersion)
        writer.key("runs")
        writer.beginArray()
        writer.beginObject()
        writer.key("tool")
        writer.beginObject()
        writeDriver(into: &writer)
        writer.endObject()
        writer.key("artifacts")
        writer.beginArray()
        for path in artifacts.paths {
            writer.beginObject()
            writer.key("location")
            writer.beginObject()
            writer.field("uri", uri(forPath: path))
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        writer.key("results")
        writer.beginArray()
        for diagnostic in documents.flatMap(\.diagnostics) {
            let ruleIndex = ruleIndices[diagnostic.code]!
            let artifactIndex = artifacts.index(of: diagnostic.file)
            writeResult(diagnostic, ruleIndex: ruleIndex, artifactIndex: artifactIndex, into: &writer)
        }
        writer.endArray()
        writer.field("columnKind", "unicodeCodePoints")
        writer.endObject()
        writer.endArray()
        writer.endObject()
        return writer.bytesEndingWithNewline
    }

    /// The SARIF `level` of a severity.
    public static func level(of severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// The artifact URI of an input path: a relative path stays a relative reference, an absolute path
    /// becomes a `file://` URI, and every byte that may not stand as it is in a URI path (space, `%`,
    /// `:`, `?`, `#`, non-ASCII, …) is percent-encoded.
    public static func uri(forPath path: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            if allowedInPath.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%"
                encoded.append(upperHexDigits[Int(byte >> 4)])
                encoded.append(upperHexDigits[Int(byte & 0xF)])
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// The bytes a URI path keeps as they are: RFC 3986's unreserved characters, `/`, the
    /// sub-delimiters and `@`. `:` is left out, so that a first segment is never read as a scheme.
    private static let allowedInPath = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@".utf8)

    private static let upperHexDigits = Array("0123456789ABCDEF")

    private static func writeDriver(into writer: inout JSONWriter) {
        writer.key("driver")
        writer.beginObject()
        writer.field("name", "sopkit")
        writer.field("informationUri", informationURI)
        writer.field("version", SOPKit.version)
        writer.field("semanticVersion", SOPKit.version)
        writer.key("rules")
        writer.beginArray()
        for code in DiagnosticCode.allCases {
            writer.beginObject()
            writer.field("id", code.rawValue)
            writer.field("name", code.title)
            writer.key("shortDescription")
            writeMessage(code.summary, into: &writer)
            writer.key("fullDescription")
            writeMessage(code.summary, into: &writer)
            writer.field("helpUri", "docs/RULES.md#" + code.rawValue.lowercased())
            writer.key("defaultConfiguration")
            writer.beginObject()
            writer.field("level", level(of: code.defaultSeverity))
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    private static func writeResult(
        _ diagnostic: Diagnostic, ruleIndex: Int, artifactIndex: Int, into writer: inout JSONWriter
    ) {
        writer.beginObject()
        writer.field("ruleId", diagnostic.code.rawValue)
        writer.field("ruleIndex", ruleIndex)
        writer.field("level", level(of: diagnostic.severity))
        writer.key("message")
        writeMessage(diagnostic.message, into: &writer)
        writer.key("locations")
        writer.beginArray()
        writer.beginObject()
        writer.key("physicalLocation")
        writer.beginObject()
        writer.key("artifactLocation")
        writer.beginObject()
        writer.field("uri", uri(forPath: diagnostic.file))
        writer.field("index", artifactIndex)
        writer.endObject()
        if diagnostic.line > 0 {
            writer.key("region")
            writer.beginObject()
            writer.field("startLine", diagnostic.line)
            if diagnostic.column > 0 { writer.field("startColumn", diagnostic.column) }
            writer.endObject()
        }
        writer.endObject()
        writer.endObject()
        writer.endArray()
        writer.endObject()
    }

    private static func writeMessage(_ text: String, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("text", text)
        writer.endObject()
    }
}

/// The artifacts of a run: every input path and every file a diagnostic names, each once, in the
/// order first met.
private struct ArtifactTable {
    private(set) var paths: [String] = []
    private var indices: [String: Int] = [:]

    init(_ documents: [SOPDocument]) {
        for document in documents {
            add(document.source)
            for diagnostic in document.diagnostics { add(diagnostic.file) }
        }
    }

    private mutating func add(_ path: String) {
        guard indices[path] == nil else { return }
        indices[path] = paths.count
        paths.append(path)
    }

    /// The index of a path that the table holds.
    func index(of path: String) -> Int { indices[path]! }
}

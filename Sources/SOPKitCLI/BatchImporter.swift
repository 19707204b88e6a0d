import SOPKit

/// Imports a list of input files into an output folder: per-SOP JSON, Markdown and CSV, the batch's
/// `sops.csv`, `steps.csv` and `report.json`. Every write is atomic; an input that cannot be read or
/// parsed is reported and the batch goes on.
struct BatchImporter {
    let output: String

    /// The outcome of one input.
    struct InputResult {
        var path: String
        var status: Status
        var sops: [SOP]
        var outputs: [String]
        var diagnostics: [Diagnostic]
    }

    /// The status of one input in the report.
    enum Status: String {
        /// Imported, no error or warning.
        case ok
        /// Imported, with warnings.
        case warnings
        /// Not imported, or imported with errors.
        case failed
    }

    /// Totals of a run, and the closing summary text.
    struct Summary {
        var files = 0
        var sops = 0
        var steps = 0
        var errors = 0
        var warnings = 0
        var failed = 0

        var text: String {
            "imported \(DiagnosticFormatter.plural(files, "file")): \(DiagnosticFormatter.plural(sops, "SOP")), "
                + "\(DiagnosticFormatter.plural(steps, "step")), \(DiagnosticFormatter.plural(errors, "error")), "
                + "\(DiagnosticFormatter.plural(warnings, "warning")); \(failed) failed\n"
        }
    }

    func run(_ inputs: [String]) throws(IOError) -> Summary {
        let sopsFolder = FileSystem.join(output, "sops")
        try FileSystem.createDirectory(sopsFolder)
        var usedNames: Set<String> = []
        var results: [InputResult] = []
        var summary = Summary()
        for path in inputs {
            var result = importOne(path)
            for sop in result.sops {
                let name = OutputNames.unique(OutputNames.sanitise(sop.id), in: &usedNames)
                let document = SOPDocument(
                    source: path, sops: [sop], diagnostics: Self.diagnostics(of: sop, in: result.diagnostics))
                for format in [ExportFormat.json, .markdown, .csv] {
                    let file = "sops/\(name).\(format.fileExtension)"
                    try FileSystem.writeAtomically(SOPKit.export(document, as: format), to: FileSystem.join(output, file))
                    result.outputs.append(file)
                }
            }
            summary.files += 1
            summary.sops += result.sops.count
            summary.steps += result.sops.reduce(0) { $0 + $1.steps.count }
            summary.errors += result.diagnostics.count(of: .error)
            summary.warnings += result.diagnostics.count(of: .warning)
            if result.status == .failed { summary.failed += 1 }
            results.append(result)
        }
        let allSOPs = results.flatMap(\.sops)
        try FileSystem.writeAtomically(CSVExporter.sops(allSOPs), to: FileSystem.join(output, "sops.csv"))
        try FileSystem.writeAtomically(CSVExporter.steps(allSOPs), to: FileSystem.join(output, "steps.csv"))
        try FileSystem.writeAtomically(Self.report(results, summary: summary), to: FileSystem.join(output, "report.json"))
        return summary
    }

    private func importOne(_ path: String) -> InputResult {
        let document: SOPDocument
        do {
            document = Validator.validate(SOPKit.parse(try FileSystem.read(path), file: path))
        } catch {
            let diagnostic = Diagnostic(.unreadableInput, error.message, file: path, at: .wholeFile)
            return InputResult(path: path, status: .failed, sops: [], outputs: [], diagnostics: [diagnostic])
        }
        let status: Status
        if document.sops.isEmpty || document.diagnostics.hasErrors {
            status = .failed
        } else if document.diagnostics.contains(where: { $0.severity == .warning }) {
            status = .warnings
        } else {
            status = .ok
        }
        return InputResult(path: path, status: status, sops: document.sops, outputs: [], diagnostics: document.diagnostics)
    }

    /// The diagnostics of a file that concern `sop`: those on its lines, and those about the whole file.
    static func diagnostics(of sop: SOP, in diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { $0.line == 0 || ($0.line >= sop.source.startLine && $0.line <= sop.source.endLine) }
    }

    static func report(_ results: [InputResult], summary: Summary) -> [UInt8] {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.field("schemaVersion", SOPDocument.schemaVersion)
        writer.key("summary")
        writer.beginObject()
        writer.field("files", summary.files)
        writer.field("sops", summary.sops)
        writer.field("steps", summary.steps)
        writer.field("errors", summary.errors)
        writer.field("warnings", summary.warnings)
        writer.field("failed", summary.failed)
        writer.endObject()
        writer.key("inputs")
        writer.beginArray()
        for result in results {
            writer.beginObject()
            writer.field("file", result.path)
            writer.field("status", result.status.rawValue)
            writer.key("sops")
            writer.strings(result.sops.map(\.id))
            writer.key("outputs")
            writer.strings(result.outputs)
            writer.field("errors", result.diagnostics.count(of: .error))
            writer.field("warnings", result.diagnostics.count(of: .warning))
            writer.field("notes", result.diagnostics.count(of: .note))
            writer.key("diagnostics")
            writer.beginArray()
            for diagnostic in result.diagnostics { JSONExporter.write(diagnostic, into: &writer) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        var bytes = writer.bytes
        bytes.append(0x0A)
        return bytes
    }
}

import Foundation
import SOPKit

/// Imports a list of input files into an output folder, in parallel: per-SOP JSON, Markdown, CSV and
/// HTML under `sops/`, and for the batch `sops.csv`, `steps.csv`, `report.json`, `report.md` and
/// `index.html` (every SOP, linking its page).
///
/// Outputs are the same bytes whatever the scheduling: workers parse and render in parallel, and each
/// input then passes, in input order, through a short ordered step that names its outputs (sanitised,
/// made unique against all earlier ones) and appends its rows to the batch files; whichever worker
/// finds the ordered step free runs it for every input that is ready, so workers never wait in line. Every file
/// appears only when complete (`FileSystem.writeAtomically`); the batch files are renamed only when the
/// run completes. With `resume`, inputs unchanged since the last run (same size and modification
/// time, outputs present) are not processed again. Memory stays flat: only the inputs in flight, and
/// at most `readyLimit` processed inputs waiting for a slower earlier one, are held.
final class BatchImporter: @unchecked Sendable {
    let output: String
    let jobs: Int
    let resume: Bool
    let progress: ProgressReporter?

    init(output: String, jobs: Int, resume: Bool, progress: ProgressReporter?) {
        self.output = output
        self.jobs = max(1, jobs)
        self.resume = resume
        self.progress = progress
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
        var skipped = 0
        var seconds = 0.0

        var text: String {
            var text = "imported \(DiagnosticFormatter.plural(files, "file")): \(DiagnosticFormatter.plural(sops, "SOP")), "
                + "\(DiagnosticFormatter.plural(steps, "step")), \(DiagnosticFormatter.plural(errors, "error")), "
                + "\(DiagnosticFormatter.plural(warnings, "warning")); \(failed) failed"
            if skipped > 0 { text += "; \(skipped) unchanged since the last run" }
            text += String(format: " (%.1f s)", seconds)
            return text + "\n"
        }
    }

    /// What a worker made of one input before its outputs are named: everything but the parts that
    /// hold an output name.
    private struct Prepared {
        var path: String
        var fingerprint: FileSystem.Fingerprint?
        var status: Status
        var counts: [String: Int]
        /// Per SOP: its name stem, its JSON, Markdown and HTML, its CSV rows, and its row in the index.
        var rendered: [RenderedSOP]
        /// The input's diagnostics as a JSON array (for its report entry).
        var diagnosticsJSON: [UInt8]
        var markdownRow: [UInt8]
    }

    /// The outputs of one SOP rendered before its name is known.
    private struct RenderedSOP {
        /// The SOP's id sanitised for a file name, before it is made unique.
        var stem: String
        var json: ExportedBytes
        var markdown: ExportedBytes
        var html: ExportedBytes
        var stepRows: CSVExporter.RowsWithoutID
        var sopRow: CSVExporter.RowsWithoutID
        var indexRow: SiteIndexExporter.RowWithoutLink
    }

    /// What the state file records of an input besides its batch rows: its fingerprint, outputs,
    /// status and counts, enough to tell whether it can be skipped when resuming.
    struct RecordedInput {
        var path: String
        var modified: Int
        var size: Int
        var outputs: [String]
        var names: [String]
        var status: String
        var counts: [String: Int]
    }

    /// An input's entry in the state file: what is recorded of it and its batch rows.
    private struct Entry {
        var input: RecordedInput
        var sopsRows: [UInt8]
        var stepsRows: [UInt8]
        var reportEntry: [UInt8]
        var markdownRow: [UInt8]
        var indexRows: [UInt8]

        /// The entry of an input recorded by a previous run, with its five batch `rows` read back.
        static func recorded(_ input: RecordedInput, rows: [[UInt8]]) -> Entry {
            Entry(
                input: input, sopsRows: rows[0], stepsRows: rows[1], reportEntry: rows[2], markdownRow: rows[3],
                indexRows: rows[4])
        }
    }

    /// A processed input waiting for its ordered step.
    private enum Ready {
        /// Unchanged since the last run: its entry from the state file.
        case reused(Entry)
        /// Parsed, validated and rendered.
        case prepared(Prepared)
    }

    private let lock = NSCondition()
    private var nextToTake = 0
    private var nextInOrder = 0
    /// Processed inputs waiting for an earlier one, by input index.
    private var ready: [Int: Ready] = [:]
    /// Whether a thread is running ordered steps.
    private var draining = false
    /// How many processed inputs may wait for an earlier one before workers pause.
    private var readyLimit: Int { 16 * jobs }
    private var usedNames = OutputNames.UsedNames()
    private var summary = Summary()
    private var firstError: IOError?
    private var batch: BatchFiles?
    private var previous: PreviousImportState?
    /// Files named by the ordered step and not yet written; any worker writes them.
    private var unwritten: [(path: String, bytes: ExportedBytes)] = []

    /// The resume state, in the output folder.
    static let stateFile = ".sopkit-import-state"

    /// Imports `inputs` (sorted paths); throws only for I/O errors on the output folder.
    func run(_ inputs: PathList) throws(IOError) -> Summary {
        let start = Date()
        let sopsFolder = FileSystem.join(output, "sops")
        try FileSystem.createDirectory(sopsFolder)
        TemporaryFiles.removeStale(in: output)
        TemporaryFiles.removeStale(in: sopsFolder)
        if resume { previous = PreviousImportState(path: FileSystem.join(output, Self.stateFile)) }
        batch = try BatchFiles(output: output)
        progress?.start(total: inputs.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, inputs.count))) { _ in
            while let index = takeNext(limit: inputs.count) {
                process(index, path: inputs[index])
                writeUnwritten()
            }
        }
        writeUnwritten()
        if let firstError { throw firstError }
        summary.seconds = Date().timeIntervalSince(start)
        try batch!.finish(summary: summary)
        progress?.finish()
        return summary
    }

    private func takeNext(limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextToTake < limit, firstError == nil else { return nil }
        nextToTake += 1
        return nextToTake - 1
    }

    private func process(_ index: Int, path: String) {
        if let previous, let record = previous.record(for: path), let fingerprint = FileSystem.fingerprint(path),
            record.input.size == fingerprint.size, record.input.modified == fingerprint.modified,
            record.input.outputs.allSatisfy({ FileSystem.exists(FileSystem.join(output, $0)) }),
            let rows = previous.rows(of: record)
        {
            deposit(.reused(Entry.recorded(record.input, rows: rows)), at: index)
        } else {
            deposit(.prepared(prepare(path)), at: index)
        }
    }

    /// Hands a processed input to the ordered step. The thread that finds nobody draining becomes the
    /// drainer: it runs the ordered step of every input that is ready, in input order, and writes its
    /// files, while the other workers go on parsing; so no worker waits for a slower earlier input,
    /// unless `readyLimit` inputs are already waiting (which keeps memory flat).
    private func deposit(_ item: Ready, at index: Int) {
        lock.lock()
        while ready.count >= readyLimit, index != nextInOrder, firstError == nil { lock.wait() }
        ready[index] = item
        guard !draining else {
            lock.unlock()
            return
        }
        draining = true
        while let next = ready.removeValue(forKey: nextInOrder) {
            lock.unlock()
            let files = orderedStep(next)
            progress?.advance()
            lock.lock()
            unwritten += files
            nextInOrder += 1
            lock.broadcast()
        }
        draining = false
        lock.unlock()
    }

    /// Writes the files that the ordered step has named, outside it, so that the one thread in the
    /// ordered step does not wait for the file system while the others parse.
    private func writeUnwritten() {
        while true {
            lock.lock()
            guard let file = unwritten.popLast() else {
                lock.unlock()
                return
            }
            lock.unlock()
            do {
                try FileSystem.writeAtomically(file.bytes, to: file.path)
            } catch {
                fail(error)
            }
        }
    }

    /// The ordered step of one input (only ever run by the drainer, one input at a time): returns the
    /// files to write.
    private func orderedStep(_ item: Ready) -> [(path: String, bytes: ExportedBytes)] {
        do {
            switch item {
            case .reused(let entry):
                try reuse(entry)
                return []
            case .prepared(let prepared):
                return try record(prepared)
            }
        } catch {
            fail(error)
            return []
        }
    }

    private func fail(_ error: IOError) {
        lock.lock()
        if firstError == nil { firstError = error }
        lock.unlock()
    }

    /// Parses, validates and renders one input (in parallel with the others).
    private func prepare(_ path: String) -> Prepared {
        let document: SOPDocument
        let fingerprint: FileSystem.Fingerprint?
        do {
            let read = try Inputs.documentWithFingerprint(atPath: path)
            document = Validator.validate(read.document)
            fingerprint = read.fingerprint
        } catch {
            let diagnostic = Diagnostic(.unreadableInput, error.message, file: path, at: .wholeFile)
            return Self.prepared(path, fingerprint: FileSystem.fingerprint(path), status: .failed,
                document: SOPDocument(source: path, sops: [], diagnostics: [diagnostic]), rendered: [],
                diagnosticsJSON: EncodedDiagnostics([diagnostic], mostlyNaming: path).compactArray)
        }
        let status: Status
        if document.sops.isEmpty || document.diagnostics.hasErrors {
            status = .failed
        } else if document.diagnostics.contains(where: { $0.severity == .warning }) {
            status = .warnings
        } else {
            status = .ok
        }
        let encodedDiagnostics = EncodedDiagnostics(document.diagnostics, mostlyNaming: path)
        let rendered = document.sops.map { sop in
            let single = SOPDocument(source: path, sops: [sop], diagnostics: [])
            return RenderedSOP(
                stem: OutputNames.sanitise(sop.id),
                json: JSONExporter.exportBuffer(single, diagnostics: encodedDiagnostics, concerning: sop),
                markdown: MarkdownExporter.exportBuffer(single), html: HTMLExporter.exportBuffer(single),
                stepRows: CSVExporter.stepRows(of: sop), sopRow: CSVExporter.sopRow(of: sop),
                indexRow: SiteIndexExporter.RowWithoutLink(SiteIndexExporter.Entry(
                    sop, link: "", diagnostics: Self.diagnostics(of: sop, in: document.diagnostics))))
        }
        return Self.prepared(
            path, fingerprint: fingerprint, status: status, document: document, rendered: rendered,
            diagnosticsJSON: encodedDiagnostics.compactArray)
    }

    /// The parts of an input's batch rows that do not depend on output names; `diagnosticsJSON` is the
    /// document's diagnostics as a JSON array on one line.
    private static func prepared(
        _ path: String, fingerprint: FileSystem.Fingerprint?, status: Status, document: SOPDocument,
        rendered: [RenderedSOP], diagnosticsJSON: [UInt8]
    ) -> Prepared {
        let diagnostics = document.diagnostics
        let counts = [
            "sops": document.sops.count, "steps": document.sops.reduce(0) { $0 + $1.steps.count },
            "errors": diagnostics.count(of: .error), "warnings": diagnostics.count(of: .warning),
            "notes": diagnostics.count(of: .note),
        ]
        return Prepared(
            path: path, fingerprint: fingerprint, status: status, counts: counts, rendered: rendered,
            diagnosticsJSON: diagnosticsJSON,
            markdownRow: markdownRow(path, status: status.rawValue, counts: counts, diagnostics: diagnostics))
    }

    /// The ordered step of a processed input: names its outputs and appends its batch rows. Returns
    /// the files to write.
    private func record(_ prepared: Prepared) throws(IOError) -> [(path: String, bytes: ExportedBytes)] {
        var files: [(path: String, bytes: ExportedBytes)] = []
        var outputs: [String] = []
        var names: [String] = []
        var sopsRows: [UInt8] = []
        var stepsRows: [UInt8] = []
        var indexRows: [UInt8] = []
        for rendered in prepared.rendered {
            let name = usedNames.unique(rendered.stem)
            names.append(name)
            let steps = rendered.stepRows.rows(id: name)
            stepsRows += steps
            sopsRows += rendered.sopRow.rows(id: name)
            let stemPath = "sops/" + name + "."
            let html = stemPath + "html"
            indexRows += rendered.indexRow.row(link: html).utf8
            for (file, bytes) in [(stemPath + "json", rendered.json), (stemPath + "md", rendered.markdown),
                (stemPath + "csv", ExportedBytes(CSVExporter.stepsHeader, followedBy: steps)), (html, rendered.html)]
            {
                outputs.append(file)
                files.append((FileSystem.join(output, file), bytes))
            }
        }
        let entry = Entry(
            input: RecordedInput(
                path: prepared.path, modified: prepared.fingerprint?.modified ?? 0, size: prepared.fingerprint?.size ?? -1,
                outputs: outputs, names: names, status: prepared.status.rawValue, counts: prepared.counts),
            sopsRows: sopsRows, stepsRows: stepsRows,
            reportEntry: Self.reportEntry(prepared.path, status: prepared.status.rawValue, names: names, outputs: outputs,
                counts: prepared.counts, diagnosticsJSON: prepared.diagnosticsJSON),
            markdownRow: prepared.markdownRow, indexRows: indexRows)
        try append(entry, reused: false)
        return files
    }

    /// The ordered step of an input unchanged since the last run.
    private func reuse(_ entry: Entry) throws(IOError) {
        for name in entry.input.names { usedNames.insert(name) }
        try append(entry, reused: true)
    }

    private func append(_ entry: Entry, reused: Bool) throws(IOError) {
        try batch!.append(entry.sopsRows, entry.stepsRows, entry.reportEntry, entry.markdownRow, entry.indexRows,
            state: Self.stateRecord(entry))
        summary.files += 1
        summary.sops += entry.input.counts["sops"] ?? 0
        summary.steps += entry.input.counts["steps"] ?? 0
        summary.errors += entry.input.counts["errors"] ?? 0
        summary.warnings += entry.input.counts["warnings"] ?? 0
        if entry.input.status == Status.failed.rawValue { summary.failed += 1 }
        if reused { summary.skipped += 1 }
    }

    /// The diagnostics of a file that concern `sop`: those on its lines, and those about the whole file.
    static func diagnostics(of sop: SOP, in diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { EncodedDiagnostics.diagnostic(onLine: $0.line, concerns: sop) }
    }

    // MARK: Report entries

    private static func reportEntry(
        _ path: String, status: String, names: [String], outputs: [String], counts: [String: Int],
        diagnosticsJSON: [UInt8]
    ) -> [UInt8] {
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        writer.constantField("file", path)
        writer.constantField("status", status)
        writer.constantKey("sops")
        writer.strings(names)
        writer.constantKey("outputs")
        writer.strings(outputs)
        writer.constantField("errors", counts["errors"] ?? 0)
        writer.constantField("warnings", counts["warnings"] ?? 0)
        writer.constantField("notes", counts["notes"] ?? 0)
        writer.constantKey("diagnostics")
        writer.encoded(diagnosticsJSON)
        writer.endObject()
        return writer.bytes
    }

    /// The row of an input in report.md (without its line feed): the input, status, counts and the first
    /// error, appended piece by piece as UTF-8 bytes instead of interpolated into strings.
    static func markdownRow(_ path: String, status: String, counts: [String: Int], diagnostics: [Diagnostic]) -> [UInt8] {
        var row: [UInt8] = []
        row.reserveCapacity(path.utf8.count + 96)
        row += "| ".utf8
        row += MarkdownExporter.escape(path).utf8
        row += " | ".utf8
        row += status.utf8
        for count in [counts["sops"] ?? 0, counts["errors"] ?? 0, counts["warnings"] ?? 0] {
            row += " | ".utf8
            row += String(count).utf8
        }
        row += " |".utf8
        if let first = diagnostics.first(where: { $0.severity == .error }) {
            row.append(0x20)
            row += String(first.line).utf8
            row.append(UInt8(ascii: ":"))
            row += String(first.column).utf8
            row += " [".utf8
            row += first.code.rawValue.utf8
            row += "] ".utf8
            row += MarkdownExporter.escape(first.message).utf8
            let errorCount = diagnostics.count(of: .error)
            if errorCount > 1 {
                row += " (and ".utf8
                row += String(errorCount - 1).utf8
                row += " more)".utf8
            }
        }
        row += " |".utf8
        return row
    }

    // MARK: State for --resume

    /// The record of `entry` in the state file: a JSON header line (the input, its fingerprint, outputs,
    /// names, status and counts, and the byte lengths of its batch rows), then the batch rows as they
    /// are written to the batch files, one after the other, and a line feed. The rows are not escaped,
    /// so recording an input costs a copy of its rows, not a second encoding.
    private static func stateRecord(_ entry: Entry) -> [UInt8] {
        let rows = [entry.sopsRows, entry.stepsRows, entry.reportEntry, entry.markdownRow, entry.indexRows]
        var writer = JSONWriter(pretty: false, capacity: 1024)
        writer.beginObject()
        writer.constantField("file", entry.input.path)
        writer.constantField("modified", entry.input.modified)
        writer.constantField("size", entry.input.size)
        writer.constantKey("outputs")
        writer.strings(entry.input.outputs)
        writer.constantKey("names")
        writer.strings(entry.input.names)
        writer.constantField("status", entry.input.status)
        writer.constantKey("counts")
        writer.beginObject()
        for key in entry.input.counts.keys.sorted() { writer.field(key, entry.input.counts[key]) }
        writer.endObject()
        writer.constantKey("rowLengths")
        writer.beginArray()
        for row in rows { writer.int(row.count) }
        writer.endArray()
        writer.endObject()
        var record = writer.bytes
        record.reserveCapacity(record.count + 2 + rows.reduce(0) { $0 + $1.count })
        record.append(0x0A)
        for row in rows { record += row }
        record.append(0x0A)
        return record
    }
}

/// The resume state of an import: one complete record per input done (see `BatchImporter.stateRecord`),
/// each appended with a single write, so that an interrupted run can be resumed where it stopped. A
/// record cut by a crash is ignored when read back.
private final class StateLog {
    private let descriptor: Int32
    private let path: String

    /// Starts the log afresh (the previous state is read before).
    init(path: String) throws(IOError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IOError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    /// Appends one record in a single write.
    func append(_ bytes: [UInt8]) throws(IOError) {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw IOError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(descriptor) }
}

/// The batch files of an import, written as the inputs pass in order and renamed into place when the
/// run completes: sops.csv, steps.csv, report.json, report.md and index.html; and the resume state.
private final class BatchFiles {
    private let sops: StreamingFile
    private let steps: StreamingFile
    private let report: StreamingFile
    private let markdown: StreamingFile
    private let index: StreamingFile
    private let state: StateLog
    private var reportEntries = 0

    init(output: String) throws(IOError) {
        sops = try StreamingFile(path: FileSystem.join(output, "sops.csv"))
        steps = try StreamingFile(path: FileSystem.join(output, "steps.csv"))
        report = try StreamingFile(path: FileSystem.join(output, "report.json"))
        markdown = try StreamingFile(path: FileSystem.join(output, "report.md"))
        index = try StreamingFile(path: FileSystem.join(output, "index.html"))
        state = try StateLog(path: FileSystem.join(output, BatchImporter.stateFile))
        try sops.append(CSVExporter.sops([]))
        try steps.append(CSVExporter.steps([]))
        try report.append("{\n  \"schemaVersion\": \"\(SOPDocument.schemaVersion)\",\n  \"inputs\": [")
        try markdown.append("# Import report\n\n| Input | Status | SOPs | Errors | Warnings | First error |\n|---|---|---:|---:|---:|---|\n")
        try index.append(SiteIndexExporter.header)
    }

    func append(
        _ sopsRows: [UInt8], _ stepsRows: [UInt8], _ reportEntry: [UInt8], _ markdownRow: [UInt8], _ indexRows: [UInt8],
        state record: [UInt8]
    ) throws(IOError) {
        try sops.append(sopsRows)
        try steps.append(stepsRows)
        try report.append(reportEntries == 0 ? "\n    " : ",\n    ")
        try report.append(reportEntry)
        reportEntries += 1
        try markdown.append(markdownRow)
        try markdown.append([0x0A])
        try index.append(indexRows)
        try state.append(record)
    }

    func finish(summary: BatchImporter.Summary) throws(IOError) {
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        for (key, value) in [("files", summary.files), ("sops", summary.sops), ("steps", summary.steps),
            ("errors", summary.errors), ("warnings", summary.warnings), ("failed", summary.failed)]
        {
            writer.field(key, value)
        }
        writer.endObject()
        try report.append((reportEntries == 0 ? "" : "\n  ") + "],\n  \"summary\": " + String(decoding: writer.bytes, as: UTF8.self) + "\n}\n")
        try markdown.append("\n**Summary:** \(summary.files) files, \(summary.sops) SOPs, \(summary.steps) steps, "
            + "\(summary.errors) errors, \(summary.warnings) warnings, \(summary.failed) failed.\n")
        try index.append(SiteIndexExporter.footer)
        for file in [sops, steps, report, markdown, index] { try file.commit() }
    }
}

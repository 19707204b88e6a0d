/// Writes RFC 4180 CSV: fields quoted when they hold a comma, quote, CR or LF, quotes doubled, rows
/// ended by CRLF. Text fields that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
/// `@`, tab or CR) are prefixed with `'`, as OWASP recommends against CSV injection.
///
/// The CSV is written into a `ByteSink` that the writer owns alone (the writer cannot be copied).
struct CSVWriter: ~Copyable {
    private let sink: ByteSink

    init(byteOrderMark: Bool, capacity: Int = 1024) {
        sink = ByteSink(capacity: capacity)
        if byteOrderMark {
            sink.append(0xEF)
            sink.append(0xBB)
            sink.append(0xBF)
        }
    }

    /// The CSV written so far.
    var bytes: [UInt8] { sink.bytes }

    /// How many bytes are written.
    var count: Int { sink.count }

    /// Appends one row of text fields.
    mutating func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { separator() }
            text(field)
        }
        endRow()
    }

    /// Appends the comma before a field that is not the first of its row.
    mutating func separator() {
        sink.append(UInt8(ascii: ","))
    }

    /// Appends a text field (neutralised against formulas, quoted when needed); nil is empty.
    mutating func text(_ value: String?) {
        guard let value else { return }
        Self.withUTF8(of: value) { appendText($0) }
    }

    /// Appends the text field that `values` joined by `"; "` make, as `text(_:)` appends the joined
    /// string, without building it: quoted when any value must be (the separator never needs it),
    /// neutralised when the joined text starts like a formula (its first value does).
    mutating func text(joinedBySemicolons values: [String]) {
        guard values.count > 1 else { return text(values.first) }
        var quoted = false
        for value in values where Self.withUTF8(of: value, Self.needsQuoting) {
            quoted = true
            break
        }
        let startsLikeFormula = Self.withUTF8(of: values[0]) { $0.first.map(Self.startsFormula) ?? false }
        if quoted { sink.append(UInt8(ascii: "\"")) }
        if startsLikeFormula { sink.append(UInt8(ascii: "'")) }
        for index in values.indices {
            if index > 0 { sink.append("; " as StaticString) }
            Self.withUTF8(of: values[index]) { quoted ? appendDoublingQuotes($0) : sink.append($0) }
        }
        if quoted { sink.append(UInt8(ascii: "\"")) }
    }

    /// Calls `body` with the UTF-8 of `value`, read in place when it is stored contiguously.
    private static func withUTF8<Result>(of value: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = value.utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = value
        return contiguous.withUTF8(body)
    }

    /// Appends the comma before a text field and the field (see `text(_:)`).
    mutating func separatedText(_ value: String?) {
        separator()
        text(value)
    }

    /// Appends the comma before a number field and the field (see `number(_:)`).
    mutating func separatedNumber(_ value: Int?) {
        separator()
        number(value)
    }

    /// Appends a number field as is; nil is empty.
    mutating func number(_ value: Int?) {
        if let value { sink.append(decimal: value) }
    }

    /// Appends bytes already written as CSV.
    mutating func append(written: ArraySlice<UInt8>) {
        written.withUnsafeBufferPointer { sink.append($0) }
    }

    /// Appends a copy of the bytes this writer wrote at `range` (a field written before, again).
    mutating func repeatWritten(_ range: Range<Int>) {
        sink.appendCopy(of: range)
    }

    /// Ends the row with CRLF.
    mutating func endRow() {
        sink.append(0x0D)
        sink.append(0x0A)
    }

    /// Appends the UTF-8 text of a field: `'` first when it starts like a formula, and the whole in
    /// quotes, with quotes doubled, when it holds a comma, quote, CR or LF.
    private func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        let startsLikeFormula = text.first.map(Self.startsFormula) ?? false
        guard Self.needsQuoting(text) else {
            if startsLikeFormula { sink.append(UInt8(ascii: "'")) }
            sink.append(text)
            return
        }
        sink.append(UInt8(ascii: "\""))
        if startsLikeFormula { sink.append(UInt8(ascii: "'")) }
        appendDoublingQuotes(text)
        sink.append(UInt8(ascii: "\""))
    }

    /// Appends `text` with each quote doubled, as inside a quoted field.
    private func appendDoublingQuotes(_ text: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in text.indices where text[index] == UInt8(ascii: "\"") {
            sink.append(UnsafeBufferPointer(rebasing: text[runStart...index]))
            runStart = index
        }
        sink.append(UnsafeBufferPointer(rebasing: text[runStart...]))
    }

    /// Whether a field starting with `byte` would be read as a formula.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D
    }

    /// Whether a field holding `byte` must be quoted.
    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }

    /// Whether the field `text` must be quoted: it holds a comma, quote, CR or LF. Eight bytes are
    /// looked at a time; the bytes after the last whole eight one by one.
    static func needsQuoting(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(text)
        var index = 0
        while index + 8 <= text.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let found = SourceText.firstMatches(word, UInt8(ascii: ",")) | SourceText.firstMatches(word, UInt8(ascii: "\""))
                | SourceText.firstMatches(word, 0x0A) | SourceText.firstMatches(word, 0x0D)
            if found != 0 { return true }
            index += 8
        }
        while index < text.count {
            if needsQuotes(text[index]) { return true }
            index += 1
        }
        return false
    }
}

/// CSV exports: one row per step, and (for batches) one row per SOP.
public enum CSVExporter {
    /// The columns of the steps CSV.
    public static let stepColumns = [
        "sop_id", "number", "activity", "performers", "requirements", "duration_text", "minutes", "output", "notes",
    ]

    /// The columns of the SOPs CSV.
    public static let sopColumns = [
        "sop_id", "file", "title", "number", "agency", "created", "revised", "effective", "approved",
        "approver_position", "approver_name", "approver_nip", "roles", "steps", "total_minutes", "flexible_steps",
    ]

    /// The header row of the steps CSV.
    public static let stepsHeader: [UInt8] = steps([])

    /// The header row of the SOPs CSV.
    public static let sopsHeader: [UInt8] = sops([])

    /// One row per step of `sops`, under a header row.
    public static func steps(_ sops: [SOP], byteOrderMark: Bool = false) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.row(stepColumns)
        for sop in sops { stepRows(of: sop).write(id: sop.id, into: &writer) }
        return writer.bytes
    }

    /// One row per SOP, under a header row.
    public static func sops(_ sops: [SOP], byteOrderMark: Bool = false) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.row(sopColumns)
        for sop in sops { sopRow(of: sop).write(id: sop.id, into: &writer) }
        return writer.bytes
    }

    /// CSV rows of one SOP written but for their first field, the SOP's id, which is given later: the
    /// batch import renders in parallel and names the SOPs only afterwards, in input order.
    public struct RowsWithoutID: Sendable {
        /// Each row after its id field (from the comma before the second field to the CRLF).
        fileprivate var tails: [UInt8] = []
        /// Where each row's tail ends in `tails`.
        fileprivate var ends: [Int] = []

        /// The rows with `id` as their first field, the same bytes as the export of a SOP with that id.
        public func rows(id: String) -> [UInt8] {
            var writer = CSVWriter(byteOrderMark: false, capacity: tails.count + ends.count * (id.utf8.count + 3))
            write(id: id, into: &writer)
            return writer.bytes
        }

        /// Writes the rows with `id` as their first field: the field is encoded for the first row and
        /// copied for the others.
        fileprivate func write(id: String, into writer: inout CSVWriter) {
            var start = 0
            var idField: Range<Int>?
            for end in ends {
                if let idField {
                    writer.repeatWritten(idField)
                } else {
                    let fieldStart = writer.count
                    writer.text(id)
                    idField = fieldStart..<writer.count
                }
                writer.append(written: tails[start..<end])
                start = end
            }
        }
    }

    /// The rows of the steps CSV for `sop`, without its id.
    public static func stepRows(of sop: SOP) -> RowsWithoutID {
        var writer = CSVWriter(byteOrderMark: false, capacity: 256 * max(1, sop.steps.count))
        var rows = RowsWithoutID()
        rows.ends.reserveCapacity(sop.steps.count)
        for step in sop.steps {
            writer.separator()
            writer.number(step.number)
            writer.separator()
            writer.text(step.activity)
            writer.separator()
            writer.text(joinedBySemicolons: step.performers)
            writer.separator()
            writer.text(step.requirements)
            writer.separator()
            writer.text(step.duration?.text)
            writer.separator()
            writer.number(step.duration?.minutes)
            writer.separator()
            writer.text(step.output)
            writer.separator()
            writer.text(step.notes)
            writer.endRow()
            rows.ends.append(writer.count)
        }
        rows.tails = writer.bytes
        return rows
    }

    /// The row of the SOPs CSV for `sop`, without its id.
    public static func sopRow(of sop: SOP) -> RowsWithoutID {
        var writer = CSVWriter(byteOrderMark: false)
        let total = sop.totalDuration
        writer.separatedText(sop.source.file)
        writer.separatedText(sop.title)
        writer.separatedText(sop.number)
        writer.separatedText(sop.agency)
        writer.separatedText(sop.dates.created?.description)
        writer.separatedText(sop.dates.revised?.description)
        writer.separatedText(sop.dates.effective?.description)
        writer.separatedText(sop.dates.approved?.description)
        writer.separatedText(sop.approvedBy.position)
        writer.separatedText(sop.approvedBy.name)
        writer.separatedText(sop.approvedBy.nip)
        writer.separator()
        writer.text(joinedBySemicolons: sop.roles)
        writer.separatedNumber(sop.steps.count)
        writer.separatedNumber(total?.minutes)
        writer.separatedNumber(total?.flexibleSteps)
        writer.endRow()
        return RowsWithoutID(tails: writer.bytes, ends: [writer.count])
    }
}

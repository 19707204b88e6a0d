/// Writes RFC 4180 CSV: fields quoted when they hold a comma, quote, CR or LF, quotes doubled, rows
/// ended by CRLF. Text fields that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
/// `@`, tab or CR) are prefixed with `'`, as OWASP recommends against CSV injection.
struct CSVWriter {
    private(set) var bytes: [UInt8] = []

    init(byteOrderMark: Bool) {
        if byteOrderMark { bytes = [0xEF, 0xBB, 0xBF] }
    }

    /// Appends one row; nil fields are empty.
    mutating func row(_ fields: [CSVField]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(field)
        }
        endRow()
    }

    /// Appends the fields of a row after its first one (each preceded by a comma) and ends the row.
    mutating func rowTail(_ fields: [CSVField]) {
        for field in fields {
            bytes.append(UInt8(ascii: ","))
            append(field)
        }
        endRow()
    }

    /// Appends one field, without separator.
    mutating func append(_ field: CSVField) {
        switch field {
        case .text(let value): appendText(value ?? "")
        case .number(let value): if let value { bytes.append(contentsOf: String(value).utf8) }
        }
    }

    /// Appends bytes already written as CSV.
    mutating func append(written: ArraySlice<UInt8>) {
        bytes.append(contentsOf: written)
    }

    private mutating func endRow() {
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    private mutating func appendText(_ value: String) {
        var text = value
        if let first = text.utf8.first,
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
        {
            text = "'" + text
        }
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes.append(contentsOf: text.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A CSV field: text (neutralised against formulas) or a number (written as is).
enum CSVField {
    case text(String?)
    case number(Int?)
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
        writer.row(stepColumns.map { .text($0) })
        for sop in sops { stepRows(of: sop).write(id: sop.id, into: &writer) }
        return writer.bytes
    }

    /// One row per SOP, under a header row.
    public static func sops(_ sops: [SOP], byteOrderMark: Bool = false) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.row(sopColumns.map { .text($0) })
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
            var writer = CSVWriter(byteOrderMark: false)
            write(id: id, into: &writer)
            return writer.bytes
        }

        fileprivate func write(id: String, into writer: inout CSVWriter) {
            var start = 0
            for end in ends {
                writer.append(.text(id))
                writer.append(written: tails[start..<end])
                start = end
            }
        }
    }

    /// The rows of the steps CSV for `sop`, without its id.
    public static func stepRows(of sop: SOP) -> RowsWithoutID {
        var writer = CSVWriter(byteOrderMark: false)
        var rows = RowsWithoutID()
        rows.ends.reserveCapacity(sop.steps.count)
        for step in sop.steps {
            writer.rowTail([
                .number(step.number), .text(step.activity),
                .text(step.performers.joined(separator: "; ")), .text(step.requirements),
                .text(step.duration?.text), .number(step.duration?.minutes), .text(step.output), .text(step.notes),
            ])
            rows.ends.append(writer.bytes.count)
        }
        rows.tails = writer.bytes
        return rows
    }

    /// The row of the SOPs CSV for `sop`, without its id.
    public static func sopRow(of sop: SOP) -> RowsWithoutID {
        var writer = CSVWriter(byteOrderMark: false)
        let total = sop.totalDuration
        writer.rowTail([
            .text(sop.source.file), .text(sop.title), .text(sop.number), .text(sop.agency),
            .text(sop.dates.created?.description), .text(sop.dates.revised?.description),
            .text(sop.dates.effective?.description), .text(sop.dates.approved?.description),
            .text(sop.approvedBy.position), .text(sop.approvedBy.name), .text(sop.approvedBy.nip),
            .text(sop.roles.joined(separator: "; ")), .number(sop.steps.count), .number(total?.minutes),
            .number(total?.flexibleSteps),
        ])
        return RowsWithoutID(tails: writer.bytes, ends: [writer.bytes.count])
    }
}

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
            switch field {
            case .text(let value): appendText(value ?? "")
            case .number(let value): if let value { bytes.append(contentsOf: String(value).utf8) }
            }
        }
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

    /// One row per step of `sops`, under a header row.
    public static func steps(_ sops: [SOP], byteOrderMark: Bool = false) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.row(stepColumns.map { .text($0) })
        for sop in sops {
            for step in sop.steps {
                writer.row([
                    .text(sop.id), .number(step.number), .text(step.activity),
                    .text(step.performers.joined(separator: "; ")), .text(step.requirements),
                    .text(step.duration?.text), .number(step.duration?.minutes), .text(step.output), .text(step.notes),
                ])
            }
        }
        return writer.bytes
    }

    /// One row per SOP, under a header row.
    public static func sops(_ sops: [SOP], byteOrderMark: Bool = false) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.row(sopColumns.map { .text($0) })
        for sop in sops {
            let total = sop.totalDuration
            writer.row([
                .text(sop.id), .text(sop.source.file), .text(sop.title), .text(sop.number), .text(sop.agency),
                .text(sop.dates.created?.description), .text(sop.dates.revised?.description),
                .text(sop.dates.effective?.description), .text(sop.dates.approved?.description),
                .text(sop.approvedBy.position), .text(sop.approvedBy.name), .text(sop.approvedBy.nip),
                .text(sop.roles.joined(separator: "; ")), .number(sop.steps.count), .number(total?.minutes),
                .number(total?.flexibleSteps),
            ])
        }
        return writer.bytes
    }
}

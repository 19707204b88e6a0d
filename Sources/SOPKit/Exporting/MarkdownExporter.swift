/// Writes SOPs as GitHub-flavoured Markdown: the identity table, the lists, a table of the steps with
/// one column per role (✓ where the role performs the step) and the Mutu Baku columns, the total time.
/// Everything from the input is escaped, so it cannot inject markup.
public enum MarkdownExporter {
    /// The Markdown of every SOP of `document`, separated by rules.
    public static func export(_ document: SOPDocument) -> String {
        if document.sops.isEmpty {
            return "# \(escape(document.source))\n\nNo SOP was recognised in this file.\n"
        }
        return document.sops.map(export).joined(separator: "\n---\n\n")
    }

    /// The Markdown of one SOP.
    public static func export(_ sop: SOP) -> String {
        var lines: [String] = []
        lines.append("# " + escape(sop.title ?? "SOP tanpa judul"))
        lines.append("")
        lines.append("| Identitas | |")
        lines.append("|---|---|")
        func row(_ label: String, _ value: String?) {
            lines.append("| \(label) | \(value.map(escape) ?? "—") |")
        }
        row("Nomor SOP", sop.number)
        row("Instansi", sop.agency)
        row("Tanggal Pembuatan", sop.dates.created?.description)
        row("Tanggal Revisi", sop.dates.revised?.description)
        row("Tanggal Efektif", sop.dates.effective?.description)
        row("Tanggal Pengesahan", sop.dates.approved?.description)
        row("Disahkan oleh", sop.approvedBy.position)
        row("Nama", sop.approvedBy.name)
        row("NIP", sop.approvedBy.nip)
        list("Dasar Hukum", sop.legalBasis.map(\.text), into: &lines)
        list("Kualifikasi Pelaksana", sop.qualifications, into: &lines)
        list("Keterkaitan", sop.relatedProcedures, into: &lines)
        list("Peralatan/Perlengkapan", sop.equipment, into: &lines)
        list("Peringatan", sop.warnings, into: &lines)
        list("Pencatatan dan Pendataan", sop.records, into: &lines)
        lines.append("")
        lines.append("## Prosedur")
        lines.append("")
        let header = ["No", "Kegiatan"] + sop.roles.map(escape) + ["Kelengkapan", "Waktu", "Output", "Keterangan"]
        lines.append("| " + header.joined(separator: " | ") + " |")
        let alignment = ["---:", "---"] + sop.roles.map { _ in ":---:" } + ["---", "---", "---", "---"]
        lines.append("|" + alignment.joined(separator: "|") + "|")
        for step in sop.steps {
            var cells = [String(step.number), escape(step.activity)]
            cells += sop.roles.map { step.performers.contains($0) ? "✓" : "" }
            cells += [step.requirements, step.duration?.text, step.output, step.notes].map { $0.map(escape) ?? "" }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        if let total = sop.totalDuration {
            var text = "**Total waktu:** \(total.minutes) menit kerja (\(total.iso8601))"
            if total.flexibleSteps > 0 { text += ", ditambah \(total.flexibleSteps) langkah dengan waktu disesuaikan" }
            lines.append(text)
            lines.append("")
        }
        for section in sop.sections {
            lines.append("## " + escape(section.title))
            lines.append("")
            lines.append(escape(section.text))
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func list(_ title: String, _ items: [String], into lines: inout [String]) {
        lines.append("")
        lines.append("## " + title)
        lines.append("")
        if items.isEmpty {
            lines.append("—")
        } else {
            for (index, item) in items.enumerated() { lines.append("\(index + 1). " + escape(item)) }
        }
    }

    /// The ASCII punctuation that Markdown reads as markup, as a table indexed by byte.
    private static let special: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in Array("\\`*_[]<>|~&#!{}$".utf8) { table[Int(byte)] = true }
        return table
    }()

    /// Backslash-escapes the ASCII punctuation that Markdown (and GFM tables) would read as markup.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte < 0x80, special[Int(byte)] { output.append(0x5C) }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}

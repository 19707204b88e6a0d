/// Writes the canonical tab-separated text of an SOP: the form SOPKit reads back to the same model.
///
/// Identity fields as labelled lines, lists as "- " items under their labels, the table with a
/// one-row header and a √ in the role cells of marked performers, then the sections (their text
/// indented by a tab, so that no line of it reads as a title). "&" and "<" are written as entities so
/// that no text is read back as HTML.
public enum TextExporter {
    /// The text of one SOP, ending with a newline.
    public static func export(_ sop: SOP) -> String {
        var lines: [String] = []
        func field(_ label: String, _ value: String?) {
            lines.append("\(label)\t: \(value.map(escape) ?? "-")")
        }
        if let agency = sop.agency { field("Instansi", agency) }
        field("Nomor SOP", sop.number)
        field("Tanggal Pembuatan", sop.dates.created?.description)
        field("Tanggal Revisi", sop.dates.revised?.description)
        field("Tanggal Efektif", sop.dates.effective?.description)
        field("Tanggal Pengesahan", sop.dates.approved?.description)
        if sop.approvedBy != Approver() {
            field("Disahkan Oleh", sop.approvedBy.position)
            if let name = sop.approvedBy.name { field("Nama", name) }
            if let nip = sop.approvedBy.nip { field("NIP", nip) }
        }
        if let title = sop.title { field("Nama SOP", title) }
        list("Dasar Hukum", sop.legalBasis.map(\.text), into: &lines)
        list("Kualifikasi Pelaksana", sop.qualifications, into: &lines)
        list("Keterkaitan", sop.relatedProcedures, into: &lines)
        list("Peralatan/Perlengkapan", sop.equipment, into: &lines)
        list("Peringatan", sop.warnings, into: &lines)
        list("Pencatatan dan Pendataan", sop.records, into: &lines)
        if !sop.steps.isEmpty || !sop.roles.isEmpty {
            lines.append("")
            let header = ["No", "Kegiatan"] + sop.roles.map(escape) + ["Kelengkapan", "Waktu", "Output", "Keterangan"]
            lines.append(header.joined(separator: "\t"))
            for step in sop.steps {
                var cells = [String(step.number), escape(step.activity)]
                cells += sop.roles.map { step.performerSource == .marker && step.performers.contains($0) ? "\u{221A}" : "" }
                cells += [step.requirements, step.duration?.text, step.output, step.notes].map { $0.map(escape) ?? "" }
                lines.append(cells.joined(separator: "\t"))
            }
        }
        for section in sop.sections {
            lines.append("")
            lines.append(escape(section.title))
            lines.append("\t" + escape(section.text))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func list(_ label: String, _ items: [String], into lines: inout [String]) {
        lines.append("\(label) :")
        for item in items { lines.append("- " + escape(item)) }
    }

    /// Writes "&" and "<" as entities so that re-reading never strips them as HTML.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }) else { return text }
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            default: output.append(character)
            }
        }
        return output
    }
}

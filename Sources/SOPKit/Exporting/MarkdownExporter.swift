/// Writes SOPs as GitHub-flavoured Markdown: the identity table, the lists, a table of the steps with
/// one column per role (✓ where the role performs the step) and the Mutu Baku columns, the total time.
/// Everything from the input is escaped, so it cannot inject markup.
public enum MarkdownExporter {
    /// The Markdown of every SOP of `document`, separated by rules.
    public static func export(_ document: SOPDocument) -> String {
        let output = ByteSink(capacity: 8192)
        write(document, into: output)
        return output.string
    }

    /// The Markdown of one SOP.
    public static func export(_ sop: SOP) -> String {
        let output = ByteSink(capacity: 8192)
        write(sop, into: output)
        return output.string
    }

    /// The UTF-8 bytes of the Markdown of every document, one after the other, separated by a line feed.
    static func exportBytes(_ documents: [SOPDocument]) -> [UInt8] {
        let output = ByteSink(capacity: 8192)
        for (index, document) in documents.enumerated() {
            if index > 0 { output.append(0x0A) }
            write(document, into: output)
        }
        return output.bytes
    }

    /// The bytes of `SOPKit.export(document, as: .markdown)`, in the buffer they were written into.
    public static func exportBuffer(_ document: SOPDocument) -> ExportedBytes {
        let output = ByteSink(capacity: 8192)
        write(document, into: output)
        return ExportedBytes(output)
    }

    private static func write(_ document: SOPDocument, into output: ByteSink) {
        if document.sops.isEmpty {
            append("# ", to: output)
            escape(document.source, into: output)
            append("\n\nNo SOP was recognised in this file.\n", to: output)
            return
        }
        for (index, sop) in document.sops.enumerated() {
            if index > 0 { append("\n---\n\n", to: output) }
            write(sop, into: output)
        }
    }

    /// Writes the lines of one SOP, separated by line feeds (no line feed after the last).
    private static func write(_ sop: SOP, into output: ByteSink) {
        append("# ", to: output)
        escape(sop.title ?? "SOP tanpa judul", into: output)
        append("\n\n| Identitas | |\n|---|---|\n", to: output)
        func row(_ label: StaticString, _ value: String?) {
            append("| ", to: output)
            append(label, to: output)
            append(" | ", to: output)
            if let value { escape(value, into: output) } else { append("—", to: output) }
            append(" |\n", to: output)
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
        list("Dasar Hukum", sop.legalBasis.map(\.text), into: output)
        list("Kualifikasi Pelaksana", sop.qualifications, into: output)
        list("Keterkaitan", sop.relatedProcedures, into: output)
        list("Peralatan/Perlengkapan", sop.equipment, into: output)
        list("Peringatan", sop.warnings, into: output)
        list("Pencatatan dan Pendataan", sop.records, into: output)
        append("\n## Prosedur\n\n| No | Kegiatan", to: output)
        for role in sop.roles {
            append(" | ", to: output)
            escape(role, into: output)
        }
        append(" | Kelengkapan | Waktu | Output | Keterangan |\n|---:|---", to: output)
        for _ in sop.roles { append("|:---:", to: output) }
        append("|---|---|---|---|\n", to: output)
        for index in sop.steps.indices {
            append("| ", to: output)
            output.append(decimal: sop.steps[index].number)
            append(" | ", to: output)
            escape(sop.steps[index].activity, into: output)
            for role in sop.roles {
                append(sop.steps[index].performers.contains(role) ? " | ✓" : " | ", to: output)
            }
            cell(sop.steps[index].requirements, into: output)
            cell(sop.steps[index].duration?.text, into: output)
            cell(sop.steps[index].output, into: output)
            cell(sop.steps[index].notes, into: output)
            append(" |\n", to: output)
        }
        if let total = sop.totalDuration {
            append("\n**Total waktu:** ", to: output)
            output.append(decimal: total.minutes)
            append(" menit kerja (", to: output)
            output.appendISO8601(total)
            append(")", to: output)
            if total.flexibleSteps > 0 {
                append(", ditambah ", to: output)
                output.append(decimal: total.flexibleSteps)
                append(" langkah dengan waktu disesuaikan", to: output)
            }
            append("\n", to: output)
        }
        for section in sop.sections {
            append("\n## ", to: output)
            escape(section.title, into: output)
            append("\n\n", to: output)
            escape(section.text, into: output)
            append("\n", to: output)
        }
    }

    /// Appends a cell of the steps table after its separator: the value escaped, or nothing.
    private static func cell(_ value: String?, into output: ByteSink) {
        append(" | ", to: output)
        if let value { escape(value, into: output) }
    }

    private static func list(_ title: StaticString, _ items: [String], into output: ByteSink) {
        append("\n## ", to: output)
        append(title, to: output)
        append("\n\n", to: output)
        if items.isEmpty {
            append("—\n", to: output)
        } else {
            for (index, item) in items.enumerated() {
                output.append(decimal: index + 1)
                append(". ", to: output)
                escape(item, into: output)
                append("\n", to: output)
            }
        }
    }

    /// Appends markup written in the source (in line, so that the literal's length is known where it
    /// is copied).
    @inline(__always) private static func append(_ text: StaticString, to output: ByteSink) {
        output.append(text)
    }

    /// The ASCII punctuation that Markdown reads as markup, as a table indexed by byte.
    private static let special: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in Array("\\`*_[]<>|~&#!{}$".utf8) { table[Int(byte)] = true }
        return table
    }()

    /// Backslash-escapes the ASCII punctuation that Markdown (and GFM tables) would read as markup.
    public static func escape(_ text: String) -> String {
        let output = ByteSink(capacity: text.utf8.count + 8)
        escape(text, into: output)
        return output.string
    }

    /// Appends `text` escaped as `escape(_:)` does to `output`: the runs without markup punctuation
    /// (found eight bytes at a time while they are plain, see `isPlainWord`; the last bytes of a text of
    /// eight or more in the word that ends it, tested once) copied as they are, a backslash before each
    /// punctuation byte.
    static func escape(_ text: String, into output: ByteSink) {
        var text = text
        text.withUTF8 { bytes in
            special.withUnsafeBufferPointer { special in
                let raw = UnsafeRawBufferPointer(bytes)
                let count = bytes.count
                var runStart = 0
                var index = 0
                var lastWordTested = false
                while index < count {
                    if index + 8 <= count {
                        if isPlainWord(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                            index += 8
                            continue
                        }
                    } else if count >= 8, !lastWordTested {
                        lastWordTested = true
                        if isPlainWord(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) {
                            index = count
                            continue
                        }
                    }
                    if bytes[index] < 0x80, special[Int(bytes[index])] {
                        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                        output.append(0x5C)
                        runStart = index
                    }
                    index += 1
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
            }
        }
    }

    /// Whether none of the eight bytes of `word` is markup punctuation: each is from 0x20 to 0x7A, and
    /// none is `*` or in the ranges 0x21–0x26, 0x3C–0x3E and 0x5B–0x60, which hold every other
    /// punctuation byte below 0x7B. (A word that fails this may still be plain, holding `"`, `%`, `=`,
    /// `^`, a tab or letters outside ASCII; those are then looked at one by one.)
    @inline(__always) static func isPlainWord(_ word: UInt64) -> Bool {
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard word & highs == 0 else { return false }
        /// The top bit of each byte that is at least `lowest` (no byte carries into the next: each is
        /// below 0x80 and the addend is at most 0x80).
        func atLeast(_ lowest: UInt64) -> UInt64 {
            (word &+ 0x0101_0101_0101_0101 &* (0x80 - lowest)) & highs
        }
        let outside = ~atLeast(0x20) | atLeast(0x7B)
        let ranges = (atLeast(0x21) & ~atLeast(0x27)) | (atLeast(0x3C) & ~atLeast(0x3F)) | (atLeast(0x5B) & ~atLeast(0x61))
        return (outside | ranges | SourceText.equalBytes(word, 0x2A)) & highs == 0
    }
}

/// The identity-block fields that a label names.
public enum IdentityLabel: Sendable, Hashable {
    case number, created, revised, effective, approved, approver, approverName, approverNIP, title, agency
    case legalBasis, qualifications, relatedProcedures, equipment, warnings, records

    /// Whether the field holds a list (Dasar Hukum, Kualifikasi Pelaksana, …).
    public var isList: Bool {
        switch self {
        case .legalBasis, .qualifications, .relatedProcedures, .equipment, .warnings, .records: true
        default: false
        }
    }

    /// The SOP field a list label fills (`records` for Pencatatan and for labels that are not lists).
    var listField: SOPField {
        switch self {
        case .legalBasis: .legalBasis
        case .qualifications: .qualifications
        case .relatedProcedures: .relatedProcedures
        case .equipment: .equipment
        case .warnings: .warnings
        default: .records
        }
    }
}

/// A label found at the start of a text, and the rest of the text after it (and its colon).
public struct LabelMatch: Sendable, Hashable {
    /// The field the label names.
    public var label: IdentityLabel
    /// The text after the label, with a leading ":" and white space removed.
    public var rest: Substring
    /// Whether a colon followed the label.
    public var hadColon: Bool
    /// Whether the label is a weak one ("Nomor", "Keterangan", "Instansi") that also starts ordinary text.
    public var isWeak: Bool
}

/// The words SOPKit recognises in SOP documents: identity labels, table header words, section titles.
public enum Vocabulary {
    private struct Pattern {
        let words: [String]
        let label: IdentityLabel
        /// A weak label ("SOP", "Keterangan") counts only when followed by a colon or standing alone.
        let weak: Bool
    }

    private static let patterns: [Pattern] = {
        var patterns: [Pattern] = []
        func add(_ label: IdentityLabel, weak: Bool = false, _ phrases: String...) {
            for phrase in phrases {
                patterns.append(Pattern(words: phrase.split(separator: " ").map(String.init), label: label, weak: weak))
            }
        }
        add(.number, "nomor sop", "no sop", "nomer sop", "nomor standar operasional prosedur")
        add(.number, weak: true, "nomor", "no")
        add(.created, "tanggal pembuatan", "tgl pembuatan", "tanggal dibuat", "tgl dibuat", "tanggal penyusunan",
            "tgl penyusunan", "tanggal pembuat", "tgl pembuat")
        add(.revised, "tanggal revisi", "tgl revisi", "tanggal perubahan", "tgl perubahan")
        add(.effective, "tanggal efektif", "tgl efektif", "tanggal berlaku", "tgl berlaku", "mulai berlaku",
            "tanggal mulai berlaku")
        add(.approved, "tanggal pengesahan", "tgl pengesahan", "tanggal disahkan", "tgl disahkan",
            "tanggal penetapan", "tgl penetapan")
        add(.approver, "disahkan oleh", "pengesahan oleh", "ditetapkan oleh", "disyahkan oleh")
        add(.approver, weak: true, "disahkan", "mengesahkan")
        add(.approverName, "nama pejabat", "nama pengesah")
        add(.approverName, weak: true, "nama")
        add(.approverNIP, weak: true, "nip")
        add(.title, "nama sop", "judul sop", "nama prosedur", "nama standar operasional prosedur", "nama s o p")
        add(.title, weak: true, "sop", "judul")
        add(.agency, weak: true, "unit kerja", "satuan kerja", "instansi", "nama instansi", "perangkat daerah")
        add(.legalBasis, "dasar hukum")
        add(.qualifications, "kualifikasi pelaksana", "kualifikasi pelaksanaan", "kualifikasi petugas")
        add(.qualifications, weak: true, "kualifikasi")
        add(.relatedProcedures, "keterkaitan", "keterkaitan dengan sop lain", "keterkaitan sop")
        add(.relatedProcedures, weak: true, "keterangan", "terkait")
        add(.equipment, "peralatan perlengkapan", "peralatan perangkatkapan", "peralatan dan perlengkapan",
            "peralatan perangkat", "perlengkapan peralatan", "sarana dan prasarana")
        add(.equipment, weak: true, "peralatan", "perlengkapan")
        add(.warnings, "peringatan")
        add(.records, "pencatatan dan pendataan", "pencatatan pendataan", "pencatatan dan pendokumentasian")
        add(.records, weak: true, "pencatatan", "pendataan")
        return patterns.sorted { $0.words.count > $1.words.count }
    }()

    /// Recognises an identity label at the start of `text` ("Nomor SOP : 503", "Dasar Hukum :", "Tgl. Revisi").
    ///
    /// A weak label counts only when a colon follows it, when it is all of `text`, or when
    /// `allowWeakWithoutColon` is set (the value is in the next cell).
    public static func identityLabel(at text: some StringProtocol, allowWeakWithoutColon: Bool = false) -> LabelMatch? {
        let slice = Substring(text)
        guard let first = slice.first, first.isLetter else { return nil }
        let words = leadingWords(slice, limit: 5)
        guard !words.isEmpty else { return nil }
        for pattern in patterns where pattern.words.count <= words.count {
            var matches = true
            for (offset, word) in pattern.words.enumerated() where words[offset].key != word {
                matches = false
                break
            }
            guard matches else { continue }
            let end = words[pattern.words.count - 1].end
            var rest = slice[end...]
            rest = rest.drop { $0 == " " || $0 == "." }
            let hadColon = rest.first == ":"
            if hadColon { rest = rest.dropFirst() }
            rest = rest.drop { $0 == " " }
            if pattern.weak, !hadColon, !rest.isEmpty, !allowWeakWithoutColon { continue }
            if pattern.weak, !hadColon, rest.isEmpty, !allowWeakWithoutColon, pattern.label == .title { continue }
            return LabelMatch(label: pattern.label, rest: rest, hadColon: hadColon, isWeak: pattern.weak)
        }
        return nil
    }

    private struct Word {
        let key: String
        let end: Substring.Index
    }

    /// The first `limit` words of `text`, folded, with where each ends. Words are letters and digits;
    /// "/", "." and "-" separate words.
    private static func leadingWords(_ text: Substring, limit: Int) -> [Word] {
        var words: [Word] = []
        var index = text.startIndex
        while index < text.endIndex, words.count < limit {
            while index < text.endIndex, !(text[index].isLetter || text[index].isNumber) {
                if text[index] == ":" { return words }
                index = text.index(after: index)
            }
            guard index < text.endIndex else { break }
            let start = index
            while index < text.endIndex, text[index].isLetter || text[index].isNumber {
                index = text.index(after: index)
            }
            words.append(Word(key: text[start..<index].lowercased(), end: index))
        }
        return words
    }

    /// Header words of the procedure table, by the column they name.
    public enum HeaderWord: Sendable, Hashable {
        case number, activity, performersGroup, qualityGroup, requirements, duration, output, notes
    }

    /// Recognises a table header word in a cell ("No.", "Kegiatan", "Mutu Baku", "Out Put", …).
    public static func headerWord(_ text: some StringProtocol) -> HeaderWord? {
        let key = TextFolding.key(text)
        switch key {
        case "no", "nomor", "no urut", "nomor urut", "no langkah": return .number
        case "kegiatan", "aktivitas", "aktifitas", "uraian kegiatan", "uraian", "uraian prosedur", "prosedur",
            "langkah kegiatan", "uraian aktivitas", "kegiatan aktivitas", "uraian tugas", "deskripsi kegiatan":
            return .activity
        case "pelaksana", "pelaksana kegiatan": return .performersGroup
        case "mutu baku", "mutu", "baku mutu": return .qualityGroup
        case "kelengkapan", "persyaratan", "kelengkapan persyaratan", "persyaratan kelengkapan", "syarat",
            "persyaratan perlengkapan", "perlengkapan":
            return .requirements
        case "waktu", "waktu menit", "waktu jam", "durasi", "lama waktu", "jangka waktu": return .duration
        case "output", "out put", "hasil", "keluaran", "output hasil": return .output
        case "keterangan", "ket", "catatan": return .notes
        default:
            if key.hasPrefix("waktu ") { return .duration }
            if key.hasPrefix("kelengkapan ") || key.hasPrefix("persyaratan ") { return .requirements }
            if key.hasPrefix("output ") { return .output }
            if key.hasPrefix("keterangan ") { return .notes }
            if key.hasPrefix("mutu baku ") { return .qualityGroup }
            return nil
        }
    }

    /// Titles of narrative sections (Latar Belakang, Maksud dan Tujuan, …), folded.
    private static let sectionTitleStarts: [String] = [
        "latar belakang", "maksud dan tujuan", "maksud", "tujuan", "ruang lingkup", "prosedur", "persyaratan",
        "sarana dan prasarana", "sarana prasarana", "biaya", "tempat", "jadwal", "penanganan", "definisi",
        "pengertian", "kebijakan", "waktu penyelesaian", "produk layanan", "mekanisme pengaduan",
        "uraian prosedur", "dasar pelaksanaan",
    ]

    /// Whether `text` is the title of a narrative section: it starts with a known title and is short.
    public static func isSectionTitle(_ text: some StringProtocol) -> Bool {
        isSectionTitle(key: TextFolding.key(text))
    }

    /// `isSectionTitle` of a text given by its `TextFolding.key`.
    static func isSectionTitle(key: String) -> Bool {
        let bytes = key.utf8
        guard !bytes.isEmpty, bytes.count <= 80 else { return false }
        var spaces = 0
        for byte in bytes where byte == 0x20 { spaces += 1 }
        guard spaces < 9 else { return false }
        for start in sectionTitleStarts where bytes.starts(with: start.utf8) {
            let length = start.utf8.count
            if bytes.count == length || bytes[bytes.index(bytes.startIndex, offsetBy: length)] == 0x20 { return true }
        }
        return false
    }

    /// Whether `text` is one of the section titles that never start a sentence of a table cell
    /// ("Latar Belakang", "Maksud dan Tujuan", "Ruang Lingkup"), so it ends a table even without a blank line.
    public static func isStrongSectionTitle(_ text: some StringProtocol) -> Bool {
        let key = TextFolding.key(text)
        return key == "latar belakang" || key == "maksud dan tujuan" || key == "ruang lingkup"
    }

    /// Whether `text` is a title line: "Standar Operasional Prosedur …", "SOP Penyusunan …", "## …".
    public static func isTitleLine(_ text: some StringProtocol) -> Bool {
        if text.hasPrefix("#") { return true }
        guard let first = text.first, first.isLetter else { return false }
        let key = TextFolding.key(text)
        return key.hasPrefix("standar operasional prosedur ") || key.hasPrefix("standard operasional prosedur ")
            || (key.hasPrefix("sop ") && key.split(separator: " ").count >= 3)
            || key.hasPrefix("bagan alur ")
    }
}

@testable import SOPKit
import Testing

/// The quick tests the layout parser runs before a full reading (the anchor test on lines of one
/// chunk, the "Nomor SOP" label, the logo's "SOP") answer as the full reading does, on texts with
/// non-ASCII letters, combining marks, no-break spaces and odd punctuation.
@Suite struct LayoutPrefilterTests {
    /// Chunks of identity blocks, table headers and table rows.
    static let chunks = [
        "", " ", ":", "-", "No", "No.", "NO", "no", "Nomor", "NOMOR", "Nomer", "Nomor SOP", "NOMOR SOP :", "Nomor SOP: 12/2020",
        "No. SOP", "No SOP : 1", "Nomer SOP", "Nomor Standar Operasional Prosedur", "Nomor Standar Operasional", "Nomor :",
        "Nomor: 5", "No : 5", "Nomor Urut", "Nomor sop", "nomor\u{00A0}sop", "NOMOR\u{301} SOP", "Ñomor SOP", "\u{301}Nomor SOP",
        "Nómor SOP", "Nomor  SOP", "(Nomor SOP)", "1. Nomor SOP", "Nama SOP", "Nama SOP : Pelayanan", "Tanggal Efektif",
        "Disahkan oleh", "SOP", "S O P", "S.O.P", "SOP:", "sop", "S OP", "SOPx", "SOP 1", "SO P", "SÓP", "S\u{301}OP",
        "SOP\u{301}", "\u{00A0}SOP\u{00A0}", "S\u{00A0}O\u{00A0}P", "SOPS", "S-O-P", "S  O  P", "PEMERINTAH KABUPATEN",
        "DINAS KESEHATAN", "Kegiatan", "No", "Waktu", "Output", "Keterangan", "Kelengkapan", "Uraian Kegiatan", "1",
        "Menyiapkan dokumen surat masuk", "1 hari", "√", "Kepala Seksi", "Mulai", "Kégiatan", "Nomor\tSOP",
        "Nomorsop", "NoSOP", "Nomor-SOP", "No.SOP", "N o m o r SOP", "\u{212A}OMOR SOP", "No :", "Nomor.", "No -",
        "Nomer :", "No\t", "No\u{00A0}", "No \u{301}", "No\u{00A0}SOP", "Nomor:SOP", "No. : SOP", "No 1", "No ( )",
    ]

    @Test(arguments: chunks) func numberLabelAgreesWithEveryLabel(_ text: String) {
        let chunk = LayoutChunk(text: text, start: 40, end: 40 + text.unicodeScalars.count)
        let reference = LayoutLabel.strong(chunk).flatMap { $0.label == .number ? $0 : nil }
        let fast = LayoutLabel.strongNumber(chunk)
        #expect(fast?.label == reference?.label, "\(text)")
        #expect(fast?.rest == reference?.rest, "\(text)")
        #expect(fast?.hadColon == reference?.hadColon, "\(text)")
    }

    @Test func numberLabelExamples() {
        for text in ["Nomor SOP", "NOMOR SOP : 12", "No. SOP", "Nomer SOP", "Nomor Standar Operasional Prosedur"] {
            #expect(LayoutLabel.strongNumber(LayoutChunk(text: text, start: 0, end: text.count)) != nil, "\(text)")
        }
        for text in ["Nomor", "No", "Nama SOP", "SOP", "Tanggal Efektif", ""] {
            #expect(LayoutLabel.strongNumber(LayoutChunk(text: text, start: 0, end: text.count)) == nil, "\(text)")
        }
    }

    /// Chunks of identity blocks that `LayoutLabel.mayStartStrong` turns down before their text is
    /// built, and label texts (with letters outside ASCII, combining marks and no-break spaces) it must
    /// let through.
    static let strongChunks = chunks + [
        "SOP-023/17000/2025", "SOP Penerimaan Surat Masuk", "NIP 196608251988021001", "NIP. 1966", "Unit Kerja",
        "Satuan Kerja", "Instansi", "Perangkat Daerah", "Keterangan :", "Terkait", "Pendataan", "Mengesahkan :",
        "1. Undang-Undang Nomor 16 Tahun 1997", "2 Juni 2025", "Ir. Win Rizal, M.E.", "BADAN PUSAT STATISTIK",
        "Kepala BPS Provinsi Bengkulu", "Tgl. Revisi", "TANGGAL PEMBUATAN", "Mulai Berlaku", "Judul SOP :",
        "DASAR HUKUM :", "Kualifikasi Pelaksana", "KETERKAITAN", "PERALATAN/ PERLENGKAPAN", "Sarana dan Prasarana",
        "PERINGATAN", "Pencatatan dan Pendataan", "Pengesahan oleh", "Ditetapkan oleh", "Disyahkan oleh",
        "Nama Pejabat", "Énama SOP", "Ṫanggal Efektif", "T\u{301}anggal Efektif", "D\u{301}asar Hukum", "\u{00A0}Nomor SOP",
        "Dasar\u{00A0}Hukum", "Zebra", "zzz", "9 Nomor SOP", "_Nomor SOP", "-Nomor SOP", "(Dasar Hukum)",
    ]

    @Test(arguments: strongChunks) func strongLabelFilterLetsEveryStrongLabelThrough(_ text: String) {
        let chunk = LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)
        let strong = Vocabulary.identityLabel(at: text).flatMap { $0.isWeak ? nil : $0 }
        if strong != nil { #expect(Array(text.utf8).withUnsafeBufferPointer(LayoutLabel.mayStartStrong(utf8:)), "\(text)") }
        #expect(LayoutLabel.strong(chunk) == strong, "\(text)")
    }

    @Test func strongLabelFilterTurnsDownWeakAndPlainChunks() {
        for text in ["SOP-023/17000/2025", "SOP Penerimaan Surat Masuk", "NIP 196608251988021001", "Unit Kerja",
            "1. Undang-Undang Nomor 16", "2 Juni 2025", "BADAN PUSAT STATISTIK", "Keterangan :", "Zebra"]
        {
            #expect(!Array(text.utf8).withUnsafeBufferPointer(LayoutLabel.mayStartStrong(utf8:)), "\(text)")
        }
        for text in ["Nomor SOP", "Tgl. Revisi", "Disahkan oleh", "Énama SOP", "\u{00A0}Nomor SOP", "Ṫanggal Efektif"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer(LayoutLabel.mayStartStrong(utf8:)), "\(text)")
        }
    }

    /// `LayoutLabel.strongFirstWordTexts` are the first words of the strong label phrases, all of them
    /// and no others, and `strongInitials` their first letters.
    @Test func strongFirstWordsComeFromTheLabelPhrases() {
        var firstWords = Set<String>()
        for phrase in Vocabulary.identityLabelPhrases {
            guard let match = Vocabulary.identityLabel(at: phrase + " : 1"), !match.isWeak else { continue }
            firstWords.insert(String(phrase.prefix { $0 != " " }))
        }
        #expect(firstWords == Set(LayoutLabel.strongFirstWordTexts))
        for word in LayoutLabel.strongFirstWordTexts { #expect(LayoutWord(word).isIn(LayoutLabel.strongFirstWords), "\(word)") }
        for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
            let starts = LayoutLabel.strongFirstWordTexts.contains { $0.utf8.first == letter }
            #expect((LayoutLabel.strongInitials & (1 << UInt32(letter - 0x61)) != 0) == starts, "\(letter)")
        }
    }

    /// Texts, where a word may start (in bytes), and whether `LayoutLabel.mayHoldWord` finds one there.
    static let wordHolding: [(text: String, start: Int, holds: Bool)] = [
        ("", 0, false), ("No", 2, false), ("No :", 2, false), ("No. - ( ) /\t", 2, false), ("No SOP", 2, true),
        ("No 1", 2, true), ("No :x", 2, true), ("No\u{00A0}", 2, true), ("No \u{301}", 2, true), ("Nomor é", 5, true),
        ("SOP", 0, true), ("a b", 1, true), ("a b", 3, false), (": ;", 0, false),
    ]

    @Test func wordHoldingExamples() {
        for (text, start, holds) in Self.wordHolding {
            #expect(Array(text.utf8).withUnsafeBufferPointer { LayoutLabel.mayHoldWord($0, from: start) } == holds, "\(text)")
        }
    }

    @Test(arguments: chunks) func logoTestAgreesWithTheKeysCharacters(_ text: String) {
        #expect(LayoutIdentityParser.spellsSOP(text) == (TextFolding.key(text).filter { $0 != " " } == "sop"), "\(text)")
    }

    @Test func logoTestExamples() {
        for text in ["SOP", "S O P", "S.O.P", "sop", "(SOP)", "S  O  P"] { #expect(LayoutIdentityParser.spellsSOP(text), "\(text)") }
        for text in ["SOPS", "SOP 1", "S\u{301}OP", "SÓP", "", "DINAS"] { #expect(!LayoutIdentityParser.spellsSOP(text), "\(text)") }
    }

    @Test(arguments: chunks + LayoutChunkChecksTests.texts) func headingTestAgreesWithTheText(_ text: String) {
        let chunk = LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)
        let reference = TextFolding.isUpperCase(text) && !LayoutIdentityParser.spellsSOP(text)
        #expect(LayoutIdentityParser.isHeading(chunk) == reference, "\(text.debugDescription)")
        let onBytes = Array(text.utf8).withUnsafeBufferPointer(LayoutIdentityParser.isHeading(asciiBytes:))
        if let onBytes { #expect(onBytes == reference, "\(text.debugDescription)") }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { #expect(onBytes != nil, "\(text.debugDescription)") }
    }

    /// Texts and whether `isHeading(asciiBytes:)` reads them as a heading line of the office name (nil:
    /// a byte outside ASCII leaves them to the characters).
    static let headings: [(text: String, isHeading: Bool?)] = [
        ("PEMERINTAH KABUPATEN", true), ("DINAS KESEHATAN", true), ("SOPS", true), ("SOP 1", true), ("S0P", true),
        ("SOP", false), ("S O P", false), ("S.O.P.", false), ("(sop)", false), ("Dinas", false), ("A", false),
        ("12", false), ("", false), ("DINAS É", nil), ("DINAS\u{A0}KESEHATAN", nil), ("dinas É", nil), ("dÉ", false),
    ]

    @Test func headingExamples() {
        for (text, isHeading) in Self.headings {
            #expect(Array(text.utf8).withUnsafeBufferPointer(LayoutIdentityParser.isHeading(asciiBytes:)) == isHeading, "\(text)")
        }
    }

    /// `isAnchor` as it read every chunk's kind, on every line of one chunk and of two.
    @Test func anchorOfFewChunksAgreesWithReadingEveryKind() {
        var lines: [[String]] = Self.chunks.map { [$0] }
        for first in ["No", "No.", "Nomor", "Kegiatan", "Waktu"] {
            for second in Self.chunks { lines.append([first, second]) }
        }
        for texts in lines {
            let chunks = texts.enumerated().map { LayoutChunk(text: $1, start: $0 * 20, end: $0 * 20 + $1.unicodeScalars.count) }
            let line = LayoutLine(number: 1, page: 0, chunks: chunks)
            #expect(LayoutHeader.isAnchor(line) == LayoutHeaderBytesTests.isAnchorByKinds(line), "\(texts)")
        }
    }
}

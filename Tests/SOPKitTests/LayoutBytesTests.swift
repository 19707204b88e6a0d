@testable import SOPKit
import Testing

/// The byte-level reading of layout text: UTF-8 scalars, chunks and the spacing that detection
/// measures.
@Suite struct LayoutBytesTests {
    @Test(arguments: [
        ([0x41], 1), ([0xC3, 0xA9], 2), ([0xE2, 0x82, 0xAC], 3), ([0xF0, 0x9F, 0x98, 0x80], 4), ([0x80], 0), ([0xC3], 0),
        ([0xC3, 0x41], 0), ([0xC0, 0xAF], 0), ([0xE0, 0x80, 0xAF], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
        ([0xE2, 0x82], 0), ([0xFF], 0),
    ] as [([UInt8], Int)])
    func scalarLengths(bytes: [UInt8], length: Int) {
        #expect(bytes.withUnsafeBufferPointer { LayoutBytes.scalarLength($0, at: 0) } == length)
    }

    @Test(arguments: [
        ("  Nomor SOP   : 1", ["Nomor SOP@2-11", ": 1@14-17"]),
        ("Tanggal\tEfektif\t\tJanuari", ["Tanggal Efektif@0-15", "Januari@17-24"]),
        ("Peraturan\u{A0}Presiden \u{A0}Nomor", ["Peraturan Presiden@0-18", "Nomor@20-25"]),
        ("Ke\u{1}pala  Badan\u{1}", ["Kepala@0-6", "Badan@9-14"]),
        ("Perencanaan é  ü", ["Perencanaan é@0-13", "ü@15-16"]),
        ("", []), ("     ", []),
    ])
    func chunks(text: String, expected: [String]) {
        let chunks = LayoutLine.chunks(of: Substring(text))
        #expect(chunks.map { "\($0.text)@\($0.start)-\($0.end)" } == expected)
    }

    @Test func aLineThatIsNotUTF8IsReadAsItsRepairedText() {
        let bytes: [UInt8] = [0x41, 0xFF, 0x42, 0x20, 0x20, 0xED, 0xA0, 0x80, 0x43]
        let repaired = String(decoding: bytes, as: UTF8.self)
        let chunks = bytes.withUnsafeBufferPointer { LayoutLine.chunks(utf8: $0) }
        #expect(chunks == LayoutLine.chunks(of: Substring(repaired)))
        #expect(chunks.map(\.text) == ["A\u{FFFD}B", "\u{FFFD}\u{FFFD}\u{FFFD}C"])
    }

    @Test(arguments: [
        ("", nil), ("    ", nil), ("Nomor SOP", "plain"), ("          Nomor", "spaced"), ("No    Kegiatan", "spaced"),
        ("No   Kegiatan", "plain"), ("* Dokumen ini telah", "footer"), ("  pindai", "footer"),
        ("Dasar    Hukum", "spaced footer"), ("\u{C}Peraturan", "footer"), ("1. Data", "plain"),
    ] as [(String, String?)])
    func spacing(text: String, expected: String?) {
        let spacing = Array(text.utf8).withUnsafeBufferPointer { FormatDetector.LineSpacing(of: $0, needsFooter: true) }
        let description = spacing.map { spacing in
            [spacing.isSpaced ? "spaced" : nil, spacing.mayBeFooter ? "footer" : nil].compactMap { $0 }.joined(separator: " ")
        }
        #expect(description.map { $0.isEmpty ? "plain" : $0 } == expected)
    }

    /// Every identity-label phrase `Vocabulary` knows passes the first-word filter.
    @Test(arguments: [
        "Nomor SOP", "No. SOP", "Nomer SOP", "Nomor Standar Operasional Prosedur", "Nomor", "No", "Tanggal Pembuatan",
        "Tgl. Pembuatan", "Tanggal Dibuat", "Tgl Dibuat", "Tanggal Penyusunan", "Tgl Penyusunan", "Tanggal Pembuat",
        "Tgl Pembuat", "Tanggal Revisi", "Tgl Revisi", "Tanggal Perubahan", "Tgl Perubahan", "Tanggal Efektif",
        "Tgl Efektif", "Tanggal Berlaku", "Tgl Berlaku", "Mulai Berlaku", "Tanggal Mulai Berlaku", "Tanggal Pengesahan",
        "Tgl Pengesahan", "Tanggal Disahkan", "Tgl Disahkan", "Tanggal Penetapan", "Tgl Penetapan", "Disahkan oleh",
        "Pengesahan oleh", "Ditetapkan oleh", "Disyahkan oleh", "Disahkan", "Mengesahkan", "Nama Pejabat",
        "Nama Pengesah", "Nama", "NIP", "NAMA SOP", "Judul SOP", "Nama Prosedur", "Nama Standar Operasional Prosedur",
        "Nama S O P", "SOP", "Judul", "Unit Kerja", "Satuan Kerja", "Instansi", "Nama Instansi", "Perangkat Daerah",
        "DASAR HUKUM", "Kualifikasi Pelaksana", "Kualifikasi Pelaksanaan", "Kualifikasi Petugas", "Kualifikasi",
        "Keterkaitan", "Keterkaitan dengan SOP lain", "Keterkaitan SOP", "Keterangan", "Terkait",
        "Peralatan/Perlengkapan", "Peralatan Perangkatkapan", "Peralatan dan Perlengkapan", "Peralatan Perangkat",
        "Perlengkapan Peralatan", "Sarana dan Prasarana", "Peralatan", "Perlengkapan", "Peringatan",
        "Pencatatan dan Pendataan", "Pencatatan Pendataan", "Pencatatan dan Pendokumentasian", "Pencatatan", "Pendataan",
    ])
    func everyIdentityLabelMayStart(phrase: String) {
        #expect(LayoutLabel.mayStart(phrase + " :"))
        #expect(Vocabulary.identityLabel(at: phrase + " :") != nil)
        #expect(LayoutLabel.match(phrase + " : 1") == Vocabulary.identityLabel(at: phrase + " : 1"))
    }

    @Test(arguments: [
        ("Undang-Undang Nomor 16", false), ("1. Alat Tulis", false), ("(1)", false), (": 503", false), ("", false),
        ("Kepala Badan", false), ("Nomorisasi", false), ("tgl. 2 Januari", true), ("NOMOR SOP", true), ("Nomor", true),
        ("Éxtra", true), ("N\u{301}omor", true), ("(\u{301}x", true), ("Peringatan :", true),
    ])
    func firstWordFilter(text: String, mayStart: Bool) {
        #expect(LayoutLabel.mayStart(text) == mayStart)
    }

    /// Every header phrase `Vocabulary.headerWord` knows passes the header-word filter.
    @Test(arguments: [
        "No", "Nomor", "No. Urut", "Nomor Urut", "No Langkah", "Kegiatan", "Aktivitas", "Aktifitas", "Uraian Kegiatan",
        "Uraian", "Uraian Prosedur", "Prosedur", "Langkah Kegiatan", "Uraian Aktivitas", "Kegiatan/Aktivitas",
        "Uraian Tugas", "Deskripsi Kegiatan", "Pelaksana", "Pelaksana Kegiatan", "Mutu Baku", "Mutu", "Baku Mutu",
        "Kelengkapan", "Persyaratan", "Kelengkapan Persyaratan", "Persyaratan/ Kelengkapan", "Syarat",
        "Persyaratan Perlengkapan", "Perlengkapan", "Waktu", "Waktu (menit)", "Waktu Jam", "Durasi", "Lama Waktu",
        "Jangka Waktu", "Output", "Out Put", "Hasil", "Keluaran", "Output/Hasil", "Keterangan", "Ket.", "Catatan",
        "Waktu yang dibutuhkan untuk", "Kelengkapan dokumen yang harus ada", "Output yang dihasilkan oleh unit",
        "Keterangan lain yang perlu dicatat", "Mutu Baku yang harus dipenuhi", "Rincian Kegiatan", "Persyaratan Dokumen",
    ])
    func everyHeaderWordMayStart(phrase: String) {
        #expect(LayoutHeaderWords.mayStart(phrase))
        #expect(LayoutHeader.kind(of: phrase) != nil || LayoutHeader.isGroupLabel(phrase))
    }

    @Test(arguments: [
        ("Menyiapkan dokumen surat masuk", false), ("1 hari", false), ("Draf", false), ("Kepala Seksi", false),
        ("Waktu penyelesaian surat masuk", true), ("Kegiatan Utama", true), ("√", true), ("", false), ("-", false),
        ("Uraian kegiatan yang dilakukan", false), ("Pelaksana", true),
    ])
    func headerWordFilter(text: String, mayStart: Bool) {
        #expect(LayoutHeaderWords.mayStart(text) == mayStart)
    }

    @Test(arguments: [
        ("* Dokumen", 0x64), ("  12 Jam", 0x31), ("\u{A0}Total", 0x74), ("é", 0xC3), ("--", nil), ("", nil),
    ] as [(String, UInt8?)])
    func firstKeyBytes(text: String, byte: UInt8?) {
        #expect(LayoutLine.firstKeyByte(of: text) == byte)
    }

    @Test(arguments: [
        ("Mulai / selesai", true), ("12 Keterangan Simbol", true), ("Menyiapkan dokumen", false), ("Kepala", false),
        ("Mula", false), ("1. é", true), ("Kete\u{301}rangan", true), ("", false),
    ])
    func legendLetters(text: String, may: Bool) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(LayoutLine.mayHoldLegendLetters(utf8:)) == may)
    }

    @Test(arguments: [
        ("NoMOR", "nomor", true), ("waktu2", "waktu", false), ("perlengkapan", "perlengkapan", true),
        ("ABCDEFGHIJKLMNOPQ", "abcdefghijklmnopq", true), ("ABCDEFGHIJKLMNOPQ", "abcdefghijklmnop", false),
        ("Ket", "keterangan", false),
    ])
    func packedWords(word: String, listed: String, matches: Bool) {
        #expect(LayoutWord(word).isIn([LayoutWord(listed)]) == (matches && listed.utf8.count <= 16))
    }
}

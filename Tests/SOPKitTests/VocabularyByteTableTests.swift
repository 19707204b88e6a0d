@testable import SOPKit
import Testing

/// The byte tables behind `Vocabulary.identityLabel` and `Vocabulary.headerWord` give the answers of
/// the comparisons they replaced: bytes compared one by one as `elementsEqual` compares them, the
/// first three bytes of a header word found by binary search as a set finds them, and labels read
/// from bytes as they are read from characters.
@Suite struct VocabularyByteTableTests {
    /// Pairs of byte strings: empty, equal, of different lengths, differing in the first, a middle or
    /// the last byte, and with bytes of non-ASCII scalars.
    static let bytePairs: [(String, String)] = [
        ("", ""), ("", "a"), ("a", ""), ("a", "a"), ("a", "b"), ("nomor sop", "nomor sop"), ("nomor sop", "nomor so"),
        ("nomor so", "nomor sop"), ("nomor sop", "nomor sox"), ("xomor sop", "nomor sop"), ("nomXr sop", "nomor sop"),
        ("tanggal\u{00A0}efektif", "tanggal efektif"), ("e\u{301}", "é"), ("é", "é"), ("ÉMILE", "ÉMILE"), ("\u{FF}", "\u{FE}"),
    ]

    @Test func sameBytesAgreesWithElementsEqual() {
        for (first, second) in Self.bytePairs {
            let expected = Array(first.utf8).elementsEqual(Array(second.utf8))
            let answer = Array(first.utf8).withUnsafeBufferPointer { firstBytes in
                Array(second.utf8).withUnsafeBufferPointer { Vocabulary.hasSameBytes(firstBytes, $0) }
            }
            #expect(answer == expected, "\(first) \(second)")
            #expect(RowAligner.hasSameBytes(first, second) == expected, "\(first) \(second)")
        }
    }

    /// Every header word and prefix of the vocabulary, in the case and punctuation of a header cell.
    static let headerCells: [(String, Vocabulary.HeaderWord)] = [
        ("No", .number), ("No.", .number), ("Nomor", .number), ("No Urut", .number), ("Nomor Urut", .number),
        ("No. Langkah", .number), ("Kegiatan", .activity), ("Aktivitas", .activity), ("Aktifitas", .activity),
        ("Uraian Kegiatan", .activity), ("Uraian", .activity), ("Uraian Prosedur", .activity), ("Prosedur", .activity),
        ("Langkah Kegiatan", .activity), ("Uraian Aktivitas", .activity), ("Kegiatan/Aktivitas", .activity),
        ("Uraian Tugas", .activity), ("Deskripsi Kegiatan", .activity), ("Pelaksana", .performersGroup),
        ("Pelaksana Kegiatan", .performersGroup), ("Mutu Baku", .qualityGroup), ("MUTU", .qualityGroup),
        ("Baku Mutu", .qualityGroup), ("Kelengkapan", .requirements), ("Persyaratan", .requirements),
        ("Kelengkapan Persyaratan", .requirements), ("Persyaratan/Kelengkapan", .requirements), ("Syarat", .requirements),
        ("Persyaratan Perlengkapan", .requirements), ("Perlengkapan", .requirements), ("Waktu", .duration),
        ("Waktu (Menit)", .duration), ("Waktu (Jam)", .duration), ("Durasi", .duration), ("Lama Waktu", .duration),
        ("Jangka Waktu", .duration), ("Output", .output), ("Out Put", .output), ("Hasil", .output), ("Keluaran", .output),
        ("Output/Hasil", .output), ("Keterangan", .notes), ("Ket.", .notes), ("Catatan", .notes),
        ("Waktu Penyelesaian (hari)", .duration), ("Kelengkapan Dokumen", .requirements),
        ("Persyaratan Administrasi", .requirements), ("Output yang dihasilkan", .output), ("Keterangan Lain", .notes),
        ("Mutu Baku Lain", .qualityGroup),
    ]

    /// Cells that share their first letters with header words, or sort between them, and name no column.
    static let otherCells = [
        "", "N", "Nx", "Nop", "Kegiatann", "Keg", "Kepala Dinas", "Aktiv", "Pelaksanaan", "Mutual", "Bakul", "Waktunya",
        "Outputnya", "Hasilnya", "Ketua", "Catat", "Durasinya", "Lama", "Jangka", "Syaratnya", "Uraiankan", "Desk",
        "Langkah", "Prosedurnya", "Kelengkapannya", "Aaa", "Zzz", "000", "\u{00C9}mile",
    ]

    @Test func headerWordsOfEveryCell() {
        for (text, word) in Self.headerCells {
            #expect(Vocabulary.headerWord(text) == word, "\(text)")
        }
        for text in Self.otherCells {
            #expect(Vocabulary.headerWord(text) == nil, "\(text)")
        }
    }

    /// Texts that start with a label of every kind, weak and strong, with and without a colon, among
    /// texts that do not.
    static let labelTexts = [
        "Nomor SOP : 503/12", "No. SOP: 1", "Nomer SOP", "Nomor Standar Operasional Prosedur : 7", "Nomor", "Nomor 12",
        "No : 3", "Tgl. Pembuatan : 1 Mei 2020", "Tanggal Dibuat", "Tanggal Penyusunan 2020", "Tgl Revisi : -",
        "Tanggal Perubahan", "Tanggal Efektif : 1 Juni", "Mulai Berlaku", "Tanggal Mulai Berlaku : 2021",
        "Tanggal Pengesahan", "Tgl. Penetapan : 3", "Disahkan oleh", "Disahkan Oleh : Kepala", "Disahkan", "Mengesahkan",
        "Pengesahan oleh Bupati", "Nama Pejabat : Budi", "Nama : Budi", "Nama", "NIP : 1234", "NIP", "Nama SOP",
        "Nama SOP : Izin", "Judul SOP", "Nama Prosedur", "Nama Standar Operasional Prosedur : Izin", "Nama S O P", "SOP",
        "SOP : Izin", "Judul", "Judul : Izin Usaha", "Unit Kerja : Dinas", "Satuan Kerja", "Instansi", "Nama Instansi :",
        "Perangkat Daerah", "Dasar Hukum:", "Dasar Hukum", "Kualifikasi Pelaksana", "Kualifikasi Pelaksanaan :",
        "Kualifikasi Petugas", "Kualifikasi", "Keterkaitan", "Keterkaitan dengan SOP lain", "Keterkaitan SOP :",
        "Keterangan", "Keterangan : lain", "Terkait", "Peralatan/Perlengkapan", "Peralatan Perangkatkapan",
        "Peralatan dan Perlengkapan :", "Peralatan Perangkat", "Perlengkapan Peralatan", "Sarana dan Prasarana",
        "Peralatan", "Perlengkapan", "Peringatan", "Peringatan : jika", "Pencatatan dan Pendataan",
        "Pencatatan Pendataan", "Pencatatan dan Pendokumentasian", "Pencatatan", "Pendataan :", "Kepala Dinas",
        "1. Nomor", "Nomor: 5", "Nomor SOP . . : 5", "nomor   sop", "NOMOR SOP", "Nomor-SOP", "Nomor/SOP: 1",
        "Nomorsop", "Kegiatan", "Tanggal", "Tgl", "Tanggal Efektifnya", "Nama SOP Pelayanan Izin Usaha Mikro Kecil",
        "Nama Standar Operasional Prosedur Pelayanan Izin Usaha Mikro Kecil dan Menengah Daerah",
        "Peralatan dan perlengkapan kantor yang dibutuhkan untuk pelaksanaan", "A", "Z", "Nomor\t12", ":", "Nomor :",
        "Keterkaitan dengan SOP lain — x", "Nomor Standar Operasional Prosedur é", "Nama S O P café : 1",
        "Nama Standar Operasional Prosedur Pelayanan Izin\u{00A0}Usaha", "Tanggal Mulai Berlaku e\u{301} : 1",
        "Nomor SOP : " + String(repeating: "é", count: 5_000), String(repeating: "Nomor ", count: 2_000), "",
    ]

    /// Texts whose leading words hold non-ASCII characters, read on their characters: an accented or
    /// combining letter inside a word, NBSP, a full-width colon and a curly quote after the label.
    @Test func identityLabelsOfNonASCIITexts() {
        let cases: [(String, IdentityLabel?, String, Bool)] = [
            ("Tanggal Pembuatan é : 1", .created, "é : 1", false), ("Nomor SOP\u{00A0}: 5", .number, "\u{00A0}: 5", false),
            ("DASAR HUKUM\u{FF1A}", .legalBasis, "\u{FF1A}", false), ("Kualifikasi Pelaksana\u{2019}", .qualifications, "\u{2019}", false),
            ("Ñomor SOP : 1", nil, "", false), ("Nama\u{301} SOP", nil, "", false), ("Écriture", nil, "", false),
            ("Nomor\u{00A0}SOP : 2", .number, "2", true), ("Keterkaitan dengan SOP lain\u{2014}", .relatedProcedures, "\u{2014}", false),
            ("Nama SOP\t:\té", .title, "\t:\té", false),
        ]
        for (text, label, rest, hadColon) in cases {
            let match = Vocabulary.identityLabel(at: text)
            #expect(match == Vocabulary.identityLabelComparingCharacters(at: text[...], allowWeakWithoutColon: false), "\(text)")
            #expect(match?.label == label, "\(text)")
            if label != nil {
                #expect(match.map { String($0.rest) } == rest, "\(text)")
                #expect(match?.hadColon == hadColon, "\(text)")
            }
        }
    }

    @Test func identityLabelsAgreeWithCharacters() {
        for text in Self.labelTexts {
            for allowWeak in [false, true] {
                let answer = Vocabulary.identityLabel(at: text, allowWeakWithoutColon: allowWeak)
                let expected = Vocabulary.identityLabelComparingCharacters(at: text[...], allowWeakWithoutColon: allowWeak)
                #expect(answer == expected, "\(text) \(allowWeak)")
            }
        }
    }

    @Test func identityLabelExamples() {
        let cases: [(String, Bool, IdentityLabel?, String)] = [
            ("Nomor SOP : 503", false, .number, "503"), ("Nomor 12", false, nil, ""), ("Nomor 12", true, .number, "12"),
            ("Nama", false, .approverName, ""), ("Judul", false, nil, ""), ("Judul", true, .title, ""),
            ("Keterkaitan dengan SOP lain : -", false, .relatedProcedures, "-"), ("Pencatatan", false, .records, ""),
            ("Peralatan dan Perlengkapan", false, .equipment, ""), ("Mulai Berlaku 1 Mei", false, .effective, "1 Mei"),
        ]
        for (text, allowWeak, label, rest) in cases {
            let match = Vocabulary.identityLabel(at: text, allowWeakWithoutColon: allowWeak)
            #expect(match?.label == label, "\(text)")
            if label != nil { #expect(match.map { String($0.rest) } == rest, "\(text)") }
        }
    }
}

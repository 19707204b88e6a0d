import SOPKit
import Testing

/// Table-driven tests of the canonical tokens of role names.
@Suite struct RoleNameTests {
    @Test(arguments: [
        ("Kepala Dinas", ["kepala", "dinas"]),
        ("KEPALA DINAS", ["kepala", "dinas"]),
        ("Kasubbag. Perencanaan", ["kepala", "subbagian", "perencanaan"]),
        ("KEPALA SUB BAGIAN PERENCANAAN", ["kepala", "subbagian", "perencanaan"]),
        ("Staf /Jabatan Fungsional Umum", ["staf"]),
        ("Staf Pelaksana", ["staf"]),
        ("Bidang-Bidang Lain", ["bidang", "lain"]),
        ("Irbhan", ["inspektur", "pembantu"]),
        ("Inspektor", ["inspektur"]),
        ("SEKCAM", ["sekretaris", "kecamatan"]),
        ("Sekda", ["sekretaris", "daerah"]),
        ("Kasubag PPMEP", ["kepala", "subbagian", "perencanaan", "program", "monitoring", "evaluasi", "pelaporan"]),
        ("Staf Kasubbag PPMEP",
         ["staf", "kepala", "subbagian", "perencanaan", "program", "monitoring", "evaluasi", "pelaporan"]),
        ("Kasubag Umum dan Kepegawaian", ["kepala", "subbagian", "umum", "kepegawaian"]),
        ("Kasubbag Umum & Kepegawaian", ["kepala", "subbagian", "umum", "kepegawaian"]),
        ("Kasi Ops dan Dal", ["kepala", "seksi", "operasi", "pengendalian"]),
        ("Kasat Pol PP", ["kepala", "satpolpp"]),
        ("Kalaksa", ["kepala", "pelaksana"]),
        ("Kabid KL", ["kepala", "bidang", "kl"]),
        ("Kanreg I BKN", ["kantor", "regional", "i", "bkn"]),
        ("Walikota", ["kepala", "daerah"]),
        ("Analisis Perencana", ["perencana"]),
        ("Plt. Kepala Dinas", ["kepala", "dinas"]),
        ("Perencana Ahli Muda", ["perencana", "ahli", "muda"]),
        ("Pejabat Pelaksana Teknis Kegiatan", ["pejabat", "pelaksana", "teknis", "kegiatan"]),
        ("Kepala UPTD Puskesmas", ["kepala", "upt", "puskesmas"]),
        ("", []),
        (" / - ", []),
    ])
    func canonicalTokens(name: String, tokens: [String]) {
        #expect(RoleName.canonical(name) == tokens)
    }

    /// Every abbreviation and variant the SOPs use, paired with a spelling it must equal.
    @Test(arguments: [
        ("Kasubbag Umum", "Kasubag Umum"), ("Kasubbag. Umum", "Kepala Sub Bagian Umum"),
        ("Ka. Subbag Umum", "Kepala Subbagian Umum"), ("Ka.Sub.Bag. Umum", "KEPALA SUB BAGIAN UMUM"),
        ("Kasubbid Pendataan", "Kepala Sub Bidang Pendataan"),
        ("Kabid Teknis", "Ka. Bidang Teknis"), ("Kabid Teknis", "Kepala Bidang Teknis"),
        ("Kasi Logistik", "Kasie Logistik"), ("Ka. Seksi Logistik", "Kepala Seksi Logistik"),
        ("Kasi Logistik", "Kepala Seksi Logistik"), ("Ka. Sie Logistik", "Kepala Sie Logistik"),
        ("Kabag Umum", "Kepala Bagian Umum"),
        ("Kadis", "Kepala Dinas"), ("Ka. Dinas", "KEPALA DINAS"),
        ("Sekdis", "Sekretaris Dinas"), ("Sekban", "Sekretaris Badan"), ("Kaban", "Kepala Badan"),
        ("Kasubag PPMEP", "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan"),
        ("Kasubag PEPP", "Kasubbag Perencanaan Evaluasi dan Pelaporan Program"),
        ("Kasubbag PPMEP", "Kasubbag PEPP"),
        ("Irban", "Irbhan"), ("Irbhan", "Inspektur Pembantu"), ("Inspektur", "Inspektor"),
        ("Sekcam", "Sekretaris Camat"), ("Sekcam", "Sekretaris Kecamatan"),
        ("CAMAT", "Camat"), ("LURAH", "Lurah"), ("Lurah", "Kepala Kelurahan"),
        ("Sekwan", "Sekretaris DPRD"), ("Sekwan", "Sekretaris Dewan"),
        ("Kalaksa", "Kepala Pelaksana"),
        ("Staf", "Staff"), ("Staf", "Pelaksana"), ("Staf", "Staf Pelaksana"), ("Staf", "JFU"),
        ("Staf", "Jabatan Fungsional Umum"), ("Staf /Jabatan Fungsional Umum", "Staf/Jabatan Fungsional Umum"),
        ("Analis Kepegawaian", "ANALIS KEPEGAWAIAN"), ("Analis Perencana", "Perencana"),
        ("Kepala UPT", "Kepala UPTD"), ("Ka. UPTD", "Kepala UPT"),
        ("Kepala Unit Pelaksana Teknis Daerah", "Kepala UPTD"),
        ("Bupati", "Walikota"), ("Walikota", "Wali Kota"), ("Bupati", "Kepala Daerah"),
        ("Wakil Bupati", "Wabup"),
        ("Pemohon", "Masyarakat"),
        ("Kasat Pol PP", "Kepala Satuan Polisi Pamong Praja"), ("Kasatpol PP", "Kepala Satpol PP"),
        ("Kanreg I BKN", "Kantor Regional I BKN"),
        ("Kasi Ops dan Dal", "Kasi Operasi dan Pengendalian"),
        ("Sekda", "Sekretaris Daerah"), ("Sekertaris", "Sekretaris"),
        ("Bidang-Bidang Lain", "Bidang Lain"), ("Plt. Kepala Dinas", "Kepala Dinas"),
        ("Kasubbag Umum & Kepegawaian", "Kasubag Umum dan Kepegawaian"),
        ("PPTK", "Pejabat Pelaksana Teknis Kegiatan"),
    ])
    func sameRole(first: String, second: String) {
        #expect(RoleName.canonical(first) == RoleName.canonical(second))
    }

    @Test(arguments: [
        ("Sekretaris Daerah", "Sekretaris"), ("Inspektur", "Irban"), ("Kepala Dinas", "Kepala Badan"),
        ("Kepala Dinas", "Sekretaris Dinas"), ("Kasubbag Perencanaan", "Kabid Perencanaan"),
        ("Kasi Umum", "Kasubbag Umum"), ("Kepala Pelaksana", "Staf Pelaksana"),
        ("Staf Kasubbag PPMEP", "Kasubbag PPMEP"), ("Camat", "Sekcam"), ("Bupati", "Wakil Bupati"),
        ("Kepala Pelaksana", "Kepala UPT"), ("Tim Pelaksana", "Staf"),
    ])
    func differentRoles(first: String, second: String) {
        #expect(RoleName.canonical(first) != RoleName.canonical(second))
    }

    @Test func everySpellingOfTheTableGivesItsTokens() {
        for variant in RoleName.variants {
            for spelling in variant.spellings {
                #expect(RoleName.canonical(spelling) == variant.canonical, "\(spelling)")
            }
        }
    }
}

/// A text and the role mentions expected in it: the words each covers, the role it denotes, how strongly.
struct MentionCase: Sendable, CustomTestStringConvertible {
    let roles: [String]
    let text: String
    let mentions: [Expected]

    /// One expected mention.
    struct Expected: Sendable, Equatable {
        let text: String
        let role: Int?
        let strength: RoleMatchStrength
    }

    init(_ roles: [String], _ text: String, _ mentions: [(String, Int?, RoleMatchStrength)]) {
        self.roles = roles
        self.text = text
        self.mentions = mentions.map { Expected(text: $0.0, role: $0.1, strength: $0.2) }
    }

    var testDescription: String { text }
}

/// Header roles of the corpus SOPs.
enum CorpusRoles {
    static let sop000 = [
        "Kepala Dinas", "Sekretaris Dinas", "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan",
        "Staf Kasubbag PPMEP", "Bidang-Bidang Lain",
    ]
    static let sop001 = ["Kepala Dinas", "Sekretaris", "Perencana", "Tim Sakip", "Staf"]
    static let sop002 = [
        "KEPALA DINAS", "SEKRETARIS", "KEPALA BIDANG TERKAIT", "KEPALA SUB BAGIAN PERENCANAAN", "TIM PENYUSUN LAKIP",
    ]
    static let sop003 = ["Inspektur", "Sekretaris", "Irbhan", "Kasubbag. Perencanaan", "Staf /Jabatan Fungsional Umum"]
    static let sop010 = ["Pemohon", "Staf Pelaksana", "Kasi SDM Kesehatan", "Kepala Bidang SDK", "Kepala Dinas"]
    static let sop010Repeated = ["Pemohon", "Staf", "Kasi SDMK", "Kabid SDK", "Kadis"]
    static let sop011 = [
        "OPD Pengusul", "Pengadministrasi Kepegawaian", "Analis Kepegawaian", "Kabid Mutasi dan Promosi",
        "Kepala Badan", "Kanreg I BKN",
    ]
    static let sop012 = ["PEMOHON", "STAF PELAYANAN", "KASI TRANTIB", "SEKCAM", "CAMAT"]
    static let sop013 = ["Inspektur", "Sekretaris", "Irban", "Tim Reviu"]
    static let sop014 = ["Kepala Dinas", "Sekretaris", "Kabid Pembinaan SMP", "Kasi Peserta Didik", "Staf"]
    static let sop015 = [
        "Kepala Badan", "Sekretaris", "Kepala Bidang PPEP", "Kepala Bidang Teknis", "Kasubag Umum dan Kepegawaian",
        "Perencana Ahli Muda", "Staf",
    ]
    static let sop016 = [
        "Pemohon", "Petugas Loket", "Operator SIAK", "Kasi Kelahiran dan Kematian", "Kabid Pencatatan Sipil",
        "Kepala Dinas",
    ]
    static let sop017 = ["Staf Pelayanan", "Kasi Kesejahteraan Sosial", "Sekretaris Kelurahan", "Lurah"]
    static let sop018Penertiban = [
        "Kasat Pol PP", "Kabid Trantibum", "Kasi Operasi dan Pengendalian", "Komandan Regu", "Anggota",
    ]
    static let sop018Pengaduan = [
        "Kasat Pol PP", "Sekretaris", "Kabid Trantibum", "Kasi Ops dan Dal", "Staf Pengaduan", "Tim Reaksi Cepat",
    ]
    static let sop019 = [
        "Kepala Pelaksana", "Sekretaris", "Kabid Kedaruratan dan Logistik", "Kasi Logistik", "Pengelola Gudang", "TRC",
    ]
    static let sop019Repeated = ["Kalaksa", "Sekretaris", "Kabid KL", "Kasi Logistik", "Pengelola Gudang", "TRC"]
}

/// Table-driven tests of finding header roles in activities.
@Suite struct RoleMatcherTests {
    /// Activities of the corpus, as the parser reads them.
    @Test(arguments: [
        MentionCase(CorpusRoles.sop000,
            "Memberi arahan/disposisi Kepada Sekretaris koordinasi penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah ( LkjIP )",
            [("Sekretaris", 1, .generic)]),
        MentionCase(CorpusRoles.sop000,
            "Menerima,menelaah dan memerintahkan Kasubag PPMEP untuk menyiapkan bahan-bahan penyusunan LKjIP",
            [("Kasubag PPMEP", 2, .exact)]),
        MentionCase(CorpusRoles.sop000,
            "Melaksanakan koordinasi / pengumpulan bahan dengan bidang-bidang lain dalam penyusunan draft LkjIP dan menyampaikan kepada Kasubag PPMEP",
            [("bidang-bidang lain", 4, .exact), ("Kasubag PPMEP", 2, .exact)]),
        MentionCase(CorpusRoles.sop000, "Menerima,memeriksa,memaraf LkjIP dan melaporkan kepada Sekretaris",
            [("Sekretaris", 1, .generic)]),
        MentionCase(CorpusRoles.sop000,
            "Menerima, memeriksa, memaraf LKjLP yang telah disusun dan melaporkan kepada kepala Dinas",
            [("kepala Dinas", 0, .exact)]),
        MentionCase(CorpusRoles.sop000,
            "Dokument LKjLP yang telah ditandatangani Kepala Dinas didistribusikan kepada pihak yang berkepentingan dan diarsipkan",
            [("Kepala Dinas", 0, .exact)]),
        MentionCase(CorpusRoles.sop000, "Menelaah dan menganalisa materi Draft LKjIP", []),
        MentionCase(CorpusRoles.sop001,
            "Memeriksa ketikan konsep indikator Kinerja Utama, bila setuju, diserahkan ke Analisis Perencana, Jika tidak, diserahkan ke staf untuk diperbaiki",
            [("Analisis Perencana", 2, .exact), ("staf", 4, .exact)]),
        MentionCase(CorpusRoles.sop001, "Memerintahkan untuk Menyusun Indikator Kinerja Utama, memberikan pengarahan", []),
        MentionCase(CorpusRoles.sop002,
            "Menugaskan Kepala Sub Bagian Perencanaan menyusun draft SK tim penyusunan Laporan Kinerja",
            [("Kepala Sub Bagian Perencanaan", 3, .exact), ("tim", 4, .generic)]),
        MentionCase(CorpusRoles.sop002,
            "Membuat draft SK tim penyusun Laporan Kinerja dan menyerahkan kepada Sekretaris",
            [("tim penyusun", 4, .partial), ("Sekretaris", 1, .exact)]),
        MentionCase(CorpusRoles.sop002,
            "Menugaskan tim penyusun LAKIP untuk menggandakan, mendokumentasikan dan mengirimkan dokumen ke instansi terkait",
            [("tim penyusun LAKIP", 4, .exact)]),
        MentionCase(CorpusRoles.sop002,
            "Mengumpulkan data, mengolah dan menganalisa data serta menyiapkan draft penyusunan laporan kinerja dan diserahkan kepada sekretaris",
            [("sekretaris", 1, .exact)]),
        MentionCase(CorpusRoles.sop002,
            "Mempelajari aturan terkait penyusunan kinerja; Membuat format yang diperlukan berdasarkan pedoman penyusunan LAKIP; Mendistribusikan format data ke bidang/instansi terkait",
            []),
        MentionCase(CorpusRoles.sop003,
            "Memerintahkan Sekretaris untuk melakukan rapat dan mengkoordinir pembentukan Tim penyusunan LKJIP dan menyusun draft LKJIP",
            [("Sekretaris", 1, .exact)]),
        MentionCase(CorpusRoles.sop003,
            "Melakukan rapat dan memerintahkan Inspektur Pembantu serta Kasubbag Perencanaan untuk mengumpulkan data pendukung draft LKJIP",
            [("Inspektur Pembantu", 2, .exact), ("Kasubbag Perencanaan", 3, .exact)]),
        MentionCase(CorpusRoles.sop003,
            "Menyusun draft LKJIP serta melengkapi data dan laporan per Sub Kegiatan dan diserahkan kepada Staf /Jabatan Fungsional Umum",
            [("Staf /Jabatan Fungsional Umum", 4, .exact)]),
        MentionCase(CorpusRoles.sop003,
            "Merikap, mengumpulkan dan mengolah data draft LKJIP jika data tidak lengkap dikembalikan kepada Irbhan dan Kasubbag untuk diperbaiki dan jika setuju diserahkan kepada Kasubbag Perencanaan",
            [("Irbhan", 2, .exact), ("Kasubbag", 3, .partial), ("Kasubbag Perencanaan", 3, .exact)]),
        MentionCase(CorpusRoles.sop003,
            "Mengoreksi draft LKJIP, jika tidak setuju dikembalikan kepada Kasubbag Perencanaan untuk diperbaiki, jika setuju di paraf dan diserahkan kepada Inspektur",
            [("Kasubbag Perencanaan", 3, .exact), ("Inspektur", 0, .exact)]),
        MentionCase(CorpusRoles.sop003,
            "Menerima LKJIP dan memerintahkan Staf/Jabatan Fungsional Umum untuk menyusun, mengandatangani dan menjilid dokumen LKJIP sesuai dengan jumlah yang diperlukan dan menyerahkan hard copy dan Soft Copy LKJIP kepada Bagian Organisasi Sekretariat Daerah",
            [("Staf/Jabatan Fungsional Umum", 4, .exact), ("Bagian Organisasi Sekretariat Daerah", nil, .none)]),
        MentionCase(CorpusRoles.sop010,
            "Menerima dan memeriksa kelengkapan berkas, jika tidak lengkap dikembalikan kepada Pemohon untuk dilengkapi, jika lengkap dicatat dalam buku register dan diteruskan kepada Kasi SDM Kesehatan",
            [("Pemohon", 0, .exact), ("Kasi SDM Kesehatan", 2, .exact)]),
        MentionCase(CorpusRoles.sop010,
            "Bersama Staf Pelaksana melakukan verifikasi lapangan ke tempat praktik bidan & mengisi daftar tilik kelayakan",
            [("Staf Pelaksana", 1, .exact)]),
        MentionCase(CorpusRoles.sop010,
            "Memeriksa konsep rekomendasi, apabila belum sesuai dikembalikan kepada Staf Pelaksana untuk diperbaiki, apabila sudah sesuai diparaf dan diteruskan kepada Kepala Bidang SDK",
            [("Staf Pelaksana", 1, .exact), ("Kepala Bidang SDK", 3, .exact)]),
        MentionCase(CorpusRoles.sop010Repeated,
            "Memeriksa dan memaraf konsep rekomendasi, kemudian meneruskan kepada Kepala Dinas",
            [("Kepala Dinas", 4, .exact)]),
        MentionCase(CorpusRoles.sop010Repeated,
            "Membuat konsep surat rekomendasi dan menyerahkan kepada Kasi SDM Kesehatan",
            [("Kasi SDM Kesehatan", 2, .exact)]),
        MentionCase(CorpusRoles.sop011,
            "Memverifikasi kelengkapan dan keabsahan dokumen usul pada SIASN, apabila belum sesuai dikembalikan kepada OPD Pengusul untuk dilengkapi, apabila sudah sesuai diteruskan kepada Pengadministrasi Kepegawaian",
            [("OPD Pengusul", 0, .exact), ("Pengadministrasi Kepegawaian", 1, .exact)]),
        MentionCase(CorpusRoles.sop011,
            "Menerima surat pengantar usul dan memberikan disposisi kepada Kabid Mutasi dan Promosi",
            [("Kabid Mutasi dan Promosi", 3, .exact)]),
        MentionCase(CorpusRoles.sop011,
            "Mengirimkan usul kenaikan pangkat yang telah ditandatangani kepada Kanreg I BKN melalui SIASN",
            [("Kanreg I BKN", 5, .exact)]),
        MentionCase(CorpusRoles.sop011,
            "Menandatangani Keputusan kenaikan pangkat atas nama Bupati berdasarkan Pertek BKN",
            [("Bupati", nil, .none)]),
        MentionCase(CorpusRoles.sop012,
            "Memeriksa konsep rekomendasi, bila setuju diparaf dan diteruskan kepada Camat, jika tidak dikembalikan kepada Kasi Trantib untuk diperbaiki",
            [("Camat", 4, .exact), ("Kasi Trantib", 2, .exact)]),
        MentionCase(CorpusRoles.sop012,
            "Menyerahkan surat rekomendasi kepada pemohon dan mengirimkan tembusan kepada Kapolsek dan Danramil",
            [("pemohon", 0, .exact), ("Kapolsek", nil, .none), ("Danramil", nil, .none)]),
        MentionCase(CorpusRoles.sop012,
            "Membubuhkan nomor dan cap pada surat rekomendasi serta mencatat dalam buku agenda ‘Surat Keluar’ dan menyerahkan kepada Camat",
            [("Camat", 4, .exact)]),
        MentionCase(CorpusRoles.sop013,
            "Menerima draft LKPD unaudited dari BPKAD dan memerintahkan Sekretaris menyiapkan Surat Tugas reviu",
            [("Sekretaris", 1, .exact)]),
        MentionCase(CorpusRoles.sop013,
            "Memimpin rapat awal (entry meeting) bersama BPKAD dan membagi tugas kepada Tim Reviu",
            [("Tim Reviu", 3, .exact)]),
        MentionCase(CorpusRoles.sop013,
            "Menyampaikan LHR kepada Bupati melalui Sekretaris Daerah dan mengarsipkan Kertas Kerja Reviu",
            [("Bupati", nil, .none), ("Sekretaris Daerah", nil, .none)]),
        MentionCase(CorpusRoles.sop014,
            "Menerima permohonan mutasi dari orang tua/wali peserta didik dan memeriksa kelengkapan berkas, jika tidak lengkap dikembalikan kepada pemohon untuk dilengkapi",
            [("pemohon", nil, .none)]),
        MentionCase(CorpusRoles.sop014,
            "Memeriksa konsep rekomendasi, bila setuju diparaf dan diteruskan kepada Sekretaris, jika tidak dikembalikan kepada Kasi Peserta Didik untuk diperbaiki",
            [("Sekretaris", 1, .exact), ("Kasi Peserta Didik", 3, .exact)]),
        MentionCase(CorpusRoles.sop015,
            "Memberikan arahan dan disposisi kepada Sekretaris dan Kepala Bidang PPEP untuk mempersiapkan penyelenggaraan Musrenbang RKPD",
            [("Sekretaris", 1, .exact), ("Kepala Bidang PPEP", 2, .exact)]),
        MentionCase(CorpusRoles.sop015,
            "Memerintahkan Perencana Ahli Muda menyusun konsep Keputusan Walikota tentang Tim Penyelenggara Musrenbang serta jadwal pelaksanaan",
            [("Perencana Ahli Muda", 5, .exact), ("Walikota", nil, .none)]),
        MentionCase(CorpusRoles.sop015,
            "Mengajukan konsep Keputusan Walikota melalui Bagian Hukum Sekretariat Daerah dan memantau proses penetapannya",
            [("Walikota", nil, .none), ("Bagian Hukum Sekretariat Daerah", nil, .none)]),
        MentionCase(CorpusRoles.sop015,
            "Menyiapkan undangan Musrenbang: mengetik undangan dan daftar peserta; meminta tanda tangan Kepala Badan; mendistribusikan undangan paling lambat 7 (tujuh) hari sebelum pelaksanaan",
            [("Kepala Badan", 0, .exact)]),
        MentionCase(CorpusRoles.sop016,
            "Mengisi formulir F-2.01 dan menyerahkan berkas persyaratan kepada Petugas Loket",
            [("Petugas Loket", 1, .exact)]),
        MentionCase(CorpusRoles.sop016,
            "Memverifikasi draft akta kelahiran dengan berkas persyaratan, apabila terdapat kesalahan data dikembalikan kepada Operator SIAK untuk diperbaiki (ke langkah 4), apabila sudah benar diparaf dan diteruskan kepada Kabid Pencatatan Sipil",
            [("Operator SIAK", 2, .exact), ("Kabid Pencatatan Sipil", 4, .exact)]),
        MentionCase(CorpusRoles.sop017,
            "Menerima pemohon dan memeriksa surat pengantar RT/RW serta persyaratan, jika tidak lengkap pemohon diminta melengkapi, jika lengkap dicatat dalam buku register SKTM",
            [("pemohon", nil, .none), ("pemohon", nil, .none)]),
        MentionCase(CorpusRoles.sop017,
            "Mencocokkan data pemohon dengan DTKS dan memeriksa konsep SKTM, jika tidak sesuai dikembalikan kepada Staf Pelayanan untuk diperbaiki, jika sesuai diparaf",
            [("pemohon", nil, .none), ("Staf Pelayanan", 0, .exact)]),
        MentionCase(CorpusRoles.sop017, "Memaraf konsep SKTM dan meneruskan kepada Lurah", [("Lurah", 3, .exact)]),
        MentionCase(CorpusRoles.sop018Penertiban,
            "Menerima laporan/aduan masyarakat dan hasil pemantauan tentang pedagang kaki lima yang melanggar, kemudian memberikan disposisi kepada Kabid Trantibum",
            [("masyarakat", nil, .none), ("Kabid Trantibum", 1, .exact)]),
        MentionCase(CorpusRoles.sop018Penertiban,
            "Komandan Regu bersama Anggota melaksanakan penertiban dan mengamankan barang dagangan yang ditinggalkan disertai berita acara",
            [("Komandan Regu", 3, .exact), ("Anggota", 4, .exact)]),
        MentionCase(CorpusRoles.sop018Penertiban,
            "Membuat laporan hasil penertiban dan menyampaikan kepada Kasat Pol PP melalui Kabid Trantibum",
            [("Kasat Pol PP", 0, .exact), ("Kabid Trantibum", 1, .exact)]),
        MentionCase(CorpusRoles.sop018Pengaduan,
            "Menelaah pengaduan, jika bukan kewenangan Satpol PP diteruskan kepada instansi terkait, jika merupakan kewenangan Satpol PP didisposisikan kepada Kabid Trantibum",
            [("Kabid Trantibum", 2, .exact)]),
        MentionCase(CorpusRoles.sop018Pengaduan, "Memerintahkan Kasi Ops dan Dal untuk menindaklanjuti pengaduan",
            [("Kasi Ops dan Dal", 3, .exact)]),
        MentionCase(CorpusRoles.sop018Pengaduan, "Menugaskan Tim Reaksi Cepat melakukan pengecekan ke lokasi",
            [("Tim Reaksi Cepat", 5, .exact)]),
        MentionCase(CorpusRoles.sop019,
            "Memberikan disposisi kepada Kabid Kedaruratan dan Logistik untuk menyiapkan bantuan logistik",
            [("Kabid Kedaruratan dan Logistik", 2, .exact)]),
        MentionCase(CorpusRoles.sop019,
            "Memeriksa daftar kebutuhan dan konsep surat perintah, bila setuju diparaf dan diteruskan kepada Kepala Pelaksana, jika tidak dikembalikan kepada Kasi Logistik untuk diperbaiki",
            [("Kepala Pelaksana", 0, .exact), ("Kasi Logistik", 3, .exact)]),
        MentionCase(CorpusRoles.sop019Repeated,
            "Memverifikasi laporan penyaluran bantuan, menyampaikan kepada Kepala Pelaksana dan mengarsipkan dokumen pertanggungjawaban",
            [("Kepala Pelaksana", 0, .exact)]),
    ])
    func corpusActivities(_ example: MentionCase) {
        let matcher = RoleMatcher(roles: example.roles)
        let found = matcher.roles(mentionedIn: example.text).map {
            MentionCase.Expected(text: String(example.text[$0.range]), role: $0.role, strength: $0.strength)
        }
        #expect(found == example.mentions)
    }

    /// Mentions that must not be taken for a role that merely shares a word with them, and shortened
    /// mentions that count only when one role fits.
    @Test(arguments: [
        MentionCase(CorpusRoles.sop002, "Kepala Dinas memberi arahan kepada Kepala Bidang",
            [("Kepala Dinas", 0, .exact), ("Kepala Bidang", 2, .partial)]),
        MentionCase(CorpusRoles.sop002, "diserahkan kepada Kepala untuk ditandatangani", [("Kepala", 0, .generic)]),
        MentionCase(CorpusRoles.sop002, "kepada kepala Sub Bagian Perencanaan dan Kepala Bidang SMP",
            [("kepala Sub Bagian Perencanaan", 3, .exact), ("Kepala Bidang SMP", nil, .none)]),
        MentionCase(CorpusRoles.sop000, "diserahkan ke staf untuk diperbaiki", [("staf", 3, .generic)]),
        MentionCase(["Kepala Dinas", "Staf", "Staf Kasubbag PPMEP"],
            "diserahkan ke staf untuk diperbaiki lalu kepada Staf Kasubbag PPMEP",
            [("staf", 1, .exact), ("Staf Kasubbag PPMEP", 2, .exact)]),
        MentionCase(CorpusRoles.sop000, "kepada Staf Kasubbag PPMEP, Kasubbag PEPP dan Kasubbag Perencanaan menyusun",
            [("Staf Kasubbag PPMEP", 3, .exact), ("Kasubbag PEPP", 2, .exact), ("Kasubbag Perencanaan", 2, .partial)]),
        MentionCase(CorpusRoles.sop000, "kepada Sekretaris Daerah, Sekda, Sekdis dan Sekretaris Kecamatan",
            [("Sekretaris Daerah", nil, .none), ("Sekda", nil, .none), ("Sekdis", 1, .exact),
             ("Sekretaris Kecamatan", nil, .none)]),
        MentionCase(CorpusRoles.sop000, "kepada Kepala Sekolah, kepala keluarga dan Kepala BKPSDM",
            [("Kepala Sekolah", nil, .none), ("kepala keluarga", nil, .none), ("Kepala BKPSDM", nil, .none)]),
        MentionCase(CorpusRoles.sop000, "Surat dari Bupati/Walikota diserahkan kepada Plt. Kepala Dinas",
            [("Bupati/Walikota", nil, .none), ("Kepala Dinas", 0, .exact)]),
        MentionCase(CorpusRoles.sop000, "MENYERAHKAN KEPADA KEPALA DINAS UNTUK DITANDATANGANI", [("KEPALA DINAS", 0, .exact)]),
        MentionCase(CorpusRoles.sop001, "diparaf Sekdis lalu diserahkan ke Tim Sakip", [("Sekdis", 1, .partial), ("Tim Sakip", 3, .exact)]),
        MentionCase(CorpusRoles.sop012, "diteruskan kepada Sekretaris lalu Camat", [("Sekretaris", 3, .generic), ("Camat", 4, .exact)]),
        MentionCase(CorpusRoles.sop012, "Menandatangani SK dan menyerahkan kepada pemohon", [("pemohon", 0, .exact)]),
        MentionCase(CorpusRoles.sop013, "Inspektur Pembantu menyerahkan kepada Inspektur dan Irban",
            [("Inspektur Pembantu", 2, .exact), ("Inspektur", 0, .exact), ("Irban", 2, .exact)]),
        MentionCase(["Irbhan", "Tim Reviu"], "diserahkan kepada Inspektur untuk ditandatangani", [("Inspektur", nil, .none)]),
        MentionCase(["Sekretaris Daerah", "Kepala Bagian Organisasi"], "diserahkan kepada Sekretaris untuk diparaf",
            [("Sekretaris", nil, .none)]),
        MentionCase(CorpusRoles.sop015, "diserahkan kepada Kepala Bidang untuk diperiksa", [("Kepala Bidang", nil, .none)]),
        MentionCase(CorpusRoles.sop015, "diteruskan ke Kabid Teknis, Kasubbag Umum & Kepegawaian dan Staff",
            [("Kabid Teknis", 3, .exact), ("Kasubbag Umum & Kepegawaian", 4, .exact), ("Staff", 6, .exact)]),
        MentionCase(CorpusRoles.sop010, "kepada Kepala Bidang SMP dan Kadis", [("Kepala Bidang SMP", nil, .none), ("Kadis", 4, .exact)]),
        MentionCase(["Kasubbag Perencanaan", "Staf"], "kepada Kasubbag Keuangan dan Kasubbag", [("Kasubbag Keuangan", nil, .none), ("Kasubbag", 0, .partial)]),
        MentionCase(CorpusRoles.sop019Repeated,
            "Tim Reaksi Cepat melaporkan kepada Kabid Kedaruratan dan Logistik, lalu TRC kepada Kalaksa",
            [("Tim Reaksi Cepat", 5, .exact), ("Kabid Kedaruratan dan Logistik", 2, .exact), ("TRC", 5, .exact),
             ("Kalaksa", 0, .exact)]),
        MentionCase(CorpusRoles.sop019, "diserahkan kepada Pelaksana", [("Pelaksana", nil, .none)]),
        MentionCase(CorpusRoles.sop018Penertiban, "", []),
        MentionCase([], "diserahkan kepada Kepala Dinas", [("Kepala Dinas", nil, .none)]),
    ])
    func disambiguation(_ example: MentionCase) {
        let matcher = RoleMatcher(roles: example.roles)
        let found = matcher.roles(mentionedIn: example.text).map {
            MentionCase.Expected(text: String(example.text[$0.range]), role: $0.role, strength: $0.strength)
        }
        #expect(found == example.mentions)
    }

    /// Roles written differently in the repeated headers of the corpus, and names that fit several roles.
    @Test(arguments: [
        (CorpusRoles.sop003, "Inspektor", 0), (CorpusRoles.sop003, "Irban", 2),
        (CorpusRoles.sop003, "Kasubbag Perencanaan", 3), (CorpusRoles.sop003, "Staf/Jabatan Fungsional Umum", 4),
        (CorpusRoles.sop003, "Inspektur Pembantu", 2), (CorpusRoles.sop003, "Sekretaris Daerah", nil),
        (CorpusRoles.sop003, "Kepala", nil),
        (CorpusRoles.sop010, "Staf", 1), (CorpusRoles.sop010, "Kasi SDMK", 2), (CorpusRoles.sop010, "Kabid SDK", 3),
        (CorpusRoles.sop010, "Kadis", 4),
        (CorpusRoles.sop011, "Analis Kepegawaian Ahli Muda", 2), (CorpusRoles.sop011, "Kepala Bidang Mutasi dan Promosi", 3),
        (CorpusRoles.sop011, "Kepala BKPSDM", 4), (CorpusRoles.sop011, "Kantor Regional I BKN", 5),
        (CorpusRoles.sop013, "Sekretaris Inspektorat", 1), (CorpusRoles.sop013, "Inspektur Pembantu", 2),
        (CorpusRoles.sop015, "Kaban", 0), (CorpusRoles.sop015, "Kabid PPEP", 2), (CorpusRoles.sop015, "Kabid Teknis", 3),
        (CorpusRoles.sop015, "Kasubbag Umum & Kepegawaian", 4), (CorpusRoles.sop015, "Perencana", 5),
        (CorpusRoles.sop015, "Staff", 6), (CorpusRoles.sop015, "Kepala Bidang", nil),
        (CorpusRoles.sop016, "Petugas Loket Pelayanan", 1), (CorpusRoles.sop016, "Operator", 2),
        (CorpusRoles.sop016, "Kepala Seksi Kelahiran dan Kematian", 3), (CorpusRoles.sop016, "Kepala Bidang Pencatatan Sipil", 4),
        (CorpusRoles.sop016, "Kadis", 5),
        (CorpusRoles.sop019, "Kalaksa", 0), (CorpusRoles.sop019, "Kabid KL", 2), (CorpusRoles.sop019, "Tim Reaksi Cepat", 5),
        (CorpusRoles.sop002, "Kadis", 0), (CorpusRoles.sop002, "Ka. Subbag. Perencanaan", 3),
        (CorpusRoles.sop002, "Kabid", 2), (CorpusRoles.sop002, "Kepala", 0), (CorpusRoles.sop002, "Bupati", nil),
        (CorpusRoles.sop000, "Kepala DPMPTSP", 0), (CorpusRoles.sop000, "Sekretaris", 1),
        (CorpusRoles.sop000, "Kasubag PEPP", 2), (CorpusRoles.sop000, "", nil),
    ] as [([String], String, Int?)])
    func roleNamed(roles: [String], name: String, role: Int?) {
        #expect(RoleMatcher(roles: roles).role(named: name) == role)
    }

    /// Every header role of the corpus is found by its own name, and its name as a text is one exact mention.
    @Test(arguments: Fixtures.corpusInputs)
    func everyHeaderRoleFindsItself(file: String) {
        for sop in Fixtures.document(file).sops {
            let matcher = RoleMatcher(roles: sop.roles)
            for (index, role) in sop.roles.enumerated() {
                #expect(matcher.role(named: role) == index, "\(role)")
                let mentions = matcher.roles(mentionedIn: role)
                #expect(mentions.map(\.role) == [index] && mentions.map(\.strength) == [.exact], "\(role)")
            }
        }
    }

    /// The mentions of every activity of the corpus are in order, apart and inside the text.
    @Test(arguments: Fixtures.corpusInputs)
    func mentionsAreOrderedAndApart(file: String) {
        for sop in Fixtures.document(file).sops {
            let matcher = RoleMatcher(roles: sop.roles)
            for step in sop.steps {
                let mentions = matcher.roles(mentionedIn: step.activity)
                for (previous, next) in zip(mentions, mentions.dropFirst()) {
                    #expect(previous.range.upperBound <= next.range.lowerBound)
                }
                for mention in mentions {
                    #expect(mention.range.lowerBound >= step.activity.startIndex)
                    #expect(mention.range.upperBound <= step.activity.endIndex)
                    #expect((mention.role == nil) == (mention.strength == .none))
                }
            }
        }
    }

    @Test func strengthsAreOrdered() {
        #expect(RoleMatchStrength.none < .generic && RoleMatchStrength.generic < .partial && RoleMatchStrength.partial < .exact)
    }
}

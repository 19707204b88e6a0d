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

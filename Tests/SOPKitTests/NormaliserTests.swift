import SOPKit
import Testing

/// Table-driven tests of every normaliser.
@Suite struct DurationParserTests {
    @Test(arguments: [
        ("2 Hari", 2.0, DurationUnit.day, "P2D", 960),
        ("10 Menit", 10, .minute, "PT10M", 10),
        ("1 jam", 1, .hour, "PT1H", 60),
        ("3 minggu", 3, .week, "P3W", 7200),
        ("60 menit", 60, .minute, "PT60M", 60),
        ("1 bulan", 1, .month, "P1M", 10560),
        ("1-2 hari", 2, .day, "P2D", 960),
        ("1 - 2 minggu", 2, .week, "P2W", 4800),
        ("1 s/d 3 hari", 3, .day, "P3D", 1440),
        ("0,5 hari", 0.5, .day, "P0.5D", 240),
        ("1.5 jam", 1.5, .hour, "PT1.5H", 90),
        ("1jam", 1, .hour, "PT1H", 60),
        ("3 (tiga) hari", 3, .day, "P3D", 1440),
        ("5 hari kerja", 5, .day, "P5D", 2400),
        ("15 menit/berkas", 15, .minute, "PT15M", 15),
        ("1 x 24 jam", 24, .hour, "PT24H", 1440),
        ("setengah hari", 0.5, .day, "P0.5D", 240),
        ("2 Jam", 2, .hour, "PT2H", 120),
        ("30 menit - 3 Jam", 3, .hour, "PT3H", 180),
        ("2 jam - 30 menit", 2, .hour, "PT2H", 120),
    ])
    func amounts(text: String, value: Double, unit: DurationUnit, iso: String, minutes: Int) throws {
        let duration = try #require(DurationParser.parse(text))
        #expect(duration.text == text)
        #expect(duration.value == value)
        #expect(duration.unit == unit)
        #expect(duration.iso8601 == iso)
        #expect(duration.minutes == minutes)
    }

    @Test(arguments: ["Disesuaikan", "Sesuai kebutuhan", "-", "–", "Disesu aikan", "sesuai jadwal", "Tentatif"])
    func flexible(text: String) throws {
        let duration = try #require(DurationParser.parse(text))
        #expect(duration.isFlexible)
        #expect(duration.value == nil && duration.unit == nil && duration.minutes == nil && duration.iso8601 == nil)
    }

    @Test func unknownUnitAndUnreadable() throws {
        #expect(try #require(DurationParser.parse("2 semester")).measure == .unknownUnit("semester"))
        #expect(try #require(DurationParser.parse("15")).measure == .unknownUnit(""))
        #expect(try #require(DurationParser.parse("segera")).measure == .unreadable)
        #expect(DurationParser.parse("   ") == nil)
        #expect(DurationParser.parse("15", defaultUnit: .minute)?.minutes == 15)
    }

    @Test(arguments: [
        (DurationUnit.minute, 2.5, 3),
        (.minute, 2.4, 2),
        (.hour, 0.125, 8),
        (.day, 0.001, 0),
        (.day, 1.5, 720),
        (.week, 2, 4800),
        (.month, 0.5, 5280),
    ])
    func workingMinutesAreRoundedToTheNearestMinute(unit: DurationUnit, value: Double, minutes: Int) {
        #expect(unit.workingMinutes(of: value) == minutes)
        #expect(Duration(text: "", measure: .amount(value: value, unit: unit)).minutes == minutes)
    }

    @Test func looksLikeDurationIgnoresLoneDashesAndText() {
        #expect(DurationParser.looksLikeDuration("2 Hari"))
        #expect(DurationParser.looksLikeDuration("Disesuaikan"))
        #expect(!DurationParser.looksLikeDuration("-"))
        #expect(!DurationParser.looksLikeDuration("Surat dari Bupati"))
        #expect(!DurationParser.looksLikeDuration("SK tim"))
    }

    @Test func totalIsInWorkingDays() {
        #expect(TotalDuration(minutes: 6740, flexibleSteps: 0).iso8601 == "P14DT20M")
        #expect(TotalDuration(minutes: 0, flexibleSteps: 2).iso8601 == "PT0M")
        #expect(TotalDuration(minutes: 90, flexibleSteps: 0).iso8601 == "PT1H30M")
        #expect(TotalDuration(minutes: 480, flexibleSteps: 0).iso8601 == "P1D")
    }
}

@Suite struct IndonesianDateTests {
    @Test(arguments: [
        ("14 Januari 2019", "2019-01-14"), ("Januari 2022", "2022-01"), ("06 April 2021", "2021-04-06"),
        ("2 Juni 2025", "2025-06-02"), ("14-01-2019", "2019-01-14"), ("14/01/2019", "2019-01-14"),
        ("2019-01-14", "2019-01-14"), ("2022-01", "2022-01"), ("2021", "2021"), ("5 Pebruari 2020", "2020-02-05"),
        ("17 Agustus 2023", "2023-08-17"), ("1 Nopember 2018", "2018-11-01"), ("Desember 2020", "2020-12"),
        ("29 Februari 2024", "2024-02-29"), ("Tanggal 3 Mei 2021", "2021-05-03"),
    ])
    func dates(text: String, iso: String) {
        #expect(IndonesianDate.parse(text) == .date(try! #require(Self.partial(iso))))
    }

    @Test(arguments: ["", "-", " : ", "–"])
    func empty(text: String) {
        #expect(IndonesianDate.parse(text) == .none)
    }

    @Test(arguments: ["31 Februari 2020", "29 Februari 2023", "Segera", "14 Januari", "13/13/2020", "2019-13-01"])
    func unreadable(text: String) {
        #expect(IndonesianDate.parse(text) == .unreadable)
    }

    static func partial(_ iso: String) -> PartialDate? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return nil }
        return PartialDate(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    @Test func partialComparison() {
        #expect(PartialDate(year: 2021, month: 5).isCertainlyAfter(PartialDate(year: 2021, month: 4, day: 30)))
        #expect(!PartialDate(year: 2021, month: 4).isCertainlyAfter(PartialDate(year: 2021, month: 4, day: 30)))
        #expect(!PartialDate(year: 2021).isCertainlyAfter(PartialDate(year: 2021, month: 1)))
    }
}

@Suite struct NIPTests {
    @Test(arguments: [
        ("NIP. 19700930 199703 1 003", "197009301997031003"), ("NIP 196608251988021001", "196608251988021001"),
        ("NIP : 19740705 200604 1 007", "197407052006041007"), ("19750603 200101 1 03", "19750603200101103"),
    ])
    func digits(text: String, digits: String) {
        #expect(NIP.digits(in: text) == digits)
    }

    @Test(arguments: [
        ("197009301997031003", [NIP.Problem]()),
        ("19750603200101103", [.length(17)]),
        ("197013301997031003", [.birthDate("19701330")]),
        ("197009301997131003", [.appointmentDate("199713")]),
        ("197009301980031003", [.appointmentDate("198003")]),
        ("197009301997033003", [.sexDigit("3")]),
        ("198502292010012001", [.birthDate("19850229")]),
    ])
    func problems(nip: String, problems: [NIP.Problem]) {
        #expect(NIP.problems(of: nip) == problems)
    }
}

@Suite struct LegalReferenceTests {
    @Test(arguments: [
        ("Peraturan Presiden Nomor 8 Tahun 2006 tentang Pelaporan Keuangan", "Peraturan Presiden", "8", 2006, "Pelaporan Keuangan"),
        ("Undang-Undang Republik Indonesia Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", "Undang-Undang", "23", 2014, "Pemerintahan Daerah"),
        ("Peraturan Bupati Landak Nomor: 36 Tahun 2015 Tentang Sistem Akuntabilitas", "Peraturan Bupati", "36", 2015, "Sistem Akuntabilitas"),
        ("Peraturan MenPAN dan Reformasi Birokrasi Nomor 53 tahun 2014 tentang Petunjuk teknis", "Peraturan Menteri", "53", 2014, "Petunjuk teknis"),
        ("UU Nomor 9 Tahun 2015 tentang Perubahan Kedua", "Undang-Undang", "9", 2015, "Perubahan Kedua"),
        ("PP Nomor 12 Tahun 2019 Tentang Pengelolaan Keuangan Daerah", "Peraturan Pemerintah", "12", 2019, "Pengelolaan Keuangan Daerah"),
        ("Permendagri Nomor 86 Tahun 2017 tentang Tata Cara", "Peraturan Menteri", "86", 2017, "Tata Cara"),
        ("Undang-undang No. 28 Tahun 1999 tentang Penyelenggara Negara.", "Undang-Undang", "28", 1999, "Penyelenggara Negara"),
        ("Peraturan Daerah Kota Jambi Nomor 5 Tahun 2016 tentang Perangkat Daerah;", "Peraturan Daerah", "5", 2016, "Perangkat Daerah"),
        ("Peraturan Wali Kota Bandung Nomor 1 Tahun 2020 tentang SOP", "Peraturan Walikota", "1", 2020, "SOP"),
        ("Keputusan Menteri Dalam Negeri Nomor 050-5889 Tahun 2021 tentang Hasil Verifikasi", "Keputusan Menteri", "050-5889", 2021, "Hasil Verifikasi"),
        ("Peraturan Badan Pusat Statistik Nomor 5 Tahun 2023 tentang Organisasi", "Peraturan Badan", "5", 2023, "Organisasi"),
        ("Peraturan LKPP Nomor 12 Tahun 2021 tentang Pedoman", "Peraturan Lembaga", "12", 2021, "Pedoman"),
    ])
    func references(text: String, kind: String, number: String, year: Int, subject: String) {
        let reference = LegalReferenceParser.parse(text)
        #expect(reference.kind == kind)
        #expect(reference.number == number)
        #expect(reference.year == year)
        #expect(reference.subject == subject)
    }

    /// Years read on bytes and on characters.
    @Test(arguments: [
        ("Perpres No 8 Tahun 2006,", 2006), ("Perpres No 8 Tahun 1899", nil), ("Perpres No 8 Tahun 20066", nil),
        ("Perpres No 8 Tahun 2006\u{B2}", nil), ("Perpres No 8 Tahun 206", nil), ("Perpres No 8/2019 tentang Data", 2019),
        ("Perpres No 8 Tahun \u{661}2006", nil), ("Salinan Perda Nomor 3 Tahun 2010", 2010),
    ] as [(String, Int?)])
    func years(text: String, year: Int?) {
        #expect(LegalReferenceParser.parse(text).year == year)
    }

    @Test func unrecognised() {
        let reference = LegalReferenceParser.parse("Kebijakan internal kantor")
        #expect(reference.kind == nil && reference.number == nil && reference.year == nil && reference.subject == nil)
    }
}

@Suite struct ListSplitterTests {
    @Test func numberedInline() {
        #expect(ListSplitter.splitNumbered("1. Komputer 2. Jaringan Internet 3. Data Realisasi Kegiatan")
            == ["Komputer", "Jaringan Internet", "Data Realisasi Kegiatan"])
        #expect(ListSplitter.splitNumbered("1. Peraturan Nomor 8 Tahun 2006 2. Peraturan Nomor 29 Tahun 2014")
            == ["Peraturan Nomor 8 Tahun 2006", "Peraturan Nomor 29 Tahun 2014"])
        #expect(ListSplitter.splitNumbered("Disimpan sebagai data") == ["Disimpan sebagai data"])
        #expect(ListSplitter.splitNumbered("1. Satu 3. Tiga") == ["Satu 3. Tiga"])
    }

    @Test(arguments: [
        ("RenstraFormat penyusunan LKjIPDokumen Perjanjian KinerjaData dan Informasi Capaian KinerjaLaporan Realisasi KeuanganPerangkat Komputer",
         ["Renstra", "Format penyusunan LKjIP", "Dokumen Perjanjian Kinerja", "Data dan Informasi Capaian Kinerja", "Laporan Realisasi Keuangan", "Perangkat Komputer"]),
        ("SOP Rapat InternalSOP Pengumpulan Data", ["SOP Rapat Internal", "SOP Pengumpulan Data"]),
        ("Memiliki kewenangan (LKjIP)Memiliki Kemampuan", ["Memiliki kewenangan (LKjIP)", "Memiliki Kemampuan"]),
        ("…Nomor 5587).Peraturan Pemerintah Nomor 12", ["…Nomor 5587).", "Peraturan Pemerintah Nomor 12"]),
        ("Administrasi Pemerintahan.Peraturan Menteri", ["Administrasi Pemerintahan.", "Peraturan Menteri"]),
        ("Peraturan MenPAN dan Reformasi Birokrasi", ["Peraturan MenPAN dan Reformasi Birokrasi"]),
        ("Dokumen SAKIP dan OPD serta SK Kepala", ["Dokumen SAKIP dan OPD serta SK Kepala"]),
        ("DPMPTSP Kab.Tanjab Barat", ["DPMPTSP Kab.Tanjab Barat"]),
    ])
    func glued(text: String, items: [String]) {
        #expect(ListSplitter.splitGlued(text) == items)
    }

    @Test func gluedActivitiesSplitBeforeVerbs() {
        #expect(ListSplitter.splitGluedActivities(
            "Menyampaikan SK kepada tim Memimpin rapat persiapan Menugaskan tim untuk Menteri") == [
                "Menyampaikan SK kepada tim", "Memimpin rapat persiapan", "Menugaskan tim untuk Menteri",
            ])
    }

    @Test func markers() {
        #expect(ListSplitter.startsWithMarker("1. Komputer"))
        #expect(ListSplitter.startsWithMarker("- Komputer"))
        #expect(ListSplitter.startsWithMarker("a. Komputer"))
        #expect(!ListSplitter.startsWithMarker("2006 tentang"))
        #expect(ListSplitter.removingMarker("12) Komputer") == "Komputer")
        #expect(ListSplitter.removingMarker("• Komputer") == "Komputer")
    }

    /// The byte-level marker reading, on ASCII and non-ASCII starts.
    @Test(arguments: [
        ("1. Komputer", true, "Komputer"), ("12) Printer", true, "Printer"), ("12.", true, ""), ("1.", false, ""),
        ("123. Meja", false, "Meja"), ("- Komputer", true, "Komputer"), ("-Komputer", false, "Komputer"),
        ("\u{2022} Kertas", true, "Kertas"), ("\u{B7} Tinta", true, "Tinta"), ("\u{2013} Map", true, "Map"),
        ("* Pena", true, "Pena"), ("a. Komputer", true, "Komputer"), ("b)Pena", false, "Pena"),
        ("\u{E9}. Kopi", true, "Kopi"), ("\u{C9}. Kopi", false, "\u{C9}. Kopi"), ("2006 tentang", false, "2006 tentang"),
        ("  Komputer ", false, "Komputer"), ("", false, ""),
    ])
    func markerBytes(text: String, startsWithMarker: Bool, removed: String) {
        #expect(ListSplitter.startsWithMarker(text) == startsWithMarker)
        #expect(ListSplitter.removingMarker(text) == removed)
        #expect(ListSplitter.removingMarker(text[...]) == removed)
    }

    /// The marker test on bytes (an ASCII first byte read from the first three bytes, any other
    /// out of line) against a reading by characters of what a marker is: a bullet and a space, one or
    /// two ASCII digits and "." or ")" then a space (or the end after two digits), or a lower-case
    /// letter, "." or ")" and a space.
    @Test(arguments: [
        "1. Komputer", "12) Printer", "12.", "12)", "1.", "1", "9)", "1.Komputer", "123. Meja", "2006 tentang", "- Komputer",
        "-Komputer", "-", "* Pena", "*Pena", "\u{2022} Kertas", "\u{2022}", "\u{B7} Tinta", "\u{2013} Map", "a. Komputer",
        "x) Kopi", "b)Pena", "a", "a.", "a. ", "A. Komputer", "{. Kopi", "\u{E9}. Kopi", "\u{E9}.", "\u{C9}. Kopi", "  Komputer",
        "", "1\u{301}. Kopi", "Undang-Undang Nomor 16", "statistik;",
    ])
    func markerStartOnBytes(text: String) {
        func byCharacters(_ text: String) -> Bool {
            let characters = Array(text)
            func isMarkerEnd(_ at: Int) -> Bool { at < characters.count && (characters[at] == "." || characters[at] == ")") }
            func isSpace(_ at: Int) -> Bool { at < characters.count && characters[at] == " " }
            guard let first = characters.first else { return false }
            if ["-", "*", "\u{2022}", "\u{B7}", "\u{2013}"].contains(first) { return isSpace(1) }
            let digits = characters.prefix(2).prefix { $0.isASCII && $0.isNumber }.count
            if digits > 0, isMarkerEnd(digits), digits + 1 < characters.count ? isSpace(digits + 1) : digits == 2 {
                return true
            }
            return first.isLowercase && isMarkerEnd(1) && isSpace(2)
        }
        #expect(ListSplitter.startsWithMarker(text) == byCharacters(text))
    }
}

@Suite struct NamesTests {
    @Test func titleCase() {
        #expect(TextFolding.titleCase("DINAS KOPERASI, USAHA KECIL, MENENGAH, PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN TANJUNG JABUNG BARAT")
            == "Dinas Koperasi, Usaha Kecil, Menengah, Perindustrian dan Perdagangan Kabupaten Tanjung Jabung Barat")
        #expect(TextFolding.titleCase("BADAN PUSAT STATISTIK PROVINSI BENGKULU") == "Badan Pusat Statistik Provinsi Bengkulu")
        #expect(TextFolding.titleCase("RSUD KOTA X") == "RSUD Kota X")
    }

    /// Title case on the bytes of ASCII text agrees with the character path of non-ASCII text.
    @Test(arguments: [
        ("  DINAS  PENDIDIKAN DAN KEBUDAYAAN ", "Dinas Pendidikan dan Kebudayaan"),
        ("DAN DINAS", "Dan Dinas"), ("BADAN KESBANG-POL (KESBANGPOL)/UPTD", "Badan Kesbang-Pol (Kesbangpol)/Uptd"),
        ("UPTD PUSKESMAS 2 BPBD", "UPTD Puskesmas 2 BPBD"), ("Rsud kota", "Rsud Kota"), ("P3A DP3A", "P3a Dp3a"),
        ("DINAS PENDIDIKAN D\u{C9}POK", "Dinas Pendidikan D\u{E9}pok"), ("", ""),
    ])
    func titleCaseBytes(text: String, expected: String) {
        #expect(TextFolding.titleCase(text) == expected)
    }

    @Test func agency() {
        #expect(AgencyName.compose([("PEMERINTAH DAERAH KABUPATEN LANDAK", 1), ("INSPEKTORAT", 2), ("SEKRETARIAT", 4)])
            == "Inspektorat Kabupaten Landak")
        #expect(AgencyName.compose([("PEMERINTAH KABUPATEN LUMAJANG", 1), ("BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN LUMAJANG", 2)])
            == "Badan Penanggulangan Bencana Daerah Kabupaten Lumajang")
        #expect(AgencyName.compose([("DINAS KOPERASI, USAHA KECIL,", 1), ("MENENGAH, PERINDUSTRIAN DAN", 2)])
            == "Dinas Koperasi, Usaha Kecil, Menengah, Perindustrian dan")
    }

    @Test func positionAndName() throws {
        let split = try #require(PersonName.splitPositionAndName("Plt. Inspektur Kab. Landak, HERI ADIWIJAYA, SE"))
        #expect(split.position == "Plt. Inspektur Kab. Landak")
        #expect(split.name == "HERI ADIWIJAYA, SE")
        #expect(PersonName.splitPositionAndName("Kepala Dinas Koperasi, Usaha Kecil, Menengah") == nil)
        let honorific = try #require(PersonName.splitPositionAndName("Kepala BKPSDM, Drs. AGUS WIDODO, M.Si"))
        #expect(honorific.name == "Drs. AGUS WIDODO, M.Si")
        #expect(PersonName.looksLikeName("Ir. Win Rizal, M.E."))
        #expect(PersonName.looksLikeName("H. YAN ERY, S.Pt, M.Si"))
        #expect(!PersonName.looksLikeName("Penyusunan Laporan Kinerja"))
    }

    /// Names read on the bytes of ASCII text and on the characters of other text.
    @Test(arguments: [
        ("HERI ADIWIJAYA, SE", true), ("HERI ADIWIJAYA", true), ("ADIWIJAYA", false), ("Heri Adiwijaya", false),
        ("Drs. Agus Widodo, M.Si", true), ("Agus Widodo SE", false), ("NIP. 19650312 199003 1 007", false),
        ("A B C D E F G", false), ("  YAN  ERY  ", true), ("Dr. Ir. Andr\u{E9} Putra, M.Sc", true),
        ("ANDR\u{C9} PUTRA", true), ("", false),
    ])
    func names(text: String, looksLikeName: Bool) {
        #expect(PersonName.looksLikeName(text) == looksLikeName)
    }

    /// Degrees read on the bytes of ASCII text and on the characters of other text.
    @Test(arguments: [
        ("HERI ADIWIJAYA, SE", true), ("M.Si", true), ("Msi", true), ("S.Kom.,M.T", true), ("Selasa", false),
        ("se", false), ("MSIXXXXXX", false), ("Andr\u{E9}, S.Pt", true), ("\u{C9}ri", false),
    ])
    func degrees(text: String, hasDegree: Bool) {
        #expect(PersonName.hasDegree(text) == hasDegree)
    }

    @Test func slugs() {
        #expect(Slug.make("503 / 02 /DPM PTSP") == "503-02-dpm-ptsp")
        #expect(Slug.make("Penyusunan ( LkjIP )") == "penyusunan-lkjip")
        #expect(Slug.sopID(number: nil, title: nil, ordinal: 3) == "sop-3")
        #expect(Slug.uniqued(["a", "a", "b", "a"]) == ["a", "a-2", "b", "a-3"])
        #expect(Slug.make(String(repeating: "panjang ", count: 20)).count <= 60)
    }
}

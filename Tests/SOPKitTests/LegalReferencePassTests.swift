@testable import SOPKit
import Testing

/// `LegalReferenceParser.parse`, whose ASCII parts are read in one pass over the words, answers as the
/// reading on an array of the words it replaced (kept here as `ReferenceASCIIParts`) and as the
/// reading by characters; `kind(ofUTF8:)`, read on the first bytes of the text, answers as the kind
/// of the whole key.
@Suite struct LegalReferencePassTests {
    /// Dasar Hukum items of the benchmark sample, as the reference import wrote them.
    static let corpusItems: [String] = [
        "Undang-Undang Nomor 16 Tahun 1997 Tentang Statistik",
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;",
        "Undang-Undang Nomor 9 Tahun 2015 tentang Pemerintahan Daerah",
        ". Undang-Undang Nomor 24 Tahun 2007 tentang Penanggulangan Bencana",
        "- Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.",
        "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
        "Peraturan Pemerintah Nomor 51 Tahun 1999 tentang Penyelenggaraan Statistik",
        "Peraturan Pemerintah Nomor 51 Tahun 1999 tentang Penyelenggaraan Statistik;",
        "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah",
        "Peraturan Bupati Banyumas Nomor 31 Tahun 2021 tentang Tata Kelola Rumah Sakit",
        "Keputusan Kepala BPS Nomor 6 Tahun 2000 tentang Penyelenggaraan Statistik Dasar;",
        "Peraturan Pemerintah Nomor 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah",
        "Peraturan Pemerintah Nomor 17 Tahun 2010 tentang Pengelolaan dan Penyelenggaraan Pendidikan",
        "Peraturan Daerah Kota Balikpapan Nomor 1 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah",
        "Peraturan Menteri Kesehatan Nomor 28 Tahun 2017 tentang Izin dan Penyelenggaraan Praktik Bidan",
        "Peraturan Presiden Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah",
        "Undang-Undang nomor 25 tahun 1999 tentang Perimbangan Keuangan Antara Pemerintah Pusat dan Daerah",
        "Keputusan Kepala BPS Nomor 7 Tahun 2000 tentang Tata Cara Penyelenggaraan Survei Statistik Sektoral;",
        "Peraturan Daerah Kabupaten Lumajang Nomor 3 Tahun 2012 tentang Penyelenggaraan Penanggulangan Bencana",
        ". UU Nomor 9 Tahun 2015 tentang Perubahan Kedua Atas UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        "Peraturan Daerah Kabupaten Sidoarjo Nomor 2 Tahun 2020 tentang Penyelenggaraan Administrasi Kependudukan",
        "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
        "Peraturan Badan Pusat Statistik Nomor 1 Tahun 2023 tentang Pedoman Tata Naskah Dinas Badan Pusat Statistik.",
        "Peraturan Daerah Kabupaten Tanah Laut Nomor 6 Tahun 2019 tentang Ketertiban Umum dan Ketenteraman Masyarakat",
        "Keputusan Kepala Badan Pusat Statistik Nomor 121 Tahun 2001 tentang Organisasi Dan Tata Kerja Perwakilan BPS Di Daerah",
        "Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2008 tentang Pedoman Pelaksanaan Reviu atas Surat Keuangan Pemerintah Daerah",
        "Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2008 tentang Pedoman Pelaksanaan Reviu atas Naskah Keuangan Pemerintah Daerah",
        "Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Peraturan Pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;",
        "Peraturan Badan Pusat Statistik Nomor 5 Tahun 2023 tentang Organisasi dan Tata Kerja Badan Pusat Statistik Provinsi dan Kabupaten/Kota",
        "Undang-Undang Republik Indonesia Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Tambahan Lembaran Negara Republik Indonesia Nomor 5587).",
        "Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan, Tata Cara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah",
        "Peraturan Badan Pusat Statistik Nomor 5 Tahun 2023 tentang Organisasi dan Tata Kerja Badan Pusat Statistik Provinsi dan Badan Pusat Statistik Kabupaten/Kota ;",
        ". Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 62 Tahun 2018 tentang Pedoman Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional",
        "Peraturan Kepala BPS Nomor 9 Tahun 2017 tentang Perubahan Kedua atas Peraturan Kepala BPS Nomor 7 Tahun 2008 tentang Organisasi dan Tata Kerja Badan Pusat Statistik;",
        "Peraturan MenPAN dan Reformasi Birokrasi Nomor 53 tahun 2014 tentang Petunjuk teknis perjanjian kinerja, pelaporan kinerja dan tata cara reuiu atas Data Kinerja Instansi Pemerintah",
        "Peraturan MenPAN dan Reformasi Birokrasi Nomor 53 tahun 2014 tentang Petunjuk teknis perjanjian kinerja, pelaporan kinerja dan tata cara reuiu atas Konsep Kinerja Instansi Pemerintah",
        "Peraturan MenPAN dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah",
        "Peraturan MenPAN dan Reformasi Birokrasi Nomor 53 tahun 2014 tentang Petunjuk teknis perjanjian kinerja, pelaporan kinerja dan tata cara reuiu atas Laporan Kinerja Instansi Pemerintah",
        ". Peraturan MenPAN dan Reformasi Birokrasi Nomor 53 tahun 2014 tentang Petunjuk teknis perjanjian kinerja, pelaporan kinerja dan tata cara reuiu atas Naskah Kinerja Instansi Pemerintah",
        ". Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan.",
        ". Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 Tentang Petunjuk teknis Perantaraan Kinerja ,Pelaporan Kinerja dan Tata cara Reviu atas Naskah Kinerja Instansi Pemerintah.",
        ". Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 Tentang Petunjuk teknis Perantaraan Kinerja ,Pelaporan Kinerja dan Tata cara Reviu atas Laporan Kinerja Instansi Pemerintah.",
        "Peraturan Walikota Palangka Raya Nomor 36 Tahun 2023 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah 1, Memahami dokumen perencanaan pembangunan daerah",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2024 tentang Perubahan atas Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;",
    ]

    /// Edge cases: empty, markers at the end, markers without a word after them, empty words after
    /// "nomor", punctuation, tabs and line ends, non-ASCII text, very long text.
    static let edgeCases: [String] = [
        "", " ", "\t", "Nomor", "Nomor 5", "nomor : 5", "Nomor : : 5", "Nomor : tentang x", "Nomor: tentang",
        "No. 12/2019 tentang", "NOMER 3 TAHUN", "Tahun 2015", "tahun 20155 tentang x", "tahun 1899", "Tahun 2101",
        "tentang", "tentang.", "tentang ;;", "Nomor 5 Tahun 2010 Tentang Tata Cara; .", "Nomor - 5", "Nomor - -",
        "nomor nomor 5", "nomor tahun 2015", "tahun nomor 7 tentang tahun", "PERATURAN\tBUPATI  NOMOR 36\nTAHUN 2015",
        "Peraturan Nomor PER/21/M.PAN/11/2008", "Perda No.3/2016 Tentang x", "ten-tang x", "no-mor 5", "N.O 5",
        "tentangx y", "nomorx 5", "Peraturan Bupati Nomor 5 Tahun 2015 tentang Pajak Daerah — Retribusi",
        "Peraturan Walikota Nomor 1 Tahun 2020 tentang Kafé", "Undang\u{00A0}Undang Nomor 9 Tahun 2015 tentang x",
        "Keputusan Menteri Nomor 5 Tahun 2020 tentang ‘Pelayanan’", "Nomor 5\u{0301} Tahun 2010",
        "Peraturan " + String(repeating: "Nomor 5 Tahun 2010 tentang Tata Cara ", count: 200),
    ]

    /// Every item, every item cut after each of its words, and each upper-cased.
    static var inputs: [String] {
        var inputs: [String] = []
        for item in corpusItems + edgeCases {
            let words = item.split(separator: " ")
            for end in 0...words.count { inputs.append(words[..<end].joined(separator: " ")) }
            inputs.append(item)
            inputs.append(item.uppercased())
        }
        return inputs
    }

    @Test func partsAgreeWithWordArrayAndCharacters() {
        for text in Self.inputs {
            let parsed = LegalReferenceParser.parse(text)
            let cleaned = TextFolding.collapseWhitespace(text)
            var byCharacters = LegalReference(text: cleaned)
            LegalReferenceParser.readPartsComparingCharacters(of: cleaned, into: &byCharacters)
            #expect(parsed.number == byCharacters.number && parsed.year == byCharacters.year, "\(text)")
            #expect(parsed.subject == byCharacters.subject, "\(text)")
            if let reference = ReferenceASCIIParts(cleaned) {
                #expect(parsed.number == reference.number && parsed.year == reference.year, "\(text)")
                #expect(parsed.subject == reference.subject, "\(text)")
            }
            #expect(parsed.kind == LegalReferenceParser.kindComparingCharacters(ofKey: TextFolding.key(cleaned)), "\(text)")
        }
    }

    @Test func partsExamples() {
        let reference = LegalReferenceParser.parse("Peraturan Bupati Landak Nomor: 36 Tahun 2015 Tentang Pajak;")
        #expect(reference.kind == "Peraturan Bupati")
        #expect(reference.number == "36" && reference.year == 2015 && reference.subject == "Pajak")
        let byNumber = LegalReferenceParser.parse("Permen Nomor : PER/21/M.PAN/11/2008")
        #expect(byNumber.number == "PER/21/M.PAN/11/2008" && byNumber.year == 2008 && byNumber.subject == nil)
    }

    /// Markers in mixed case, with punctuation, as the last words and followed by at least eight bytes,
    /// in ASCII text and in text with non-ASCII characters: a marker read in one load of its word and
    /// one read byte by byte give the same parts.
    @Test(arguments: [
        ("NoMoR 12 TaHuN 2019 TENTANG Pajak Daerah", "12", 2019, "Pajak Daerah"),
        ("Perda nomer 7 tahun 2001 tentang Retribusi", "7", 2001, "Retribusi"),
        ("Perda No 3 Tahun 2016 tentang x", "3", 2016, "x"),
        ("Perda Nomor: 4 Tahun: 2010 Tentang: Tata Cara", "4", 2010, "Tata Cara"),
        ("Perda No. 5/2010 tentang Tata Cara Kerja Baru", "5/2010", 2010, "Tata Cara Kerja Baru"),
        ("Perda Nomorx 5 Tahun 2010", nil, 2010, nil),
        ("Negara Nomor 6 Tata Tahun 2011", "6", 2011, nil),
        ("Nomor 8 Tahun 2012 tentang", "8", 2012, nil),
        ("Nomor 9 Tahun 2013", "9", 2013, nil),
        ("x Nomor 10", "10", nil, nil),
        ("TENTANGKU Nomor 11 Tahun 2014 tentang ABC", "11", 2014, "ABC"),
        ("N Nomor 12 TAHUN 2015 TENTANG", "12", 2015, nil),
        ("Perda Nomor 13 Tahun 2016 tentang Kafé Baru;", "13", 2016, "Kafé Baru"),
        ("Perda Nomor\u{00A0}14 Tahun 2017 tentang x", "14", 2017, "x"),
    ] as [(String, String?, Int?, String?)])
    func markersInEveryCaseAndPlace(text: String, number: String?, year: Int?, subject: String?) {
        let reference = LegalReferenceParser.parse(text)
        #expect(reference.number == number && reference.year == year && reference.subject == subject, "\(text)")
    }

    /// Texts whose first letter is each ASCII letter and digit, in both cases, before the rest of a
    /// kind's words, with punctuation and numbering before them and non-ASCII text after them.
    static var kindTexts: [String] {
        let letters = (UInt8(ascii: "a")...UInt8(ascii: "z")).flatMap { [$0, $0 & 0xDF] } + Array(UInt8(ascii: "0")...UInt8(ascii: "9"))
        var texts: [String] = []
        for letter in letters {
            let first = String(UnicodeScalar(letter))
            for rest in ["eraturan Bupati", "u Nomor 9", "alinan Perda 1", "opy Perpres", "nstruksi", "", " é", "é"] {
                texts += [first + rest, "1. " + first + rest, "- " + first + rest + " tentang Café"]
            }
        }
        return texts + corpusItems + edgeCases + ["(é) Peraturan", "Tahun 2015 tentang é", "Nomor 5 — Perda"]
    }

    @Test func kindOfUTF8AgreesWithKey() {
        for text in Self.kindTexts {
            var copy = text
            let onBytes = copy.withUTF8 { LegalReferenceParser.kind(ofUTF8: $0) }
            let expected = LegalReferenceParser.kindComparingCharacters(ofKey: TextFolding.key(text))
            if let onBytes { #expect(onBytes == expected, "\(text)") }
            #expect(LegalReferenceParser.kind(of: text) == expected, "\(text)")
        }
    }

    /// Random texts of spaces, tabs, line ends, control bytes, punctuation, letters, digits, marker words,
    /// a no-break space and non-ASCII letters, from empty to a few hundred bytes: every run of spaces
    /// and every position of a space against the eight-byte blocks comes up.
    static func collapseTexts() -> [String] {
        let pieces = [" ", " ", " ", "  ", "\t", "\n", "\u{1}", "\u{7F}", ".", ":", ";", ",", "-", "a", "Z", "7",
                      "Nomor", "tahun", "2015", "Tentang", "Peraturan", "UU", "\u{A0}", "é", "\u{301}", "abcdefg", "12345678"]
        var generator = SplitMix(seed: 0x1E6A_0026)
        var texts: [String] = []
        for _ in 0..<30_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 60) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            texts.append(text)
        }
        return texts
    }

    @Test func collapsedASCIICheckAgreesWithByteDefinition() {
        for text in Self.collapseTexts() {
            var copy = text
            let fast = copy.withUTF8(LegalReferenceParser.isCollapsedASCII)
            let bytes = Array(text.utf8)
            let expected = bytes.withUnsafeBufferPointer(TextFolding.isCollapsed) && !bytes.isEmpty
                && bytes.allSatisfy { $0 >= 0x20 && $0 < 0x80 }
            #expect(fast == expected, "\(text.debugDescription)")
        }
    }

    @Test func parseOfGeneratedTextsAgreesWithCharacters() {
        for text in Self.collapseTexts() {
            let cleaned = TextFolding.collapseWhitespace(text)
            var byCharacters = LegalReference(text: cleaned, kind: LegalReferenceParser.kindComparingCharacters(ofKey: TextFolding.key(cleaned)))
            LegalReferenceParser.readPartsComparingCharacters(of: cleaned, into: &byCharacters)
            #expect(LegalReferenceParser.parse(text) == byCharacters, "\(text.debugDescription)")
        }
    }
}

/// The ASCII reading of a Dasar Hukum item's number, year and subject as it was before it was read in
/// one pass: the words in an array, each marker looked for in a scan of its own.
private struct ReferenceASCIIParts {
    var number: String?
    var year: Int?
    var subject: String?

    /// The parts of the collapsed text `cleaned`; nil when its bytes are not ASCII.
    init?(_ cleaned: String) {
        let bytes = Array(cleaned.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var words: [Range<Int>] = []
        var start = 0
        for offset in bytes.indices where bytes[offset] == 0x20 {
            if start != offset { words.append(start..<offset) }
            start = offset + 1
        }
        if start != bytes.count { words.append(start..<bytes.count) }
        func isWord(_ index: Int, _ key: String) -> Bool { Self.keyEquals(bytes[words[index]], key) }
        let subjectStart = words.indices.first { isWord($0, "tentang") }
        let searchEnd = subjectStart ?? words.count
        if let numberIndex = (0..<searchEnd).first(where: { isWord($0, "nomor") || isWord($0, "no") || isWord($0, "nomer") }),
            numberIndex + 1 < searchEnd
        {
            var candidate = numberIndex + 1
            if !words[candidate].contains(where: { TextFolding.isASCIIAlphanumeric(bytes[$0]) }), candidate + 1 < searchEnd {
                candidate += 1
            }
            let number = Self.trimmed(bytes, words[candidate], [0x3A, 0x2C, 0x3B, 0x2E])
            if !number.isEmpty, number.contains(where: { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) {
                self.number = String(decoding: bytes[number], as: UTF8.self)
            }
        }
        if let yearIndex = (0..<searchEnd).first(where: { isWord($0, "tahun") }), yearIndex + 1 < searchEnd {
            year = Self.leadingYear(bytes[words[yearIndex + 1]])
        }
        if let subjectStart, subjectStart + 1 < words.count {
            let subject = Self.trimmed(bytes, words[subjectStart + 1].lowerBound..<bytes.count, [0x3B, 0x2C, 0x2E])
            self.subject = subject.isEmpty ? nil : String(decoding: bytes[subject], as: UTF8.self)
        }
        if year == nil, let number { year = LegalReferenceParser.year(inNumber: number) }
    }

    static func keyEquals(_ word: ArraySlice<UInt8>, _ key: String) -> Bool {
        TextFolding.key(String(decoding: word, as: UTF8.self)) == key
    }

    static func leadingYear(_ word: ArraySlice<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        for byte in word {
            guard byte >= 0x30, byte <= 0x39 else { break }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            if digits > 4 { return nil }
        }
        return digits == 4 && value >= 1900 && value <= 2100 ? value : nil
    }

    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>, _ punctuation: Set<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isTrimmed(_ byte: UInt8) -> Bool { TextFolding.isASCIIWhitespace(byte) || punctuation.contains(byte) }
        while lower < upper, isTrimmed(bytes[lower]) { lower += 1 }
        while upper > lower, isTrimmed(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}

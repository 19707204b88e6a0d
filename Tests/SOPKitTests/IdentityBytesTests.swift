@testable import SOPKit
import Testing

/// The byte-level readings of the identity block agree with the `Character`-based readings they
/// stand in for, on texts with non-ASCII letters, combining marks, no-break spaces and odd punctuation.
@Suite struct IdentityBytesTests {
    /// Items of Dasar Hukum and texts that look like them.
    static let legalTexts = [
        "", " ", ".", "Peraturan", "peraturan", "UU", "uu no", "Undang-Undang Nomor 9 Tahun 2015 tentang Pemerintahan Daerah",
        "Peraturan Presiden Nomor 8 Tahun 2006 tentang Pelaporan", "Peraturan Bupati Landak Nomor: 36 Tahun 2015 Tentang SOP",
        "Permendagri Nomor 86 Tahun 2017 tentang Tata Cara", "Salinan Copy Peraturan Pemerintah Pengganti Undang Undang No 1",
        "Copy Perppu No. 2/2022", "PERATURAN MENTERI PAN RB NOMOR PER/21/M.PAN/11/2008 TENTANG PEDOMAN",
        "Keputusan Menteri Nomor : 12 Tahun 20155 tentang x", "Peraturan Daerah Nomor 3 Tahun 1899 tentang", "Perda No : , 5 tahun 2001",
        "Perda Nomor :", "Perda Nomor : tentang a", "Nomor 12 Tahun 2020 tentang ;", "tentang Nomor 5 Tahun 2001",
        "Peraturan (Nomor) 7 (Tahun) 2019 (tentang) Hal, ...", "Peraturan No.7 Tahun2019 tentang",
        "Peraturan Walikotanya Nomor 1", "Perwali Nomor 1 Tahun 2010", "perbupx nomor 4", "Peraturan\u{00A0}Bupati  Nomor\t5",
        "Peraturan Bupati Nomor 5 Tahun 2010 tentang Pelayanan Kesehatan Masyarakat di Kabupaten Landak yang sangat panjang é",
        "Pératuran Nomor 5", "Peraturan Nomor 5 Tahun 2010 tentang Dinas Pendidikan Kebudayaan Pemuda dan Olah Raga Kabupatén",
        "Undang-Undang\u{301} Nomor 5", "Undang-Undang \u{301}Nomor 5", "UU\u{301} Nomor 5", "Peraturan Nomor ５ Tahun ２０１０",
        "Peraturan Nomor 5 Tahun 2010 tentang é", "Peraturan Nomor é5 Tahun 2010", "Keputusan — Nomor 5 — Tahun 2010 — tentang —",
        "Peraturan Pemerintah Pengganti Undang Undang Nomor 1 Tahun 2020 tentang Kebijakan Keuangan Negara\u{301}",
        "Salinan Copy Peraturan Pemerintah Pengganti Undang Undang\u{301}", "Salinan Copy Peraturan Pemerintah Pengganti Undang\u{301} Undang",
    ]

    /// The reference reading: the kind from the whole key and the parts word by word.
    static func parsedByCharacters(_ text: String) -> LegalReference {
        let cleaned = TextFolding.collapseWhitespace(text)
        var reference = LegalReference(text: cleaned, kind: LegalReferenceParser.kind(ofKey: TextFolding.key(cleaned)))
        LegalReferenceParser.readPartsComparingCharacters(of: cleaned, into: &reference)
        return reference
    }

    @Test(arguments: legalTexts) func legalReferenceAgreesWithCharacters(_ text: String) {
        #expect(LegalReferenceParser.parse(text) == Self.parsedByCharacters(text), "\(text)")
    }

    @Test(arguments: legalTexts) func kindAgreesWithWholeKey(_ text: String) {
        #expect(LegalReferenceParser.kind(of: text) == LegalReferenceParser.kind(ofKey: TextFolding.key(text)), "\(text)")
        #expect(
            LegalReferenceParser.startsLikeRegulation(text)
                == (LegalReferenceParser.kind(ofKey: TextFolding.key(text.prefix(60))) != nil), "\(text)")
    }

    @Test func legalReferenceExamples() {
        let reference = LegalReferenceParser.parse("PERATURAN MENTERI NOMOR PER/21/M.PAN/11/2008, TENTANG  Pedoman SOP.")
        #expect(reference.kind == "Peraturan Menteri")
        #expect(reference.number == "PER/21/M.PAN/11/2008")
        #expect(reference.year == 2008)
        #expect(reference.subject == "Pedoman SOP")
        #expect(LegalReferenceParser.parse("Perda Nomor : 5 Tahun 2001").number == "5")
        #expect(LegalReferenceParser.parse("Perda Nomor 5 Tahun 20011").year == nil)
    }

    /// First lines of OCR identity blocks, with the characters that make bytes and characters differ.
    static let agencyTexts = [
        "", " ", "  ", "&", "& DINAS", "&&", "A", "A B", "DINAS KESEHATAN", " DINAS", "Dinas Kesehatan", "dinas", "(DINAS)",
        "DINAS, KOTA", "D.I.", "PU-PR", "Nomor SOP : 1", "NOMOR SOP", "Tanggal", "1. DINAS", "Abc \u{301}DEF",
        "A \u{301}B", "A\u{301}BC DINAS", "ÉMILE DINAS", "DINAS\u{301} KOTA", "\u{301}DINAS", " \u{301}DINAS KOTA",
        "DINASé", "Dé KOTA", "Kepala DINAS", "Ke\u{301}PALA DINAS", "Ab\u{301}C DINAS", "Ab", "Z", "aDINAS", "9 DINAS",
        "x\r\nDINAS", "\r\nDINAS", "\tDINAS", "DINAS\tKOTA", "KEPALA DINAS KESEHATAN KABUPATEN",
    ]

    @Test(arguments: agencyTexts) func firstWordRulesOutOnlyTextsWithoutLeadingWords(_ text: String) {
        let accepts: (Substring) -> Bool = { OCRIdentityParser.isUpperCaseWord($0) || $0 == "&" }
        let words = Array(text.split(separator: " ").prefix(while: accepts))
        #expect(!OCRIdentityParser.firstWordIsNoAgencyWord(text) || words.isEmpty, "\(text)")
        #expect(!OCRIdentityParser.startsWithNoAgencyWord(text) || words.isEmpty, "\(text)")
        #expect(OCRIdentityParser.leadingWords(of: text, while: accepts) == words, "\(text)")
    }

    @Test func firstWordExamples() {
        let cases: [(String, Bool)] = [
            ("Nomor SOP", true), ("(DINAS)", true), ("1. DINAS", true), ("Abc \u{301}DEF", true), ("A B", true),
            ("DINAS KESEHATAN", false), ("& DINAS", false), ("ÉMILE", false), ("", false), ("  ", false), ("D.I.", false),
        ]
        for (text, expected) in cases {
            #expect(OCRIdentityParser.firstWordIsNoAgencyWord(text) == expected, "\(text)")
        }
        #expect(OCRIdentityParser.agencyFragment("DINAS KESEHATAN KOTA ¥ e", after: nil) == "DINAS KESEHATAN KOTA")
        #expect(OCRIdentityParser.agencyFragment("Nomor SOP", after: nil) == nil)
    }

    /// Lines that start or almost start with identity labels.
    static let labelTexts = [
        "Nomor SOP : 503/12", "Tgl. Pembuatan : 1 Mei 2020", "Nama SOP", "Nomor 12", "SOP", "Dasar Hukum:", "Kepala Dinas",
        "Keterkaitan dengan SOP lain", "Nama Standar Operasional Prosedur : Izin", "Disahkan oleh", "Tanggal Efektif\u{301} : 1",
        "Pencatatan dan Pendataan", "Nomor: 5", "Judul : Izin Usaha", "NOMOR SOP", "No.SOP", "Tgl/Revisi", "Tanggal  Revisi :",
        "Nama\u{00A0}SOP : x", "Nama SOP é", "Nama é SOP", "Tanggal Mulai Berlaku Efektif Sekali", "Peralatan/Perlengkapan",
        "Peralatan dan Perlengkapan : Komputer", "Unit Kerja", "Unit Kerja : Dinas", "Nama", "Nama : Budi", "NIP. 1980",
        "Kualifikasi Pelaksana: S1", "Sarana dan Prasarana", "Nomor Standar Operasional Prosedur Yang Panjang Sekali Dan Lebih",
        "Satuan", "Satuan Kerja\r\n", "Keterangan", "Keterangan: -", "Dasar", "Dasar:Hukum", "Nomor SOP Nomor SOP Nomor SOP : 1",
    ]

    @Test(arguments: labelTexts) func identityLabelAgreesWithCharacters(_ text: String) {
        for allowWeak in [false, true] {
            #expect(
                Vocabulary.identityLabel(at: text, allowWeakWithoutColon: allowWeak)
                    == Vocabulary.identityLabelComparingCharacters(at: text[...], allowWeakWithoutColon: allowWeak),
                "\(text) \(allowWeak)")
        }
    }

    @Test func placeholderAgreesWithCharacters() {
        let texts = [
            "", " ", "-", "--", ".", "...", "\u{2013}", "\u{2014}", "\u{2026}", "- \u{2013} . \u{2026}", "-\u{301}", "\u{2013}\u{301}",
            "\u{2015}", "\u{2012}", "\u{2025}", "\u{2026}x", "x", "-1", "\u{00A0}", "\t", "\r\n", "\u{E2}", "- -\u{0300}", ".\u{200D}.",
            // Values answered from their first byte.
            "Nomor 12", "é-", "1.", ":-", "\u{00A0}-", "\u{2190}", "x\u{2013}",
        ]
        for text in texts {
            let byCharacters = text.allSatisfy {
                $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" || $0 == "." || $0 == " " || $0 == "\u{2026}"
            }
            #expect(IdentityBlockParser.isPlaceholder(text) == byCharacters, "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// 20,000 texts of 0 to 15 of `pieces` each, drawn by a linear congruential generator from `seed`
    /// (the same texts on every run).
    static func generatedTexts(of pieces: [String], seed: UInt64) -> [String] {
        var seed = seed
        var texts: [String] = []
        for _ in 0..<20_000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 60) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            texts.append(text)
        }
        return texts
    }

    /// `OCRIdentityParser.continuesTitle` read on bytes agrees with its character reading on lines that
    /// finish a title or do not: word counts around four, capitals, leading and doubled spaces, tabs,
    /// CR LF, combining marks after a space, and generated lines of letters, spaces and marks.
    @Test func titleContinuationAgreesWithCharacters() {
        var texts = [
            "", " ", "  ", "Kinerja", "kinerja", "KINERJA", "Izin Usaha", "IZIN USAHA", "IZIN USAHA MIKRO KECIL",
            "Izin Usaha Mikro Kecil", "Izin Usaha Mikro Kecil Menengah", "IZIN USAHA MIKRO KECIL MENENGAH", " Kinerja",
            "Kinerja ", "Kinerja  Dinas", "1. Kinerja", "(Kinerja)", "Kinerja\tDinas Kota", "Kinerja\r\nDinas", "\r\nKinerja",
            "Kinerja \u{301}Dinas", "Kinerja \u{301}", "\u{301}Kinerja", "Élan Dinas", "KINERJA É", "ABC", "AB CD", "ABCD EF",
            "A B C D", "A B C D E", "a b c d e", "Z", "z", "@Kinerja", "[Kinerja", "`Kinerja", "{Kinerja", "Kinerja\u{00A0}Dinas",
        ]
        let pieces = ["A", "b", "KINERJA", "Dinas", " ", "  ", "\u{301}", "é", "\t", "1", "-", "\r\n"]
        texts += Self.generatedTexts(of: pieces, seed: 0x9E37_79B9_7F4A_7C15)
        for text in texts {
            #expect(
                OCRIdentityParser.continuesTitle(text) == OCRIdentityParser.continuesTitleByCharacters(text),
                "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// `OCRIdentityParser.leadingWords`, which cuts the words one at a time, agrees with splitting the
    /// whole text and keeping the words up to the first turned down, on generated texts of upper- and
    /// lower-case words, "&", runs of spaces, combining marks after a space, CR LF, tabs and symbols.
    @Test func leadingWordsAgreeWithSplitOnGeneratedTexts() {
        let accepts: (Substring) -> Bool = { OCRIdentityParser.isUpperCaseWord($0) || $0 == "&" }
        let pieces = ["DINAS", "KOTA", "&", " ", "  ", "\u{301}", "É", "dinas", ",", "\r\n", "\t", "1", "¥", "PU-PR"]
        for text in Self.generatedTexts(of: pieces, seed: 0x5851_F42D_4C95_7F2D) {
            #expect(
                OCRIdentityParser.leadingWords(of: text, while: accepts)
                    == Array(text.split(separator: " ").prefix(while: accepts)), "\(text.unicodeScalars.map(\.value))")
        }
    }
}

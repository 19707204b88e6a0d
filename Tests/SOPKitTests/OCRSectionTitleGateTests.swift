@testable import SOPKit
import Testing

/// `OCRParser.marksContent` and `NarrativeSections.isTitle`, which turn a line down by its tokens and
/// by the first byte of its key (`NarrativeSections.keyMayStartSectionTitle`) before reading it further,
/// agree with the checks they replaced, kept here as the reference.
@Suite struct OCRSectionTitleGateTests {
    /// Lines of OCR text: empty, blank, tabs, section titles in every case, with leading punctuation,
    /// non-ASCII starts (é, —, ’, NBSP, combining marks), rows, borders, table titles, durations, long.
    static let texts: [String] = ByteLevelHelperTests.texts + NarrativeSectionsBytesTests.texts + [
        "", "   ", "\t", "\t\t ", "Latar Belakang", "LATAR BELAKANG", "latar belakang", "Latar\tBelakang",
        "Maksud dan Tujuan", "Tujuan:", "1. Tujuan", "— Tujuan", "’Tujuan", "\u{A0}Tujuan", "é Tujuan", "Ének",
        "Prosedur Penyusunan Rencana Kerja", "Uraian Prosedur", "PROSEDUR", "Persyaratan Pelayanan",
        "Sarana dan Prasarana", "Biaya", "Tempat", "Jadwal", "Penanganan Pengaduan", "Definisi", "Pengertian",
        "Kebijakan", "Waktu Penyelesaian", "Produk Layanan", "Mekanisme Pengaduan", "Dasar Pelaksanaan",
        "Ruang Lingkup", "Ruang lingkup SOP ini meliputi seluruh kegiatan yang ada di bidang", "Zat", "Xerox",
        "1. | Menerima berkas | v | 10 menit | Berkas |", "| 2. | Memeriksa | 1 hari |", "## Standar",
        "# x", "#\u{301}", "Standar Operasional Prosedur", "BAGAN ALUR", "No. Aktivitas Pelaksana Mutu Baku",
        "15 menit", "2 jam", "Selama 3 Hari", "Tujuan " + String(repeating: "panjang ", count: 200),
        "| Tujuan", "...Tujuan", "(Tujuan)", "\"Tujuan\"", "Tujuan\u{301}", "T\u{301}ujuan",
    ]

    /// The lines of `texts`, read as an OCR file reads them.
    static let lines: [OCRLine] = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }

    /// The reference `marksContent`: every check in its order, none skipped.
    static func marksContentReference(_ line: OCRLine) -> Bool {
        line.rowStart != nil && line.hasPipe || OCRTableParser.namesActivityColumn(line)
            || OCRParser.startsWithHash(line.text)
            || OCRParser.keyStartsTableTitle(line.key)
                && ["standar operasional prosedur", "standard operasional prosedur", "bagan alur"].contains {
                    TextFolding.keyHasPrefix(TextFolding.leadingCharacters(line.text, 40), $0)
                }
            || Vocabulary.isSectionTitle(key: line.key) || OCRTableParser.hasTime(line)
    }

    /// The reference `isTitle`: `Vocabulary.isSectionTitle(key:)` asked without the first-byte test.
    static func isTitleReference(_ line: OCRLine, afterBlank: Bool) -> Bool {
        guard line.rowStart == nil else { return false }
        if let byte = line.text.utf8.first, byte < 0x80, TextFolding.isASCIIAlphanumeric(byte), byte < 0x41 || byte > 0x5A {
            return false
        }
        let (text, key) = NarrativeSections.titleText(line)
        guard let first = text.first, first.isUppercase, Vocabulary.isSectionTitle(key: key) else { return false }
        return Vocabulary.isStrongSectionTitle(key) || afterBlank || TextFolding.wordCount(text, atMost: 5) <= 4
    }

    @Test(arguments: lines) func marksContentAgreesWithEveryCheck(_ line: OCRLine) {
        #expect(OCRParser.marksContent(line) == Self.marksContentReference(line), "\(line.text)")
    }

    @Test(arguments: lines) func isTitleAgreesWithoutTheGate(_ line: OCRLine) {
        for afterBlank in [false, true] {
            #expect(NarrativeSections.isTitle(line, afterBlank: afterBlank) == Self.isTitleReference(line, afterBlank: afterBlank), "\(line.text)")
        }
    }

    @Test(arguments: texts.map { TextFolding.key($0) } + ["", "a", "z", "{", "`", "é", "1", " t", "tujuan", "xyz"])
    func keyGateAdmitsEverySectionTitle(_ key: String) {
        if Vocabulary.isSectionTitle(key: key) { #expect(NarrativeSections.keyMayStartSectionTitle(key)) }
    }
}

/// `NarrativeSections.titleStart`, read on bytes, agrees with the character readings it stands for:
/// the first-byte test of `isTitle`, `fromFirstAlphanumeric` and the upper case of the first character.
@Suite struct NarrativeTitleStartTests {
    @Test(arguments: OCRSectionTitleGateTests.texts + ["A", "a", "\u{301}A", "A\u{301}", "..A", "..a", ".. \u{A0}A", "’A", "!"])
    func titleStartAgreesWithCharacters(_ text: String) {
        let (rest, droppedASCII) = NarrativeSections.fromFirstAlphanumeric(text)
        let startsNoTitle = text.utf8.first.map {
            $0 < 0x80 && TextFolding.isASCIIAlphanumeric($0) && ($0 < 0x41 || $0 > 0x5A)
        } ?? false
        #expect((text.utf8.first.map(NarrativeSections.firstByteRulesOutTitle) ?? false) == startsNoTitle, "\(text)")
        switch NarrativeSections.titleStart(text) {
        case .notTitle:
            #expect(startsNoTitle || rest.first?.isUppercase != true, "\(text)")
        case .upperCaseASCII(let offset):
            #expect(!startsNoTitle && droppedASCII && rest.first?.isUppercase == true, "\(text)")
            #expect(String(decoding: text.utf8.dropFirst(offset), as: UTF8.self) == String(rest), "\(text)")
        case .needsCharacters:
            #expect(!startsNoTitle && !droppedASCII, "\(text)")
        }
    }

    /// The first byte alone turns down a text that starts with a lower-case letter or a digit, and no other.
    @Test(arguments: [
        (UInt8(ascii: "a"), true), (UInt8(ascii: "z"), true), (UInt8(ascii: "0"), true), (UInt8(ascii: "9"), true),
        (UInt8(ascii: "A"), false), (UInt8(ascii: "Z"), false), (UInt8(ascii: "."), false), (UInt8(ascii: " "), false),
        (UInt8(ascii: "|"), false), (UInt8(ascii: "@"), false), (UInt8(ascii: "["), false), (0xC3, false), (0xE2, false),
    ])
    func firstByteRulesOutLowerCaseAndDigits(_ byte: UInt8, _ expected: Bool) {
        #expect(NarrativeSections.firstByteRulesOutTitle(byte) == expected, "\(byte)")
    }
}

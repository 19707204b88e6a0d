@testable import SOPKit
import Testing

/// The byte readings of the OCR identity block's agency lines agree with their definitions: the
/// opening agency words compared on bytes, the fragments joined on bytes, and fragments that are
/// labels turned down.
@Suite struct OCRIdentityAgencyJoinTests {
    static let openingWords: [(word: String, opens: Bool)] = [
        ("DAN", true), ("KOTA", true), ("DAERAH", true), ("PROVINSI", true), ("KABUPATEN", true), ("", false),
        ("dan", false), ("Dan", false), ("DANA", false), ("DA", false), ("KOTA,", false), ("KOT\u{C1}", false),
        ("KOTA\u{301}", false), ("DAERAK", false), ("PROVINSE", false), ("KABUPATAN", false), ("KABUPATENS", false),
        ("KABUPATEN ", false), (" DAN", false), ("DINAS", false),
    ]

    @Test(arguments: openingWords) func openingWordIsToldOnBytes(_ word: String, _ opens: Bool) {
        var word = word
        let found = word.withUTF8 { OCRIdentityParser.isOpeningAgencyWord($0) }
        #expect(found == opens, "\(word.debugDescription)")
        #expect(found == ["DAN", "KABUPATEN", "KOTA", "PROVINSI", "DAERAH"].contains(word), "\(word.debugDescription)")
    }

    /// Identity blocks whose agency is written over several lines, with the agency the block reads:
    /// the fragments' bytes joined by single spaces as the lines come (a line that continues an agency
    /// ending in "KOTA" or "," kept with one long word, a label standing alone turned down), one read
    /// by characters among them.
    static let agencyLines: [(lines: [String], agency: String?)] = [
        (["PEMERINTAH KABUPATEN LANDAK", "DINAS KESEHATAN,", "Nomor SOP : 12/2024"], "Pemerintah Kabupaten Landak Dinas Kesehatan"),
        (["PEMERINTAH KOTA", "BANDUNG", "Judul : Layanan"], "Pemerintah Kota Bandung"),
        (["DINAS KOPERASI, USAHA KECIL, ¥ e", "DAN PERDAGANGAN"], "Dinas Koperasi, Usaha Kecil, dan Perdagangan"),
        (["DINAS KES\u{C9}HATAN KOTA", "BAGIAN UMUM"], "Dinas Kes\u{E9}hatan Kota Bagian Umum"),
        (["BANDUNG", "Judul : Layanan"], nil), (["PEMERINTAH KOTA", "KUALIFIKASI", "BANDUNG"], "Pemerintah Kota Bandung"),
        ([String(repeating: "DINAS ", count: 30) + "KOTA", "BANDUNG"], String(repeating: "Dinas ", count: 30) + "Kota Bandung"),
    ]

    @Test(arguments: agencyLines) func agencyOverLinesIsJoined(_ texts: [String], _ agency: String?) {
        let lines = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        let block = OCRIdentityParser.parse(lines[...], file: "agency.txt")
        #expect(block.agency == agency, "\(texts)")
        // The reference: each line's fragment as a String after the previous one, the fragments joined.
        var fragments: [String] = []
        for line in lines {
            if let fragment = OCRIdentityParser.agencyFragment(line.text, after: fragments.last) { fragments.append(fragment) }
        }
        let joined = fragments.joined(separator: " ")
        let expected = fragments.isEmpty ? nil : TextFolding.titleCase(OCRTrim.trimmed(joined[...], punctuation: OCRTrim.agencyPunctuation))
        #expect(block.agency == expected, "\(texts)")
    }

    @Test func fragmentExamples() {
        #expect(OCRIdentityParser.agencyFragment("DINAS KESEHATAN KOTA ¥ e", after: nil) == "DINAS KESEHATAN KOTA")
        #expect(OCRIdentityParser.agencyFragment("NOMOR SOP", after: nil) == nil)
        #expect(OCRIdentityParser.agencyFragment("Nomor SOP", after: nil) == nil)
    }
}

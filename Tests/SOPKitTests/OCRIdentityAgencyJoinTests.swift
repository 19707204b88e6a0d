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

    static let joins: [(parts: [String], joined: String)] = [
        ([], ""), ([""], ""), (["DINAS"], "DINAS"), (["DINAS", "KESEHATAN"], "DINAS KESEHATAN"), (["", ""], " "),
        (["DINAS KOPERASI,", "USAHA KECIL,", "DAN PERDAGANGAN"], "DINAS KOPERASI, USAHA KECIL, DAN PERDAGANGAN"),
        (["KES\u{C9}HATAN", "KOTA\u{301}"], "KES\u{C9}HATAN KOTA\u{301}"), (["A", "", "B"], "A  B"),
        ([String(repeating: "DINAS ", count: 40), "KOTA"], String(repeating: "DINAS ", count: 40) + " KOTA"),
    ]

    @Test(arguments: joins) func fragmentsJoinAsStringsDo(_ parts: [String], _ joined: String) {
        #expect(OCRIdentityParser.joinedBySpaces(parts) == joined)
        #expect(OCRIdentityParser.joinedBySpaces(parts) == parts.joined(separator: " "))
    }

    @Test func fragmentExamples() {
        #expect(OCRIdentityParser.agencyFragment("DINAS KESEHATAN KOTA ¥ e", after: nil) == "DINAS KESEHATAN KOTA")
        #expect(OCRIdentityParser.agencyFragment("NOMOR SOP", after: nil) == nil)
        #expect(OCRIdentityParser.agencyFragment("Nomor SOP", after: nil) == nil)
    }
}

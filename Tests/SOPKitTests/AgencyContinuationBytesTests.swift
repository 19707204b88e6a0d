@testable import SOPKit
import Testing

/// Whether an agency fragment is continued by the next line, read on the bytes of a plain ASCII
/// fragment, agrees with the fragment split into words as Strings.
@Suite struct AgencyContinuationBytesTests {
    static let fragments = [
        "", " ", ",", "DAN", "DINAS KESEHATAN DAN", "DINAS KESEHATAN DAN ", "DINAS KESEHATAN  DAN  ", "PEMERINTAH KOTA",
        "PEMERINTAH KABUPATEN", "DINAS KOPERASI, USAHA KECIL,", "DINAS KOPERASI,  ", "SEKRETARIAT DAERAH", "PROVINSI",
        "DINAS KESEHATAN", "DANA", "KOTA.", "kota", "DINAS KOT\u{C1}", "DINAS KOTA\u{301}", "DINAS,\u{301}", "DINAS KOTA\r\n",
        "DINAS\u{00A0}KOTA", "DINAS\tKOTA", "A KOTA", "KOTA B", "&", "DINAS &",
    ]

    /// `OCRIdentityParser.continuesAgencyName(bytes:)` of the UTF-8 bytes of `fragment`.
    static func continues(_ fragment: String) -> Bool {
        Array(fragment.utf8).withUnsafeBufferPointer(OCRIdentityParser.continuesAgencyName(bytes:))
    }

    @Test(arguments: fragments) func continuationAgreesWithCharacters(_ fragment: String) {
        #expect(Self.continues(fragment)
            == OCRIdentityParser.continuesAgencyNameByCharacters(fragment), "\(fragment.debugDescription)")
    }

    @Test func continuationExamples() {
        #expect(Self.continues("DINAS KESEHATAN DAN"))
        #expect(Self.continues("DINAS KOPERASI, USAHA KECIL,"))
        #expect(Self.continues("PEMERINTAH KABUPATEN  "))
        #expect(!Self.continues("DINAS KESEHATAN"))
        #expect(!Self.continues("DINAS KOPERASI,  "))
        #expect(!Self.continues(""))
    }
}

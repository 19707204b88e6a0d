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

    @Test(arguments: fragments) func continuationAgreesWithCharacters(_ fragment: String) {
        #expect(OCRIdentityParser.continuesAgencyName(fragment)
            == OCRIdentityParser.continuesAgencyNameByCharacters(fragment), "\(fragment.debugDescription)")
    }

    @Test func continuationExamples() {
        #expect(OCRIdentityParser.continuesAgencyName("DINAS KESEHATAN DAN"))
        #expect(OCRIdentityParser.continuesAgencyName("DINAS KOPERASI, USAHA KECIL,"))
        #expect(OCRIdentityParser.continuesAgencyName("PEMERINTAH KABUPATEN  "))
        #expect(!OCRIdentityParser.continuesAgencyName("DINAS KESEHATAN"))
        #expect(!OCRIdentityParser.continuesAgencyName("DINAS KOPERASI,  "))
        #expect(!OCRIdentityParser.continuesAgencyName(""))
    }
}

@testable import SOPKit
import Testing

/// The role words of a header segment read in one pass over the bytes of a plain ASCII segment agree
/// with the segment read word by word.
@Suite struct OCRRoleWordsBytesTests {
    static let segments = [
        "", " ", "  ", "Kepala Dinas", " Kepala  Dinas ", "Pelaksana", "Staf Pelaksana", "Kepala Pelaksana Mutu Baku",
        "No Kegiatan Uraian", "Evaluasi dan Pelaporan", "& / -", "Bidang- Bidang", "Kepala (Seksi)", "..Kasi..", "Kasi2 B3",
        "S ekretaris", "x1y2z3", "A1234", "Kasat Pol PP", "Waktu Output Keterangan", "Kepala\nDinas", "Kepala\tDinas",
        "Kepala\r\nDinas", "Kep\u{E9}la Dinas", "Kepala \u{301}Dinas", "(e\u{301})", "&&", "/&", "-Bidang-", "Petugas Loket,",
        "KASUBBAG PPMEP", "Pelaksana Pelaksana", "Mutu-Baku", "3.", "a", "aB", "Ab-",
    ]

    @Test(arguments: segments) func roleWordsOnBytesAgreeWordByWord(_ segment: String) {
        #expect(OCRRoleHeader.roleWords(segment[...]) == OCRRoleHeader.roleWordsWordByWord(segment[...]), "\(segment.debugDescription)")
    }

    @Test func roleWordsExamples() {
        #expect(OCRRoleHeader.roleWords("Staf Pelaksana Mutu"[...]) == ["Staf", "Pelaksana"])
        #expect(OCRRoleHeader.roleWords("Pelaksana Kepala (Seksi)"[...]) == ["Kepala", "Seksi"])
        #expect(OCRRoleHeader.roleWords("Bidang- & x1y22z3"[...]) == ["Bidang-", "&"])
    }
}

@testable import SOPKit
import Testing

/// `RowAligner.hasSameBytes` agrees with comparing the two texts' UTF-8 views element by element:
/// texts that are canonically equivalent but spelled with other scalars are not the same bytes.
@Suite struct RowAlignerSameBytesTests {
    static let texts = [
        "", " ", "1", "15 Menit", "15 menit", "15  Menit", "15 Menit ", "1 Hari", "1 hari kerja", "é", "e\u{301}", "Émile",
        "E\u{301}mile", "30 menit\u{00A0}", "a somewhat longer duration text of more than fifteen bytes",
        "a somewhat longer duration text of more than fifteen byteS", "\u{2013}", "-",
    ]

    @Test(arguments: texts) func sameBytesAgreesWithUTF8Views(_ text: String) {
        for other in Self.texts {
            #expect(RowAligner.hasSameBytes(text, other) == text.utf8.elementsEqual(other.utf8), "\(text) / \(other)")
        }
        // A copy built from another storage (not sharing the first's buffer) has the same bytes.
        #expect(RowAligner.hasSameBytes(text, String(decoding: Array(text.utf8), as: UTF8.self)))
    }

    @Test func canonicallyEquivalentTextsDiffer() {
        #expect("é" == "e\u{301}")
        #expect(!RowAligner.hasSameBytes("é", "e\u{301}"))
        #expect(RowAligner.hasSameBytes("15 Menit", "15 Menit"))
    }
}

@testable import SOPKit
import Testing

/// `OCRRoleEvidence.keyIsJoiner` folds the first bytes of a word once instead of matching its key
/// against each joiner: the same answers as the key compared with `["dan", "&", "/"]`, for joiners in
/// every case and with punctuation, words that begin or contain one, keys longer than the bytes it
/// folds, non-ASCII and compatibility spellings, and empty words.
@Suite struct OCRRoleJoinerKeyTests {
    static let words = OCRTableBytesTests.words + [
        "", " ", "dan,", "(dan)", "Dan.", "d a n", "d-an", "dana", "da", "danu", "dan dan", "xdan", "d\u{301}an",
        "dán", "\u{FF24}\u{FF21}\u{FF2E}", "\u{FF06}", "\u{FF0F}", "&&", "//", "&/", " & ", " / ", "\u{00A0}dan",
        "dan\u{00A0}", "DAN\u{00A0}/", "1", "dan1", "\u{0130}", "DAN-", "-dan-", "d\u{0600}an",
    ]

    @Test(arguments: words) func keyIsJoinerAgreesWithTheKey(_ text: String) {
        let reference = ["dan", "&", "/"].contains(TextFolding.key(text))
        #expect(OCRRoleEvidence.keyIsJoiner(text) == reference, "\(text)")
        #expect(OCRRoleEvidence.keyIsJoiner(text[...]) == reference, "\(text)")
    }
}

@testable import SOPKit
import Testing

/// Whether a folded word joins two parts of a role name, read from its length and bytes, agrees with
/// comparing it with each joiner as a String.
@Suite struct RoleNameJoinerBytesTests {
    static let words = ["", "d", "da", "dan", "Dan", "dana", "&", "/", "&&", "//", "a", "e\u{301}", "\u{E9}", "dan\u{301}", "ban", "dam", "&\u{301}"]

    @Test(arguments: words) func joinerOnBytesAgreesWithStrings(_ word: String) {
        #expect(OCRRoleEvidence.isJoiner(word) == ["dan", "&", "/"].contains(word), "\(word.debugDescription)")
        #expect(OCRRoleEvidence.isJoiner(word[...]) == ["dan", "&", "/"].contains(word), "\(word.debugDescription)")
    }
}

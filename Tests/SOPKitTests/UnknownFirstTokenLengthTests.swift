@testable import SOPKit
import Testing

/// `RoleMatcher.mayMentionRole` passes over a word the role lexicon does not know when no first token of
/// the roles that the lexicon does not know has its length in bytes: it must still let through every
/// activity whose full reading finds a header role, and turn down words of other lengths.
@Suite struct UnknownFirstTokenLengthTests {
    /// Roles whose first tokens the lexicon does not know ("Verifikator", "Bendahara", "TU", "Pengelola"),
    /// one of them not ASCII, and one of 40 letters.
    static let roles = [
        "Verifikator", "Bendahara Pengeluaran", "TU Sekolah", "Pengelola Barang", "Pénata Usaha", "Kepala Dinas",
        String(repeating: "ab", count: 20) + " Unit",
    ]

    /// Activities with words of the lengths of those first tokens and of other lengths, in capitals,
    /// non-ASCII, tabs, NBSP and very long words.
    static let activities = [
        "", "Verifikator memeriksa berkas", "VERIFIKATOR memeriksa", "verifikatur memeriksa", "Verifikatorx memeriksa",
        "Diserahkan kepada Bendahara", "Bendaharaa menerima", "TU mengarsipkan", "tu\tmengarsipkan", "Pengelola\u{A0}barang",
        "Pénata Usaha menerima", "Penata Usaha menerima", "Kepala Dinas menandatangani", "menyusun laporan",
        String(repeating: "ab", count: 20) + " Unit menerima", String(repeating: "ab", count: 20) + "a menerima",
        String(repeating: "Mengetik surat ", count: 100) + "Pengelola",
    ]

    @Test(arguments: activities)
    func activitiesTurnedDownMentionNoRole(_ activity: String) {
        let matcher = RoleMatcher(roles: Self.roles)
        let mentionsRole = RoleMentionPrecheckTests.mentionsRole(activity, matcher: matcher)
        if mentionsRole {
            #expect(matcher.mayMentionRole(in: RoleText.Reading(activity)), "\(activity)")
        }
    }

    @Test func unknownFirstTokensOfTheirLengthAreLetThrough() {
        let matcher = RoleMatcher(roles: Self.roles)
        for activity in ["Verifikator memeriksa berkas", "Diserahkan kepada Bendahara", "TU mengarsipkan", "Pengelola\u{A0}barang"] {
            #expect(matcher.mayMentionRole(in: RoleText.Reading(activity)), "\(activity)")
            #expect(RoleMentionPrecheckTests.mentionsRole(activity, matcher: matcher), "\(activity)")
        }
        for activity in ["verifikatur memeriksa", "Bendaharaa menerima", "menyusun laporan"] {
            #expect(!matcher.mayMentionRole(in: RoleText.Reading(activity)), "\(activity)")
        }
    }
}

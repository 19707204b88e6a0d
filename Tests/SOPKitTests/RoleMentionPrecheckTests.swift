@testable import SOPKit
import Testing

/// `RoleMatcher.mayMentionRole` turns an activity down only when the full reading of its tokens
/// (`roles(mentionedIn:)`) finds no mention of a header role in it: checked on every activity of every
/// corpus file and on made-up activities whose capitalised words spell roles, or do not.
@Suite struct RoleMentionPrecheckTests {
    /// Whether `matcher` finds a mention of a header role in `activity` by reading all its tokens.
    static func mentionsRole(_ activity: String, matcher: RoleMatcher) -> Bool {
        matcher.roles(mentionedIn: activity, read: RoleText(RoleText.Reading(activity))).contains { $0.role != nil }
    }

    @Test func corpusActivitiesTurnedDownMentionNoRole() {
        var turnedDown = 0
        var checked = 0
        for path in Fixtures.corpusInputs {
            let document = SOPKit.parse(Fixtures.bytes(path), file: path)
            for sop in document.sops {
                let matcher = RoleMatcher(roles: sop.roles)
                for step in sop.steps {
                    checked += 1
                    guard !matcher.mayMentionRole(in: RoleText.Reading(step.activity)) else { continue }
                    turnedDown += 1
                    #expect(!Self.mentionsRole(step.activity, matcher: matcher), "\(path): \(step.activity)")
                }
            }
        }
        #expect(checked > 500)
        #expect(turnedDown > 0)
    }

    /// Roles, and activities with capitalised words: acronyms that spell a role's leading tokens (through
    /// its spellings: "KSU" is "Kepala Subbagian Umum"), that spell none, of two letters, glued to digits,
    /// non-ASCII, after the first word, very long, with tabs and NBSP.
    static let roles = ["Kepala Dinas", "Sekretaris Dinas", "Kasubbag Umum", "Kabid Kedaruratan dan Logistik", "Staf", "Tim Reviu"]
    static let activities = [
        "", "Menyerahkan kepada KSU", "Diperiksa KEDIN", "menyusun LKPD", "Menerima SPJ dari staf", "membuat SK",
        "Disetujui KD", "KSUMUM memeriksa", "mengirim ke SEKDIN", "mengirim ke SD", "Diteruskan ke TR untuk reviu",
        "Diteruskan ke TREV", "melapor ke KBKL", "menyerahkan berkas KKL2", "Menyusun LAKIP\tdan LKjIP", "café SKD",
        "mengirim\u{A0}KSU", "Mengarsipkan DPA, RKA", "MENERIMA BERKAS", "DPMPTSP menerbitkan izin", "ST diserahkan",
        String(repeating: "LKPD ", count: 200) + "KSU", "Bupati menandatangani SK", "Kepala Desa menerima SKTM",
    ]

    @Test(arguments: activities) func madeUpActivitiesTurnedDownMentionNoRole(_ activity: String) {
        let matcher = RoleMatcher(roles: Self.roles)
        if !matcher.mayMentionRole(in: RoleText.Reading(activity)) {
            #expect(!Self.mentionsRole(activity, matcher: matcher), "\(activity)")
        }
    }

    @Test func acronymsThatSpellRolesAreLetThrough() {
        let matcher = RoleMatcher(roles: Self.roles)
        for activity in ["Menyerahkan kepada KSU", "Diperiksa KEDIN", "mengirim ke SEKDIN", "Diteruskan ke TREV"] {
            #expect(matcher.mayMentionRole(in: RoleText.Reading(activity)), "\(activity)")
            #expect(Self.mentionsRole(activity, matcher: matcher), "\(activity)")
        }
        for activity in ["menyusun LKPD", "Mengarsipkan DPA, RKA", "DPMPTSP menerbitkan izin"] {
            #expect(!matcher.mayMentionRole(in: RoleText.Reading(activity)), "\(activity)")
        }
    }

    @Test func spellingIsReadOnTheLettersGiven() {
        let matcher = RoleMatcher(roles: Self.roles)
        #expect(!matcher.maySpellRole([]))
        #expect(matcher.maySpellRole(Array("ksu".utf8)[...]))
        #expect(matcher.maySpellRole(Array("kedin".utf8)[...]))
        #expect(!matcher.maySpellRole(Array("lkpd".utf8)[...]))
        #expect(!matcher.maySpellRole(Array("k".utf8)[...]))
        #expect(!matcher.maySpellRole(Array("kepala".utf8)[...]))
    }
}

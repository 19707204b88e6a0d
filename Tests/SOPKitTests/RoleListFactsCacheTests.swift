@testable import SOPKit
import Testing

/// The performer inference reads the matcher and the ranks of an SOP's roles once per distinct list of
/// roles (`RoleListFacts.Cache`): whatever the cache holds, and however often it filled up and started
/// again, the facts it gives must be those a fresh reading of the roles gives.
@Suite struct RoleListFactsCacheTests {
    /// Role lists: empty, one role, the usual headers, in capitals, with acronyms, non-ASCII letters,
    /// NBSP, an em dash, a curly apostrophe, tabs, "&", and a very long role.
    static let roleLists: [[String]] = [
        [], [""], ["Kepala Dinas"], ["KEPALA DINAS", "Sekretaris", "Kasubag PPMEP", "Staf"],
        ["Kepala Bidang SDK", "Kasi Pelayanan", "Staf Pelaksana", "Pemohon"], ["Kabid KL", "TRC", "Operator SIAK"],
        ["Kepala\u{A0}Dinas", "Sekretaris — Dinas", "Staf’s", "Café é"], ["Kepala\tSeksi", "Staf & JFU", "Plt. Camat"],
        ["Kepala Dinas", "Kepala Dinas"], [String(repeating: "Kepala Sub Bagian Umum ", count: 30)],
    ]

    /// Activities that mention the roles above in the ways the inference reads.
    static let activities: [String] = [
        "", "Kepala Dinas memberi disposisi kepada Sekretaris", "Memerintahkan Kasubbag Perencanaan, lalu Staf & Kasi",
        "Menerima berkas dari Kepala Seksi Pelayanan", "Kabid KL menyampaikan kepada TRC melalui Operator",
        "Kepala\u{A0}Dinas — memeriksa berkas Café", "jika tidak lengkap dikembalikan kepada Pemohon",
        "Diparaf oleh SEKRETARIS dan Kepala Bidang SDK",
    ]

    /// What the facts of `roles` answer: the ranks, and for each activity whether it may mention a role,
    /// the mentions found and the role each activity, read as a name, denotes.
    static func answers(_ facts: RoleListFacts) -> [String] {
        [
            "\(facts.ranks)", "\(facts.matcher.roles)", "\(facts.superiors)", "\(facts.chainAbove)", "\(facts.chainBelow)",
            "\(facts.head as Int?) \(facts.clerk as Int?) \(facts.generalAffairs as Int?) \(facts.applicant as Int?)",
        ]
            + activities.map { activity in
                let reading = RoleText.Reading(activity)
                return "\(facts.matcher.mayMentionRole(in: reading)) \(facts.matcher.roles(mentionedIn: activity)) "
                    + "\(facts.matcher.role(named: activity) as Int?)"
            }
    }

    @Test func cachedFactsAreFreshFacts() {
        var cache = RoleListFacts.Cache()
        for _ in 0..<2 {
            for roles in Self.roleLists {
                #expect(Self.answers(cache.facts(of: roles)) == Self.answers(RoleListFacts(roles: roles)), "\(roles)")
            }
        }
    }

    /// More distinct lists than the cache keeps, twice over: the lists read after it started again are
    /// still answered as fresh.
    @Test func factsStayFreshPastTheCapacity() {
        var cache = RoleListFacts.Cache()
        let lists = (0..<(2 * RoleListFacts.Cache.capacity + 3)).map { ["Kepala Dinas", "Staf \($0)"] }
        for roles in lists + lists.reversed() + Self.roleLists {
            #expect(Self.answers(cache.facts(of: roles)) == Self.answers(RoleListFacts(roles: roles)), "\(roles)")
        }
    }

    /// Lists whose names are canonically equivalent but written with other scalars ("é" composed, and "e"
    /// with a combining accent) are equal as strings yet read as other words: each is answered as fresh,
    /// whichever was read before it, so that an SOP's performers do not depend on the files its worker
    /// read earlier.
    @Test func canonicallyEquivalentListsAreAnsweredApart() {
        let composed = ["Kepala Dinas", "Pémohon Izin", "Café é"]
        let decomposed = ["Kepala Dinas", "Pe\u{301}mohon Izin", "Cafe\u{301} e\u{301}"]
        var cache = RoleListFacts.Cache()
        for roles in [decomposed, composed, decomposed, composed] {
            let fresh = RoleListFacts(roles: roles)
            let cached = cache.facts(of: roles)
            #expect(Self.answers(cached) == Self.answers(fresh), "\(roles)")
            for activity in ["Pémohon Izin mengajukan berkas", "Pe\u{301}mohon Izin mengajukan berkas"] {
                #expect(cached.matcher.roles(mentionedIn: activity) == fresh.matcher.roles(mentionedIn: activity), "\(roles)")
            }
        }
    }

    /// The facts equal those the inference read before the cache: the ranks of `RoleRank.rank(of:)`, the
    /// matcher of `RoleMatcher(roles:)`, the chains of each role, and the roles of the kinds of work
    /// found by their definitions.
    @Test func factsAreThoseOfTheRolesReadOneByOne() {
        for roles in Self.roleLists + [["Kasubbag Umum", "Pemohon", "Kepala Bidang", "Staf"], ["Masyarakat", "Sekretaris"]] {
            let facts = RoleListFacts(roles: roles)
            let ranks = roles.map { RoleRank.rank(of: $0) }
            #expect(facts.ranks == ranks, "\(roles)")
            #expect(facts.superiors == roles.indices.map { PerformerInference.superiors(of: $0, keyFacts: RoleKeyFacts(roles[$0]), ranks: ranks) })
            #expect(facts.chainAbove == roles.indices.map { PerformerInference.chain(above: $0, ranks: ranks) })
            #expect(facts.chainBelow == roles.indices.map { PerformerInference.chain(below: $0, ranks: ranks) })
            let unit = ranks.indices.filter { ranks[$0] <= 6 }
            #expect(facts.head == unit.min { ranks[$0] < ranks[$1] }, "\(roles)")
            #expect(facts.clerk == unit.last { ranks[$0] == unit.map { ranks[$0] }.max() }, "\(roles)")
            #expect(facts.generalAffairs == roles.firstIndex { TextFolding.key($0).split(separator: " ").contains("umum") }, "\(roles)")
            #expect(facts.applicant == roles.firstIndex { RoleKeyFacts($0).isApplicant }, "\(roles)")
            let matcher = RoleMatcher(roles: roles)
            for activity in Self.activities {
                #expect(facts.matcher.roles(mentionedIn: activity) == matcher.roles(mentionedIn: activity), "\(roles) \(activity)")
                #expect(facts.matcher.role(named: activity) == matcher.role(named: activity), "\(roles) \(activity)")
            }
        }
    }

    /// The cache's key of `roles`, written as the cache writes it.
    static func key(_ roles: [String]) -> RoleListFacts.Cache.RoleListKey {
        var bytes: [UInt8] = [7]
        RoleListFacts.Cache.RoleListKey.write(roles, into: &bytes)
        return RoleListFacts.Cache.RoleListKey(bytes: bytes)
    }

    /// The cache's keys tell names apart by their bytes (`RoleListKey`): on generated pairs of names
    /// (empty, short enough to be held inline, long, non-ASCII, composed and decomposed accents, emoji,
    /// NBSP), and each name against itself changed in one scalar, with its accents decomposed or cut by
    /// its last byte, the keys of two lists of them are equal exactly when a walk over the UTF-8 views
    /// of their names says so, wherever the bytes are cut into names.
    @Test func keysCompareNamesByTheirBytes() {
        let pieces = ["a", "K", " ", "é", "e\u{301}", "\u{A0}", "😀", "—", "Kepala ", "Sub Bagian ", "\t", "&", "9"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func name() -> String {
            (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
        }
        for _ in 0..<20_000 {
            let first = name()
            // The same name with its accents decomposed: equal as a string, other bytes when it had "é".
            let decomposed = String(String.UnicodeScalarView(first.unicodeScalars.flatMap { $0 == "é" ? ["e", "\u{301}"] : [$0] }))
            var scalars = Array(first.unicodeScalars)
            if !scalars.isEmpty { scalars[next(scalars.count)] = ["a", "b", "\u{301}", "é"][next(4)] }
            let changed = String(String.UnicodeScalarView(scalars))
            for other in [name(), first, changed, decomposed, String(decoding: first.utf8.dropLast(), as: UTF8.self)] {
                let same = first.utf8.elementsEqual(other.utf8)
                #expect((Self.key([first]) == Self.key([other])) == same, "\(first) \(other)")
                #expect((Self.key([other, first]) == Self.key([first, other])) == same, "\(other) \(first)")
                #expect(!same || Self.key([first, other]).hashValue == Self.key([other, first]).hashValue, "\(first) \(other)")
                // The same bytes cut into other names, or fewer or more names, are another list.
                #expect(Self.key([first + other]) != Self.key([first, other]), "\(first) \(other)")
                #expect((Self.key([first, other + "x"]) == Self.key([first + other, "x"])) == other.isEmpty, "\(first) \(other)")
                #expect(Self.key([first]) != Self.key([first, other]), "\(first) \(other)")
            }
        }
    }
}

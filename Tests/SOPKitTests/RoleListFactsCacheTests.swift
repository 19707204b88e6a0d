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
        // A name longer than the cache keeps buffers for, between shorter ones.
        let longName = ["Kasubbag Umum", String(repeating: "Kepala Seksi ", count: 2 * RoleListFacts.Cache.largestKeptName / 13)]
        for roles in lists + [longName] + lists.reversed() + Self.roleLists {
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
            #expect(facts.superiors == roles.indices.map { Self.superiors(of: $0, keyFacts: RoleKeyFacts(roles[$0]), ranks: ranks) })
            #expect(facts.chainAbove == roles.indices.map { Self.chain(above: $0, ranks: ranks) })
            #expect(facts.chainBelow == roles.indices.map { Self.chain(below: $0, ranks: ranks) })
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

    /// The roles one step up the approval chain from `role`, by their definition: those of the nearest
    /// higher rank, for a role of the unit (rank 6 or above).
    static func chain(above role: Int, ranks: [Int]) -> [Int] {
        let rank = ranks[role]
        guard rank <= 6, let closest = ranks.filter({ $0 < rank }).max() else { return [] }
        return ranks.indices.filter { ranks[$0] == closest }
    }

    /// The roles one step down the approval chain from `role`, by their definition: those of the nearest
    /// lower rank of the unit.
    static func chain(below role: Int, ranks: [Int]) -> [Int] {
        let rank = ranks[role]
        guard let closest = ranks.filter({ $0 > rank && $0 <= 6 }).min() else { return [] }
        return ranks.indices.filter { ranks[$0] == closest }
    }

    /// The roles that supervise `role`, by their definition: the head for ranks 2 and 3; the secretary
    /// (for a Subbagian) or the heads of division for rank 4, else the head; the nearest of ranks 3, 4, 2
    /// for functional staff, of 5, 4, 3, 2 for teams and clerks, else the head.
    static func superiors(of role: Int, keyFacts: RoleKeyFacts, ranks: [Int]) -> [Int] {
        let rank = ranks[role]
        guard rank >= 2, rank <= 6 else { return [] }
        func withRank(_ wanted: Int) -> [Int] { ranks.indices.filter { ranks[$0] == wanted } }
        let order = rank <= 3 ? [] : rank == 4 ? [keyFacts.isSubbagian ? 2 : 3] : rank == 5 && !keyFacts.isTeam ? [3, 4, 2] : [5, 4, 3, 2]
        return order.lazy.filter { $0 < rank }.map(withRank).first { !$0.isEmpty } ?? withRank(1)
    }

    /// The roles of each rank (`PerformerInference.rolesOfRank`), and the chains and superiors read on
    /// them, on lists of ranks written out: gaps between ranks, several roles of a rank, only people from
    /// outside (rank 7), one role, none.
    @Test func chainsAndSuperiorsOfRanks() {
        let cases: [(ranks: [Int], rolesOfRank: [[Int]], above: [[Int]], below: [[Int]])] = [
            ([1, 2, 4, 6, 6], [[], [0], [1], [], [2], [], [3, 4]], [[], [0], [1], [2], [2]], [[1], [2], [3, 4], [], []]),
            ([5, 3, 5, 7], [[], [], [], [1], [], [0, 2], [], [3]], [[1], [], [1], []], [[], [0, 2], [], []]),
            ([7, 7], [[], [], [], [], [], [], [], [0, 1]], [[], []], [[], []]),
            ([1], [[], [0]], [[]], [[]]),
            ([], [[]], [], []),
        ]
        for (ranks, rolesOfRank, above, below) in cases {
            let found = PerformerInference.rolesOfRank(ranks)
            #expect(found == rolesOfRank, "\(ranks)")
            #expect(ranks.indices.map { PerformerInference.chain(above: $0, ranks: ranks, rolesOfRank: found) } == above, "\(ranks)")
            #expect(ranks.indices.map { PerformerInference.chain(below: $0, ranks: ranks, rolesOfRank: found) } == below, "\(ranks)")
        }
        let staff = RoleKeyFacts("Staf")
        let subbagian = RoleKeyFacts("Kasubbag Umum")
        let team = RoleKeyFacts("Tim Teknis")
        let superiorCases: [(ranks: [Int], role: Int, keyFacts: RoleKeyFacts, superiors: [Int])] = [
            ([1, 2, 3, 4], 1, staff, [0]), ([1, 2, 3, 4], 3, subbagian, [1]), ([1, 2, 3, 4], 3, staff, [2]),
            ([1, 4], 1, subbagian, [0]), ([1, 3, 4, 5], 3, staff, [1]), ([1, 4, 5, 5], 3, team, [1]),
            ([1, 2, 5, 6, 6], 3, staff, [2]), ([6, 1], 0, staff, [1]), ([7, 1], 0, staff, []), ([1, 1], 0, staff, []),
        ]
        for (ranks, role, keyFacts, superiors) in superiorCases {
            let found = PerformerInference.superiors(of: role, keyFacts: keyFacts, ranks: ranks, rolesOfRank: PerformerInference.rolesOfRank(ranks))
            #expect(found == superiors, "\(ranks) \(role)")
            #expect(found == Self.superiors(of: role, keyFacts: keyFacts, ranks: ranks), "\(ranks) \(role)")
        }
    }

    /// Generated lists of ranks (1 to 7, drawn from the seeded `SplitMix`): the chains and superiors read
    /// on the roles of each rank are those of their definitions.
    @Test func chainsAndSuperiorsOfGeneratedRanks() {
        var random = SplitMix(seed: 31)
        let keyFacts = [RoleKeyFacts("Staf"), RoleKeyFacts("Kasubbag Umum"), RoleKeyFacts("Tim Teknis")]
        for _ in 0..<300 {
            let ranks = (0..<Int.random(in: 0...8, using: &random)).map { _ in Int.random(in: 1...7, using: &random) }
            let rolesOfRank = PerformerInference.rolesOfRank(ranks)
            for role in ranks.indices {
                #expect(PerformerInference.chain(above: role, ranks: ranks, rolesOfRank: rolesOfRank) == Self.chain(above: role, ranks: ranks))
                #expect(PerformerInference.chain(below: role, ranks: ranks, rolesOfRank: rolesOfRank) == Self.chain(below: role, ranks: ranks))
                for facts in keyFacts {
                    #expect(
                        PerformerInference.superiors(of: role, keyFacts: facts, ranks: ranks, rolesOfRank: rolesOfRank)
                            == Self.superiors(of: role, keyFacts: facts, ranks: ranks), "\(ranks) \(role)")
                }
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

/// What the performer inference reads from the header roles of an SOP alone: the matcher that finds
/// them in activities, the rank of each, the approval chain around each and the roles that kinds of work
/// point to. All are functions of the list of roles, so SOPs with the same roles (the SOPs of one
/// agency, one file's SOPs) share them (`Cache`). A role is its index in the list.
struct RoleListFacts: Sendable {
    /// Finds the roles in the activities.
    let matcher: RoleMatcher
    /// The rank of each role (`RoleRank.rank(of:reading:)`).
    let ranks: [Int]
    /// The roles that supervise each role (`PerformerInference.superiors(of:keyFacts:ranks:)`).
    let superiors: [[Int]]
    /// The roles one step up the approval chain from each role (`PerformerInference.chain(above:ranks:)`).
    let chainAbove: [[Int]]
    /// The roles one step down the approval chain from each role (`PerformerInference.chain(below:ranks:)`).
    let chainBelow: [[Int]]
    /// The highest-ranking role of the unit (rank 6 or above), who signs: the first of that rank.
    let head: Int?
    /// The lowest-ranking role of the unit, who does the clerical work: the last of that rank.
    let clerk: Int?
    /// The first role with "umum" among its words, who sees to supplies and rooms.
    let generalAffairs: Int?
    /// The first role of someone from outside who applies or complains (`RoleKeyFacts.isApplicant`).
    let applicant: Int?

    /// Reads `roles`: the words of each role once, for the matcher, the ranks and what the keys of the
    /// names say (`RoleKeyFacts`), and from the ranks the chains and the roles of the kinds of work.
    init(roles: [String]) {
        let readings = roles.map { RoleText.Reading($0) }
        matcher = RoleMatcher(roles: roles, readings: readings)
        let ranks = roles.indices.map { RoleRank.rank(of: roles[$0], reading: readings[$0]) }
        self.ranks = ranks
        // What the key of each name says, read on its words once.
        let keyFacts = roles.indices.map { RoleKeyFacts(roles[$0], reading: readings[$0]) }
        superiors = roles.indices.map { PerformerInference.superiors(of: $0, keyFacts: keyFacts[$0], ranks: ranks) }
        chainAbove = roles.indices.map { PerformerInference.chain(above: $0, ranks: ranks) }
        chainBelow = roles.indices.map { PerformerInference.chain(below: $0, ranks: ranks) }
        // One pass over the roles of the unit, without gathering them: the first of the highest rank and
        // the last of the lowest.
        var head: Int?
        var clerk: Int?
        for role in ranks.indices where ranks[role] <= 6 {
            if head.map({ ranks[role] < ranks[$0] }) ?? true { head = role }
            if clerk.map({ ranks[$0] <= ranks[role] }) ?? true { clerk = role }
        }
        self.head = head
        self.clerk = clerk
        generalAffairs = keyFacts.firstIndex { $0.namesGeneralAffairs }
        applicant = keyFacts.firstIndex { $0.isApplicant }
    }

    /// The facts of the role lists read so far, kept from SOP to SOP: a batch of SOPs repeats a few dozen
    /// role lists. An SOP takes a cache that an SOP read before left (`take`, `keep`), so that each
    /// worker reading files at the same time uses its own. At most `capacity` lists are kept; the cache
    /// starts again empty when it is full. What it answers does not depend on what it holds.
    struct Cache {
        /// The most role lists kept.
        static let capacity = 64
        /// The facts of each role list kept, with room for all of them from the start.
        private var factsOfRoles = [RoleListKey: RoleListFacts](minimumCapacity: Self.capacity)

        /// A role list as a key of the cache: equal to another when its names hold the same bytes. Strings
        /// are equal when canonically equivalent ("é" composed, and "e" with a combining accent), but the
        /// readings of the roles see other words in them, so such lists must not share their facts.
        struct RoleListKey: Hashable {
            /// The names of the roles.
            let roles: [String]

            /// Whether the two lists hold names of the same bytes, in the same order.
            static func == (left: RoleListKey, right: RoleListKey) -> Bool {
                left.roles.count == right.roles.count
                    && zip(left.roles, right.roles).allSatisfy { sameBytes($0, $1) }
            }

            /// Whether `name` and `other` hold the same UTF-8 bytes: their counts first, then the bytes of
            /// both in place (`RoleText.sameBytes`), or one after the other for a string that keeps no
            /// contiguous UTF-8.
            static func sameBytes(_ name: String, _ other: String) -> Bool {
                guard name.utf8.count == other.utf8.count else { return false }
                let inPlace = name.utf8.withContiguousStorageIfAvailable { nameBytes in
                    other.utf8.withContiguousStorageIfAvailable { RoleText.sameBytes(nameBytes, $0) }
                }
                return (inPlace ?? nil) ?? name.utf8.elementsEqual(other.utf8)
            }

            /// Hashes the bytes of the names and how many each has (those of a native string at once).
            func hash(into hasher: inout Hasher) {
                hasher.combine(roles.count)
                for role in roles {
                    hasher.combine(role.utf8.count)
                    if role.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
                        for byte in role.utf8 { hasher.combine(byte) }
                    }
                }
            }
        }

        /// The caches SOPs read so far left for the SOPs after them: at most one per thread reading
        /// files at the same time, on any machine this runs on.
        private static let kept = ReusePool<Cache>(capacity: 16)

        /// A cache that an SOP read before left, else a new one.
        static func take() -> Cache {
            kept.take { Cache() }
        }

        /// Keeps `cache` for an SOP read after it.
        static func keep(_ cache: Cache) {
            kept.giveBack(cache)
        }

        /// `RoleListFacts(roles: roles)`: kept from an earlier list whose names hold the same bytes
        /// (`RoleListKey`), else read and kept.
        mutating func facts(of roles: [String]) -> RoleListFacts {
            let key = RoleListKey(roles: roles)
            if let found = factsOfRoles[key] { return found }
            let facts = RoleListFacts(roles: roles)
            if factsOfRoles.count >= Self.capacity { factsOfRoles.removeAll(keepingCapacity: true) }
            factsOfRoles[key] = facts
            return facts
        }
    }
}

/// What the performer inference reads from the header roles of an SOP alone: the matcher that finds
/// them in activities, the rank of each, the approval chain around each and the roles that kinds of work
/// point to. All are functions of the list of roles, so SOPs with the same roles (the SOPs of one
/// agency, one file's SOPs) share them (`Cache`). A role is its index in the list. A class of constants,
/// so that the cache hands out one reference to them rather than a copy of each of their arrays.
final class RoleListFacts: Sendable {
    /// Finds the roles in the activities.
    let matcher: RoleMatcher
    /// The rank of each role (`RoleRank.rank(of:reading:)`).
    let ranks: [Int]
    /// The roles that supervise each role (`PerformerInference.superiors(of:keyFacts:ranks:rolesOfRank:)`).
    let superiors: [[Int]]
    /// The roles one step up the approval chain from each role (`PerformerInference.chain(above:ranks:rolesOfRank:)`).
    let chainAbove: [[Int]]
    /// The roles one step down the approval chain from each role (`PerformerInference.chain(below:ranks:rolesOfRank:)`).
    let chainBelow: [[Int]]
    /// The highest-ranking role of the unit (rank 6 or above), who signs: the first of that rank.
    let head: Int?
    /// The lowest-ranking role of the unit, who does the clerical work: the last of that rank.
    let clerk: Int?
    /// The first role with "umum" among its words, who sees to supplies and rooms.
    let generalAffairs: Int?
    /// The first role of someone from outside who applies or complains (`RoleKeyFacts.isApplicant`).
    let applicant: Int?

    /// The buffers the roles of a list are read into, one role after another: its words (`reading`) and
    /// its canonical tokens (`text`), each read into again for the next role (`reread`). A cache keeps
    /// them from list to list; what is read into them does not depend on what they held before.
    struct Scratch {
        /// The words of the role being read.
        var reading = RoleText.Reading("")
        /// The canonical tokens of the role being read.
        var text = RoleText(RoleText.Reading(""))
    }

    /// Reads `roles` into buffers of its own (`init(roles:scratch:)`).
    convenience init(roles: [String]) {
        var scratch = Scratch()
        self.init(roles: roles, scratch: &scratch)
    }

    /// Reads `roles`, each into the buffers of `scratch`: the words of each role once, for the matcher,
    /// the ranks and what the keys of the names say (`RoleKeyFacts`), and from the ranks the chains and
    /// the roles of the kinds of work.
    init(roles: [String], scratch: inout Scratch) {
        var ranks: [Int] = []
        ranks.reserveCapacity(roles.count)
        // What the key of each name says, read on its words once.
        var keyFacts: [RoleKeyFacts] = []
        keyFacts.reserveCapacity(roles.count)
        matcher = RoleMatcher(roles: roles, reading: &scratch.reading, text: &scratch.text) { role, reading in
            ranks.append(RoleRank.rank(of: roles[role], reading: reading))
            keyFacts.append(RoleKeyFacts(roles[role], reading: reading))
        }
        self.ranks = ranks
        // The roles of each rank, gathered once: every chain and every role's superiors are one of them.
        let rolesOfRank = PerformerInference.rolesOfRank(ranks)
        superiors = roles.indices.map {
            PerformerInference.superiors(of: $0, keyFacts: keyFacts[$0], ranks: ranks, rolesOfRank: rolesOfRank)
        }
        chainAbove = roles.indices.map { PerformerInference.chain(above: $0, ranks: ranks, rolesOfRank: rolesOfRank) }
        chainBelow = roles.indices.map { PerformerInference.chain(below: $0, ranks: ranks, rolesOfRank: rolesOfRank) }
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
    /// role lists. It is kept in the activity scratch an SOP takes and gives back anyway
    /// (`ActivityScratch.roleLists`), so that each worker reading files at the same time uses its own.
    /// At most `capacity` lists are kept; the cache starts again empty when it is full. What it answers
    /// does not depend on what it holds.
    struct Cache {
        /// The most role lists kept.
        static let capacity = 64
        /// The most bytes of a role name whose buffers are kept in `scratch`: they are read into new
        /// buffers after a longer name.
        static let largestKeptName = 1 << 12
        /// The buffers the roles of a list not kept are read into, kept from list to list.
        private var scratch = Scratch()
        /// The facts of each role list kept, with room for all of them from the start.
        private var factsOfRoles = [RoleListKey: RoleListFacts](minimumCapacity: Self.capacity)
        /// The bytes of the key of the list looked up, written into the same buffer for each list (a key
        /// kept in `factsOfRoles` keeps the buffer it was written into, and the next is written into a
        /// new one).
        private var keyBytes: [UInt8] = []

        /// A role list as a key of the cache: equal to another when its names hold the same bytes. Strings
        /// are equal when canonically equivalent ("é" composed, and "e" with a combining accent), but the
        /// readings of the roles see other words in them, so such lists must not share their facts.
        struct RoleListKey: Hashable {
            /// The names of the roles in one array, name after name, each as its number of UTF-8 bytes (the
            /// bytes of an `Int`) followed by those bytes: two lists give the same bytes exactly when their
            /// names hold the same bytes, in the same order.
            let bytes: [UInt8]

            /// The key whose bytes (`write(_:into:)`) are `bytes`.
            init(bytes: [UInt8]) {
                self.bytes = bytes
            }

            /// Writes the bytes of the key of `roles` into `bytes` in place of what it held, keeping its room:
            /// written on the stack first (the bytes of a native name copied at once, any other name's through
            /// its UTF-8 view), then appended in one copy.
            static func write(_ roles: [String], into bytes: inout [UInt8]) {
                let total = roles.reduce(0) { $0 + MemoryLayout<Int>.size + $1.utf8.count }
                bytes.removeAll(keepingCapacity: true)
                // `total` is what the loop writes, a count and a name for each role, so every byte of the
                // buffer is written before it is appended, and no write passes its end.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { buffer in
                    let key = UnsafeMutableRawBufferPointer(buffer)
                    var offset = 0
                    for role in roles {
                        let count = role.utf8.count
                        key.storeBytes(of: count, toByteOffset: offset, as: Int.self)
                        offset += MemoryLayout<Int>.size
                        let name = UnsafeMutableRawBufferPointer(rebasing: key[offset..<(offset + count)])
                        if role.utf8.withContiguousStorageIfAvailable({ name.copyMemory(from: UnsafeRawBufferPointer($0)) }) == nil {
                            for (index, byte) in role.utf8.enumerated() { name[index] = byte }
                        }
                        offset += count
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(buffer))
                }
            }

            /// Whether the two keys hold the same bytes, compared eight at a time.
            static func == (left: RoleListKey, right: RoleListKey) -> Bool {
                left.bytes.count == right.bytes.count
                    && left.bytes.withUnsafeBytes { leftBytes in
                        right.bytes.withUnsafeBytes { rightBytes in
                            var offset = 0
                            while offset + 8 <= leftBytes.count {
                                guard leftBytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                                    == rightBytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                                else { return false }
                                offset += 8
                            }
                            return leftBytes[offset...].elementsEqual(rightBytes[offset...])
                        }
                    }
            }

            /// Hashes a digest of the bytes, read eight at a time (`digest(of:)`), rather than every byte.
            func hash(into hasher: inout Hasher) {
                hasher.combine(bytes.withUnsafeBytes(Self.digest(of:)))
            }

            /// A digest of `bytes` that mixes in each of their eight-byte words and the bytes after the last,
            /// and their count: keys of different bytes seldom share one, and equal keys always do.
            static func digest(of bytes: UnsafeRawBufferPointer) -> UInt64 {
                var digest = UInt64(truncatingIfNeeded: bytes.count)
                var offset = 0
                while offset + 8 <= bytes.count {
                    digest = (digest ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                    digest ^= digest >> 29
                    offset += 8
                }
                var tail: UInt64 = 0
                for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
                return (digest ^ tail) &* 0xBF58_476D_1CE4_E5B9
            }
        }

        /// `RoleListFacts(roles: roles)`: kept from an earlier list whose names hold the same bytes
        /// (`RoleListKey`), else read and kept.
        mutating func facts(of roles: [String]) -> RoleListFacts {
            RoleListKey.write(roles, into: &keyBytes)
            let key = RoleListKey(bytes: keyBytes)
            if let found = factsOfRoles[key] { return found }
            let facts = RoleListFacts(roles: roles, scratch: &scratch)
            if scratch.reading.folded.capacity > Self.largestKeptName { scratch = Scratch() }
            if factsOfRoles.count >= Self.capacity { factsOfRoles.removeAll(keepingCapacity: true) }
            factsOfRoles[key] = facts
            return facts
        }
    }
}

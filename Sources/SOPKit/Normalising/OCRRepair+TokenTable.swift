/// The repairs decided for tokens, keyed by the tokens' UTF-8 bytes in an open-addressing hash table:
/// a document's memo and the repair cache shared by every document look a token up with one hash of
/// its bytes, worked out once by the caller (`hash`) and passed to both, and one comparison of bytes,
/// without a string made of the token to key a `Dictionary` nor its SipHash.
struct TokenRepairTable: Sendable {
    /// Every noted token's bytes, one after another.
    private var bytes: [UInt8] = []
    /// The noted tokens, in the order noted.
    private var entries: [Entry] = []
    /// Per slot, the index in `entries` of the token stored there plus one, or 0 for an empty slot.
    private var slots: [Int]

    /// A noted token: where its bytes start in `bytes`, their count, their hash and the token's repair
    /// (nil when it stays as it is), or whether the repair is still to be found (`notePending`).
    private struct Entry: Sendable {
        var start: Int
        var count: Int
        var hash: UInt64
        var repair: String?
        var isPending = false
    }

    /// An empty table with room for `capacity` tokens (of eight bytes on average) before it grows.
    init(capacity: Int) {
        var slotCount = 16
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = [Int](repeating: 0, count: slotCount)
        entries.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 8)
    }

    /// The number of tokens noted.
    var count: Int { entries.count }

    /// A hash of a token's bytes (FNV-1a, then mixed), never 0.
    static func hash(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in token { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        state ^= state >> 29
        state = state &* 0xBF58_476D_1CE4_E5B9
        state ^= state >> 32
        return state | 1
    }

    /// The repair noted for the token whose bytes are `token` (`hash(token)` given): `.some(nil)` when
    /// it stays as it is, nil when it is not noted.
    func repair(of token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String?? {
        guard let index = index(of: token, hash: hash) else { return nil }
        return .some(entries[index].repair)
    }

    /// Notes `repair` for the token whose bytes are `token` (`hash(token)` given), unless it is noted.
    mutating func note(_ repair: String?, for token: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        guard index(of: token, hash: hash) == nil else { return }
        _ = noteNew(repair, for: token, hash: hash)
    }

    /// The number of the entry of the token whose bytes are `token` (`hash(token)` given), with its
    /// repair and whether that is still to be found; nil when it is not noted. Entries are numbered in
    /// the order noted, from 0.
    func entry(of token: UnsafeBufferPointer<UInt8>, hash: UInt64)
        -> (number: UInt32, repair: String?, isPending: Bool)?
    {
        guard let index = index(of: token, hash: hash) else { return nil }
        return (UInt32(truncatingIfNeeded: index), entries[index].repair, entries[index].isPending)
    }

    /// The repair of the entry numbered `number`, and whether it is still to be found.
    func entry(numbered number: UInt32) -> (repair: String?, isPending: Bool) {
        let entry = entries[Int(number)]
        return (entry.repair, entry.isPending)
    }

    /// Notes the token whose bytes are `token` (`hash(token)` given), which is not noted, with its
    /// repair still to be found (`resolve`), and returns the number of its entry.
    mutating func notePending(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32 {
        let number = noteNew(nil, for: token, hash: hash)
        entries[Int(number)].isPending = true
        return number
    }

    /// Sets the repair of the entry numbered `number` to `repair`, if it is still to be found.
    mutating func resolve(_ number: UInt32, repair: String?) {
        guard entries[Int(number)].isPending else { return }
        entries[Int(number)].repair = repair
        entries[Int(number)].isPending = false
    }

    /// Notes `repair` for the token whose bytes are `token` (`hash(token)` given), which is not noted
    /// (`entry(of:hash:)` is nil), and returns the number of its entry.
    mutating func noteNew(_ repair: String?, for token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32 {
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(start: bytes.count, count: token.count, hash: hash, repair: repair))
        bytes.append(contentsOf: token)
        place(entry: entries.count - 1)
        return UInt32(truncatingIfNeeded: entries.count - 1)
    }

    /// Notes in `table` the token of the entry numbered `number` (whose repair is found), with its
    /// repair, unless it is noted there.
    func copyEntry(_ number: UInt32, into table: inout TokenRepairTable) {
        let entry = entries[Int(number)]
        bytes.withUnsafeBufferPointer { stored in
            let token = UnsafeBufferPointer(rebasing: stored[entry.start..<(entry.start + entry.count)])
            table.note(entry.repair, for: token, hash: entry.hash)
        }
    }

    /// The index of the token whose bytes are `token` among those noted, nil when it is not noted.
    private func index(of token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            let index = stored - 1
            if entries[index].hash == hash, entries[index].count == token.count, holds(index, token) { return index }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the token noted at `index` has the bytes `token` (of the same count).
    private func holds(_ index: Int, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entries[index].start
        return bytes.withUnsafeBufferPointer { stored in
            for offset in 0..<token.count where stored[start + offset] != token[offset] { return false }
            return true
        }
    }

    /// Puts the token noted at `index` into the first free slot from its hash's.
    private mutating func place(entry index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = index + 1
    }

    /// Doubles the slots and places every noted token again.
    private mutating func grow() {
        slots = [Int](repeating: 0, count: slots.count * 2)
        for index in entries.indices { place(entry: index) }
    }
}

@testable import SOPKit
import Testing

/// `TokenRepairTable`, which keys the repair memo and the shared repair cache by a token's bytes, notes
/// and finds tokens as the `[Substring: String?]` dictionary it replaced (kept here as the reference):
/// empty tokens, tokens beyond ASCII (é, —, ’, NBSP, combining marks), tabs, tokens differing only in
/// case or in their last byte, very long tokens, and enough tokens to make the table grow many times.
@Suite struct TokenRepairTableTests {
    /// Tokens to note, some twice, with their repairs (nil for a token that stays as it is).
    static let notes: [(token: String, repair: String?)] = {
        var notes: [(token: String, repair: String?)] = [
            ("", nil), ("Pencumpulan", "Pengumpulan"), ("pencumpulan", "pengumpulan"), ("Pencumpulan", "ignored"),
            ("é", nil), ("Kepala\u{301}la", nil), ("—", "-"), ("’s", nil), ("a\u{A0}b", "ab"), ("\t", nil),
            ("LA(KIP", "LAKIP"), ("LA(KIQ", nil), (String(repeating: "Penyusunan", count: 700), "long"),
            (String(repeating: "Penyusunan", count: 700) + "x", nil),
        ]
        for number in 0..<3_000 { notes.append(("kata\(number)", number.isMultiple(of: 3) ? nil : "word\(number)")) }
        return notes
    }()

    /// The tokens looked up: every noted token and tokens never noted.
    static let lookups = notes.map(\.token) + ["Pencumpula", "Pencumpulan ", "E", "kata3000", "\u{A0}", "x"]

    @Test func theTableAgreesWithADictionary() {
        var table = TokenRepairTable(capacity: 4)
        var reference: [Substring: String?] = [:]
        for (token, repair) in Self.notes {
            Array(token.utf8).withUnsafeBufferPointer { table.note(repair, for: $0, hash: TokenRepairTable.hash($0)) }
            if reference[Substring(token)] == nil { reference[Substring(token)] = .some(repair) }
        }
        #expect(table.count == reference.count)
        for token in Self.lookups {
            let found = Array(token.utf8).withUnsafeBufferPointer { table.repair(of: $0, hash: TokenRepairTable.hash($0)) }
            #expect(found == reference[Substring(token)], "\(token.prefix(20))")
        }
    }

    /// Entries are numbered in the order their tokens were first noted, `entry(of:hash:)` finds each
    /// token's number and repair, and copying every entry by number into an empty table gives a table
    /// that agrees with the dictionary too (copying one twice notes it once).
    @Test func entriesAreNumberedInOrderAndCopiedByNumber() {
        var table = TokenRepairTable(capacity: 4)
        var order: [Substring] = []
        var reference: [Substring: String?] = [:]
        for (token, repair) in Self.notes {
            Array(token.utf8).withUnsafeBufferPointer { table.note(repair, for: $0, hash: TokenRepairTable.hash($0)) }
            if reference[Substring(token)] == nil {
                reference[Substring(token)] = .some(repair)
                order.append(Substring(token))
            }
        }
        for (number, token) in order.enumerated() {
            let found = Array(token.utf8).withUnsafeBufferPointer { table.entry(of: $0, hash: TokenRepairTable.hash($0)) }
            #expect(found?.number == UInt32(number), "\(token.prefix(20))")
            #expect(found?.repair == reference[token]!, "\(token.prefix(20))")
        }
        var copy = TokenRepairTable(capacity: 4)
        for number in order.indices + [0, order.count - 1] { table.copyEntry(UInt32(number), into: &copy) }
        #expect(copy.count == order.count)
        for token in Self.lookups {
            let found = Array(token.utf8).withUnsafeBufferPointer { copy.repair(of: $0, hash: TokenRepairTable.hash($0)) }
            #expect(found == reference[Substring(token)], "\(token.prefix(20))")
        }
        let absent = Array("Pencumpula".utf8).withUnsafeBufferPointer { table.entry(of: $0, hash: TokenRepairTable.hash($0)) }
        #expect(absent == nil)
    }

    @Test func theHashIsNeverZeroAndTellsBytesApart() {
        let hashes = Self.lookups.map { Array($0.utf8).withUnsafeBufferPointer(TokenRepairTable.hash) }
        #expect(!hashes.contains(0))
        #expect(Set(hashes).count == Set(Self.lookups).count)
    }
}

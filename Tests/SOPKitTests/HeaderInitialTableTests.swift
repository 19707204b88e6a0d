@testable import SOPKit
import Testing

/// `Vocabulary.hasHeaderInitials` (a table of bits) against the search of the sorted initials it
/// replaced, for every three bytes drawn from letters of both cases, digits, spaces, punctuation and
/// bytes outside ASCII (the starts of é, —, ’ and the no-break space).
@Suite struct HeaderInitialTableTests {
    static let alphabet: [UInt8] = Array(0x61...0x7A) + [0x20, 0x41, 0x4E, 0x5A, 0x30, 0x39, 0x2D, 0x2E, 0x3A, 0x09, 0x00,
        0x60, 0x7B, 0x7F, 0x80, 0xA0, 0xA9, 0xC2, 0xC3, 0xE2, 0xFF]

    @Test func agreesWithTheSortedSearch() {
        for first in Self.alphabet {
            for second in Self.alphabet {
                for third in Self.alphabet {
                    let key = [first, second, third, 0x20]
                    key.withUnsafeBufferPointer { key in
                        let expected = Vocabulary.headerInitials.sortedContains(Vocabulary.initials(key))
                        #expect(Vocabulary.hasHeaderInitials(key) == expected, "\(first) \(second) \(third)")
                    }
                }
            }
        }
    }

    @Test func everyHeaderWordStartPasses() {
        for word in ["no urut", "kegiatan", "uraian", "pelaksana", "mutu baku", "waktu", "out put", "keterangan", "ket", "catatan"] {
            let bytes = Array(word.utf8)
            #expect(bytes.withUnsafeBufferPointer(Vocabulary.hasHeaderInitials), "\(word)")
        }
    }
}

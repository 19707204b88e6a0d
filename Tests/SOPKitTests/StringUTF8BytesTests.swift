@testable import SOPKit
import Testing

/// `String(utf8Bytes:)`, which copies a text of at most 15 bytes straight into a string, against
/// `String(decoding:as:)`: the same bytes for ASCII, other UTF-8 and invalid bytes (repaired alike),
/// on either side of 15 bytes.
@Suite struct StringUTF8BytesTests {
    /// `String(utf8Bytes:)` of `bytes`.
    static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { String(utf8Bytes: $0) }
    }

    @Test(arguments: [
        ([], ""),
        (Array("1".utf8), "1"),
        (Array("5 Menit".utf8), "5 Menit"),
        (Array("ABCDEFGHIJKLMNO".utf8), "ABCDEFGHIJKLMNO"),
        (Array("ABCDEFGHIJKLMNOP".utf8), "ABCDEFGHIJKLMNOP"),
        (Array("Kasubbag √".utf8), "Kasubbag √"),
        (Array("Ölçüm tahap".utf8), "Ölçüm tahap"),
        (Array("e\u{301}".utf8), "e\u{301}"),
        ([0x41, 0xFF, 0x42], "A\u{FFFD}B"),
        ([0x41, 0xC3], "A\u{FFFD}"),
        (Array("ABCDEFGHIJKLMN".utf8) + [0xE2], "ABCDEFGHIJKLMN\u{FFFD}"),
        (Array("Tanggal Revisi :\t".utf8), "Tanggal Revisi :\t"),
    ] as [([UInt8], String)])
    func stringHoldsTheBytesAsDecoded(bytes: [UInt8], expected: String) {
        let made = Self.string(bytes)
        #expect(Array(made.utf8) == Array(expected.utf8))
        #expect(Array(made.utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8))
    }

    @Test func emptyBufferWithoutAddressIsEmptyString() {
        #expect(String(utf8Bytes: UnsafeBufferPointer(start: nil, count: 0)).isEmpty)
    }

    /// Random bytes of 0 to 24, mostly ASCII with some bytes of any value, give the bytes (or their
    /// repair) that `String(decoding:as:)` gives.
    @Test func seededBytesDecodeAlike() {
        var generator = SplitMix(seed: 0x5EED_0034)
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 25)
            let bytes = (0..<count).map { _ -> UInt8 in
                let value = generator.next()
                return value % 5 == 0 ? UInt8(truncatingIfNeeded: value >> 8) : UInt8(0x20 + (value >> 8) % 0x5F)
            }
            let made = Self.string(bytes)
            #expect(Array(made.utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8), "\(bytes)")
        }
    }
}

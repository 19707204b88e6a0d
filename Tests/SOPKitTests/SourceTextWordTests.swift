@testable import SOPKit
import Testing

/// The eight-byte helpers the byte readers share (`SourceText.lastBytes`, `SourceText.topBitCount`)
/// and a reader built on them (`OCRIdentityParser.asciiDigitCount`), against byte-by-byte answers.
@Suite struct SourceTextWordTests {
    /// `lastBytes` of `bytes` from `index`, through its raw address.
    static func lastBytes(_ bytes: [UInt8], from index: Int) -> UInt64 {
        bytes.withUnsafeBytes { SourceText.lastBytes($0.baseAddress!, count: bytes.count, from: index) }
    }

    @Test func lastBytesAreTheBytesFromTheIndexFirstLowest() {
        let bytes = Array("ABCDEFGHIJ".utf8)
        #expect(Self.lastBytes(bytes, from: 9) == 0x4A)
        #expect(Self.lastBytes(bytes, from: 8) == 0x4A49)
        #expect(Self.lastBytes(bytes, from: 3) == 0x4A49_4847_4645_44)
        #expect(Self.lastBytes(Array("12345678".utf8), from: 7) == 0x38)
        #expect(Self.lastBytes(Array("12345678".utf8), from: 1) == 0x38_3736_3534_3332)
        var generator = SplitMix(seed: 0x5EED_0033)
        for _ in 0..<500 {
            let count = 8 + Int(generator.next() % 24)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let index = count - 1 - Int(generator.next() % 7)
            var expected: UInt64 = 0
            for (shift, byte) in bytes[index...].enumerated() { expected |= UInt64(byte) << (8 * shift) }
            #expect(Self.lastBytes(bytes, from: index) == expected, "\(bytes) from \(index)")
        }
    }

    @Test func topBitCountCountsTheMarkedBytes() {
        #expect(SourceText.topBitCount(0) == 0)
        #expect(SourceText.topBitCount(0x80) == 1)
        #expect(SourceText.topBitCount(0x8000_0000_0000_0080) == 2)
        #expect(SourceText.topBitCount(0x8080_8080_8080_8080) == 8)
        #expect(SourceText.topBitCount(0x0080_8000_8000_0080) == 4)
    }

    /// The ASCII digits of `bytes` counted one by one; nil when a byte is not ASCII.
    static func digitCountByBytes(_ bytes: [UInt8]) -> Int? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return bytes.filter { $0 >= 0x30 && $0 <= 0x39 }.count
    }

    @Test func asciiDigitCountIsTheCountOfDigits() {
        let table: [(String, Int?)] = [
            ("", 0), ("1", 1), ("1234567", 7), ("12345678", 8), ("NIP. 19730101 199803 1 005", 18),
            ("/09:;0", 3), ("19730101 19980310", 16), ("NIP 1973é", nil), ("12345678é", nil),
        ]
        for (text, expected) in table {
            let found = Array(text.utf8).withUnsafeBufferPointer(OCRIdentityParser.asciiDigitCount)
            #expect(found == expected, "\(text)")
        }
        var generator = SplitMix(seed: 0xD161_7533)
        let alphabet = Array("0123456789 ./:-Ab".utf8) + [0x2F, 0x3A, 0x7F, 0xC3]
        for _ in 0..<1_000 {
            let bytes = (0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let found = bytes.withUnsafeBufferPointer(OCRIdentityParser.asciiDigitCount)
            #expect(found == Self.digitCountByBytes(bytes), "\(bytes)")
        }
    }
}

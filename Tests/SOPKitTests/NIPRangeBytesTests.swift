@testable import SOPKit
import Testing

/// `IdentityBlockParser.nipRange(in:)` of ASCII text, whose "NIP" is searched eight bytes at a time,
/// against a reference that reads one byte after another.
@Suite struct NIPRangeBytesTests {
    /// The reference: the first "NIP" (any case), not after a letter, followed after any dots, colons
    /// and spaces by a digit; the offset where it starts.
    static func nipOffsetReference(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        for offset in bytes.indices where offset + 2 < bytes.count {
            guard String(decoding: bytes[offset..<(offset + 3)], as: UTF8.self).lowercased() == "nip",
                offset == 0 || !isLetter(bytes[offset - 1])
            else { continue }
            var after = offset + 3
            while after < bytes.count, [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: " ")].contains(bytes[after]) {
                after += 1
            }
            if after < bytes.count, (0x30...0x39).contains(bytes[after]) { return offset }
        }
        return nil
    }

    /// The offset of `nipRange(in:)`'s start, in bytes.
    static func nipOffset(_ text: String) -> Int? {
        IdentityBlockParser.nipRange(in: text).map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) }
    }

    @Test(arguments: [
        ("NIP 1", 0), ("nip.1", 0), ("xx NIP", nil), ("Ahmad, M.Si NIP. 19650312", 12), ("SNIP 1234", nil),
        ("1234567 NIP 9", 8), ("12345678NIP 9", 8), ("abcdefg,nIp::  7", 8), ("abcdefghijklmnopqrsn", nil),
        ("Kepala Dinas Pendidikan, nip 1 2 3", 25), ("NIPNIP 1", nil), ("N NIP 1", 2), ("", nil), ("NI", nil),
        ("nip", nil), ("Pembina Utama Muda (IV/c) NIP: 197506032001011003", 26),
    ] as [(String, Int?)])
    func examples(text: String, offset: Int?) {
        #expect(Self.nipOffset(text) == offset)
        #expect(Self.nipOffsetReference(text) == offset)
    }

    /// Thousands of ASCII texts drawn from the letters of "NIP" in both cases, its marks, digits, other
    /// letters and spaces, of every length around the eight-byte steps.
    @Test func generatedTextsAgreeWithTheReference() {
        let pieces = ["N", "n", "I", "i", "P", "p", "NIP", "nip", ".", ":", " ", "1", "9", "a", "S", ",", "\t", "Drs."]
        var generator = SplitMix(seed: 0x4E49_5020)
        for round in 0..<10_000 {
            let text = (0..<(round % 19 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(Self.nipOffset(text) == Self.nipOffsetReference(text), "\(text.debugDescription)")
        }
    }
}

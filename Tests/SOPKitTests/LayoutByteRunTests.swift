@testable import SOPKit
import Testing

/// The word-at-a-time scans of `LayoutBytes` against byte-by-byte readings of the same bytes: runs of
/// words set one space apart, runs of spaces and counts of one byte.
@Suite struct LayoutByteRunTests {
    @Test(arguments: [
        "", "a", "Kegiatan", "Pengadministrasian", "Pengadministrasian  Kepegawaian", "abc~}|{z!\"#$%&'()*+,-./0123",
        "Perencanaan é", "0123456789abcdef\u{7F}gh", "0123456789abcde\t", "Surat-Masuk/Keluar:1.2.3;[x]{y}",
        "ü", "abcdefghé", "abcdefgh\u{A0}ijk", "abcdefgh ijklmnop", "\u{1}abcdefghijk", "Surat Masuk  Keluar ",
        "a b c d e f g h i j k", "abcdefg h", "abcdefgh  i", "abcdefgh \u{A0}",
    ])
    func wordRunsFromEveryStart(text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                #expect(
                    LayoutBytes.endOfWordRun(buffer, from: start)
                        == LayoutParserBytesTests.endOfWordRunByteByByte(buffer, from: start), "start \(start)")
            }
        }
    }

    @Test func everyByteValueEndsAWordRunOnlyWhereTheByteByByteReadingDoes() {
        for value in 0...255 {
            for position in [0, 3, 7, 8, 9, 12, 15, 16, 19] {
                var bytes = [UInt8](repeating: UInt8(ascii: "k"), count: 20)
                bytes[position] = UInt8(value)
                if position + 1 < bytes.count, value == 0x20 { bytes[position + 1] = 0x20 }
                bytes.withUnsafeBufferPointer { buffer in
                    #expect(
                        LayoutBytes.endOfWordRun(buffer, from: 0) == LayoutParserBytesTests.endOfWordRunByteByByte(buffer, from: 0),
                        "byte \(value) at \(position)")
                }
            }
        }
    }

    @Test(arguments: [
        UInt64(0x2121_2121_2121_2121), 0x7E7E_7E7E_7E7E_7E7E, 0x4142_4344_4546_4748, 0x2041_4243_4445_4647,
        0x7F41_4243_4445_4647, 0x4142_4344_4546_47A0, 0x0041_4243_4445_4647, 0x4142_4344_4546_4720,
    ])
    func printableWords(word: UInt64) {
        let expected = (0..<8).allSatisfy { shift in
            let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))
            return byte >= 0x21 && byte <= 0x7E
        }
        #expect((LayoutBytes.notPrintableWithoutSpace(word) == 0) == expected)
    }

    /// The marks of `notPrintableWithoutSpace` and `nonZeroBytes` fall on exactly the bytes they name,
    /// for every byte value at every position among neighbours of every kind.
    @Test func byteMarksFallOnTheirBytes() {
        for value in 0...255 {
            for neighbour: UInt8 in [0x00, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0xFF] {
                for position in 0..<8 {
                    var bytes = [UInt8](repeating: neighbour, count: 8)
                    bytes[position] = UInt8(value)
                    let word = bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                    let notPrintable = (0..<8).reduce(UInt64(0)) { mark, index in
                        bytes[index] >= 0x21 && bytes[index] <= 0x7E ? mark : mark | UInt64(0x80) << (8 * UInt64(index))
                    }
                    let nonZero = (0..<8).reduce(UInt64(0)) { mark, index in
                        bytes[index] == 0 ? mark : mark | UInt64(0x80) << (8 * UInt64(index))
                    }
                    #expect(LayoutBytes.notPrintableWithoutSpace(word) == notPrintable, "\(bytes)")
                    #expect(LayoutBytes.nonZeroBytes(word) == nonZero, "\(bytes)")
                }
            }
        }
    }

    /// `endOfSpaces` read one byte at a time.
    private static func referenceEndOfSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index
    }

    @Test func spaceRunsEndAtEveryOffset() {
        for length in 0...40 {
            for end in 0...length {
                for stop: UInt8 in [0x41, 0x00, 0x09, 0x21, 0xA0, 0xC2, 0xE2, 0x1F] {
                    var bytes = [UInt8](repeating: 0x20, count: length)
                    if end < length { bytes[end] = stop }
                    for start in 0...length {
                        let found = bytes.withUnsafeBufferPointer { LayoutBytes.endOfSpaces($0, from: start) }
                        #expect(found == Self.referenceEndOfSpaces(bytes, from: start), "\(bytes) from \(start)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        ("", UInt8(0x0C)), ("\u{C}", 0x0C), ("Halaman 1\u{C}", 0x0C), ("\u{C}\u{C}abcdefgh\u{C}ijklmnop\u{C}\u{C}", 0x0C),
        ("abcdefghijklmnopqrstuvwxyz", 0x0C), ("Kepala  Badan  Pusat  Statistik", 0x20), ("é\u{C}ü\u{C}", 0x0C),
        ("\u{C}\u{C}\u{C}\u{C}\u{C}\u{C}\u{C}\u{C}\u{C}", 0x0C),
    ])
    func byteCounts(text: String, byte: UInt8) {
        let bytes = Array(text.utf8)
        let counted = bytes.withUnsafeBufferPointer { LayoutBytes.count(of: byte, in: $0) }
        #expect(counted == bytes.filter { $0 == byte }.count)
    }
}

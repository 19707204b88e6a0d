@testable import SOPKit
import Testing

/// `OCRToken.ByteCounts.readToken`, which counts runs of letters eight bytes at a time, gives the end
/// and the counts of reading the token one byte at a time, on bytes of every kind: letters of either
/// case and the bytes next to them ("@", "[", "`", "{"), digits, "|", spaces, tabs, line ends, bytes
/// outside ASCII (continuation bytes, and lead bytes whose case bit makes them look like letters),
/// tokens shorter and longer than eight bytes, at the end of the bytes and before it.
@Suite struct OCRTokenByteCountsTests {
    /// The bytes the random texts are made of, each letter and the bytes next to them as likely as
    /// any other.
    static let alphabet: [UInt8] =
        Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8) + Array("aeinrstu".utf8) + Array("0123456789".utf8)
        + Array("@[`{|!.,-()/:_ ".utf8) + [0x09, 0x0A, 0x0D, 0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC1, 0xC3, 0xDA, 0xE1, 0xE2, 0xFA, 0xFF]

    /// The end and counts of the token of `bytes` from `start`, read one byte at a time.
    static func readByBytes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, counts: OCRToken.ByteCounts) {
        var counts = OCRToken.ByteCounts()
        var position = start
        repeat {
            let byte = bytes[position]
            if (byte | 0x20) &- 0x61 < 26 {
                counts.letters += 1
            } else if byte == 0x20 || byte == 0x09 {
                break
            } else {
                counts.read(byte)
            }
            position += 1
        } while position < bytes.count
        return (position, counts)
    }

    /// Whether `readToken` reads the token of `bytes` from `start` as `readByBytes` does, and copies
    /// its bytes, each `| 0x20`, to the room it is given (which has exactly the room it asks for).
    static func agrees(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var counts = OCRToken.ByteCounts()
            let room = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count - start)
            defer { room.deallocate() }
            let end = counts.readToken(buffer, from: start, lowercasedTo: room)
            let expected = readByBytes(buffer, from: start)
            let copied = Array(UnsafeBufferPointer(start: room, count: end - start))
            return end == expected.end && copied == bytes[start..<end].map { $0 | 0x20 }
                && counts.letters == expected.counts.letters
                && counts.digits == expected.counts.digits && counts.others == expected.counts.others
                && counts.pipes == expected.counts.pipes && counts.needsCharacters == expected.counts.needsCharacters
                && counts.continuationBytes == expected.counts.continuationBytes
        }
    }

    @Test func leadingLetterCountStopsAtTheFirstByteThatIsNoLetter() {
        for value in 0...255 {
            let byte = UInt8(value)
            let isLetter = (byte | 0x20) &- 0x61 < 26
            for lane in 0..<8 {
                var bytes = [UInt8](repeating: 0x61, count: 8)
                bytes[lane] = byte
                let word = bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                #expect(OCRToken.ByteCounts.leadingLetterCount(word) == (isLetter ? 8 : lane), "byte \(value) at \(lane)")
            }
        }
    }

    @Test func handPickedTokens() {
        let texts = [
            "a", "Memberikan", "Memberikan pelayanan", "abcdefgh", "abcdefgh ijk", "abcdefg\thij", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "1jam", "30menit", "|", "||", "No.", "(IKU)", "D3/S1", "bahan-bahan", "Kegiatan\u{00A0}Utama", "caf\u{00E9}s ok",
            "abc@defgh[ijk`lmn{op", "abcdefghijklmnop\r", "abcdefgh\nijkl", "\u{00DA}\u{00E1}bcdefghijk", "12345678 9",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            for start in bytes.indices where bytes[start] != 0x20 && bytes[start] != 0x09 {
                #expect(Self.agrees(bytes, from: start), "\(text) from \(start)")
            }
        }
    }

    @Test func randomTexts() {
        var generator = SplitMix(seed: 0x0C12_0021)
        for round in 0..<40_000 {
            let length = round % 100 == 0 ? Int.random(in: 0...4_000, using: &generator) : Int.random(in: 1...48, using: &generator)
            let bytes = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }
            for start in bytes.indices where bytes[start] != 0x20 && bytes[start] != 0x09
                && (start == 0 || bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 || start % 7 == 0)
            {
                guard Self.agrees(bytes, from: start) else {
                    Issue.record("disagree on \(bytes) from \(start)")
                    return
                }
            }
        }
    }
}

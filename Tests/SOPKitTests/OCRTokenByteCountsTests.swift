@testable import SOPKit
import Testing

/// `OCRToken.ByteCounts.readToken`, which counts runs of letters eight bytes at a time, gives the end
/// and the counts of reading the token one byte at a time, on bytes of every kind: letters of either
/// case and the bytes next to them ("@", "[", "`", "{"), digits, "|", spaces, tabs, line ends, bytes
/// outside ASCII (continuation bytes, and lead bytes whose case bit makes them look like letters),
/// tokens shorter and longer than eight bytes, at the end of the bytes and before it; and
/// `OCRToken.plainTokenEnd`, which finds the end of a token of plain bytes eight bytes at a time, the
/// end and plainness of reading it one byte at a time.
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

    /// The end of the token of `bytes` from `start` and whether its bytes are plain (0x21 to 0x7F),
    /// read one byte at a time: a token that is not plain ends at its first byte that is not.
    static func plainEndByBytes(_ bytes: [UInt8], from start: Int) -> (end: Int, isPlain: Bool) {
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 { return (position, true) }
            if byte < 0x21 || byte >= 0x80 { return (position, false) }
            position += 1
        }
        return (position, true)
    }

    /// Whether `plainTokenEnd` reads the token of `bytes` from `start` as `plainEndByBytes` does, and
    /// copies its bytes up to its end, each `| 0x20`, to the room it is given (which has exactly the
    /// room it asks for), and gives as its head the eight bytes from `start`, first byte lowest, when
    /// there are eight, else 0.
    static func plainEndAgrees(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let room = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count - start)
            defer { room.deallocate() }
            let found = OCRToken.plainTokenEnd(buffer, from: start, lowercasedTo: room)
            let expected = plainEndByBytes(bytes, from: start)
            let copied = Array(UnsafeBufferPointer(start: room, count: found.end - start))
            let head = start + 8 <= bytes.count ? bytes[start..<start + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } : 0
            return found.end == expected.end && found.isPlain == expected.isPlain
                && copied == bytes[start..<found.end].map { $0 | 0x20 } && found.head == head
        }
    }

    @Test func plainTokenEndOfHandPickedTokens() {
        let cases: [(text: String, start: Int, end: Int, isPlain: Bool)] = [
            ("a", 0, 1, true), ("Memberikan pelayanan", 0, 10, true), ("Memberikan pelayanan", 11, 20, true),
            ("abcdefgh", 0, 8, true), ("abcdefgh ijk", 0, 8, true), ("abcdefg\thij", 0, 7, true),
            ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 0, 26, true), ("30menit|", 0, 8, true), ("(IKU) x", 0, 5, true),
            ("~!#$%&*+,-./:;<=>?@[]^_`{}~\u{7F} z", 0, 28, true), ("Kegiatan\u{00A0}Utama", 0, 8, false),
            ("caf\u{00E9}s ok", 0, 3, false), ("abcdefghijklmnop\r", 0, 16, false), ("abcdefgh\nijkl", 0, 8, false),
            ("ab\u{0}cdefghijk", 0, 2, false), ("\u{1F}", 0, 0, false), ("12345678 9", 9, 10, true),
        ]
        for (text, start, end, isPlain) in cases {
            let bytes = Array(text.utf8)
            let found = bytes.withUnsafeBufferPointer { buffer in
                let room = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count - start)
                defer { room.deallocate() }
                return OCRToken.plainTokenEnd(buffer, from: start, lowercasedTo: room)
            }
            #expect(found.end == end && found.isPlain == isPlain, "\(text) from \(start): \(found)")
            #expect(Self.plainEndAgrees(bytes, from: start), "\(text) from \(start)")
        }
    }

    @Test func plainTokenEndOfEveryByteInEveryLane() {
        for value in 0...255 {
            for lane in 0..<12 {
                var bytes = [UInt8](repeating: 0x61, count: 12)
                bytes[lane] = UInt8(value)
                let start = lane == 0 ? 1 : 0
                #expect(Self.plainEndAgrees(bytes, from: start), "byte \(value) at \(lane)")
            }
        }
    }

    @Test func plainTokenEndOfRandomTexts() {
        var generator = SplitMix(seed: 0x0C12_0032)
        for round in 0..<20_000 {
            let length = round % 100 == 0 ? Int.random(in: 0...2_000, using: &generator) : Int.random(in: 1...48, using: &generator)
            let bytes = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }
            for start in bytes.indices where bytes[start] != 0x20 && bytes[start] != 0x09 {
                guard Self.plainEndAgrees(bytes, from: start) else {
                    Issue.record("disagree on \(bytes) from \(start)")
                    return
                }
            }
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

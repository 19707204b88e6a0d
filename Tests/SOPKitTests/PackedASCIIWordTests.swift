@testable import SOPKit
import Testing

/// `PackedASCIIWord`, the one packing of a short word into two integers, agrees with each packer it
/// replaced (kept here as reference copies): `OCRToken.ClassCache.packed` (loads from a buffer),
/// `OCRTableBytes.packed` (up to eight bytes, first byte highest, optionally lowered), the identity
/// table's `PackedWord` (appended byte by byte) and `OCRRoleHeader.WordKinds.Table.packed` (letters and
/// digits lowered by setting their 0x20 bit, as `alphanumericsLowercased` lowers them); on words of 0,
/// 1, 7, 8, 9, 15 and 16 bytes at the start and at the end of buffers shorter and longer than sixteen
/// bytes, in upper case, with tabs, NUL and bytes beyond ASCII (é, —, ’, NBSP). `PackedASCIIWordSet`
/// agrees with a `Set` of the words.
@Suite struct PackedASCIIWordTests {
    /// The word lengths every buffer is read at.
    static let lengths = [0, 1, 7, 8, 9, 15, 16]

    /// Buffers shorter and longer than sixteen bytes: lower and upper case, digits, tabs, NUL, DEL and
    /// bytes beyond ASCII.
    static let buffers: [[UInt8]] = [
        [], Array("a".utf8), Array("DOKUMEN".utf8), Array("Dokumen1".utf8), Array("é—’\u{A0}".utf8),
        Array("Az09 |.-~\t(e)x!".utf8), Array("Az09 |.-~\t(e)x!?".utf8), Array("PENYUSUNANRENSTRA".utf8),
        Array("Pengumpulan data\tdokumen 1. | MEMBERI | 10 | menit |".utf8),
        Array("é—’\u{A0}abcdefghijklmnopqrstuvwxyz@[`{".utf8), [0x00, 0x01, 0x1F, 0x7F, 0x41, 0x00, 0x5A, 0x20, 0x09],
        (0..<64).map { UInt8(truncatingIfNeeded: $0 &* 37) }, (0..<256).map { UInt8($0) },
    ]

    /// The old `OCRToken.ClassCache.packed`, as it was.
    static func classCachePacked(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> (low: UInt64, high: UInt64) {
        guard let base = bytes.baseAddress, length > 0 else { return (0, 0) }
        guard bytes.count >= 16 else {
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base + start, byteCount: length) }
            return (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
        }
        let loadStart = min(start, bytes.count - 16)
        var low = UInt64(littleEndian: UnsafeRawPointer(base + loadStart).loadUnaligned(as: UInt64.self))
        var high = UInt64(littleEndian: UnsafeRawPointer(base + loadStart + 8).loadUnaligned(as: UInt64.self))
        let shift = UInt64(start - loadStart) * 8
        if shift >= 64 {
            low = high &>> (shift - 64)
            high = 0
        } else if shift > 0 {
            low = low &>> shift | high &<< (64 - shift)
            high &>>= shift
        }
        if length < 8 {
            low &= (1 &<< (8 * UInt64(length))) &- 1
            high = 0
        } else if length < 16 {
            high &= (1 &<< (8 * UInt64(length - 8))) &- 1
        }
        return (low, high)
    }

    /// The old `OCRTableBytes.packed`: up to eight bytes, the first byte highest, ASCII upper-case letters
    /// lowered when `lowercasing`; nil for a longer word.
    static func tableBytesPacked(_ word: some Collection<UInt8>, lowercasing: Bool = false) -> (bytes: UInt64, count: Int)? {
        var packed: (bytes: UInt64, count: Int) = (0, 0)
        for byte in word {
            guard packed.count < 8 else { return nil }
            let folded = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            packed.bytes = packed.bytes << 8 | UInt64(folded)
            packed.count += 1
        }
        return packed
    }

    /// The old identity table's `PackedWord`: bytes appended, the first byte lowest, with the length.
    struct IdentityPackedWord: Equatable {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var length = 0

        mutating func append(_ byte: UInt8) {
            if length < 8 {
                head |= UInt64(byte) << (8 * UInt64(length))
            } else {
                tail |= UInt64(byte) << (8 * UInt64(length - 8))
            }
            length += 1
        }
    }

    /// The old `OCRRoleHeader.WordKinds.Table.packed` of a word of 1 to 16 ASCII letters and digits.
    static func wordKindsPacked(_ word: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: word.baseAddress!, byteCount: word.count) }
        let lowCount = UInt64(min(word.count, 8))
        let highCount = UInt64(word.count - Int(lowCount))
        let lowMask: UInt64 = lowCount == 8 ? ~0 : (1 << (lowCount * 8)) - 1
        let highMask: UInt64 = highCount == 8 ? ~0 : (1 << (highCount * 8)) - 1
        let lowered: UInt64 = 0x2020_2020_2020_2020
        return (UInt64(littleEndian: words.0) | lowered & lowMask, UInt64(littleEndian: words.1) | lowered & highMask)
    }

    /// Each byte with "A"..."Z" lowered, one at a time.
    static func loweredByBytes(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// The starts a word of `length` bytes is read at in a buffer of `count` bytes: its start and its end.
    static func starts(count: Int, length: Int) -> [Int] {
        length > count ? [] : Array(Set([0, count - length]))
    }

    @Test(arguments: buffers) func loadingAgreesWithTheClassCachesPackingAndWithAppending(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            for length in Self.lengths {
                for start in Self.starts(count: buffer.count, length: length) {
                    let word = PackedASCIIWord(buffer, from: start, length: length)
                    let old = Self.classCachePacked(buffer, from: start, length: length)
                    #expect(word.low == old.low && word.high == old.high && word.length == length, "\(bytes.count) \(start) \(length)")
                    var appended = PackedASCIIWord()
                    var identity = IdentityPackedWord()
                    for byte in buffer[start..<start + length] {
                        appended.append(byte)
                        identity.append(byte)
                    }
                    #expect(appended == word && PackedASCIIWord(buffer[start..<start + length]) == word)
                    #expect(identity.head == word.low && identity.tail == word.high && identity.length == word.length)
                }
            }
        }
    }

    @Test(arguments: buffers) func lowercasingLowersTheASCIILettersOnly(_ bytes: [UInt8]) {
        for length in Self.lengths {
            for start in Self.starts(count: bytes.count, length: length) {
                let slice = bytes[start..<start + length]
                #expect(PackedASCIIWord(slice)?.asciiLowercased == PackedASCIIWord(Self.loweredByBytes(slice)), "\(start) \(length)")
            }
        }
        for byte in 0...UInt8.max {
            for position in [0, 7, 8, 15] {
                var word = [UInt8](repeating: 0x41, count: 16)
                word[position] = byte
                #expect(PackedASCIIWord(word)?.asciiLowercased == PackedASCIIWord(Self.loweredByBytes(word)), "\(byte) \(position)")
            }
        }
    }

    @Test func aWordOfMoreThanSixteenBytesDoesNotPack() {
        #expect(PackedASCIIWord(Array("abcdefghijklmnop".utf8)) != nil)
        #expect(PackedASCIIWord(Array("abcdefghijklmnopq".utf8)) == nil)
        #expect(PackedASCIIWord(String(repeating: "Pengumpulan data ", count: 500).utf8) == nil)
        #expect(PackedASCIIWord("".utf8) == PackedASCIIWord())
    }

    /// Words compared with the connectors as `OCRRoleHeader` compares them.
    static let words = [
        "", "d", "dan", "DAN", "Dan", "dAn", "dan/atau", "DAN/ATAU", "dan/ata", "dan/atauu", "dan/atau/serta", "serta",
        "SERTA", "&", "/", "atau", "Atau", "é", "dán", "dan\u{A0}", "dan\t", "da\u{0}n", "abcdefghijklmnop",
        "ABCDEFGHIJKLMNOPQ", "menit", "MENIT", "Menit1", "minggu", "bulan", "jam", "hari",
    ]

    @Test(arguments: words) func equalityAgreesWithTheTableBytesPacking(_ text: String) {
        for other in ["dan", "serta", "&", "/", "atau", "dan/atau", "menit", "jam", "hari", "minggu", "bulan"] {
            let otherOld = Self.tableBytesPacked(other.utf8)!
            let old = Self.tableBytesPacked(text.utf8).map { $0 == otherOld } ?? false
            let oldLowered = Self.tableBytesPacked(text.utf8, lowercasing: true).map { $0 == otherOld } ?? false
            let word = PackedASCIIWord(text.utf8)
            #expect((word == PackedASCIIWord(other.utf8)) == old, "\(text) \(other)")
            #expect((word?.asciiLowercased == PackedASCIIWord(other.utf8)) == oldLowered, "\(text) \(other)")
        }
    }

    @Test func everyLetterAndDigitLowersAsInLowercasingAnyASCII() {
        let alphanumerics = (0...UInt8.max).filter(TextFolding.isASCIIAlphanumeric)
        for byte in alphanumerics {
            for position in [0, 7, 8, 15] {
                var word = [UInt8](repeating: 0x5A, count: position + 1)
                word[position] = byte
                let packed = PackedASCIIWord(word)!
                #expect(packed.alphanumericsLowercased == packed.asciiLowercased, "\(byte) \(position)")
            }
        }
    }

    @Test(arguments: words) func lettersAndDigitsLowerAsTheWordKindsTableLowered(_ text: String) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 16, bytes.allSatisfy(TextFolding.isASCIIAlphanumeric) else { return }
        for padded in [bytes, bytes + Array(" and more than sixteen bytes after it".utf8)] {
            padded.withUnsafeBufferPointer { buffer in
                let word = PackedASCIIWord(buffer, from: 0, length: bytes.count)
                let old = Self.wordKindsPacked(UnsafeBufferPointer(rebasing: buffer[..<bytes.count]))
                #expect(word.alphanumericsLowercased.low == old.low && word.alphanumericsLowercased.high == old.high, "\(text)")
                #expect(word.alphanumericsLowercased == word.asciiLowercased, "\(text)")
            }
        }
    }

    @Test func aSetHoldsItsWordsOnly() {
        let words = ["nama", "nomor", "no", "tanggal", "tgl", "dasar", "abcdefghijklmnop", "z", "unit"]
        let set = PackedASCIIWordSet(words)
        let reference = Set(words)
        for text in words + Self.words + ["namA", "nam", "namaa", "zz", "", "1nama", "~", "{"] {
            #expect(PackedASCIIWord(text.utf8).map(set.contains) ?? false == reference.contains(text), "\(text)")
        }
    }
}

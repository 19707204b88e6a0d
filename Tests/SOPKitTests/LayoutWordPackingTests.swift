import Testing

@testable import SOPKit

/// `LayoutWord` on top of the shared `PackedASCIIWord` agrees with the `LayoutWord` that packed its own
/// two integers (kept here as a reference copy): reading a word from bytes, appending bytes one by one,
/// and finding a word in a list and in a `LayoutWordSet`; on words of 0, 1, 7, 8, 9, 15, 16 and 17
/// bytes, in upper and lower case, with digits, next to tabs, spaces and bytes beyond ASCII (é, —, ’,
/// NBSP), and in long texts.
@Suite struct LayoutWordPackingTests {
    /// The old `LayoutWord`, as it was: the first eight bytes in `low`, the next eight in `high`, the
    /// first byte lowest, letters lowered, and every appended byte counted.
    struct ReferenceLayoutWord {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        init() {}

        init(_ word: String) {
            for byte in word.utf8 { append(byte) }
        }

        static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (word: ReferenceLayoutWord, end: Int) {
            var word = ReferenceLayoutWord()
            var index = start
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= bytes.count {
                    let block = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let alphanumeric = LayoutWord.alphanumericBytes(block)
                    let run = (~alphanumeric & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
                    if word.count < 16 {
                        let kept = run == 8 ? UInt64.max : (1 &<< (UInt64(run) &* 8)) &- 1
                        let packed = (block | (alphanumeric &>> 2)) & kept
                        if word.count == 0 { word.low = packed } else { word.high = packed }
                    }
                    word.count += run
                    index += run
                    if run < 8 { return (word, index) }
                }
            }
            while index < bytes.count, LayoutBytes.isASCIIAlphanumeric(bytes[index]) {
                word.append(bytes[index])
                index += 1
            }
            return (word, index)
        }

        mutating func append(_ byte: UInt8) {
            let folded = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if count < 8 {
                low |= folded << (8 * UInt64(count))
            } else if count < 16 {
                high |= folded << (8 * UInt64(count - 8))
            }
            count += 1
        }

        func isIn(_ words: [ReferenceLayoutWord]) -> Bool {
            guard count <= 16 else { return false }
            for word in words where word.low == low && word.high == high { return true }
            return false
        }
    }

    /// Whether `word` holds what `reference` holds: the same two integers, the same count, and the
    /// first sixteen bytes as its packed length.
    static func agree(_ word: LayoutWord, _ reference: ReferenceLayoutWord) -> Bool {
        let sameIntegers = word.packed.low == reference.low && word.packed.high == reference.high
        let sameCounts = word.count == reference.count && word.packed.length == min(reference.count, 16)
        return sameIntegers && sameCounts
    }

    /// Words of letters and digits of every length the packing treats apart, in upper, lower and mixed case.
    static let words: [String] = [0, 1, 7, 8, 9, 15, 16, 17].flatMap { (length: Int) -> [String] in
        [
            String("Kegiatan0123456789AbCdEfGhIj".prefix(length)), String("ABCDEFGHIJKLMNOPQRSTU".prefix(length)),
            String("abcdefghijklmnopqrstu".prefix(length)), String("9876543210987654321".prefix(length)),
        ]
    }

    /// Each word alone and between the bytes that end a word: spaces, a tab, bytes beyond ASCII, ASCII
    /// punctuation next to the ranges of letters and digits, and long texts before and after.
    static let texts: [String] = words.flatMap { (word: String) -> [String] in
        [
            word, "\(word) ", "\(word)\tx", "\(word)é", "é\(word)", "—\(word)’", "\u{A0}\(word)\u{A0}", "\(word)/\(word)",
            "\(word)@[`{:", "Uraian \(word) kegiatan yang panjang sekali", "\(String(repeating: "Pengumpulan data ", count: 4))\(word)",
        ]
    } + ["", "é", "\u{A0}", "\t", "—’", "abcdéfghijklmnopqrs", "ABCDEFGHIJKLMNOPé", String(repeating: "x", count: 300)]

    @Test(arguments: texts) func readAgreesWithTheOldPacking(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...buffer.count {
                let read = LayoutWord.read(buffer, from: start)
                let reference = ReferenceLayoutWord.read(buffer, from: start)
                #expect(Self.agree(read.word, reference.word) && read.end == reference.end, "\(text) from \(start)")
                let packed = PackedASCIIWord(bytes[start..<min(read.end, start + 16)])?.asciiLowercased
                #expect(read.word.packed == packed, "\(text) from \(start)")
            }
        }
    }

    @Test(arguments: texts) func appendingAgreesWithTheOldPacking(_ text: String) {
        #expect(Self.agree(LayoutWord(text), ReferenceLayoutWord(text)), "\(text)")
    }

    @Test func listsAndSetsFindWhatTheOldPackingFound() {
        let lists = [Self.words, ["kegiatan", "aktivitas", "aktifitas"], ["abcdefghijklmnop", "abcdefghijklmnopq", "x"], []]
        for list in lists {
            let set = LayoutWordSet(Array(Set(list)))
            let words = list.map(LayoutWord.init)
            let references = list.map(ReferenceLayoutWord.init)
            for probe in Self.words + ["Kegiatan", "KEGIATAN", "kegiata", "abcdefghijklmnopqr", "é", "keg iatan"] {
                let expected = ReferenceLayoutWord(probe).isIn(references)
                #expect(LayoutWord(probe).isIn(words) == expected, "\(probe) in \(list)")
                #expect(set.contains(LayoutWord(probe)) == expected, "\(probe) in \(list)")
            }
        }
    }
}

/// Words mapped to numbers, looked up by their UTF-8 bytes without building a String.
///
/// Built only for words of ASCII bytes other than upper-case letters, ";" and "`": no text with
/// other characters is canonically equivalent to such a word, so byte equality gives the answer a
/// `[Substring: Int]` gives.
struct ASCIIWordTable: Sendable {
    /// How many buckets the words are spread over (a power of two).
    private static let bucketCount = 256
    /// For each bucket, where its words start in `wordStarts`, and one more for the end.
    private let bucketStarts: [Int]
    /// For each word, where its bytes start in `bytes`, and one more for the end.
    private let wordStarts: [Int]
    /// The bytes of the words, bucket after bucket.
    private let bytes: [UInt8]
    /// The number of each word.
    private let values: [Int]

    /// The table of `words`, or nil when one of them is not a word this table can hold.
    init?(_ words: some Sequence<(word: Substring, value: Int)>) {
        var buckets = Array(repeating: [(bytes: [UInt8], value: Int)](), count: Self.bucketCount)
        for (word, value) in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) && $0 != 0x3B && $0 != 0x60 })
            else { return nil }
            buckets[Self.bucket(count: bytes.count, first: bytes[0], last: bytes[bytes.count - 1])].append((bytes, value))
        }
        var bucketStarts: [Int] = []
        var wordStarts: [Int] = []
        var bytes: [UInt8] = []
        var values: [Int] = []
        for bucket in buckets {
            bucketStarts.append(values.count)
            for word in bucket {
                wordStarts.append(bytes.count)
                bytes += word.bytes
                values.append(word.value)
            }
        }
        bucketStarts.append(values.count)
        wordStarts.append(bytes.count)
        self.bucketStarts = bucketStarts
        self.wordStarts = wordStarts
        self.bytes = bytes
        self.values = values
    }

    /// The bucket of a word by its length and its first and last bytes.
    private static func bucket(count: Int, first: UInt8, last: UInt8) -> Int {
        (count &* 131 &+ Int(first) &* 31 &+ Int(last)) & (bucketCount - 1)
    }

    /// The number of the word whose UTF-8 bytes are `word`, if the table holds it.
    func value(for word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = word.first, let last = word.last else { return nil }
        let bucket = Self.bucket(count: word.count, first: first, last: last)
        for index in bucketStarts[bucket]..<bucketStarts[bucket + 1] {
            let start = wordStarts[index]
            guard wordStarts[index + 1] - start == word.count else { continue }
            var equal = true
            for offset in 0..<word.count where bytes[start + offset] != word[offset] {
                equal = false
                break
            }
            if equal { return values[index] }
        }
        return nil
    }
}

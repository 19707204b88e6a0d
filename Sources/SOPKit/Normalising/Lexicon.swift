/// The vocabulary of clean SOPs (scripts/build-lexicon): words that OCR word repair corrects towards
/// and never changes.
///
/// The words are kept as bytes in one array, by length and, within a length, in byte order, each once:
/// the lexicon is built at start-up from its chunks' bytes, without a String, an array or a set entry
/// per word, and the tables of word repair (`LexiconWordTable`, `LexiconCandidateTable`) are built
/// from those bytes in turn.
struct Lexicon: Sendable {
    /// The shared lexicon built from `wordChunks`.
    static let shared = Lexicon(chunks: wordChunks)

    /// The length of the longest words `indices(length:spread:)` gives; longer words are only for `contains`.
    static let longestLength = 39

    /// Every word's letters, lower-case ASCII a...z, one word after another: the words by length and,
    /// within a length, in byte order (which is `String`'s order of such words), each once.
    let letters: [UInt8]
    /// Per word, where its letters start in `letters`, and one more element: the end of the last word.
    let starts: [Int]
    /// Per length from 0 to `longestWordBytes + 1`, the index of the first word of that length or longer.
    let firstOfLength: [Int]
    /// The most UTF-8 bytes a lexicon word has, so no word has more Unicode scalars. A text that
    /// `contains` finds has no more scalars than its word: it lower-cases to a string canonically
    /// equivalent to the word, each of its scalars lower-casing to one scalar or more and each of
    /// those decomposing to one or more of the word's.
    let longestWordBytes: Int

    /// The lexicon of the words of `chunks`, each chunk's words separated by spaces (a space is one
    /// byte, never part of another character's bytes), read on the chunks' bytes. Every word must be
    /// lower-case ASCII letters; a word may come more than once and in any order.
    init(chunks: [String]) {
        var layout = Layout(chunks: chunks)
        if !layout.isSortedAndDistinct { layout = Layout(chunks: layout.sortedDistinctWords) }
        letters = layout.letters
        starts = layout.starts
        firstOfLength = layout.firstOfLength
        longestWordBytes = layout.firstOfLength.count - 2
    }

    /// The words of chunks laid out by length, in the order they come within each length.
    ///
    /// The chunks are read twice: once to count the words of each length, once to copy each word
    /// straight to its place among the words of its length (a counting sort). Words that come in
    /// order, as `wordChunks` do, are then in order within each length, which is checked one pair at
    /// a time (`isSortedAndDistinct`); any others are sorted and each kept once (`sortedDistinctWords`).
    private struct Layout {
        /// `Lexicon.letters`, `Lexicon.starts` and `Lexicon.firstOfLength` of the laid-out words.
        let letters: [UInt8]
        let starts: [Int]
        let firstOfLength: [Int]

        /// The words of `chunks` laid out by length, in the order they come within each length.
        init(chunks: [String]) {
            var lengthCounts: [Int] = []
            Self.forEachWord(in: chunks) { word in
                precondition(word.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "a lexicon word is a...z")
                if lengthCounts.count <= word.count { lengthCounts += repeatElement(0, count: word.count + 1 - lengthCounts.count) }
                lengthCounts[word.count] += 1
            }
            var firstOfLength = [0]
            var letterCount = 0
            for (length, count) in lengthCounts.enumerated() {
                firstOfLength.append(firstOfLength[length] + count)
                letterCount += length * count
            }
            if firstOfLength.count < 2 { firstOfLength.append(0) }
            // The words of a length take the same room each, so each word's start follows from its index.
            var starts = [Int](repeating: letterCount, count: firstOfLength[firstOfLength.count - 1] + 1)
            var start = 0
            for length in lengthCounts.indices {
                for index in firstOfLength[length]..<firstOfLength[length + 1] {
                    starts[index] = start
                    start += length
                }
            }
            var letters = [UInt8](repeating: 0, count: letterCount)
            var next = firstOfLength
            letters.withUnsafeMutableBufferPointer { letters in
                Self.forEachWord(in: chunks) { word in
                    let start = starts[next[word.count]]
                    next[word.count] += 1
                    precondition(start + word.count <= letters.count, "a word has the room of its length")
                    _ = UnsafeMutableBufferPointer(rebasing: letters[start..<start + word.count]).update(fromContentsOf: word)
                }
            }
            self.letters = letters
            self.starts = starts
            self.firstOfLength = firstOfLength
        }

        /// Calls `body` with the bytes of each word of `chunks`, in order: each chunk's bytes between spaces.
        private static func forEachWord(in chunks: [String], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            for var chunk in chunks {
                chunk.withUTF8 { bytes in
                    var start = 0
                    for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                        if end > start { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                        start = end + 1
                    }
                }
            }
        }

        /// The letters of the word at `index`.
        private func letters(ofWord index: Int) -> ArraySlice<UInt8> { letters[starts[index]..<starts[index + 1]] }

        /// Whether each word is before the next one of its length in byte order.
        var isSortedAndDistinct: Bool {
            (0..<max(0, starts.count - 2)).allSatisfy { index in
                starts[index + 2] - starts[index + 1] != starts[index + 1] - starts[index]
                    || letters(ofWord: index).lexicographicallyPrecedes(letters(ofWord: index + 1))
            }
        }

        /// The words, each once, by length and then in byte order (`String`'s order of such words).
        var sortedDistinctWords: [String] {
            Set((0..<starts.count - 1).map { String(decoding: letters(ofWord: $0), as: UTF8.self) })
                .sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
        }
    }

    /// The number of words.
    var count: Int { starts.count - 1 }

    /// The letters of the word at `index`.
    func letters(ofWord index: Int) -> ArraySlice<UInt8> { letters[starts[index]..<starts[index + 1]] }

    /// The word at `index`.
    func word(at index: Int) -> String { String(decoding: letters(ofWord: index), as: UTF8.self) }

    /// The indices of the words whose length is within `spread` of `length`, from 1 up to
    /// `longestLength` (none for a word longer than every lexicon word by more than `spread`): by
    /// length, then in byte order.
    func indices(length: Int, spread: Int) -> Range<Int> {
        let lengthEnd = min(Self.longestLength, longestWordBytes) + 1
        let low = min(max(1, length - spread), lengthEnd)
        let end = max(low, min(lengthEnd, length + spread + 1))
        return firstOfLength[low]..<firstOfLength[end]
    }

    /// Whether `word` (any case) is in the lexicon: whether `word.lowercased()` equals a word as a
    /// String, looked up by its bytes in the words of its length (a binary search). A word is ASCII
    /// letters, and a String equals one only when its bytes are the word's: no scalar beyond ASCII
    /// decomposes canonically into lower-case ASCII letters (the Kelvin sign, the only one into a
    /// letter, decomposes into "K", and lower-cases to "k" first), and composing never makes ASCII.
    func contains(_ word: some StringProtocol) -> Bool {
        var lowered = word.lowercased()
        return lowered.withUTF8 { bytes in
            guard bytes.count <= longestWordBytes else { return false }
            var low = firstOfLength[bytes.count]
            var high = firstOfLength[bytes.count + 1]
            while low < high {
                let middle = (low + high) / 2
                if letters(ofWord: middle).lexicographicallyPrecedes(bytes) { low = middle + 1 } else { high = middle }
            }
            return low < firstOfLength[bytes.count + 1] && letters(ofWord: low).elementsEqual(bytes)
        }
    }

    /// A 26-bit set of the ASCII letters in `bytes`.
    static func mask(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var mask: UInt32 = 0
        for byte in bytes {
            let lower = byte | 0x20
            if lower >= 0x61, lower <= 0x7A { mask |= 1 << UInt32(lower - 0x61) }
        }
        return mask
    }
}

/// A set of lower-case ASCII words (letters and digits) that tells whether a word given as UTF-8
/// bytes is one of them without building a String.
///
/// For such words the answer is the one `Set<String>.contains` gives: an ASCII word equals them byte
/// for byte or not at all, and no text with other characters is canonically equivalent to one of them.
struct ASCIIWordSet: Sendable {
    /// The words by their length in bytes.
    private let wordsByLength: [[[UInt8]]]

    /// Creates the set; every word must be lower-case ASCII letters and digits.
    init(_ words: some Sequence<String>) {
        var table: [[[UInt8]]] = []
        for word in words {
            let bytes = Array(word.utf8)
            precondition(bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) })
            while table.count <= bytes.count { table.append([]) }
            table[bytes.count].append(bytes)
        }
        wordsByLength = table
    }

    /// Whether the word whose UTF-8 bytes are `word` is in the set.
    func contains(_ word: some Collection<UInt8>) -> Bool {
        let count = word.count
        guard count < wordsByLength.count else { return false }
        for candidate in wordsByLength[count] where candidate.elementsEqual(word) { return true }
        return false
    }

    /// Whether `word` is in the set.
    func contains(_ word: Substring) -> Bool {
        contains(word.utf8)
    }

    /// Whether the ASCII letters `word`, in lower case, are a word of the set.
    func containsLowercased(_ word: some Collection<UInt8>) -> Bool {
        let count = word.count
        guard count < wordsByLength.count else { return false }
        for candidate in wordsByLength[count] where candidate.elementsEqual(word, by: { $0 == $1 | 0x20 }) {
            return true
        }
        return false
    }
}

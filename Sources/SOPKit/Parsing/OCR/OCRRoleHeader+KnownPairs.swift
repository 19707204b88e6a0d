extension OCRRoleHeader {
    /// The word pairs of the known role names (`RoleVocabulary.knownRoles`), folded: "kepala" then
    /// "dinas", "evaluasi" then "dan" …. Each folded word of the known role names has a number, read from
    /// the word's bytes without building a String; a pair is one entry of a table indexed by the two
    /// numbers. A phrase or a column keeps the numbers of its first and last words, so that the alignment
    /// compares two integers where it would look a word up in the set of words that follow another.
    enum KnownPairs {
        /// The folded words of the known role names, each once, in the order they are first met: a word's
        /// number is its index.
        static let words: [String] = numbering.table.words

        /// `words` numbered, looked up by their bytes.
        private static let table: PackedWordNumbering = numbering.table

        /// `words` numbered (`table`), and each known role name as the numbers of its folded words, in
        /// order: worked out together, each word numbered when it is first met.
        private static let numbering: (table: PackedWordNumbering, names: [[Int]]) = {
            var table = PackedWordNumbering()
            var names: [[Int]] = []
            names.reserveCapacity(RoleVocabulary.knownRoles.count)
            for role in RoleVocabulary.knownRoles {
                var role = role
                names.append(role.withUTF8 { bytes in
                    guard OCRTableBytes.isASCII(bytes: bytes) else { preconditionFailure("a known role name is not ASCII") }
                    var numbers: [Int] = []
                    forEachKeyWord(ofASCII: bytes) { numbers.append(table.number(adding: $0)) }
                    return numbers
                })
            }
            return (table, names)
        }()

        /// Calls `body` with the bytes of each folded word (`TextFolding.keyWords`) of the ASCII text
        /// `bytes`, in order: its runs of letters and digits, in lower case. The bytes handed to `body`
        /// are valid only during the call.
        static func forEachKeyWord(
            ofASCII bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
        ) {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer in
                var length = 0
                for index in 0...bytes.count {
                    if index < bytes.count, TextFolding.isASCIIAlphanumeric(bytes[index]) {
                        let byte = bytes[index]
                        buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        length += 1
                    } else if length > 0 {
                        body(UnsafeBufferPointer(rebasing: buffer[..<length]))
                        length = 0
                    }
                }
            }
        }

        /// For the words numbered `first` and `second`, whether `second` follows `first` in a known role
        /// name: entry `first * wordCount + second` of `follows`, kept with `wordCount` (the number of
        /// `words`) so that a pair is read through one global.
        private static let pairs: (follows: [Bool], wordCount: Int) = {
            let wordCount = words.count
            var follows = Array(repeating: false, count: wordCount * wordCount)
            for numbers in numbering.names {
                for index in numbers.indices.dropLast() { follows[numbers[index] * wordCount + numbers[index + 1]] = true }
            }
            return (follows, wordCount)
        }()

        /// The number of a folded word, or -1 when it is no word of a known role name (nor is a word
        /// that is not one of `words` equal to one of them).
        static func number(of word: Substring) -> Int {
            let utf8 = word.utf8
            guard !utf8.isEmpty, utf8.count <= PackedASCIIWord.capacity else { return -1 }
            let packed = utf8.withContiguousStorageIfAvailable { PackedASCIIWord($0, from: 0, length: $0.count) }
                ?? PackedASCIIWord(utf8)!
            return table.number(of: packed) ?? -1
        }

        /// `number(of:)` of the first of `words`, -1 when there is none.
        static func number(ofFirst words: [Substring]) -> Int {
            words.first.map(number(of:)) ?? -1
        }

        /// `number(of:)` of the last of `words`, -1 when there is none.
        static func number(ofLast words: [Substring]) -> Int {
            words.last.map(number(of:)) ?? -1
        }

        /// Whether the word numbered `second` follows the word numbered `first` in a known role name;
        /// false when either is -1 (no word of a known role name, or no word).
        static func isPair(_ first: Int, _ second: Int) -> Bool {
            first >= 0 && second >= 0 && pairs.follows[first * pairs.wordCount + second]
        }
    }
}

extension OCRRoleHeader {
    /// The word pairs of the known role names (`RoleVocabulary.knownRoles`), folded: "kepala" then
    /// "dinas", "evaluasi" then "dan" …. Each folded word of the known role names has a number, read from
    /// the word's bytes without building a String; a pair is one entry of a table indexed by the two
    /// numbers. A phrase or a column keeps the numbers of its first and last words, so that the alignment
    /// compares two integers where it would look a word up in the set of words that follow another.
    enum KnownPairs {
        /// The folded words of the known role names, each once, in the order they are first met: a word's
        /// number is its index.
        static let words: [String] = numbering.words

        /// `words`, and each known role name as the numbers of its folded words, in order: worked out
        /// together, each word numbered when it is first met. Every known role name is ASCII, so its key
        /// is, and the key's words (`TextFolding.keyWords`) are the runs of its bytes between spaces.
        private static let numbering: (words: [String], names: [[Int]]) = {
            var words: [String] = []
            var numberOfWord: [String: Int] = [:]
            var names: [[Int]] = []
            names.reserveCapacity(RoleVocabulary.knownRoles.count)
            for role in RoleVocabulary.knownRoles {
                let key = TextFolding.key(role)
                guard key.utf8.allSatisfy({ $0 < 0x80 }) else { preconditionFailure("a known role name is not ASCII") }
                var numbers: [Int] = []
                for word in key.utf8.split(separator: 0x20) {
                    let word = String(Substring(word))
                    if let number = numberOfWord[word] {
                        numbers.append(number)
                    } else {
                        numberOfWord[word] = words.count
                        numbers.append(words.count)
                        words.append(word)
                    }
                }
                names.append(numbers)
            }
            return (words, names)
        }()

        /// `words` by their bytes. Folded words hold no upper-case letter, so the table can hold them.
        private static let numbers: ASCIIWordTable = {
            guard let table = ASCIIWordTable(words.enumerated().map { (word: $1[...], value: $0) }) else {
                preconditionFailure("a known role name folds to a word that ASCIIWordTable cannot hold")
            }
            return table
        }()

        /// For the words numbered `first` and `second`, whether `second` follows `first` in a known role
        /// name: entry `first * words.count + second`.
        private static let follows: [Bool] = {
            var follows = Array(repeating: false, count: words.count * words.count)
            for numbers in numbering.names {
                for index in numbers.indices.dropLast() { follows[numbers[index] * words.count + numbers[index + 1]] = true }
            }
            return follows
        }()

        /// The number of a folded word, or -1 when it is no word of a known role name (nor is a word
        /// that is not one of `words` equal to one of them).
        static func number(of word: Substring) -> Int {
            let found = word.utf8.withContiguousStorageIfAvailable { numbers.value(for: $0) }
                ?? Array(word.utf8).withUnsafeBufferPointer { numbers.value(for: $0) }
            return found ?? -1
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
            first >= 0 && second >= 0 && follows[first * words.count + second]
        }
    }
}

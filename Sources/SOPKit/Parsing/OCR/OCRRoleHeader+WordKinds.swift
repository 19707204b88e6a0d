extension OCRRoleHeader {
    /// What a folded word is to the role header, found in one lookup of its bytes: the sets of words it
    /// belongs to (`Kind`) and its number among the known role names' words (`KnownPairs.number(of:)`).
    struct WordKinds: Equatable {
        /// A set of words that a folded word may belong to.
        struct Kind: OptionSet, Equatable {
            let rawValue: UInt8
            /// `OCRRoleEvidence.roleHeads`.
            static let roleHead = Kind(rawValue: 1 << 0)
            /// `OCRRoleEvidence.standaloneHeads`.
            static let standaloneHead = Kind(rawValue: 1 << 1)
            /// `headsNamingARole`.
            static let namesARole = Kind(rawValue: 1 << 2)
            /// `headWords`.
            static let headWord = Kind(rawValue: 1 << 3)
            /// `standaloneWords`.
            static let standaloneWord = Kind(rawValue: 1 << 4)
            /// The connectors that are one folded word ("dan", "serta", "atau").
            static let connector = Kind(rawValue: 1 << 5)
            /// `headerWords`.
            static let headerWord = Kind(rawValue: 1 << 6)
            /// "pelaksana", the label over the role columns.
            static let pelaksana = Kind(rawValue: 1 << 7)
        }

        /// The sets the word belongs to.
        let kinds: Kind
        /// The word's number among the known role names' words, -1 when it is none of them.
        let knownPairNumber: Int

        /// The kinds of a word that is in no set and no known role name.
        static let none = WordKinds(kinds: [], knownPairNumber: -1)

        /// Whether the word belongs to the set `kind`.
        func contains(_ kind: Kind) -> Bool {
            kinds.contains(kind)
        }

        /// Whether the word is a title that needs a complement (`needsComplement(key:)`).
        var needsComplement: Bool {
            kinds.contains(.roleHead) && !kinds.contains(.standaloneHead) && !kinds.contains(.namesARole)
        }

        /// The kinds of the folded word whose bytes are `word`: ASCII letters and digits, in any case
        /// (the word in lower case is the folded word).
        @inline(__always)
        static func of(_ word: UnsafeBufferPointer<UInt8>) -> WordKinds {
            table.kinds(in: word, from: 0, length: word.count)
        }

        /// `of` the `length` bytes of `bytes` from `start` (all inside `bytes`), packed from `bytes` as
        /// they stand: a word of a line of sixteen bytes or more is packed in two loads, without a copy.
        @inline(__always)
        static func of(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> WordKinds {
            table.kinds(in: bytes, from: start, length: length)
        }

        /// Every word of the sets and of the known role names, with its kinds.
        private static let table = Table()

        /// The words with kinds, packed (`PackedASCIIWord`) in a table of fixed slots probed one after the
        /// other.
        private struct Table {
            /// A word: its bytes in lower case packed (of length 0 for an empty slot) and its kinds.
            struct Slot {
                var word = PackedASCIIWord()
                var kinds = WordKinds.none
            }

            /// The slots: a power of two of them, at least twice as many as the words.
            private var slots = [Slot](repeating: Slot(), count: 512)

            /// The longest word the table holds, in bytes: two integers' worth.
            static let longestWord = 16

            /// The words the slots hold.
            private var wordCount = 0

            /// The table of the words of every set and of the known role names: each word is put in its
            /// slot as it is met, its kinds and its known pair number added to a slot that holds it.
            init() {
                let sets: [(words: [String], kind: Kind)] = [
                    (OCRRoleEvidence.roleHeadWords, .roleHead), (OCRRoleEvidence.standaloneHeadWords, .standaloneHead),
                    (headsNamingARoleList, .namesARole), (headWordList, .headWord), (standaloneWordList, .standaloneWord),
                    (["dan", "serta", "atau"], .connector), (headerWordList, .headerWord), (["pelaksana"], .pelaksana),
                ]
                for (words, kind) in sets {
                    for word in words { add(word, kind: kind, knownPairNumber: -1) }
                }
                for (number, word) in KnownPairs.words.enumerated() { add(word, kind: [], knownPairNumber: number) }
            }

            /// Puts `word` (lower-case ASCII letters and digits, 1 to `longestWord` bytes) in the table
            /// with the kind `kind` and, unless it is -1, the known pair number `knownPairNumber`: in the
            /// slot that holds the word, else in a new one.
            private mutating func add(_ word: String, kind: Kind, knownPairNumber: Int) {
                var word = word
                let packed = word.withUTF8 { bytes in
                    guard !bytes.isEmpty, bytes.count <= Self.longestWord,
                        bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) })
                    else { preconditionFailure("a role header word is not lower-case letters and digits of 1 to 16 bytes") }
                    return PackedASCIIWord(bytes, from: 0, length: bytes.count)
                }
                let mask = slots.count - 1
                var slot = packed.firstSlot(mask: mask)
                while slots[slot].word.length != 0 {
                    if slots[slot].word == packed {
                        let held = slots[slot].kinds
                        slots[slot].kinds = WordKinds(
                            kinds: held.kinds.union(kind),
                            knownPairNumber: knownPairNumber == -1 ? held.knownPairNumber : knownPairNumber)
                        return
                    }
                    slot = (slot + 1) & mask
                }
                wordCount += 1
                guard wordCount * 2 <= slots.count else { preconditionFailure("too many role header words for the table") }
                slots[slot] = Slot(word: packed, kinds: WordKinds(kinds: kind, knownPairNumber: knownPairNumber))
            }

            /// The kinds of the word of `length` bytes from `start` in `bytes` (ASCII letters and digits
            /// in any case), `none` when the table does not hold it.
            @inline(__always)
            func kinds(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> WordKinds {
                guard length > 0, length <= Self.longestWord else { return .none }
                let packed = PackedASCIIWord(bytes, from: start, length: length).alphanumericsLowercased
                let mask = slots.count - 1
                var slot = packed.firstSlot(mask: mask)
                while slots[slot].word.length != 0 {
                    if slots[slot].word == packed { return slots[slot].kinds }
                    slot = (slot + 1) & mask
                }
                return .none
            }
        }
    }
}

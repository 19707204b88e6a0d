extension ActivityClauses {
    /// What the keys of the last four pieces of an activity before a mention say (`TextFolding.key` of
    /// the pieces between spaces, commas and slashes), read on the activity's bytes while they are ASCII:
    /// each key is folded into a buffer on the stack and looked up as it comes, so no key is kept.
    struct MentionWindow {
        /// What the keys of all the pieces say together.
        let words: MentionWord
        /// What the key of the last piece says.
        let last: MentionWord
        /// The number of pieces read.
        let count: Int
        /// Whether the key of the last piece starts with "di" and has six characters or more (each byte
        /// of an ASCII key is one character: a key holds no carriage return).
        let lastIsLongDiWord: Bool

        /// Reads the keys of the last four pieces of `activity[..<end]`, as the `Substring` reading of
        /// `lastPieces` and `TextFolding.key` gives them, each looked up in `table` (`mentionWords`); nil
        /// when one of those pieces or a byte next to a separator between them is not ASCII.
        init?(_ activity: UnsafeBufferPointer<UInt8>, before end: Int, table: ASCIIWordTable = ActivityClauses.mentionWords) {
            var words = MentionWord()
            var last = MentionWord()
            var count = 0
            var lastIsLongDiWord = false
            let read = ActivityClauses.forEachKeyBeforeMention(in: activity, before: end) { key in
                let said = ActivityClauses.mentionWord(key, in: table)
                if count == 0 {
                    last = said
                    lastIsLongDiWord = key.count >= 6 && key[0] == UInt8(ascii: "d") && key[1] == UInt8(ascii: "i")
                }
                words.formUnion(said)
                count += 1
            }
            guard read else { return nil }
            self.words = words
            self.last = last
            self.count = count
            self.lastIsLongDiWord = lastIsLongDiWord
        }
    }

    /// Calls `body` with the key of each of the last four pieces of `activity[..<end]` (the pieces
    /// between spaces, commas and slashes, each folded as `TextFolding.key` folds it), last piece first;
    /// returns false, without calling `body`, when one of those pieces or a byte next to a separator
    /// between them is not ASCII. The pieces and the key are kept in buffers on the stack.
    static func forEachKeyBeforeMention(
        in activity: UnsafeBufferPointer<UInt8>, before end: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 4) { pieces in
            var found = 0
            var longest = 0
            func add(_ piece: Range<Int>) {
                (pieces.baseAddress! + found).initialize(to: piece)
                found += 1
                longest = max(longest, piece.count)
            }
            var pieceEnd = end
            var index = end
            while index > 0, found < 4 {
                let separator = index - 1
                let byte = activity[separator]
                guard byte < 0x80 else { return false }
                if byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/") {
                    if separator > 0, activity[separator - 1] >= 0x80 { return false }
                    if index != pieceEnd { add(index..<pieceEnd) }
                    pieceEnd = separator
                }
                index = separator
            }
            if found < 4, pieceEnd != 0 {
                for byte in activity[0..<pieceEnd] where byte >= 0x80 { return false }
                add(0..<pieceEnd)
            }
            // A key takes at most a byte for each byte of its piece.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(longest, 1)) { key in
                for piece in pieces[0..<found] {
                    let length = FoldedKey.foldASCII(UnsafeBufferPointer(rebasing: activity[piece]), into: key)
                    body(UnsafeBufferPointer(rebasing: key[..<length]))
                }
            }
            return true
        }
    }
}

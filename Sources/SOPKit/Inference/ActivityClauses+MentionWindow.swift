extension ActivityClauses {
    /// What the keys of the last four pieces of an activity before a mention say (`TextFolding.key` of
    /// the pieces between spaces, commas and slashes), read on the activity's bytes while they are ASCII:
    /// each key is folded into a buffer on the stack and looked up as it comes, so no key is kept.
    struct MentionWindow: Equatable {
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

        /// `MentionWindow(activity, before: end)` of an ASCII activity, read on its `reading` without a key:
        /// the key of a piece is the runs of letters and digits of the piece, lower-cased, one space between
        /// two runs, so it says something only when the piece holds one run, which is a word of the reading
        /// and is looked up by its entry (`kindsOfEntry`, `mentionWordsOfEntry`), or by its bytes in `table`
        /// (`mentionWords`) when `end` cuts the word. Each piece's bytes are read once, backwards.
        init(_ reading: RoleText.Reading, before end: Int, kindsOfEntry: [MentionWord], table: ASCIIWordTable) {
            var words = MentionWord()
            var last = MentionWord()
            var count = 0
            var lastIsLongDiWord = false
            reading.folded.withUnsafeBufferPointer { bytes in
                reading.words.withUnsafeBufferPointer { readingWords in
                    // The last word of the reading that starts before the piece being read.
                    var word = readingWords.count - 1
                    var pieceEnd = end
                    var index = end
                    while count < 4 {
                        // The piece ends at `pieceEnd`; it starts after the separator before it, or at 0.
                        while index > 0, !Self.isPieceSeparator(bytes[index - 1]) { index -= 1 }
                        if index != pieceEnd {
                            let said = Self.say(
                                piece: index..<pieceEnd, bytes: bytes, words: readingWords, word: &word,
                                kindsOfEntry: kindsOfEntry, table: table)
                            if count == 0 {
                                last = said.words
                                lastIsLongDiWord = said.isLongDiWord
                            }
                            words.formUnion(said.words)
                            count += 1
                        }
                        guard index > 0 else { break }
                        index -= 1
                        pieceEnd = index
                    }
                }
            }
            self.words = words
            self.last = last
            self.count = count
            self.lastIsLongDiWord = lastIsLongDiWord
        }

        /// Whether a byte separates the pieces before a mention: a space, a comma or a slash.
        @inline(__always)
        fileprivate static func isPieceSeparator(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/")
        }

        /// What the key of the piece `bytes[piece]` (lower-cased ASCII) says, and whether the key starts
        /// with "di" and has six bytes or more. `word` is a word of `words` that starts at or after the
        /// piece's one run, moved back to the word that starts there.
        private static func say(
            piece: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<RoleText.Word>, word: inout Int,
            kindsOfEntry: [MentionWord], table: ASCIIWordTable
        ) -> (words: MentionWord, isLongDiWord: Bool) {
            var runs = 0
            var keyLength = 0
            var firstRun = 0..<0
            var index = piece.lowerBound
            while index < piece.upperBound {
                guard FoldedKey.isASCIIAlphanumeric(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                while index < piece.upperBound, FoldedKey.isASCIIAlphanumeric(bytes[index]) { index += 1 }
                if runs == 0 { firstRun = start..<index }
                runs += 1
                keyLength += index - start
            }
            guard runs > 0 else { return (MentionWord(), false) }
            keyLength += runs - 1
            let isLongDiWord = keyLength >= 6 && firstRun.count >= 2 && bytes[firstRun.lowerBound] == UInt8(ascii: "d")
                && bytes[firstRun.lowerBound + 1] == UInt8(ascii: "i")
            guard runs == 1 else { return (MentionWord(), isLongDiWord) }
            while word > 0, words[word].start > firstRun.lowerBound { word -= 1 }
            if word >= 0, word < words.count, words[word].start == firstRun.lowerBound, words[word].end == firstRun.upperBound {
                let entry = words[word].entry
                return (entry >= 0 ? kindsOfEntry[entry] : MentionWord(), isLongDiWord)
            }
            return (ActivityClauses.mentionWord(UnsafeBufferPointer(rebasing: bytes[firstRun]), in: table), isLongDiWord)
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
                if MentionWindow.isPieceSeparator(byte) {
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

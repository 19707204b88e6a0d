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
        /// `lastPieces` and `TextFolding.key` gives them, each looked up with `kindsOfEntry`
        /// (`ActivityClauses.mentionWord`); nil when one of those pieces or a byte next to a separator
        /// between them is not ASCII.
        init?(
            _ activity: UnsafeBufferPointer<UInt8>, before end: Int, kindsOfEntry: [MentionWord] = ActivityClauses.mentionWordsOfEntry
        ) {
            var words = MentionWord()
            var last = MentionWord()
            var count = 0
            var lastIsLongDiWord = false
            let read = ActivityClauses.forEachKeyBeforeMention(in: activity, before: end) { key in
                let said = ActivityClauses.mentionWord(key, kindsOfEntry: kindsOfEntry)
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
        /// two runs, so it says something only when the piece holds one run. In an ASCII reading the runs
        /// are its words other than "&", so the pieces are read word by word backwards from `end`: a word
        /// joins the piece being read, and only the bytes between two words are read, for the separators
        /// that end a piece and the bytes that make one. A piece of one run says what its word's entry says
        /// (`kindsOfEntry`, `mentionWordsOfEntry`). When `end` cuts a word, the window is read on the
        /// reading's bytes. Inlined into its caller, which reads many windows with one `kindsOfEntry`.
        @inline(__always)
        init(_ reading: RoleText.Reading, before end: Int, kindsOfEntry: [MentionWord]) {
            let window: MentionWindow? = reading.folded.withUnsafeBufferPointer { bytes in
                reading.words.withUnsafeBufferPointer { words in
                    // The words that start before `end`.
                    var low = 0
                    var high = words.count
                    while low < high {
                        let middle = (low + high) >> 1
                        if words[middle].start < end { low = middle + 1 } else { high = middle }
                    }
                    guard low == 0 || words[low - 1].end <= end else { return nil }
                    return MentionWindow(pieces: bytes, words: UnsafeBufferPointer(rebasing: words[..<low]), before: end, kindsOfEntry: kindsOfEntry)
                }
            }
            self = window ?? reading.folded.withUnsafeBufferPointer { MentionWindow($0, before: end, kindsOfEntry: kindsOfEntry)! }
        }

        /// The window before `end` in the lower-cased ASCII `bytes`, whose words (runs of letters and
        /// digits, and each "&") before `end` are `words`, each ending at or before `end`.
        private init(
            pieces bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<RoleText.Word>, before end: Int, kindsOfEntry: [MentionWord]
        ) {
            var said = MentionWord()
            var last = MentionWord()
            var count = 0
            var lastIsLongDiWord = false
            // The piece being read: whether it has a byte, its runs, the bytes of its key, and its first run
            // (the last word read, as the words are read backwards).
            var pieceHasBytes = false
            var runs = 0
            var keyLength = 0
            var firstRun = 0
            // Ends the piece being read, when it has a byte: notes what it says, and starts the next.
            func endPiece() {
                guard pieceHasBytes else { return }
                var says = MentionWord()
                var isLongDiWord = false
                if runs > 0 {
                    let run = words[firstRun]
                    isLongDiWord = keyLength + runs - 1 >= 6 && run.end - run.start >= 2 && bytes[run.start] == UInt8(ascii: "d")
                        && bytes[run.start + 1] == UInt8(ascii: "i")
                    if runs == 1, run.entry >= 0 { says = kindsOfEntry[run.entry] }
                }
                if count == 0 {
                    last = says
                    lastIsLongDiWord = isLongDiWord
                }
                said.formUnion(says)
                count += 1
                pieceHasBytes = false
                runs = 0
                keyLength = 0
            }
            var cursor = end
            var word = words.count - 1
            while count < 4 {
                // The word before the bytes to read, passing over each "&", which is no run.
                while word >= 0, !words[word].isLettersOnly, bytes[words[word].start] == UInt8(ascii: "&") { word -= 1 }
                let gapStart = word >= 0 ? words[word].end : 0
                while cursor > gapStart, count < 4 {
                    cursor -= 1
                    if Self.isPieceSeparator(bytes[cursor]) {
                        endPiece()
                    } else {
                        pieceHasBytes = true
                    }
                }
                guard count < 4, word >= 0 else { break }
                pieceHasBytes = true
                runs += 1
                keyLength += words[word].end - words[word].start
                firstRun = word
                cursor = words[word].start
                word -= 1
            }
            if count < 4 { endPiece() }
            self.words = said
            self.last = last
            self.count = count
            self.lastIsLongDiWord = lastIsLongDiWord
        }

        /// Whether a byte separates the pieces before a mention: a space, a comma or a slash.
        @inline(__always)
        fileprivate static func isPieceSeparator(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/")
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

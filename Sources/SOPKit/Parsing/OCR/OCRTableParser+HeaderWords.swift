extension OCRTableParser {
    /// `namesActivityColumn(tokens:text:)` of a line read into its store (`OCRLine.StoreWriter.append`),
    /// whose `text` holds the texts of its `tokens` joined by single spaces (`OCRLine.Record.text`: a
    /// token holds no space or tab, and is never empty), so that the words between the text's space
    /// bytes are the tokens' texts, in order. Each word of plain ASCII bytes (`OCRTableBytes.isPlainASCII`)
    /// of at most `keyedWordBytes` bytes — most tokens — that does not start with three letters that start
    /// no header word (`startsWithoutHeaderInitials`, which passes over most words) is folded once on the stack
    /// (`FoldedKey.foldASCII`, which writes its whole key), and its key asked whether it is an activity
    /// header word (`OCRLine.isActivityHeaderWord`), a number header word ("no", "nomor") or the header
    /// word of another column that the definition asks about (`Vocabulary.headerWord(asciiKey:)`),
    /// without a string or a slice of the token's text; any other word is asked on its token's text,
    /// as the definition asks it. The title check on the whole text comes last, only for a line whose
    /// words would name the column.
    static func namesActivityColumn(tokens: UnsafeBufferPointer<OCRToken>, wordsOf text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: keyedWordBytes) { key in
                headerWords(ofWords: bytes, tokens: tokens, key: key)
            }
        }
        guard let found else { return namesActivityColumn(tokens: tokens, text: text) }
        return found.activity && (tokens.count <= 2 || found.otherColumn) && !Vocabulary.isTitleLine(text)
    }

    /// The longest word `namesActivityColumn(tokens:wordsOf:)` folds on its bytes: longer than every
    /// header word.
    static let keyedWordBytes = 32

    /// Which kinds of header words the words of a line hold: `activity`, one of the activity column's
    /// (`isActivityHeaderWord`); `otherColumn`, the number column's (`isNumberHeaderWord`) or one that
    /// `headerWord` reads as the Waktu, Keterangan, Output, Kelengkapan or Mutu Baku column's.
    struct HeaderWordsFound {
        /// Whether a word is an activity header word.
        var activity = false
        /// Whether a word is a header word of the number column or of one of those other columns.
        var otherColumn = false
    }

    /// The header words that the words of the line whose text's bytes are `bytes` hold (the words
    /// read until both kinds are found), `tokens` its tokens, each word folded into `key` (room for
    /// `keyedWordBytes` bytes) when it is plain ASCII and fits, else asked on its token's text.
    private static func headerWords(
        ofWords bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<OCRToken>,
        key: UnsafeMutableBufferPointer<UInt8>
    ) -> HeaderWordsFound {
        var found = HeaderWordsFound()
        var start = 0
        var tokenIndex = 0
        while start < bytes.count, tokenIndex < tokens.count, !(found.activity && found.otherColumn) {
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if word.count <= keyedWordBytes, OCRTableBytes.isPlainASCII(bytes: word) {
                if !startsWithoutHeaderInitials(word, scratch: key) {
                    let folded = UnsafeBufferPointer(rebasing: key[..<FoldedKey.foldASCII(word, into: key)])
                    if !found.activity { found.activity = OCRLine.isActivityHeaderWord(folded) }
                    if !found.otherColumn { found.otherColumn = isOtherColumnHeaderWord(asciiKey: folded) }
                }
            } else {
                let text = tokens[tokenIndex].text
                if !found.activity { found.activity = isActivityHeaderWord(text) }
                if !found.otherColumn { found.otherColumn = isOtherColumnHeaderWord(text) }
            }
            start = end + 1
            tokenIndex += 1
        }
        return found
    }

    /// Whether the plain ASCII `word` starts with three ASCII letters that start no header word's key
    /// or prefix (`Vocabulary.hasHeaderInitials` of them lower-cased, written into `scratch`), as most
    /// words do: its key, which starts with them, is then no header word of any column, and the word
    /// need not be folded.
    @inline(__always)
    static func startsWithoutHeaderInitials(_ word: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3 else { return false }
        for index in 0..<3 {
            let byte = word[index]
            guard (byte | 0x20) &- 0x61 < 26 else { return false }
            scratch[index] = byte | 0x20
        }
        return !Vocabulary.hasHeaderInitials(UnsafeBufferPointer(rebasing: scratch[..<3]))
    }

    /// Whether a token whose whole key is the ASCII bytes `key` is a header word of the number column
    /// ("no", "nomor": `isNumberHeaderWord`) or one that `Vocabulary.headerWord` reads as the Waktu,
    /// Keterangan, Output, Kelengkapan or Mutu Baku column's.
    static func isOtherColumnHeaderWord(asciiKey key: UnsafeBufferPointer<UInt8>) -> Bool {
        switch key.count {
        case 2 where FoldedKey.hasPrefix(key, "no"), 5 where FoldedKey.hasPrefix(key, "nomor"): return true
        default: return isOtherColumn(Vocabulary.headerWord(asciiKey: key))
        }
    }

    /// `isOtherColumnHeaderWord(asciiKey:)` of a token's text, read by the definition's checks.
    static func isOtherColumnHeaderWord(_ text: Substring) -> Bool {
        isNumberHeaderWord(text) || isOtherColumn(Vocabulary.headerWord(text))
    }

    /// Whether `word` is the header word of the Waktu, Keterangan, Output, Kelengkapan or Mutu Baku
    /// column: the columns besides the number's whose header word, next to an activity header word,
    /// makes a line the activity column's header.
    static func isOtherColumn(_ word: Vocabulary.HeaderWord?) -> Bool {
        switch word {
        case .duration, .notes, .output, .requirements, .qualityGroup: true
        default: false
        }
    }
}

extension OCRRoleHeader {
    /// The lines of a role header read once each: every line's phrases (`phrases`) with what the
    /// alignment asks of them (`PhraseText`), and every phrase's words (`FoldedKey.spaceSeparated` of its
    /// text) as the header words, each with its line and its place on it; the alignment gives them
    /// their columns in place (`setColumn`). A plain ASCII line is read in one pass over its bytes: its
    /// role words are noted once (`LineWord`) and grouped into phrases, and the phrases' facts and words
    /// are taken from those notes, so neither a phrase nor a word is split or folded again. Any other line
    /// is read phrase by phrase from its text (`phrasesWordByWord`).
    struct HeaderReading {
        /// Every line's phrases, line after line.
        private(set) var phrases: [PhraseText] = []
        /// Every phrase's words, phrase after phrase, as header words: their columns are -1 until the
        /// alignment sets them (`setColumn`).
        private(set) var words: [OCRHeaderWord] = []
        /// Where the words of the line being read start in `words`.
        private var lineWordStart = 0
        /// Where each line's phrases end in `phrases`.
        private var lineEnds: [Int] = []
        /// Where each phrase's words end in `words`.
        private var phraseWordEnds: [Int] = []
        /// The role words of the plain ASCII segments read, segment after segment: emptied per header
        /// (`read`), not per segment, each segment grouping its words from where they start.
        private var segmentWords: [LineWord] = []

        /// A reading of no line.
        init() {}

        /// Reads `lines`, in order, in place of the lines read before (a reading kept from header to
        /// header, `HeaderScratch`): its arrays are emptied, keeping their room, and given room for as
        /// many entries as the lines have tokens (a role word is a token, or a part of one cut at a
        /// pipe), so that they are allocated only when a header needs more room than those before it,
        /// and never grown phrase by phrase.
        mutating func read(_ lines: [OCRLine]) {
            phrases.removeAll(keepingCapacity: true)
            words.removeAll(keepingCapacity: true)
            lineEnds.removeAll(keepingCapacity: true)
            phraseWordEnds.removeAll(keepingCapacity: true)
            segmentWords.removeAll(keepingCapacity: true)
            lineEnds.reserveCapacity(lines.count)
            var tokenCount = 0
            for line in lines { tokenCount += line.tokens.count }
            phrases.reserveCapacity(tokenCount)
            words.reserveCapacity(tokenCount)
            phraseWordEnds.reserveCapacity(tokenCount)
            segmentWords.reserveCapacity(tokenCount)
            for line in lines { append(lineText: line.text) }
        }

        /// The indices in `phrases` of the phrases of line `line`.
        func phrases(ofLine line: Int) -> Range<Int> {
            (line == 0 ? 0 : lineEnds[line - 1])..<lineEnds[line]
        }

        /// The indices in `words` of the words of phrase `phrase`.
        func words(ofPhrase phrase: Int) -> Range<Int> {
            (phrase == 0 ? 0 : phraseWordEnds[phrase - 1])..<phraseWordEnds[phrase]
        }

        /// Gives the words of phrase `phrase` the column `column`.
        mutating func setColumn(_ column: Int, ofPhrase phrase: Int) {
            for word in words(ofPhrase: phrase) { words[word].column = column }
        }

        /// Appends the header word `text` of the line being read, after the line's words read before it.
        private mutating func appendWord(_ text: String) {
            words.append(OCRHeaderWord(text: text, line: lineEnds.count, position: words.count - lineWordStart, column: -1))
        }

        /// Reads the next line, whose text is `text`: a plain ASCII line (no byte above 0x7F, no CR) in
        /// one pass over its bytes, pipes and all (`appendPlainASCIISegments`); any other segment by
        /// segment (`appendSegments`), unless a pipe touches a byte above 0x7F; such a line is read phrase
        /// by phrase (`phrasesWordByWord`).
        mutating func append(lineText text: String) {
            lineWordStart = words.count
            let isRead = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard OCRTableBytes.isPlainASCII(bytes: bytes) else { return appendSegments(bytes) }
                appendPlainASCIISegments(0..<bytes.count, of: bytes)
                return true
            }
            if isRead != true { appendWordByWord(text) }
            lineEnds.append(phrases.count)
        }

        /// Reads the phrases of `text`, a line or a segment of one between pipes, as Strings
        /// (`phrasesWordByWord`), and their words (`FoldedKey.spaceSeparated`).
        private mutating func appendWordByWord(_ text: String) {
            for phrase in phrasesWordByWord(text) {
                phrases.append(PhraseText(phrase))
                for word in FoldedKey.spaceSeparated(phrase[...]) { appendWord(String(word)) }
                phraseWordEnds.append(words.count)
            }
        }

        /// Reads the segments between the pipes of the line whose UTF-8 bytes are `bytes`, a line that is
        /// not plain ASCII, in order: a plain ASCII segment (no byte above 0x7F, no CR) on its bytes
        /// (`appendPlainASCIISegments`), any other as a String (`appendWordByWord`). A pipe between two
        /// ASCII bytes (or the line's ends) is a character of its own, so the segments are those that
        /// `phrasesWordByWord` splits the line into; when a pipe touches another byte (a combining mark
        /// after it, say) nothing is read, and the answer is false.
        private mutating func appendSegments(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for index in bytes.indices where bytes[index] == 0x7C {
                if index > 0, bytes[index - 1] >= 0x80 { return false }
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return false }
            }
            var segmentStart = 0
            while segmentStart < bytes.count {
                var segmentEnd = segmentStart
                while segmentEnd < bytes.count, bytes[segmentEnd] != 0x7C { segmentEnd += 1 }
                let segment = UnsafeBufferPointer(rebasing: bytes[segmentStart..<segmentEnd])
                if OCRTableBytes.isPlainASCII(bytes: segment) {
                    appendPlainASCIISegments(segmentStart..<segmentEnd, of: bytes)
                } else {
                    appendWordByWord(String(decoding: segment, as: UTF8.self))
                }
                segmentStart = segmentEnd + 1
            }
            return true
        }

        /// Reads the plain ASCII bytes `range` (no byte above 0x7F, no CR) of the line whose bytes are
        /// `bytes`, segment by segment between its pipes, in one pass: each segment's role words
        /// (`LineWord`) noted once, after the words of the segments before (`segmentWords` is emptied per
        /// header, not per segment), then grouped when a pipe or the end closes the segment. A word runs
        /// to the next space or pipe; its letters are counted and their case noted on the way, and only a
        /// byte that is no letter is asked whether it ends the word.
        private mutating func appendPlainASCIISegments(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) {
            var segmentStart = segmentWords.count
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                guard byte != 0x20 else {
                    index += 1
                    continue
                }
                guard byte != 0x7C else {
                    groupSegmentWords(from: segmentStart, in: bytes)
                    segmentStart = segmentWords.count
                    index += 1
                    continue
                }
                var end = index
                // The bytes that are no letters, and every letter's bits OR'ed: a letter is a capital when
                // its 0x20 bit is clear.
                var others = 0
                var letterBits: UInt8 = 0
                while end < range.upperBound {
                    let byte = bytes[end]
                    if (byte | 0x20) &- 0x61 < 26 {
                        letterBits |= byte
                    } else if byte == 0x20 || byte == 0x7C {
                        break
                    } else {
                        others += 1
                    }
                    end += 1
                }
                if let word = LineWord(
                    bytes, word: index..<end, letters: end - index - others, lettersAreCapitals: letterBits & 0x20 == 0,
                    afterRoleWord: segmentWords.count > segmentStart)
                {
                    segmentWords.append(word)
                }
                index = end
            }
            groupSegmentWords(from: segmentStart, in: bytes)
        }

        /// Groups the role words of the segment just read, those of `segmentWords` from `start`, into
        /// phrases (the rules of `phrasesWordByWord`), the phrase being read kept as the run of `count`
        /// words from `first`.
        private mutating func groupSegmentWords(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            var first = start
            var count = 0
            var headNeedsComplement = false
            for index in start..<segmentWords.count {
                let word = segmentWords[index]
                if word.isConnector, count == 2, headNeedsComplement, !segmentWords[first + 1].isConnector {
                    appendPhrase(first..<(first + 1), in: bytes)
                    first += 1
                    count = 2
                    headNeedsComplement = segmentWords[first].needsComplement
                } else if word.isConnector, count > 0 {
                    count += 1
                } else if count == 1, headNeedsComplement, word.complements {
                    count += 1
                } else if count == 2, headNeedsComplement, word.isAcronym {
                    count += 1
                } else {
                    if count > 0 { appendPhrase(first..<(first + count), in: bytes) }
                    first = index
                    count = 1
                    headNeedsComplement = word.needsComplement
                }
            }
            if count > 0 { appendPhrase(first..<(first + count), in: bytes) }
        }

        /// Appends the phrase of the segment's role words `range`: its words, each its core and the
        /// "-" it adds, its text (the words joined by spaces: a phrase of one word is that word), and its
        /// facts, whose folded words are its words' runs of letters and digits, one after the other.
        private mutating func appendPhrase(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
            let firstWordIndex = words.count
            var length = range.count - 1
            var foldedCount = 0
            var firstWord = -1
            var lastWord = -1
            for index in range {
                let word = segmentWords[index]
                appendWord(word.text(in: bytes))
                length += word.role.end - word.role.start + (word.role.addsHyphen ? 1 : 0)
                guard word.runCount > 0 else { continue }
                if foldedCount == 0 { firstWord = index }
                lastWord = index
                foldedCount += word.runCount
            }
            phraseWordEnds.append(words.count)
            let text = range.count == 1 ? words[firstWordIndex].text : phraseText(range, length: length, in: bytes)
            let last = segmentWords[range.upperBound - 1]
            let firstKinds = foldedCount > 0 ? segmentWords[firstWord].runKinds(last: false, in: bytes) : .none
            phrases.append(PhraseText(
                plainASCII: text, firstWordKinds: firstKinds,
                firstWordLength: foldedCount > 0 ? segmentWords[firstWord].firstRun.count : 0,
                lastWordKinds: foldedCount > 1 ? segmentWords[lastWord].runKinds(last: true, in: bytes) : firstKinds,
                wordCount: foldedCount, endsWithHyphen: last.role.addsHyphen,
                openPenalty: last.role.addsHyphen || last.isConnector ? 3 : 0))
        }

        /// The text of the phrase of the segment's role words `range`, `length` bytes in all: the words
        /// (each its core and the "-" it adds) joined by single spaces, written from the line's bytes.
        private func phraseText(_ range: Range<Int>, length: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
            String(unsafeUninitializedCapacity: length) { output in
                var written = 0
                for index in range {
                    let role = segmentWords[index].role
                    if written > 0 {
                        output[written] = 0x20
                        written += 1
                    }
                    for offset in role.start..<role.end {
                        output[written] = bytes[offset]
                        written += 1
                    }
                    if role.addsHyphen {
                        output[written] = 0x2D
                        written += 1
                    }
                }
                return written
            }
        }
    }

    /// A role word of a plain ASCII header line (`RoleWordBytes`) with what grouping it into phrases and
    /// reading its phrase ask of it, worked out in one pass over its bytes.
    struct LineWord {
        /// Where the word's core is in the line's bytes, and whether the word adds "-".
        let role: RoleWordBytes
        /// Whether the word is a connector (`isConnector(lowercasing:)`).
        let isConnector: Bool
        /// Whether the word is a title that needs a complement (`needsComplement`).
        let needsComplement: Bool
        /// Whether the word can complete the title before it (`complements`).
        let complements: Bool
        /// Whether the word is an acronym that ends a title and its complement (`isAcronym`).
        let isAcronym: Bool
        /// How many runs of ASCII letters and digits the core holds: the word's folded words.
        let runCount: Int
        /// Where the first of those runs ends in the line's bytes (it starts where the core does).
        private let firstRunEnd: Int
        /// Where the last of those runs starts in the line's bytes (it ends where the core does).
        private let lastRunStart: Int
        /// The core's `WordKinds` when the core is one run, `none` otherwise.
        let kinds: WordKinds

        /// The first run of ASCII letters and digits in the line's bytes, empty when there is none.
        var firstRun: Range<Int> {
            role.start..<(runCount > 0 ? firstRunEnd : role.start)
        }

        /// The last run of ASCII letters and digits in the line's bytes, empty when there is none.
        var lastRun: Range<Int> {
            (runCount > 0 ? lastRunStart : role.start)..<(runCount > 0 ? role.end : role.start)
        }

        /// `init(_:word:letters:lettersAreCapitals:afterRoleWord:)` of the word at `range`, its letters
        /// counted and their case read first.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, word range: Range<Int>, afterRoleWord: Bool) {
            var letters = 0
            var capitals = 0
            for offset in range {
                letters += (bytes[offset] | 0x20) &- 0x61 < 26 ? 1 : 0
                capitals += bytes[offset] &- 0x41 < 26 ? 1 : 0
            }
            self.init(
                bytes, word: range, letters: letters, lettersAreCapitals: capitals == letters, afterRoleWord: afterRoleWord)
        }

        /// Reads the plain ASCII word at `range` (no space in it) of the line whose bytes are `bytes`, of
        /// `letters` ASCII letters, all of them capitals when `lettersAreCapitals`: nil when it gives no
        /// role word, else its role word (`plainASCIIRoleWordBytes`: the core is the word from its first
        /// run of letters and digits to its last, or "&" or "/" alone) with its notes. A word of letters only is its core
        /// and its one run; any other is read in one more pass over its bytes, for its runs. The core's
        /// folded key is its runs in lower case, so it is one word of a set of words exactly when the
        /// core is one run and, in lower case, in the set: that run is looked up once (`WordKinds`), for
        /// the header word check and the notes; a final "-" is no part of the key. `afterRoleWord` tells
        /// that a role word comes before it in its segment: "pelaksana" then ends a role name.
        @inline(__always)
        init?(
            _ bytes: UnsafeBufferPointer<UInt8>, word range: Range<Int>, letters: Int, lettersAreCapitals: Bool,
            afterRoleWord: Bool
        ) {
            var runs = 1
            var coreStart = range.lowerBound
            var coreEnd = range.upperBound
            var firstRunEnd = -1
            var lastRunStart = range.lowerBound
            if letters != range.count {
                runs = 0
                coreEnd = range.lowerBound
                var inRun = false
                for offset in range {
                    let byte = bytes[offset]
                    if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
                        if !inRun {
                            if runs == 0 { coreStart = offset }
                            runs += 1
                            lastRunStart = offset
                            inRun = true
                        }
                        coreEnd = offset + 1
                    } else if inRun {
                        if firstRunEnd < 0 { firstRunEnd = offset }
                        inRun = false
                    }
                }
            }
            guard letters > 0 else {
                // No letter: only "&" or "/" alone is a role word, a connector compared as it stands.
                let first = bytes[range.lowerBound]
                guard range.count == 1, first == 0x26 || first == 0x2F else { return nil }
                self.init(
                    role: RoleWordBytes(start: range.lowerBound, end: range.upperBound, addsHyphen: false),
                    isConnector: true, needsComplement: false, complements: false, isAcronym: false, runCount: 0,
                    firstRunEnd: range.lowerBound, lastRunStart: range.lowerBound, kinds: .none)
                return
            }
            let coreCount = coreEnd - coreStart
            let kinds = runs == 1 ? WordKinds.of(bytes, from: coreStart, length: coreCount) : .none
            if letters == coreCount {
                // A core of letters only is one run, its key.
                if kinds.contains(.headerWord), !afterRoleWord || !kinds.contains(.pelaksana) { return nil }
            } else if Self.lettersAreHeaderWord(bytes, core: coreStart..<coreEnd, afterRoleWord: afterRoleWord) {
                return nil
            }
            let addsHyphen: Bool
            if letters == 1, coreCount == 1 {
                addsHyphen = false
            } else {
                guard letters * 2 >= coreCount else { return nil }
                addsHyphen = bytes[range.upperBound - 1] == 0x2D
            }
            let isRoleHead = kinds.contains(.roleHead)
            // A core of one run is a connector when it is one of the connectors' words; another
            // ("dan/atau") is compared as it stands.
            let isConnector = !addsHyphen && (runs == 1
                ? kinds.contains(.connector)
                : PackedASCIIWord(UnsafeBufferPointer(rebasing: bytes[coreStart..<coreEnd]))
                    .map { packedConnectors.contains($0.asciiLowercased) } == true)
            let first = bytes[coreStart]
            self.init(
                role: RoleWordBytes(start: coreStart, end: coreEnd, addsHyphen: addsHyphen), isConnector: isConnector,
                needsComplement: kinds.needsComplement,
                complements: letters >= 3 && first >= 0x41 && first <= 0x5A && !isRoleHead && !addsHyphen,
                // Every byte of the core is a capital exactly when every one is a letter and every letter a capital.
                isAcronym: !addsHyphen && coreCount >= 2 && letters == coreCount && lettersAreCapitals && !isRoleHead,
                runCount: runs,
                firstRunEnd: firstRunEnd < 0 ? coreEnd : firstRunEnd, lastRunStart: lastRunStart, kinds: kinds)
        }

        /// The notes of a role word, as read.
        private init(
            role: RoleWordBytes, isConnector: Bool, needsComplement: Bool, complements: Bool, isAcronym: Bool,
            runCount: Int, firstRunEnd: Int, lastRunStart: Int, kinds: WordKinds
        ) {
            self.role = role
            self.isConnector = isConnector
            self.needsComplement = needsComplement
            self.complements = complements
            self.isAcronym = isAcronym
            self.runCount = runCount
            self.firstRunEnd = firstRunEnd
            self.lastRunStart = lastRunStart
            self.kinds = kinds
        }

        /// Whether the ASCII letters of the core at `core` of `bytes` (a core that holds other bytes
        /// too), in lower case, are a header word; "pelaksana" is none after a role word.
        private static func lettersAreHeaderWord(
            _ bytes: UnsafeBufferPointer<UInt8>, core: Range<Int>, afterRoleWord: Bool
        ) -> Bool {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: core.count) { buffer in
                var count = 0
                for offset in core {
                    let byte = bytes[offset]
                    guard (byte | 0x20) &- 0x61 < 26 else { continue }
                    buffer[count] = byte | 0x20
                    count += 1
                }
                let letters = UnsafeBufferPointer(rebasing: buffer[..<count])
                return headerWords.contains(letters) && (!afterRoleWord || !letters.elementsEqual("pelaksana".utf8))
            }
        }

        /// The `WordKinds` of the word's first run (or, with `last`, its last run) of the line whose
        /// bytes are `bytes`: `kinds` when the core is that one run, else looked up on the run's bytes.
        func runKinds(last: Bool, in bytes: UnsafeBufferPointer<UInt8>) -> WordKinds {
            guard runCount > 1 else { return kinds }
            let run = last ? lastRun : firstRun
            return WordKinds.of(bytes, from: run.lowerBound, length: run.count)
        }

        /// The word as a header word: its core, then "-" when it adds one. A core alone is copied
        /// straight into its string (`String(utf8Bytes:)`).
        func text(in bytes: UnsafeBufferPointer<UInt8>) -> String {
            guard role.addsHyphen else { return String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[role.start..<role.end])) }
            let count = role.end - role.start
            return String(unsafeUninitializedCapacity: count + 1) { output in
                for offset in 0..<count { output[offset] = bytes[role.start + offset] }
                output[count] = 0x2D
                return count + 1
            }
        }
    }
}

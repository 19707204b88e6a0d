/// A whitespace-separated token of an OCR line, classified by what it looks like.
struct OCRToken: Sendable, Hashable {
    /// What a token looks like.
    enum Kind: Sendable, Hashable {
        /// Letters (possibly with inner "-", "/", "." or digits, as in "bahan-bahan", "D3/S1").
        case word
        /// A number: "10", "0,5", "2.".
        case number
        /// A duration unit, possibly misread ("menit", "iam", "Menit|").
        case unit(DurationUnit)
        /// A number glued to a unit ("1jam", "1iam").
        case amount(Double, DurationUnit)
        /// A table border "|".
        case pipe
        /// Symbol debris of drawn shapes and borders ("-", "_-", "\/", "l‘", "J").
        case junk
    }

    /// The token as written. Setting it forgets `plainKnownWord` and `repairCacheEntry`, which were
    /// worked out for the old text.
    var text: Substring {
        get { writtenText }
        set {
            writtenText = newValue
            offsetAndNotes &= ~0xFFFF_FFFF
        }
    }
    /// `text`, stored without the setter's forgetting, so that its bytes can be read in place
    /// (`withTextUTF8`) without a write to the token.
    private var writtenText: Substring
    /// What it looks like.
    var kind: Kind
    /// `offset` shifted left by 32; in the low 32 bits, `plainKnownWord` in the two lowest (0: not
    /// known, 1: false, 2: true) and the note of `repairCacheEntry` above them (0: none, else the
    /// entry's number + 1, shifted left by one, | 1 when it stays as it is): one integer, so that a
    /// token is as large, and as cheap to copy, as one without them. An offset takes 32 bits, as in
    /// `TokenBounds`.
    private var offsetAndNotes: Int

    /// 0-based offset of the token in its line, in Unicode scalars.
    var offset: Int {
        get { offsetAndNotes >> 32 }
        set { offsetAndNotes = newValue << 32 | offsetAndNotes & 0xFFFF_FFFF }
    }

    /// `OCRRepair.isPlainKnownWord(text)`, when the tokenizer worked it out on its pass over the bytes
    /// (for word and junk tokens of ASCII bytes without a line end); nil when it is not known.
    var plainKnownWord: Bool? {
        switch offsetAndNotes & 3 {
        case 1: false
        case 2: true
        default: nil
        }
    }

    /// A token's entry in the repair cache shared by every document (`OCRRepair.RepairCache.shared`),
    /// as the tokenizer found or made it for the token's bytes (`OCRRepair.RepairCache.entryNoted`).
    struct RepairCacheEntry {
        /// The number of the entry.
        var number: UInt32
        /// Whether the entry's repair was found, and is none, when the tokenizer noted it.
        var staysAsItIs: Bool
    }

    /// The token's entry in the shared repair cache, when the tokenizer noted it (for word and junk
    /// tokens that are not plain known words, whose text fits inline, read with a file's class cache);
    /// nil when it is not known.
    var repairCacheEntry: RepairCacheEntry? {
        let note = UInt32(truncatingIfNeeded: offsetAndNotes) >> 2
        guard note != 0 else { return nil }
        return RepairCacheEntry(number: (note >> 1) &- 1, staysAsItIs: note & 1 == 1)
    }

    /// Notes `entry` as the token's `repairCacheEntry`, unless its number does not fit the note.
    private mutating func note(_ entry: RepairCacheEntry) {
        guard entry.number < (1 << 29) - 1 else { return }
        let note = (entry.number + 1) << 1 | (entry.staysAsItIs ? 1 : 0)
        offsetAndNotes = offsetAndNotes & ~0xFFFF_FFFC | Int(note) << 2
    }

    /// A token of the given text, offset and kind.
    init(text: Substring, offset: Int, kind: Kind) {
        self.init(text: text, offset: offset, kind: kind, plainKnownWord: nil)
    }

    /// A token of the given text, offset and kind, with `OCRRepair.isPlainKnownWord(text)` if known.
    private init(text: Substring, offset: Int, kind: Kind, plainKnownWord: Bool?) {
        writtenText = text
        self.kind = kind
        offsetAndNotes = offset << 32 | (plainKnownWord.map { $0 ? 2 : 1 } ?? 0)
    }

    /// Calls `body` with the UTF-8 bytes of `text` where they lie (a token's text is a slice of a native
    /// string). `Substring.withUTF8` is a mutating method: called on `text` itself it would go through
    /// the setter and forget the notes, a write to a token that a line's store shares; called on the
    /// stored text it writes nothing to a native slice.
    @inline(__always)
    mutating func withTextUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        writtenText.withUTF8(body)
    }

    /// Tokens are equal when their texts, offsets and kinds are: `plainKnownWord` follows from the text.
    static func == (lhs: OCRToken, rhs: OCRToken) -> Bool {
        lhs.text == rhs.text && lhs.offset == rhs.offset && lhs.kind == rhs.kind
    }

    /// Hashes the text, offset and kind (see `==`).
    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(offset)
        hasher.combine(kind)
    }

    /// Splits `line` into classified tokens at spaces and tabs; offsets count Unicode scalars. One pass
    /// over the line's bytes finds the tokens and counts the kinds of bytes of each (`ByteCounts`) that
    /// the class cache does not know, which classify it, or character by character when it holds a
    /// byte that is not ASCII or a line end.
    static func tokens(of line: String) -> [OCRToken] {
        scan(of: line).tokens
    }

    /// The one token of `word` moved to `offset` (`tokens(of: word)` with `offset` added to its
    /// offset), when `word` is one token: not empty, without a space or a tab; nil otherwise. Its
    /// bytes are counted and classified as the tokenizer's pass does (`ByteCounts`, `asciiKind`,
    /// `isPlainKnownWord`), or by its characters when a byte is not ASCII or is a line end, without
    /// that pass's bounds, key and line facts: for a word that repair put in a token's place, most
    /// often one word.
    static func token(ofWord word: String, offset: Int) -> OCRToken? {
        var contiguous = word
        return contiguous.withUTF8 { bytes -> OCRToken? in
            guard !bytes.isEmpty, !bytes.contains(where: { $0 == 0x20 || $0 == 0x09 }) else { return nil }
            var counts = ByteCounts()
            for byte in bytes { counts.read(byte) }
            let text = text(of: 0..<bytes.count, in: word, bytes: bytes)
            guard !counts.needsCharacters else { return OCRToken(text: text, offset: offset, kind: kind(of: text)) }
            let found = asciiKindAndPlainKnownWord(bytes, counts)
            return OCRToken(text: text, offset: offset, kind: found.kind, plainKnownWord: found.plainKnownWord.value)
        }
    }

    /// `tokens(of:)` of `line`, with what the same pass over its bytes tells of the line (`OCRLineScan`).
    static func scan(of line: String) -> OCRLineScan {
        var classes = ClassCache.disabled
        return scan(of: line, classes: &classes)
    }

    /// `scan(of: line)`, taking the classes of short word tokens from `classes` (the file's tokens read
    /// so far) and noting those of its own there. The key is written on the stack (or the heap, for a
    /// long line), then made a string; the tokens are written there too, then moved into an array.
    static func scan(of line: String, classes: inout ClassCache) -> OCRLineScan {
        let byteCount = line.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: byteCount + 1) { keyRoom in
            withUnsafeTemporaryAllocation(of: OCRToken.self, capacity: tokenRoomCapacity(byteCount: byteCount)) { tokenRoom in
                let room = tokenRoom.baseAddress!
                return read(line, keyRoom: keyRoom.baseAddress!, tokenRoom: room, classes: &classes) { found, facts, bytes in
                    if facts.hasTokensToCut { _ = cutTokens(found, of: line, bytes: bytes, into: room, namesSomething: true) }
                    return (
                        tokens: Array(unsafeUninitializedCapacity: found.count) { buffer, count in
                            if let target = buffer.baseAddress { target.moveInitialize(from: room, count: found.count) }
                            count = found.count
                        },
                        isSpacedOnce: facts.isSpacedOnce, rowStart: facts.rowStart, key: String(decoding: facts.key, as: UTF8.self),
                        keyHoldsActivityHeaderWord: facts.keyHoldsActivityHeaderWord, hasPipe: facts.hasPipe
                    )
                }
            }
        }
    }

    /// The most tokens a line of `byteCount` bytes holds: a token takes a byte and a separator another,
    /// so half its bytes, rounded up (at least one, for a room to be had).
    static func tokenRoomCapacity(byteCount: Int) -> Int {
        max(1, (byteCount + 1) / 2)
    }

    /// Reads the OCR line `line` into a store through `writer` (`OCRLine.init(number:text:classes:)`,
    /// `OCRLine.lines(of:)`): what `scan(of:classes:)` reads, its tokens written straight into the
    /// store rather than into an array of their own, and its key written straight into the store's key
    /// bytes rather than into a string, as a record appended there; returns the record's index.
    static func appendLine(_ line: String, to writer: inout OCRLine.StoreWriter, classes: inout ClassCache) -> Int {
        let byteCount = line.utf8.count
        let keyRoom = writer.roomForKey(byteCount + 1)
        let tokenRoom = writer.roomForTokens(tokenRoomCapacity(byteCount: byteCount))
        return read(line, keyRoom: keyRoom, tokenRoom: tokenRoom, classes: &classes) { found, facts, bytes in
            append(line, found: found, facts: facts, bytes: bytes, tokenRoom: tokenRoom, to: &writer)
        }
    }

    /// `appendLine(_:to:classes:)` of the line `String(decoding: bytes, as: UTF8.self)` (a line of a
    /// file, whose bytes are read where the file keeps them). The string is made for the line's text
    /// and its long tokens; when the bytes are ASCII (most lines), they are its bytes, and the pass
    /// reads them in place rather than through the string, which is made once the pass is done, to
    /// be handed straight to the line's record. A line with a byte beyond ASCII is read through its
    /// string, whose bytes are those of its characters (`String(decoding:as:)` repairs bytes that are
    /// not UTF-8, which a decoded file has none of). `isASCII` tells whether the bytes are all ASCII
    /// (`FoldedKey.isASCII(bytes)`, which the caller found while reading them). The string is made by
    /// `String(utf8Bytes:)`, the same string, which copies a line short enough to be held inline
    /// (about one in five) straight into it. The bounds of its tokens go to `boundsRoom`, the room
    /// the file's lines take in turn, rather than to room of the line's own.
    static func appendLine(
        bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool, to writer: inout OCRLine.StoreWriter,
        classes: inout ClassCache, boundsRoom: inout BoundsRoom
    ) -> Int {
        guard isASCII else {
            return appendLine(String(utf8Bytes: bytes), to: &writer, classes: &classes)
        }
        let keyRoom = writer.roomForKey(bytes.count + 1)
        let tokenRoom = writer.roomForTokens(tokenRoomCapacity(byteCount: bytes.count))
        let bounds = boundsRoom.room(forLineOf: bytes.count)
        let read = scan(bytes: bytes, keyRoom: keyRoom, tokenRoom: tokenRoom, bounds: bounds, classes: &classes)
        return append(
            String(utf8Bytes: bytes), found: UnsafeBufferPointer(start: bounds, count: read.tokenCount), facts: read.facts,
            bytes: bytes, tokenRoom: tokenRoom, to: &writer)
    }

    /// Appends through `writer` the record of `line`, whose UTF-8 bytes are `bytes`, as the pass over
    /// them read it (its tokens' bounds `found` and its facts), its tokens written at `tokenRoom` (the
    /// store's room for the next tokens, which the pass wrote the class cache's copies into) and the
    /// others cut there now; returns the record's index. The tokens are cut before the record is
    /// appended, so that `line` is then handed over as the record's text, not copied.
    private static func append(
        _ line: consuming String, found: UnsafeBufferPointer<TokenBounds>, facts: LineFacts,
        bytes: UnsafeBufferPointer<UInt8>, tokenRoom: UnsafeMutablePointer<OCRToken>, to writer: inout OCRLine.StoreWriter
    ) -> Int {
        let cut = facts.hasTokensToCut
            ? cutTokens(found, of: line, bytes: bytes, into: tokenRoom, namesSomething: facts.namesSomething)
            : (holdsReferences: false, namesSomething: facts.namesSomething)
        return writer.append(
            text: facts.isSpacedOnce ? consume line : OCRLine.tokensJoined(line), key: facts.key,
            rowStart: facts.rowStart, hasPipe: facts.hasPipe, keyHoldsActivityHeaderWord: facts.keyHoldsActivityHeaderWord,
            mayNeedWordRepair: facts.mayNeedWordRepair, isJunk: !found.isEmpty && !cut.namesSomething, tokenCount: found.count,
            tokensHoldReferences: cut.holdsReferences)
    }

    /// What one pass over a raw line's bytes tells of the line besides its tokens' bounds (see
    /// `OCRLineScan`, whose fields these are; the key as its UTF-8 bytes, where the pass wrote them),
    /// whether a token whose kind the bytes decided names something (`TokenMarks.namesSomething`), and
    /// whether a token is still to be cut (`cutTokens`): one the pass did not copy from the class cache.
    private typealias LineFacts = (
        isSpacedOnce: Bool, rowStart: (number: Int, nextToken: Int)??, key: UnsafeBufferPointer<UInt8>,
        keyHoldsActivityHeaderWord: Bool, hasPipe: Bool, mayNeedWordRepair: Bool, namesSomething: Bool, hasTokensToCut: Bool
    )

    /// Reads `line` in one pass over its UTF-8 bytes (made contiguous first if they are not), writes
    /// its key's bytes at `keyRoom` (which has room for one byte more than the line) and the tokens the
    /// class cache holds copies of at `tokenRoom` (which has room for `tokenRoomCapacity` of the line's
    /// bytes), and hands `finish` its tokens' bounds (in room of their own, on the stack when they fit
    /// there), the facts of the line and the bytes, for it to cut the other tokens (`cutTokens`), all
    /// valid only during the call (the key's bytes for as long as `keyRoom`).
    private static func read<Result>(
        _ line: String, keyRoom: UnsafeMutablePointer<UInt8>, tokenRoom: UnsafeMutablePointer<OCRToken>,
        classes: inout ClassCache, finish: (UnsafeBufferPointer<TokenBounds>, LineFacts, UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: TokenBounds.self, capacity: tokenRoomCapacity(byteCount: line.utf8.count)) { room in
            let bounds = room.baseAddress!
            /// `finish` of what the pass over `bytes` read.
            func scanAndFinish(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
                let read = scan(bytes: bytes, keyRoom: keyRoom, tokenRoom: tokenRoom, bounds: bounds, classes: &classes)
                return finish(UnsafeBufferPointer(start: bounds, count: read.tokenCount), read.facts, bytes)
            }
            if let read = line.utf8.withContiguousStorageIfAvailable(scanAndFinish) {
                return read
            }
            var contiguous = line
            contiguous.makeContiguousUTF8()
            return contiguous.utf8.withContiguousStorageIfAvailable(scanAndFinish)
                ?? finish(UnsafeBufferPointer(start: nil, count: 0), Self.emptyLineFacts, UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    /// The facts of a line without bytes.
    private static var emptyLineFacts: LineFacts {
        (
            isSpacedOnce: true, rowStart: .some(nil), key: UnsafeBufferPointer(start: nil, count: 0),
            keyHoldsActivityHeaderWord: false, hasPipe: false, mayNeedWordRepair: false, namesSomething: false,
            hasTokensToCut: false
        )
    }

    /// The pass of `read` (and of `appendLine(bytes:isASCII:to:classes:boundsRoom:)`) over a line's
    /// UTF-8 bytes, `bytes`. One pass over the bytes reads each token to its end, copying its bytes
    /// lower-cased to where its key goes (`plainTokenEnd`, eight bytes at a time while eight are left,
    /// up to a byte that is not ASCII or is a control byte, from which `ByteCounts.readToken` reads it
    /// again, counting its kinds of bytes); the kinds of bytes of a token of plain bytes are counted
    /// only when the class cache does not know it, or it is not looked up there. Its bounds, its offset
    /// in scalars, its kind and (for a word or junk) whether it is a plain known word are noted, and any
    /// tab or space that is not a single space between two tokens (a token takes a byte and a separator
    /// another, so a line holds at most half its bytes, rounded up, of tokens). The line's key
    /// (`TextFolding.key`, its bytes written at `keyRoom`, which has room for `bytes.count + 1`) is
    /// written token by token on the way (`KeyWriter`). The row start (`rowStart`) is then read from the
    /// tokens' bounds; the count of tokens and the line's facts are returned, for the caller to cut the
    /// tokens the pass did not write (`cutTokens`). The kind and `plainKnownWord` of a short token of
    /// ASCII bytes (numbers and borders as well as words) are taken from `classes` when the files read so
    /// far have had it, and noted there when not (`ClassCache`), with the marks of its key (whether it is
    /// the token lower-cased, and whether it holds an activity header word: `TokenMarks`) and the token
    /// itself when its text fits inline: such a token is then a copy of the noted one, without a string
    /// made for its text, written at its place in `tokenRoom` (which has room for `tokenRoomCapacity` of
    /// the line's bytes) as soon as it is found (`ClassCache.copyNotedToken`), so that most lines have no
    /// token left to cut. The tokens' bounds are written at `bounds`, which has room for
    /// `tokenRoomCapacity` of the line's bytes: in full for the tokens left to cut and for the first
    /// `TokenBounds.readByRowStart`, which `rowStart(_:bytes:)` reads; of a later token copied from the
    /// class cache, which nothing reads but its `noted`, only that. Inlined, so that its callers finish
    /// the line with the facts at hand, without a closure called with them.
    @inline(__always)
    private static func scan(
        bytes: UnsafeBufferPointer<UInt8>, keyRoom: UnsafeMutablePointer<UInt8>, tokenRoom: UnsafeMutablePointer<OCRToken>,
        bounds: UnsafeMutablePointer<TokenBounds>, classes: inout ClassCache
    ) -> (tokenCount: Int, facts: LineFacts) {
        let byteCount = bytes.count
        guard byteCount > 0 else { return (0, Self.emptyLineFacts) }
        classes.makeRoomForLine()
        var count = 0
        var offset = 0
        var position = 0
        var isSpacedOnce = true
        var marks = TokenMarks.none
        var afterToken = false
        var hasTokensToCut = false
        var key = KeyWriter(room: keyRoom, capacity: byteCount)
        let cacheIsEnabled = classes.isEnabled
        // Positions, offsets and token counts stay within `byteCount`: they are added without
        // overflow checks.
        while position < byteCount {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 {
                if byte == 0x09 || !afterToken { isSpacedOnce = false }
                afterToken = false
                position &+= 1
                offset &+= 1
                continue
            }
            let start = position
            let keyStart = key.nextStart
            let tokenEnd = plainTokenEnd(bytes, from: start, lowercasedTo: keyRoom + keyStart)
            position = tokenEnd.end
            var kind = KindCode.byCharacters
            var plainKnownWord = PlainKnownWordCode.unknown
            var tokenMarks = TokenMarks.byCharacters
            var noted = TokenBounds.notNoted
            var continuationBytes = 0
            if tokenEnd.isPlain, position &- start <= ClassCache.longestToken, cacheIsEnabled {
                (kind, plainKnownWord, tokenMarks, noted) = classes.classes(
                    of: bytes, from: start, to: position, head: tokenEnd.head
                ) {
                    let token = UnsafeBufferPointer(rebasing: bytes[start..<position])
                    var counts = ByteCounts()
                    for byte in token { counts.read(byte) }
                    let found = asciiKindAndPlainKnownWord(token, counts)
                    let keyMarks = key.marks(ofKeyOf: token, at: keyStart, lowercased: counts.others == 0)
                    return (found.kind, found.plainKnownWord, counts.letters, keyMarks)
                }
                key.append(UnsafeBufferPointer(rebasing: bytes[start..<position]), at: keyStart, marks: tokenMarks)
            } else {
                var counts = ByteCounts()
                if tokenEnd.isPlain {
                    for byte in UnsafeBufferPointer(rebasing: bytes[start..<position]) { counts.read(byte) }
                } else {
                    position = counts.readToken(bytes, from: start, lowercasedTo: keyRoom + keyStart)
                }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<position])
                key.append(token, at: keyStart, lowercased: counts.others == 0)
                if !counts.needsCharacters {
                    (kind, plainKnownWord) = asciiClasses(token, counts)
                    tokenMarks = TokenMarks(kind: kind, plainKnownWord: plainKnownWord, letters: counts.letters)
                }
                continuationBytes = counts.continuationBytes
            }
            marks.add(tokenMarks)
            if noted != TokenBounds.notNoted {
                classes.copyNotedToken(noted, to: tokenRoom + count, offset: offset)
            } else {
                hasTokensToCut = true
            }
            if noted != TokenBounds.notNoted, count >= TokenBounds.readByRowStart {
                // `TokenBounds` is trivial: one of its fields may be written into room not initialized.
                bounds[count].noted = noted
            } else {
                bounds[count] = TokenBounds(
                    start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: position),
                    offset: UInt32(truncatingIfNeeded: offset), noted: noted, kind: kind, plainKnownWord: plainKnownWord)
            }
            count &+= 1
            offset &+= position &- start &- continuationBytes
            afterToken = true
        }
        if !afterToken { isSpacedOnce = false }
        let found = UnsafeBufferPointer(start: bounds, count: count)
        let facts: LineFacts = (
            isSpacedOnce: isSpacedOnce, rowStart: rowStartUnlessPlainlyNone(found, bytes: bytes), key: key.written,
            keyHoldsActivityHeaderWord: key.holdsActivityHeaderWord, hasPipe: marks.hasPipe,
            mayNeedWordRepair: marks.mayNeedWordRepair, namesSomething: marks.namesSomething, hasTokensToCut: hasTokensToCut
        )
        return (count, facts)
    }

    /// The kind code of a token of ASCII bytes without a line end, `bytes`, counted as `counts`, and for
    /// a word or junk whether it is a plain known word.
    @inline(__always)
    private static func asciiClasses(_ bytes: UnsafeBufferPointer<UInt8>, _ counts: ByteCounts)
        -> (kind: KindCode, plainKnownWord: PlainKnownWordCode)
    {
        let found = asciiKindAndPlainKnownWord(bytes, counts)
        return (KindCode(found.kind), found.plainKnownWord)
    }

    /// The kind of a token of ASCII bytes without a line end, `bytes`, counted as `counts`, and for a
    /// word or junk whether it is a plain known word.
    @inline(__always)
    private static func asciiKindAndPlainKnownWord(_ bytes: UnsafeBufferPointer<UInt8>, _ counts: ByteCounts)
        -> (kind: Kind, plainKnownWord: PlainKnownWordCode)
    {
        let found = asciiKind(bytes, counts)
        guard found == .word || found == .junk else { return (found, .unknown) }
        return (found, isPlainKnownWord(bytes, letters: counts.letters, digits: counts.digits) ? .yes : .no)
    }

    /// The key of a line (`TextFolding.key`), written token by token while the tokenizer's pass reads
    /// the line (`scan`), and whether a word of it is one of the activity column's header words
    /// (`OCRLine.holdsActivityHeaderWord`). The key folds every space and tab, like every other
    /// byte that is ASCII but no letter or digit, into the separator between two of its words: so no
    /// word of the key spans two tokens, and the key of the line is the keys of its tokens that are not
    /// empty, joined by single spaces. A token's key is no longer than the token and each space before
    /// it stands for at least one separator of the line, so the key of a token starts no later than
    /// the token (`nextStart` is at most the token's first byte), and whatever is written from there
    /// for no more bytes than the line has left stays within the room. A space is written after each
    /// word of the key as soon as it is written (the room holds one byte more than the line, for the
    /// one after the last word, which is not part of the key), so that where the next word starts is
    /// known without a test.
    private struct KeyWriter {
        /// Where the key goes, with room for `capacity + 1` bytes (the line's, and a space after the
        /// key's last word).
        let room: UnsafeMutablePointer<UInt8>
        /// The bytes of the line.
        let capacity: Int
        /// Where the next token's key starts: 0 while the key is empty, else after the key so far and
        /// the space written after it. At most `capacity + 1`, so added to without overflow checks.
        private(set) var nextStart = 0
        /// Whether a word of the key written so far is an activity header word.
        private(set) var holdsActivityHeaderWord = false

        /// A key not yet written, into `room`, which has room for `capacity + 1` bytes.
        init(room: UnsafeMutablePointer<UInt8>, capacity: Int) {
            self.room = room
            self.capacity = capacity
        }

        /// The key written: up to the space after its last word.
        var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: room, count: max(nextStart &- 1, 0)) }

        /// Appends the key of the token `token` (bytes of the line), which starts at `keyStart`
        /// (`nextStart`). When `lowercased`, the token is ASCII letters and digits only and its bytes,
        /// lower-cased (`| 0x20`), are already at `keyStart` (`ByteCounts.readToken` copied them): its
        /// key is that one word, looked at by its length and first byte. Otherwise its key is written
        /// there by `TextFolding.writeKeyBytes`, over what was copied, and looked at word by word.
        /// The space after the token's key is written once the key is known not to be empty.
        @inline(__always)
        mutating func append(_ token: UnsafeBufferPointer<UInt8>, at keyStart: Int, lowercased: Bool) {
            let target = room + keyStart
            let written: Int
            if lowercased {
                written = token.count
                if !holdsActivityHeaderWord, OCRLine.couldBeActivityHeaderWord(length: written, first: target[0]) {
                    holdsActivityHeaderWord = OCRLine.isActivityHeaderWord(UnsafeBufferPointer(start: target, count: written))
                }
            } else {
                written = TextFolding.writeKeyBytes(token, to: UnsafeMutableBufferPointer(start: target, count: capacity - keyStart))
                if !holdsActivityHeaderWord, written > 0 {
                    holdsActivityHeaderWord = OCRLine.holdsActivityHeaderWord(UnsafeBufferPointer(start: target, count: written))
                }
            }
            guard written > 0 else { return }
            room[keyStart &+ written] = 0x20
            nextStart = keyStart &+ written &+ 1
        }

        /// Appends the key of the token `token` (bytes of the line, ASCII without a line end, at most
        /// `ClassCache.longestToken` of them), which starts at `keyStart` (`nextStart`), as `append(_:at:
        /// lowercased:)` does, told by the class cache's `marks` of its bytes (`marks(ofKeyOf:at:
        /// lowercased:)`) whether its key is its bytes lower-cased, already at `keyStart`
        /// (`plainTokenEnd` copied them), or those bytes less the few around its one run of letters
        /// and digits (`OCRToken.trimmedRun(of:)`: the run moved down a byte when one is before it,
        /// rather than the key written again), and whether it holds an activity header word, so that
        /// neither is worked out again.
        @inline(__always)
        mutating func append(_ token: UnsafeBufferPointer<UInt8>, at keyStart: Int, marks: TokenMarks) {
            let written: Int
            if marks.keyIsLowercasedToken {
                written = token.count
            } else if marks.keyIsTrimmedToken {
                written = token.count &- marks.keyTrimmedLeading &- marks.keyTrimmedTrailing
                if marks.keyTrimmedLeading > 0 {
                    for index in 0..<written { room[keyStart &+ index] = room[keyStart &+ index &+ 1] }
                }
            } else {
                written = TextFolding.writeKeyBytes(
                    token, to: UnsafeMutableBufferPointer(start: room + keyStart, count: capacity - keyStart))
            }
            if marks.keyHoldsActivityHeaderWord { holdsActivityHeaderWord = true }
            guard written > 0 else { return }
            room[keyStart &+ written] = 0x20
            nextStart = keyStart &+ written &+ 1
        }

        /// The marks of the key of the token `token` (bytes of the line), which starts at `keyStart`
        /// (`nextStart`), for the class cache to keep with its codes: whether it is the token's bytes
        /// lower-cased (`lowercased`: the token is ASCII letters and digits only, and its bytes, `| 0x20`,
        /// are already at `keyStart`), or those bytes less the few around its one run of letters and
        /// digits (`OCRToken.trimmedRun(of:)`, the run looked at where it was copied), and whether it
        /// holds an activity header word. Otherwise the key is written at `keyStart` to be looked at
        /// (`append` writes it there again); the key so far is left as it is. The activity header word is looked for as
        /// `append(_:at:lowercased:)` looks for it; the two are written out apart because one shared
        /// helper made the tokenizer's pass compile 0.08% slower on the benchmark sample.
        func marks(ofKeyOf token: UnsafeBufferPointer<UInt8>, at keyStart: Int, lowercased: Bool) -> TokenMarks {
            let target = room + keyStart
            let holds: Bool
            if lowercased {
                holds = OCRLine.couldBeActivityHeaderWord(length: token.count, first: target[0])
                    && OCRLine.isActivityHeaderWord(UnsafeBufferPointer(start: target, count: token.count))
            } else if let trim = OCRToken.trimmedRun(of: token) {
                // The run's bytes, lower-cased, are at `target + trim.leading`, where `append` takes them.
                let run = token.count - trim.leading - trim.trailing
                holds = run > 0 && OCRLine.couldBeActivityHeaderWord(length: run, first: target[trim.leading])
                    && OCRLine.isActivityHeaderWord(UnsafeBufferPointer(start: target + trim.leading, count: run))
                return TokenMarks(keyHoldsActivityHeaderWord: holds, trimmedLeading: trim.leading, trimmedTrailing: trim.trailing)
            } else {
                let written = TextFolding.writeKeyBytes(token, to: UnsafeMutableBufferPointer(start: target, count: capacity - keyStart))
                holds = written > 0 && OCRLine.holdsActivityHeaderWord(UnsafeBufferPointer(start: target, count: written))
            }
            return TokenMarks(keyIsLowercasedToken: lowercased, keyHoldsActivityHeaderWord: holds)
        }
    }

    /// How many bytes the ASCII token `token` has before and after its one run of ASCII letters and
    /// digits (perhaps empty), when at most one before and three after, as in "1.", "(IKU)",
    /// "Kegiatan," or "|": its key (`TextFolding.key`) is then that run lower-cased, the bytes
    /// `plainTokenEnd` copied from `leading` on. Nil for a token with two runs or more ("a.b") or
    /// more bytes around its run.
    static func trimmedRun(of token: UnsafeBufferPointer<UInt8>) -> (leading: Int, trailing: Int)? {
        var leading = 0
        while leading < token.count, !TextFolding.isASCIIAlphanumeric(token[leading]) { leading += 1 }
        var end = token.count
        while end > leading, !TextFolding.isASCIIAlphanumeric(token[end - 1]) { end -= 1 }
        guard leading <= 1, token.count - end <= 3 else { return nil }
        for index in leading..<end where !TextFolding.isASCIIAlphanumeric(token[index]) { return nil }
        return (leading, token.count - end)
    }

    /// `rowStart(_:bytes:)`, told without its call for a line that plainly starts no row: one without
    /// tokens, or whose first token, decided by its bytes, is longer than a byte (so not a border or
    /// debris that `rowStart` passes over) and does not start with an ASCII digit (so holds no step
    /// number); most lines.
    @inline(__always)
    private static func rowStartUnlessPlainlyNone(_ bounds: UnsafeBufferPointer<TokenBounds>, bytes: UnsafeBufferPointer<UInt8>)
        -> (number: Int, nextToken: Int)??
    {
        guard let first = bounds.first else { return .some(nil) }
        if first.kind != .byCharacters, first.end &- first.start > 1, bytes[Int(first.start)] &- 0x30 >= 10 { return .some(nil) }
        return rowStart(bounds, bytes: bytes)
    }

    /// `OCRLine.rowStart(of:)` of the tokens at `bounds` in `bytes`, read on their bytes and the kinds
    /// their bytes told: a token whose kind the bytes decided holds only ASCII bytes and no line end,
    /// so each of its bytes is a character. Nil (the outer optional) when a token it must look at was
    /// left to its characters, or is not among the first `TokenBounds.readByRowStart` (whose bounds
    /// alone the pass writes in full).
    private static func rowStart(_ bounds: UnsafeBufferPointer<TokenBounds>, bytes: UnsafeBufferPointer<UInt8>)
        -> (number: Int, nextToken: Int)??
    {
        let count = bounds.count
        var index = 0
        while index < count {
            guard index < TokenBounds.readByRowStart else { return nil }
            let token = bounds[index]
            if token.kind == .byCharacters { return nil }
            guard token.kind == .pipe || token.kind == .junk, token.end - token.start == 1 else { break }
            index += 1
        }
        guard index < count else { return .some(nil) }
        guard index < TokenBounds.readByRowStart else { return nil }
        let numberToken = bounds[index]
        if numberToken.kind == .byCharacters { return nil }
        var position = Int(numberToken.start)
        let end = Int(numberToken.end)
        var value = 0
        var digits = 0
        while position < end, digits <= 2, bytes[position] &- 0x30 < 10 {
            value = value * 10 + Int(bytes[position] &- 0x30)
            position += 1
            digits += 1
        }
        guard digits >= 1, digits <= 2, value > 0 else { return .some(nil) }
        let rest = UnsafeBufferPointer(rebasing: bytes[position..<end])
        var next = index + 1
        /// Whether the token at `next` is a border, nil when its characters must tell or its bounds
        /// are not written in full.
        func nextIsPipe() -> Bool? {
            next >= TokenBounds.readByRowStart || bounds[next].kind == .byCharacters ? nil : bounds[next].kind == .pipe
        }
        if rest.count == 1 && (rest[0] == 0x2E || rest[0] == 0x2C || rest[0] == 0x29)
            || rest.count == 2 && rest[0] == 0x2E && rest[1] == 0x7C
        {
            if next < count {
                guard let isPipe = nextIsPipe() else { return nil }
                if isPipe { next += 1 }
            }
            return (value, next)
        }
        guard rest.isEmpty, next < count else { return .some(nil) }
        guard let isPipe = nextIsPipe() else { return nil }
        if isPipe { return (value, next + 1) }
        let separator = bounds[next]
        // `nextIsPipe` told that the separator's bounds are written in full.
        guard separator.end - separator.start == 1, bytes[Int(separator.start)] == 0x2E || bytes[Int(separator.start)] == 0x2C
        else { return .some(nil) }
        next += 1
        if next < count {
            guard let isPipe = nextIsPipe() else { return nil }
            if isPipe { next += 1 }
        }
        return (value, next)
    }

    /// Initializes the places of `target[0..<bounds.count]` that the pass left to it (those of the tokens
    /// at `bounds` without a token noted by the class cache, whose copies the pass wrote at the others:
    /// `ClassCache.copyNotedToken`) with the tokens of `line` (UTF-8 bytes `bytes`) there: cut here
    /// (texts by `text(of:in:bytes:)`), where a kind that the bytes left to the characters, or that
    /// carries a unit, is worked out. Returns whether a token's text holds a reference: only one longer
    /// than `inlineTextCapacity` does (a slice of `line`); a noted token's text, and a shorter one, is
    /// a string held inline. With it, whether a token names something (`OCRLine.namesSomething`): true
    /// when `namesSomething` is (the pass found one among the tokens whose kind the bytes decided), else
    /// asked of the tokens whose kind the characters decide here, until one does.
    private static func cutTokens(
        _ bounds: UnsafeBufferPointer<TokenBounds>, of line: String, bytes: UnsafeBufferPointer<UInt8>,
        into target: UnsafeMutablePointer<OCRToken>, namesSomething: Bool
    ) -> (holdsReferences: Bool, namesSomething: Bool) {
        var holdsReferences = false
        var namesSomething = namesSomething
        // By index, with `noted` read first: the other fields of a noted token's bounds may not be
        // written (`scan`), so its bounds are never read whole, as an optional (`enumerated()`) would,
        // whose nil an unwritten kind could spell.
        for index in 0..<bounds.count where bounds[index].noted == TokenBounds.notNoted {
            let token = bounds[index]
            let start = Int(token.start)
            if Int(token.end) - start > inlineTextCapacity { holdsReferences = true }
            let text = text(of: start..<Int(token.end), in: line, bytes: bytes)
            let kind: Kind = switch token.kind {
            case .word: .word
            case .number: .number
            case .pipe: .pipe
            case .junk: .junk
            case .measured: asciiKind(UnsafeBufferPointer(rebasing: bytes[start..<Int(token.end)])) ?? kind(of: text)
            case .byCharacters: kind(of: text)
            }
            (target + index).initialize(
                to: OCRToken(text: text, offset: Int(token.offset), kind: kind, plainKnownWord: token.plainKnownWord.value))
            if !namesSomething, token.kind == .byCharacters { namesSomething = OCRLine.namesSomething(&target[index]) }
        }
        return (holdsReferences, namesSomething)
    }

    /// The most bytes a string holds inline, without storage of its own (`_SmallString.capacity`): 15
    /// where a pointer takes eight bytes, 10 where it takes four.
    static let inlineTextCapacity = MemoryLayout<Int>.size == 8 ? 15 : 10

    /// The text of the token at the UTF-8 offsets `range` of `line`, whose bytes are `bytes`: a string
    /// of its own when it fits inline (`inlineTextCapacity`), else a slice of `line`. Its characters
    /// are the slice's either way, as the token's bounds are a space, a tab or an end of the line, so
    /// it is valid UTF-8. A short token (most are) then costs a copy of its few bytes (checked only
    /// when one is not ASCII) instead of a slice, which checks that both bounds fall between scalars,
    /// and it holds no reference to the line's storage, to be counted on every copy of the token and
    /// released when its line is freed.
    @inline(__always)
    static func text(of range: Range<Int>, in line: String, bytes: UnsafeBufferPointer<UInt8>) -> Substring {
        if range.count <= inlineTextCapacity { return ownText(UnsafeBufferPointer(rebasing: bytes[range])) }
        let utf8 = line.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return line[lower..<utf8.index(lower, offsetBy: range.count)]
    }

    /// `bytes`, whole characters of valid UTF-8 that fit inline (`inlineTextCapacity`), as a string of
    /// their own.
    @inline(__always)
    static func ownText(_ bytes: UnsafeBufferPointer<UInt8>) -> Substring {
        let own = String(unsafeUninitializedCapacity: bytes.count) { output in
            guard let source = bytes.baseAddress, let target = output.baseAddress else { return 0 }
            target.initialize(from: source, count: bytes.count)
            return bytes.count
        }
        return Substring(own)
    }

    /// Where a token lies in its line (its first byte, the byte after it, its offset in scalars) and
    /// what its bytes told: the index of the token the class cache noted for its bytes
    /// (`ClassCache.notedTokens`; `notNoted` when none), its kind and `plainKnownWord`, in codes of a
    /// byte each, so that the bounds of a line's tokens take 20 bytes each and fit on the stack for
    /// most lines. The offsets fit in 32
    /// bits: the bounds of a line of 4 GiB would take 40 GiB.
    fileprivate struct TokenBounds {
        /// `noted` of a token the class cache holds no token for.
        static let notNoted = UInt32.max
        /// The tokens whose bounds `rowStart(_:bytes:)` reads, from the first: the pass writes every
        /// field only of these and of the tokens left to cut, and of the others only `noted`.
        static let readByRowStart = 4

        var start: UInt32
        var end: UInt32
        var offset: UInt32
        var noted: UInt32
        var kind: KindCode
        var plainKnownWord: PlainKnownWordCode
    }

    /// Room for the bounds of the tokens of one line (`TokenBounds`), which the lines of a file take in
    /// turn (`OCRLine.lines(of:)`), so that a line's bounds need no room of their own: one allocation
    /// for a file, made larger only when a line needs more room than the lines before it did. Freed
    /// with it (so it is not copied).
    struct BoundsRoom: ~Copyable {
        /// The room.
        private var bounds: UnsafeMutablePointer<TokenBounds>
        /// The bounds it has room for.
        private var capacity: Int

        /// Room for the bounds of the tokens of a line of up to `byteCount` bytes.
        init(byteCount: Int) {
            capacity = OCRToken.tokenRoomCapacity(byteCount: byteCount)
            bounds = .allocate(capacity: capacity)
        }

        deinit {
            bounds.deallocate()
        }

        /// Room for the bounds of the tokens of a line of `byteCount` bytes (`tokenRoomCapacity` of
        /// them), valid until the next call: the room there is, or a larger one in its place.
        @inline(__always)
        fileprivate mutating func room(forLineOf byteCount: Int) -> UnsafeMutablePointer<TokenBounds> {
            let needed = OCRToken.tokenRoomCapacity(byteCount: byteCount)
            if needed > capacity { grow(to: needed) }
            return bounds
        }

        /// Replaces the room by one for at least `needed` bounds, and at least twice as many as before.
        @inline(never)
        private mutating func grow(to needed: Int) {
            bounds.deallocate()
            capacity = max(needed, 2 * capacity)
            bounds = .allocate(capacity: capacity)
        }
    }

    /// A token's kind as its bytes told it: the kinds without a payload, `measured` for a unit or an
    /// amount (read again from the bytes when the token is made), `byCharacters` when a byte is not
    /// ASCII or is a line end.
    fileprivate enum KindCode: UInt8 {
        case word, number, pipe, junk, measured, byCharacters

        /// Whether word repair leaves a token of this code and `plainKnownWord` code as it is whatever
        /// its text, without a lookup (`OCRRepair.staysAsItIs`): a number or a border, or a word or junk
        /// that is a plain known word. A unit or an amount, or a token left to its characters, may be
        /// repaired.
        @inline(__always)
        func staysAsItIs(_ plainKnownWord: PlainKnownWordCode) -> Bool {
            self == .number || self == .pipe || plainKnownWord == .yes
        }

        /// The code of `kind`.
        init(_ kind: Kind) {
            switch kind {
            case .word: self = .word
            case .number: self = .number
            case .pipe: self = .pipe
            case .junk: self = .junk
            case .unit, .amount: self = .measured
            }
        }
    }

    /// `plainKnownWord` as its bytes told it: not worked out, false or true.
    fileprivate enum PlainKnownWordCode: UInt8 {
        case unknown, no, yes

        /// The `plainKnownWord` the code stands for.
        var value: Bool? {
            switch self {
            case .unknown: nil
            case .no: false
            case .yes: true
            }
        }
    }

    /// What a token's codes tell of its line (`LineFacts`): whether it is a border (`hasPipe`), whether
    /// word repair may change it (`KindCode.staysAsItIs`, `mayNeedWordRepair`) and whether it names
    /// something (`namesSomething`), as three bits, so that the pass gathers them for a line with one
    /// `|` per token and the class cache keeps them with the codes they are worked out from.
    fileprivate struct TokenMarks {
        /// No mark: what a line without tokens has.
        static var none: TokenMarks { TokenMarks(bits: 0) }
        /// The marks of a token whose kind its characters decide (`TokenMarks(kind: .byCharacters,
        /// plainKnownWord: .unknown, letters: 0)`): no border, maybe repaired, whether it names
        /// something left to its characters (`cutTokens`).
        static var byCharacters: TokenMarks { TokenMarks(bits: 2) }

        /// 1 for a border, 2 for a token word repair may change, 256 for a token that names something
        /// (`namesSomething`); for a token the class cache noted, 4 when its key is its bytes
        /// lower-cased, 8 when its key holds an activity header word, and 16 when its key is its bytes
        /// lower-cased less one or none before its run of letters and digits (32) and up to three after
        /// it (the count times 64).
        let bits: UInt16

        /// The marks whose bits are `bits` (as `TokenMarks(kind:plainKnownWord:letters:)` made them).
        init(bits: UInt16) {
            self.bits = bits
        }

        /// The marks of a token of codes `kind` and `plainKnownWord` (its kind decided by its bytes,
        /// ASCII without a line end) holding `letters` ASCII letters: it names something when it is a
        /// number, a unit or an amount, or a word of three letters or more (`OCRLine.namesSomething`,
        /// whose letters are these bytes').
        init(kind: KindCode, plainKnownWord: PlainKnownWordCode, letters: Int) {
            let names = kind == .number || kind == .measured || kind == .word && letters >= 3
            bits = (kind == .pipe ? 1 : 0) | (kind.staysAsItIs(plainKnownWord) ? 0 : 2) | (names ? 256 : 0)
        }

        /// The marks of a token's key (`OCRToken.KeyWriter.marks(ofKeyOf:at:lowercased:)`): whether it is
        /// the token's bytes lower-cased, and whether it holds an activity header word.
        init(keyIsLowercasedToken: Bool, keyHoldsActivityHeaderWord: Bool) {
            bits = (keyIsLowercasedToken ? 4 : 0) | (keyHoldsActivityHeaderWord ? 8 : 0)
        }

        /// The marks of a token whose key is its bytes lower-cased less `trimmedLeading` (at most one)
        /// before and `trimmedTrailing` (at most three) after (`OCRToken.trimmedRun(of:)`), and whether
        /// it holds an activity header word.
        init(keyHoldsActivityHeaderWord: Bool, trimmedLeading: Int, trimmedTrailing: Int) {
            bits = 16 | UInt16(trimmedLeading) << 5 | UInt16(trimmedTrailing) << 6 | (keyHoldsActivityHeaderWord ? 8 : 0)
        }

        /// Whether a token marked is a border.
        var hasPipe: Bool { bits & 1 != 0 }

        /// Whether the key of a token marked is its bytes lower-cased.
        var keyIsLowercasedToken: Bool { bits & 4 != 0 }

        /// Whether the key of a token marked is its bytes lower-cased less a few before and after its
        /// one run of letters and digits (`keyTrimmedLeading`, `keyTrimmedTrailing`).
        var keyIsTrimmedToken: Bool { bits & 16 != 0 }

        /// The bytes before the run of a token whose key is trimmed (`keyIsTrimmedToken`): 0 or 1.
        var keyTrimmedLeading: Int { Int(bits >> 5 & 1) }

        /// The bytes after the run of a token whose key is trimmed (`keyIsTrimmedToken`): 0 to 3.
        var keyTrimmedTrailing: Int { Int(bits >> 6 & 3) }

        /// Whether the key of a token marked holds an activity header word.
        var keyHoldsActivityHeaderWord: Bool { bits & 8 != 0 }

        /// Whether word repair may change a token marked.
        var mayNeedWordRepair: Bool { bits & 2 != 0 }

        /// Whether a token marked names something: a number, a unit or an amount, or a word of three
        /// letters or more (`OCRLine.namesSomething`), so that its line is no debris (`OCRLine.isJunk`).
        var namesSomething: Bool { bits & 256 != 0 }

        /// The marks of a line: these and `other`'s.
        @inline(__always)
        mutating func add(_ other: TokenMarks) {
            self = TokenMarks(bits: bits | other.bits)
        }
    }

    /// The eight bytes of `base` from `position`, as one little-endian integer, after storing them, each
    /// `| 0x20`, at `position - start` of `lowercased`: the step of `plainTokenEnd` and
    /// `ByteCounts.readToken` that reads eight bytes of a token and copies them to where its key goes.
    /// The caller keeps the load and the store inside their buffers (eight bytes left from `position`,
    /// room for eight at `lowercased + (position - start)`).
    @inline(__always)
    static func loadCopyingLowercased(
        _ base: UnsafePointer<UInt8>, at position: Int, from start: Int, to lowercased: UnsafeMutablePointer<UInt8>
    ) -> UInt64 {
        let loaded = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
        UnsafeMutableRawPointer(lowercased + (position &- start)).storeBytes(of: loaded | 0x2020_2020_2020_2020, as: UInt64.self)
        return UInt64(littleEndian: loaded)
    }

    /// The end of the token of `bytes` that starts at `start` (a byte that is neither a space nor a
    /// tab) when its bytes are plain, each from 0x21 to 0x7F (ASCII, no space, no tab, no line end and
    /// no other control byte): the next space or tab, or the end of the bytes; `isPlain` false at the
    /// first byte that is not plain, where `end` then stands. While eight bytes are left from the
    /// position, they are loaded as one integer and the first byte below 0x21 or from 0x80 on is found
    /// among them at once: its high bit is the lowest of those set by subtracting 0x21 from each byte
    /// of a byte below 0x21 (a borrow into the next byte comes only from such a byte, so below the
    /// lowest, none is set wrongly) or of a byte from 0x80 on. The last bytes are read one at a time.
    /// With them, `head`: the eight bytes from `start` as the first load read them (the first byte
    /// lowest), when eight are left from `start`, else 0, for the class cache to pack the token from
    /// (`ClassCache.packed`) without loading them again.
    ///
    /// On the way, the bytes are copied to `lowercased`, each `| 0x20` (the key of a token of ASCII
    /// letters and digits: `OCRToken.KeyWriter`): the eight loaded bytes in one store, the last ones
    /// one at a time. `lowercased` must have room for `bytes.count - start` bytes: each store lies
    /// within that many from it, and the bytes stored from `end` on are not part of the copy.
    /// Positions stay within `bytes.count`, so they are added without overflow checks.
    @inline(__always)
    static func plainTokenEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lowercasedTo lowercased: UnsafeMutablePointer<UInt8>
    ) -> (end: Int, isPlain: Bool, head: UInt64) {
        let count = bytes.count
        var position = start
        var head: UInt64 = 0
        if let base = bytes.baseAddress, start &+ 8 <= count {
            // Each load reads the eight bytes from `position`, all inside `bytes` by the tests before
            // it, and each store writes eight from `position - start`, inside the room by the same tests.
            head = loadCopyingLowercased(base, at: start, from: start, to: lowercased)
            var word = head
            while true {
                let notPlain = ((word &- 0x2121_2121_2121_2121) & ~word | word) & 0x8080_8080_8080_8080
                if notPlain != 0 {
                    position &+= notPlain.trailingZeroBitCount &>> 3
                    let byte = base[position]
                    return (position, byte == 0x20 || byte == 0x09, head)
                }
                position &+= 8
                guard position &+ 8 <= count else { break }
                word = loadCopyingLowercased(base, at: position, from: start, to: lowercased)
            }
        }
        while position < count {
            let byte = bytes[position]
            guard byte &- 0x21 < 0x5F else { return (position, byte == 0x20 || byte == 0x09, head) }
            lowercased[position &- start] = byte | 0x20
            position &+= 1
        }
        return (position, true, head)
    }

    /// The kinds of bytes of a token, counted in one pass: ASCII letters, ASCII digits, other bytes
    /// and "|" among them; whether a byte is not ASCII or is a line end (where bytes and characters
    /// could disagree); and the bytes that continue a scalar (10xxxxxx).
    struct ByteCounts {
        var letters = 0
        var digits = 0
        var others = 0
        var pipes = 0
        var needsCharacters = false
        var continuationBytes = 0

        /// Counts `byte`. Letters, the most common bytes, are told apart first.
        @inline(__always)
        mutating func read(_ byte: UInt8) {
            if (byte | 0x20) &- 0x61 < 26 {
                letters += 1
            } else if byte &- 0x30 < 10 {
                digits += 1
            } else {
                others += 1
                if byte == 0x7C {
                    pipes += 1
                } else if byte >= 0x80 || byte == 0x0A || byte == 0x0D {
                    needsCharacters = true
                    if byte & 0xC0 == 0x80 { continuationBytes += 1 }
                }
            }
        }

        /// Counts the bytes of the token of `bytes` that starts at `start` (a byte that is neither a
        /// space nor a tab) and returns its end: the next space or tab, or the end of the bytes. While
        /// eight bytes are left from the position, they are loaded as one integer: the letters they
        /// start with, the most common bytes, are counted at once (`leadingLetterCount`), and the byte
        /// after them, taken from the same integer, ends the token or is counted (`read`). The last
        /// bytes are read one at a time, a letter told first and only a byte that is not one asked
        /// whether it is a space or a tab. The same counts and end as reading every byte one at a time.
        ///
        /// On the way, the token's bytes are copied to `lowercased`, each `| 0x20` (the key of a token
        /// of ASCII letters and digits: `OCRToken.KeyWriter`): the eight loaded bytes in one store,
        /// the last ones one at a time. `lowercased` must have room for `bytes.count - start` bytes:
        /// each store lies within that many from it, and the bytes stored past the token's end are not
        /// part of the copy. Positions and counts stay within `bytes.count`, so they are added without
        /// overflow checks.
        @inline(__always)
        mutating func readToken(
            _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lowercasedTo lowercased: UnsafeMutablePointer<UInt8>
        ) -> Int {
            let count = bytes.count
            var position = start
            if let base = bytes.baseAddress {
                // Each load reads the eight bytes from `position`, all inside `bytes` by the loop's test,
                // and each store writes eight from `position - start`, inside the room by the same test.
                while position &+ 8 <= count {
                    let word = OCRToken.loadCopyingLowercased(base, at: position, from: start, to: lowercased)
                    let run = Self.leadingLetterCount(word)
                    letters &+= run
                    position &+= run
                    guard run < 8 else { continue }
                    let byte = UInt8(truncatingIfNeeded: word >> (UInt64(run) * 8))
                    if byte == 0x20 || byte == 0x09 { return position }
                    read(byte)
                    position &+= 1
                }
            }
            while position < count {
                let byte = bytes[position]
                if (byte | 0x20) &- 0x61 < 26 {
                    letters &+= 1
                } else if byte == 0x20 || byte == 0x09 {
                    break
                } else {
                    read(byte)
                }
                lowercased[position &- start] = byte | 0x20
                position &+= 1
            }
            return position
        }

        /// The number of ASCII letters, of either case, that the eight bytes of `word` start with, the
        /// first byte the lowest (8 when all are). Each byte's low seven bits, with the case bit set,
        /// get their high bit from adding 0x1F when they reach "a" and from adding 0x05 when they pass
        /// "z" (seven bits plus either stay below 0x100, so no byte carries into the next); a letter's
        /// byte has the first and not the second, nor a high bit of its own (a byte outside ASCII is no
        /// letter).
        @inline(__always)
        static func leadingLetterCount(_ word: UInt64) -> Int {
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let sevenBits = (word | 0x2020_2020_2020_2020) & ~highBits
            let letters = (sevenBits &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(sevenBits &+ 0x0505_0505_0505_0505) & ~word & highBits
            return (~letters & highBits).trailingZeroBitCount >> 3
        }
    }

    /// The kind of a token from its bytes, in one pass (`ByteCounts`); nil when a byte is not ASCII or
    /// is a line end, for `kind(of:)` to decide.
    static func asciiKind(_ bytes: UnsafeBufferPointer<UInt8>) -> Kind? {
        var counts = ByteCounts()
        for byte in bytes { counts.read(byte) }
        return counts.needsCharacters ? nil : asciiKind(bytes, counts)
    }

    /// The kind of the token whose bytes are `bytes` (none beyond ASCII or a line end), counted as
    /// `counts`. Whether every byte is a border mark ("|", "!" or "I") is asked only of a token with
    /// a "|"; the core (from the first letter or digit to the last) only of a token with a byte that is
    /// neither a letter nor a digit.
    private static func asciiKind(_ bytes: UnsafeBufferPointer<UInt8>, _ counts: ByteCounts) -> Kind {
        let (letters, digits, others) = (counts.letters, counts.digits, counts.others)
        if counts.pipes > 0, bytes.allSatisfy({ $0 == 0x7C || $0 == 0x21 || $0 == 0x49 }) { return .pipe }
        let core = others == 0 ? bytes : alphanumericCore(bytes)
        if digits > 0, letters == 0, case .some(.some) = asciiNumber(core) { return .number }
        if let unit = OCRUnits.unit(ascii: core) { return .unit(unit) }
        if letters > 0, let amount = OCRUnits.gluedAmount(ascii: core) { return .amount(amount.0, amount.1) }
        if letters >= 2, letters * 2 >= letters + digits + others { return .word }
        if letters == 1, others == 0, digits == 0 { return .junk }
        if digits > 0, letters + others <= 1 { return .number }
        return .junk
    }

    /// `OCRRepair.isPlainKnownWord` of ASCII bytes holding `letters` letters and `digits` digits: no
    /// digit, and the letters one run (from the first letter on, `letters` bytes are letters; all of
    /// them lie there or after, so those bytes are in the token), of fewer than four letters or a
    /// lexicon word, whose hash is worked out on that run.
    private static func isPlainKnownWord(_ bytes: UnsafeBufferPointer<UInt8>, letters: Int, digits: Int) -> Bool {
        guard digits == 0, letters > 0 else { return false }
        var first = 0
        while (bytes[first] | 0x20) &- 0x61 >= 26 { first += 1 }
        let end = first + letters
        var hash = LexiconWordTable.hashSeed
        for index in first..<end {
            let byte = bytes[index]
            guard (byte | 0x20) &- 0x61 < 26 else { return false }
            hash = LexiconWordTable.hashStep(hash, byte)
        }
        return letters < 4 || LexiconWordTable.shared.containsASCIILetters(
            UnsafeBufferPointer(rebasing: bytes[first..<end]), hash: LexiconWordTable.finishedHash(hash))
    }

    /// The ASCII bytes from the first letter or digit to the last (`trimmingOCRPunctuation` of ASCII
    /// bytes); empty when there is none.
    private static func alphanumericCore(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, !TextFolding.isASCIIAlphanumeric(bytes[start]) { start += 1 }
        while end > start, !TextFolding.isASCIIAlphanumeric(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// The kind of a token, scalar by scalar and character by character: the definition that
    /// `asciiKind` follows on bytes, and the classification of tokens it leaves undecided.
    static func kind(of text: Substring) -> Kind {
        kind(of: text, scalarCounts(text))
    }

    /// What a token holds: letters, digits, other characters, pipes, and whether it could be a border.
    typealias Counts = (letters: Int, digits: Int, others: Int, pipes: Int, pipeLike: Bool)

    /// The counts of a token, scalar by scalar: on its UTF-8 bytes when each scalar is ASCII or
    /// standalone punctuation (`Substring.standalonePunctuationLength`: none is alphabetic), as most
    /// tokens with a byte outside ASCII are (a dash, curly quotes); else by the scalars' properties.
    private static func scalarCounts(_ text: Substring) -> Counts {
        if case .some(.some(let counts)) = text.utf8.withContiguousStorageIfAvailable(scalarCounts(utf8:)) {
            return counts
        }
        var counts: Counts = (0, 0, 0, 0, true)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                count(ascii: UInt8(truncatingIfNeeded: value), into: &counts)
            } else if scalar.properties.isAlphabetic {
                counts.letters += 1
                counts.pipeLike = false
            } else {
                counts.others += 1
                counts.pipeLike = false
            }
        }
        return counts
    }

    /// `scalarCounts` of a token's UTF-8 bytes, `bytes`, when each scalar is ASCII or standalone
    /// punctuation (`Substring.standalonePunctuationLength`), which counts as an other scalar that
    /// is no border; nil when a scalar is neither.
    static func scalarCounts(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Counts? {
        var counts: Counts = (0, 0, 0, 0, true)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                count(ascii: byte, into: &counts)
                index += 1
            } else {
                let length = Substring.standalonePunctuationLength(bytes, at: index)
                guard length > 0 else { return nil }
                counts.others += 1
                counts.pipeLike = false
                index += length
            }
        }
        return counts
    }

    /// Counts the ASCII scalar `byte` into `counts`: a letter (an "I" may still be a misread border), a
    /// digit, or another scalar ("|" a border, "!" a misread one).
    @inline(__always)
    private static func count(ascii byte: UInt8, into counts: inout Counts) {
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x7A {
            counts.letters += 1
            if byte != 0x49 { counts.pipeLike = false }
        } else if byte >= 0x30 && byte <= 0x39 {
            counts.digits += 1
            counts.pipeLike = false
        } else {
            counts.others += 1
            if byte == 0x7C { counts.pipes += 1 } else if byte != 0x21 { counts.pipeLike = false }
        }
    }

    /// The kind of a token with the given counts. A token without a letter or a digit that is no
    /// border is junk, told without trimming it: a number needs a digit, a unit or an amount a core
    /// that starts with an ASCII letter or digit, and a word letters.
    private static func kind(of text: Substring, _ counts: Counts) -> Kind {
        let (letters, digits, others, pipes, pipeLike) = counts
        if pipeLike, pipes > 0 { return .pipe }
        if letters == 0, digits == 0 { return .junk }
        let core = text.trimmingOCRPunctuation()
        if digits > 0, letters == 0, OCRToken.number(core) != nil { return .number }
        if let unit = OCRUnits.unit(of: core) { return .unit(unit) }
        if letters > 0, let amount = OCRUnits.gluedAmount(core) { return .amount(amount.0, amount.1) }
        if letters >= 2, letters * 2 >= letters + digits + others { return .word }
        if letters == 1, others == 0, digits == 0 { return .junk }
        if digits > 0, letters + others <= 1 { return .number }
        return .junk
    }

    /// The value of a number token ("10", "0,5", "2."); of a range ("1-2") its upper bound.
    static func number(_ text: Substring) -> Double? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ asciiNumber($0) }), let ascii = result {
            return ascii
        }
        return numberByCharacters(text)
    }

    /// `number` of ASCII bytes; nil (the outer optional) when the bytes are not all ASCII.
    static func asciiNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double?? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        if let dash = bytes.firstIndex(of: 0x2D), dash != 0 {
            guard let low = asciiNumber(UnsafeBufferPointer(rebasing: bytes[..<dash])) ?? nil,
                let high = asciiNumber(UnsafeBufferPointer(rebasing: bytes[(dash + 1)...])) ?? nil
            else { return .some(nil) }
            return max(low, high)
        }
        var reader = DecimalReader()
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                reader.read(digit: Int(byte - 0x30))
            } else if byte == 0x2C || byte == 0x2E, reader.canReadSeparator {
                reader.readSeparator()
            } else {
                return .some(nil)
            }
        }
        return reader.value
    }

    /// Reads a decimal number digit by digit: "10", "0,5", "2."; up to four digits.
    private struct DecimalReader {
        private var whole = 0.0
        private var scale = 0.0
        private var digits = 0

        /// Whether a decimal separator may come now: after a digit, and only once.
        var canReadSeparator: Bool { scale == 0 && digits > 0 }

        /// The number read, or nil without digits or with more than four.
        var value: Double? { digits > 0 && digits <= 4 ? whole : nil }

        mutating func read(digit: Int) {
            if scale > 0 {
                whole += Double(digit) * scale
                scale /= 10
            } else {
                whole = whole * 10 + Double(digit)
            }
            digits += 1
        }

        mutating func readSeparator() {
            scale = 0.1
        }
    }

    /// `number`, character by character (text that is not all ASCII).
    private static func numberByCharacters(_ text: Substring) -> Double? {
        if let dash = text.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" }), dash != text.startIndex {
            guard let low = number(text[..<dash]), let high = number(text[text.index(after: dash)...]) else { return nil }
            return max(low, high)
        }
        var reader = DecimalReader()
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                reader.read(digit: digit)
            } else if character == "," || character == ".", reader.canReadSeparator {
                reader.readSeparator()
            } else {
                return nil
            }
        }
        return reader.value
    }
}

extension StringProtocol {
    /// The text without leading and trailing punctuation that OCR attaches to words ("menit|", "(IKU)").
    func trimmingOCRPunctuation() -> Substring {
        Substring(self).trimmingOCRPunctuation()
    }
}

extension Substring {
    /// The text without leading and trailing punctuation that OCR attaches to words ("menit|", "(IKU)").
    /// A character is kept when it is a letter or a number. Decided on the bytes while the characters
    /// to judge are ASCII bytes standing alone (next to ASCII bytes, so characters of their own).
    func trimmingOCRPunctuation() -> Substring {
        let bounds = utf8.withContiguousStorageIfAvailable(Self.boundsTrimmedOfOCRPunctuation)
        guard let bounds = bounds ?? nil else { return trimmingOCRPunctuationByCharacters() }
        let start = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
        return self[start..<utf8.index(start, offsetBy: bounds.count)]
    }

    /// The bounds of `trimmingOCRPunctuation()` in the UTF-8 bytes `bytes` of a text, read on the bytes
    /// while each scalar judged stands alone as a character: an ASCII byte (not CR at the start or LF
    /// at the end, where CR LF is one character) or standalone punctuation
    /// (`standalonePunctuationLength`: a dash, curly quotes, a no-break space, which is never a word
    /// character), next to an ASCII byte, standalone punctuation or the end (no other scalar, which
    /// might join it); nil otherwise, for the character-by-character reading.
    static func boundsTrimmedOfOCRPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var lower = 0
        var upper = bytes.count
        while lower < upper {
            let byte = bytes[lower]
            let length = byte < 0x80 ? 1 : standalonePunctuationLength(bytes, at: lower)
            guard length > 0, byte != 0x0D else { return nil }
            let next = lower + length
            guard next == upper || bytes[next] < 0x80 || standalonePunctuationLength(bytes, at: next) > 0 else {
                return nil
            }
            if TextFolding.isASCIIAlphanumeric(byte) { break }
            lower = next
        }
        while upper > lower {
            let byte = bytes[upper - 1]
            let length = byte < 0x80 ? 1 : standalonePunctuationLength(bytes, endingAt: upper)
            guard length > 0, byte != 0x0A else { return nil }
            let previous = upper - length
            guard previous == lower || bytes[previous - 1] < 0x80 || standalonePunctuationLength(bytes, endingAt: previous) > 0
            else { return nil }
            if TextFolding.isASCIIAlphanumeric(byte) { break }
            upper = previous
        }
        return lower..<upper
    }

    /// The length in bytes of the scalar that starts at `index` of the UTF-8 bytes `bytes` when it is
    /// standalone punctuation: U+2010–U+2027 (dashes, curly quotes, bullets, the ellipsis) or U+00A0–
    /// U+00BF but for the letters, numbers and soft hyphen among them (`standaloneLatin1Marks`: a
    /// no-break space, "«", "»", "©", "°", …). None is a letter, a number or alphabetic, and none
    /// joins the scalar before or after it into one character unless that one joins (a combining
    /// mark). 0 for any other scalar, an ASCII byte or an index past the end.
    @inline(__always)
    static func standalonePunctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        switch bytes[index] {
        case 0xC2:
            return index + 1 < bytes.count && isStandaloneLatin1Mark(bytes[index + 1]) ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] &- 0x90 < 0x18 ? 3 : 0
        default:
            return 0
        }
    }

    /// The length in bytes of the scalar that ends before `end` in the UTF-8 bytes `bytes` when it is
    /// standalone punctuation (`standalonePunctuationLength(_:at:)`), read back from its last byte;
    /// 0 for any other scalar.
    @inline(__always)
    static func standalonePunctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        guard end >= 2, bytes[end - 1] & 0xC0 == 0x80 else { return 0 }
        if bytes[end - 2] == 0xC2 { return isStandaloneLatin1Mark(bytes[end - 1]) ? 2 : 0 }
        return end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] &- 0x90 < 0x18 ? 3 : 0
    }

    /// Whether U+00A0–U+00BF's scalar whose second UTF-8 byte (after 0xC2) is `byte` is standalone
    /// punctuation: a bit of `standaloneLatin1Marks` set for it.
    @inline(__always)
    private static func isStandaloneLatin1Mark(_ byte: UInt8) -> Bool {
        byte &- 0xA0 < 0x20 && standaloneLatin1Marks & 1 << (byte &- 0xA0) != 0
    }

    /// U+00A0–U+00BF as bits (U+00A0 the lowest), set for those that are no letter ("ª", "µ", "º"),
    /// no number ("²", "³", "¹", "¼", "½", "¾") and not the soft hyphen.
    private static let standaloneLatin1Marks: UInt32 = 0x89D3_DBFF

    /// `trimmingOCRPunctuation`, character by character.
    private func trimmingOCRPunctuationByCharacters() -> Substring {
        func isWordCharacter(_ character: Character) -> Bool {
            if let ascii = character.asciiValue {
                return TextFolding.isASCIIAlphanumeric(ascii)
            }
            return character.isLetter || character.isNumber
        }
        var slice = self
        while let first = slice.first, !isWordCharacter(first) { slice = slice.dropFirst() }
        while let last = slice.last, !isWordCharacter(last) { slice = slice.dropLast() }
        return slice
    }
}

/// Duration units as OCR writes them, misread letters included.
enum OCRUnits {
    private static let variants: [String: DurationUnit] = [
        "menit": .minute, "menlt": .minute, "rnenit": .minute, "menil": .minute, "meni": .minute, "merit": .minute,
        "mnt": .minute, "menif": .minute, "menjt": .minute, "rnenlt": .minute, "menitt": .minute,
        "jam": .hour, "iam": .hour, "jarn": .hour, "lam": .hour, "jum": .hour, "jam.": .hour,
        "hari": .day, "har": .day, "harl": .day, "hari.": .day, "han": .day, "hati": .day, "hri": .day,
        "minggu": .week, "rninggu": .week, "mingqu": .week, "pekan": .week,
        "bulan": .month, "bulon": .month, "bln": .month,
    ]

    /// The unit a token names.
    static func unit(of text: some StringProtocol) -> DurationUnit? {
        let count = text.utf8.count
        guard count >= 3, count <= 8, let first = text.utf8.first, isUnitStart(first) else { return nil }
        var packed: UInt64 = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return variants[text.lowercased()] }
            packed = packed << 8 | UInt64(lowercased(byte))
        }
        return unit(packed: packed)
    }

    /// `unit(of:)` of ASCII bytes.
    static func unit(ascii bytes: UnsafeBufferPointer<UInt8>) -> DurationUnit? {
        guard bytes.count >= 3, bytes.count <= 8, isUnitStart(bytes[0]) else { return nil }
        var packed: UInt64 = 0
        for byte in bytes { packed = packed << 8 | UInt64(lowercased(byte)) }
        return unit(packed: packed)
    }

    /// Whether a variant could start with `byte`: m, j, i, l, h, b, p or r in either case.
    @inline(__always)
    private static func isUnitStart(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case 0x6D, 0x6A, 0x69, 0x6C, 0x68, 0x62, 0x70, 0x72: true
        default: false
        }
    }

    /// An ASCII capital lowered; any other byte as it is.
    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// `variants` keyed by their ASCII bytes packed into an integer, sorted by key: all are eight bytes
    /// or fewer and start with a letter, so no two texts share a key.
    private static let packedVariants: [(key: UInt64, unit: DurationUnit)] = variants.map { variant, unit in
        (variant.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, unit)
    }.sorted { $0.key < $1.key }

    /// The unit of the variant whose packed bytes are `packed` (a binary search; no hashing).
    private static func unit(packed: UInt64) -> DurationUnit? {
        let index = packedVariants.partitioningIndex { $0.key >= packed }
        return index < packedVariants.count && packedVariants[index].key == packed ? packedVariants[index].unit : nil
    }

    /// `gluedAmount` of ASCII bytes without line ends. Inlined into the tokenizer's classification,
    /// where most tokens fail its first test (a digit, "l", "I" or "L" first) and a call would cost
    /// more than that test.
    @inline(__always)
    static func gluedAmount(ascii bytes: UnsafeBufferPointer<UInt8>) -> (Double, DurationUnit)? {
        guard let first = bytes.first, (first >= 0x30 && first <= 0x39) || first == 0x6C || first == 0x49 || first == 0x4C
        else { return nil }
        if first == 0x6C || first == 0x49 || first == 0x4C, let unit = unit(ascii: UnsafeBufferPointer(rebasing: bytes[1...])) {
            return (1, unit)
        }
        let digits = bytes.prefix { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }.count
        guard digits > 0, let value = OCRToken.asciiNumber(UnsafeBufferPointer(rebasing: bytes[..<digits])) ?? nil,
            let unit = unit(ascii: UnsafeBufferPointer(rebasing: bytes[digits...]))
        else { return nil }
        return (value, unit)
    }

    /// "1jam", "1iam", "30menit", "ljam" (1 misread as l): a number glued to a unit.
    static func gluedAmount(_ text: some StringProtocol) -> (Double, DurationUnit)? {
        guard let firstByte = text.utf8.first,
            (firstByte >= 0x30 && firstByte <= 0x39) || firstByte == 0x6C || firstByte == 0x49 || firstByte == 0x4C
        else { return nil }
        if let first = text.first, first == "l" || first == "I" || first == "L", let unit = unit(of: text.dropFirst()) {
            return (1, unit)
        }
        let digits = text.prefix { $0.isNumber || $0 == "," || $0 == "." }
        guard !digits.isEmpty, let value = OCRToken.number(Substring(digits)) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let unit = unit(of: rest) else { return nil }
        return (value, unit)
    }
}

extension OCRToken {
    /// The kind codes and `plainKnownWord` codes of the short ASCII tokens of the files read so far,
    /// keyed by their bytes, so that a word a file repeats (more than half of its tokens are repeats),
    /// or that files read before it held, is classified and looked up in the lexicon once: both are
    /// functions of the token's bytes alone. A token of up to 16 bytes is keyed by its bytes packed
    /// into two integers (zero past its end, which its plain bytes, none of them 0, tell from its
    /// length), found with one hash of those and two comparisons. A token whose text fits inline
    /// (`inlineTextCapacity`) is noted whole as well, at offset 0 (`notedTokens`), so that each later
    /// token of the same bytes is a copy of it; a word or junk token that is not a plain known word
    /// with its entry in the shared repair cache (`repairCacheEntry`), found or made once here, so that
    /// its word repair needs no hash. The slots are fixed; once three quarters are filled, nothing more
    /// is noted until the next line starts (`makeRoomForLine`), which empties every slot, so that the
    /// tokens noted stay put while a line is read. A file takes a cache a file read before it left (`forFile`, `keepForNextFile`), one
    /// file at a time, so that the words of a batch are classified about once per thread that reads
    /// its files; the repair cache entries noted while their repairs were still to be found are
    /// settled then (`settleRepairNotes`).
    struct ClassCache {
        /// The longest token noted, in bytes: two integers' worth.
        static let longestToken = 16

        /// A noted token: its first eight bytes and the eight after them packed, the first byte lowest
        /// and zero past its end (`low` is 0 only for an empty slot: a token noted has a first byte, and
        /// its bytes are plain, none of them 0, so its packed bytes alone tell its length); its codes
        /// and their marks (`TokenMarks`); and its index in `notedTokens` (`TokenBounds.notNoted` for
        /// none). Each in a field of its own type, as the pass takes it, so that a hit reads it without
        /// a conversion; 24 bytes in all, as the two packed words and one of the rest.
        private struct Slot {
            var low: UInt64 = 0
            var high: UInt64 = 0
            var kind = KindCode.byCharacters
            var plainKnownWord = PlainKnownWordCode.unknown
            var marks = TokenMarks.none
            var noted = TokenBounds.notNoted
        }

        private var slots: [Slot]
        /// The tokens noted whole, at offset 0, in the order noted.
        private(set) var notedTokens: [OCRToken] = []
        /// The positions in `notedTokens` of the tokens noted with an entry in the shared repair cache
        /// (`repairCacheEntry`, never nil for them) whose repair was still to be found
        /// (`RepairCacheEntry.staysAsItIs` false): settled once a later file takes the cache
        /// (`settleRepairNotes`).
        private var unsettledNotes: [Int] = []
        /// Tokens that may still be noted.
        private var room: Int
        /// The shift that leaves of a 64-bit hash its top bits that number a slot: 64 less the
        /// logarithm of the slot count, which is never one, so that the shift stays below 64 (0 for a
        /// cache without slots, which is never hashed into).
        private let slotShift: UInt64

        /// A cache of `slotCount` slots (a power of two), or one that notes nothing for 0. A cache of
        /// one slot is given two: either notes nothing, as a quarter of either is no slot.
        init(slotCount: Int) {
            precondition(slotCount == 0 || slotCount.nonzeroBitCount == 1)
            let count = slotCount == 1 ? 2 : slotCount
            slots = [Slot](repeating: Slot(), count: count)
            room = count / 4 * 3
            slotShift = UInt64(truncatingIfNeeded: 64 - count.trailingZeroBitCount)
        }

        /// A cache that notes nothing, for a line read on its own.
        static var disabled: ClassCache { ClassCache(slotCount: 0) }

        /// The slots of a cache kept from file to file: room for the few thousand short words of a
        /// batch's vocabulary, in less memory than the second-level cache holds.
        static let fileSlotCount = 4096

        /// The caches files read so far left for the files after them (`keepForNextFile`): at most one
        /// per thread reading files at the same time, on any machine this runs on.
        private static let kept = ReusePool<ClassCache>(capacity: 16)

        /// A cache for the lines of one file: one that a file read before left, with the classes of
        /// the words it noted, else a new one.
        static func forFile() -> ClassCache {
            var cache = kept.take { ClassCache(slotCount: fileSlotCount) }
            cache.settleRepairNotes()
            return cache
        }

        /// Notes, in each noted token whose repair was still to be found when it was noted
        /// (`unsettledNotes`), that it stays as it is once the shared repair cache has found its repair
        /// and it is none, so that the word repair of the tokens copied from it later is told at once,
        /// without a lock (`OCRRepair.Memo.noteLookUp(ofNoted:)`); a token whose repair was found to be
        /// another word is left as it is, and one still to be found is kept for the next file. The
        /// same repairs either way (the entry's repair, read under the lock, is none): only the way
        /// to them changes. One lock for all of them, asked for only when there are some.
        mutating func settleRepairNotes() {
            guard !unsettledNotes.isEmpty else { return }
            let entries = unsettledNotes.map { notedTokens[$0].repairCacheEntry!.number }
            let settled = OCRRepair.RepairCache.shared.staysAsItIs(entries: entries)
            var stillUnsettled: [Int] = []
            for (index, position) in unsettledNotes.enumerated() {
                switch settled[index] {
                case .some(true): notedTokens[position].note(RepairCacheEntry(number: entries[index], staysAsItIs: true))
                case .some(false): break
                case .none: stillUnsettled.append(position)
                }
            }
            unsettledNotes = stillUnsettled
        }

        /// Keeps `cache`, which a file's lines were read with, for a file read after it.
        static func keepForNextFile(_ cache: consuming ClassCache) {
            kept.giveBack(consume cache)
        }

        /// Whether the cache has slots.
        var isEnabled: Bool { !slots.isEmpty }

        /// The classes of the token at `bytes[start..<end]` (ASCII bytes without a line end, at most
        /// `longestToken` of them; `head` the eight bytes from `start`, as `packed` takes them) and their
        /// marks (`TokenMarks`, with those of its key), with the index in `notedTokens` of the token
        /// noted for its bytes (`TokenBounds.notNoted` for none): the noted ones, else `classify()` (the
        /// classes, the count of ASCII letters and the key's marks), noted while there is room, with the
        /// token when its text fits inline.
        @inline(__always)
        fileprivate mutating func classes(
            of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, head: UInt64,
            classify: () -> (kind: Kind, plainKnownWord: PlainKnownWordCode, letters: Int, keyMarks: TokenMarks)
        ) -> (kind: KindCode, plainKnownWord: PlainKnownWordCode, marks: TokenMarks, noted: UInt32) {
            // The token lies inside `bytes` (its length is 1 to `longestToken`): the subtraction and
            // the length's conversion need no check.
            let length = end &- start
            let (low, high) = Self.packed(bytes, from: start, length: length, head: head)
            // A multiplicative hash: its top bits, which every bit of the key reaches, number the slot.
            // The packed bytes are the key whole: a token's bytes are plain (0x21 to 0x7F), so the
            // zeros past its end tell its length, and its first byte makes `low` other than 0, which
            // marks an empty slot; a match is looked for first, as most lookups find one at once.
            let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: mixed &>> slotShift)
            while true {
                let stored = slots[slot]
                if stored.low == low, stored.high == high {
                    return (stored.kind, stored.plainKnownWord, stored.marks, stored.noted)
                }
                if stored.low == 0 { break }
                slot = (slot + 1) & mask
            }
            let found = classify()
            let kind = KindCode(found.kind)
            var marks = TokenMarks(kind: kind, plainKnownWord: found.plainKnownWord, letters: found.letters)
            marks.add(found.keyMarks)
            guard room > 0 else { return (kind, found.plainKnownWord, marks, TokenBounds.notNoted) }
            room -= 1
            var noted = TokenBounds.notNoted
            if length <= OCRToken.inlineTextCapacity {
                noted = UInt32(notedTokens.count)
                noteToken(UnsafeBufferPointer(rebasing: bytes[start..<end]), kind: found.kind, plainKnownWord: found.plainKnownWord)
            }
            slots[slot] = Slot(
                low: low, high: high, kind: kind, plainKnownWord: found.plainKnownWord, marks: marks, noted: noted)
            return (kind, found.plainKnownWord, marks, noted)
        }

        /// The `length` bytes (1 to `longestToken`) of `bytes` from `start` packed as `PackedASCIIWord`
        /// packs them (the first byte lowest, zero past the last), from unaligned loads that lie inside
        /// `bytes` wherever the token stands in its line. When eight bytes are left from `start`, `head`
        /// holds them (`plainTokenEnd` loaded them, first byte lowest): a token of up to eight bytes is
        /// `head` masked to its bytes, and a longer one takes `head` and the eight bytes that end where
        /// it ends, shifted down to drop the bytes `head` holds. Otherwise (`head` is not read) the
        /// token has fewer than eight bytes; it takes the eight that end where it ends, shifted down to
        /// its bytes, when it ends eight bytes or more into the line, and only a token of a line of
        /// fewer than eight bytes has neither, and `PackedASCIIWord` packs it.
        @inline(__always)
        static func packed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int, head: UInt64)
            -> (low: UInt64, high: UInt64)
        {
            let end = start &+ length
            guard end >= 8 || start &+ 8 <= bytes.count, let base = bytes.baseAddress else {
                let word = PackedASCIIWord(bytes, from: start, length: length)
                return (word.low, word.high)
            }
            /// The eight bytes of `bytes` from `offset`, which the guard and the tests before each
            /// load keep inside `bytes`, the first byte lowest.
            func word(at offset: Int) -> UInt64 {
                UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            }
            // The shifts are of 0 to 56 bits: the token's bytes in a word end at its top byte, and a
            // mask of `length` bytes (1 to 8) leaves 64 - 8 * `length` bits out.
            if start &+ 8 <= bytes.count {
                if length <= 8 { return (head & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length)), 0) }
                return (head, word(at: end &- 8) &>> UInt64(truncatingIfNeeded: 8 &* (16 &- length)))
            }
            return (word(at: end &- 8) &>> UInt64(truncatingIfNeeded: 8 &* (8 &- length)), 0)
        }

        /// Notes the token of the bytes `bytes` (which fit inline), of kind `kind`, in `notedTokens`
        /// at offset 0; when it is not a plain known word, with its entry in the shared repair cache.
        /// Apart from `classes`, which stays small enough to be inlined in the tokenizer's loop.
        @inline(never)
        private mutating func noteToken(
            _ bytes: UnsafeBufferPointer<UInt8>, kind: Kind, plainKnownWord: PlainKnownWordCode
        ) {
            var token = OCRToken(text: OCRToken.ownText(bytes), offset: 0, kind: kind, plainKnownWord: plainKnownWord.value)
            if plainKnownWord == .no,
                let entry = OCRRepair.RepairCache.shared.entryNoted(bytes: bytes, hash: TokenRepairTable.hash(bytes))
            {
                token.note(entry)
                if !entry.staysAsItIs, token.repairCacheEntry != nil { unsettledNotes.append(notedTokens.count) }
            }
            notedTokens.append(token)
        }

        /// Initializes `target` with a copy of the token noted at `index` of `notedTokens`, moved to
        /// `offset`. Copied as its bytes: a noted token's text is held inline, with no reference to
        /// count, so a copy of its bytes is the copy of the token that assigning it would make, without
        /// the call that counts nothing. `index` is one that `classes` gave, from a slot: a slot holds
        /// the index of a token only once the token is noted (`noteToken`), and the slots are emptied
        /// whenever the noted tokens are forgotten (`makeRoomForLine`), so the index is always one of
        /// `notedTokens`, which is then not empty; so it is checked in debug builds only.
        @inline(__always)
        func copyNotedToken(_ index: UInt32, to target: UnsafeMutablePointer<OCRToken>, offset: Int) {
            notedTokens.withUnsafeBufferPointer { noted in
                assert(Int(index) < noted.count, "a token noted past the class cache's tokens")
                UnsafeMutableRawPointer(target).copyMemory(
                    from: noted.baseAddress.unsafelyUnwrapped + Int(index), byteCount: MemoryLayout<OCRToken>.size)
            }
            target.pointee.offsetAndNotes |= offset << 32
        }

        /// Called before a line is read: when no room is left, empties every slot and forgets the
        /// tokens noted, making room for three quarters of the slots again.
        @inline(__always)
        mutating func makeRoomForLine() {
            guard room == 0, !slots.isEmpty else { return }
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: Slot()) }
            notedTokens.removeAll(keepingCapacity: true)
            unsettledNotes.removeAll(keepingCapacity: true)
            room = slots.count / 4 * 3
        }
    }
}

/// A raw line as one pass over its bytes read it (`OCRToken.scan(of:)`): its tokens
/// (`OCRToken.tokens(of:)`); whether it is its tokens joined by single spaces as it stands (no tab, no
/// run of spaces, no space at either end; `OCRLine.tokensJoined(line)` is then the line); and
/// `OCRLine.rowStart(of: tokens)` read on the bytes, nil (the outer optional) when a token it looks at
/// holds a byte that is not ASCII or is a line end, for the tokens to decide; and the line's
/// `TextFolding.key`, the same for the line and its tokens joined by single spaces, with
/// `OCRLine.holdsActivityHeaderWord` of its bytes; and whether a token is a border (one whose kind the
/// bytes left to its characters holds a byte that is not ASCII or is a line end, so it is none). A
/// tuple, so that a line takes its parts apart without copying them.
typealias OCRLineScan = (
    tokens: [OCRToken], isSpacedOnce: Bool, rowStart: (number: Int, nextToken: Int)??, key: String,
    keyHoldsActivityHeaderWord: Bool, hasPipe: Bool
)

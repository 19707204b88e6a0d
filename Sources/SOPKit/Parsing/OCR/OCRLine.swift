/// One line of OCR text: its number, its text with white space folded, its tokens, and the facts
/// about them that the parsers ask for again and again, decided once when the line is read. A value of
/// its number and a record in a `Store`, the storage of the lines read with it (a file's): everything
/// but the number is a function of the line's text, kept once per distinct line of the file. Every
/// empty line of a file holds the store's first record, and a line whose bytes an earlier line of its
/// file has holds that line's record, so that neither of those lines stores anything of its own. The
/// records, tokens and keys of all the file's lines take a few allocations (the store and its chunks
/// of tokens and of key bytes), made and freed once per file rather than one per line. Sendable as
/// its store is: never changed once its lines are read (`ManagedBuffer`, which it is, cannot say so
/// itself).
struct OCRLine: @unchecked Sendable {
    /// The line's number above 32 bits and the index of its record in `store` in the 32 bits below,
    /// in one integer, so that a line takes two words.
    private let numberAndRecord: Int
    /// The storage of the line's record and tokens.
    let store: Store

    /// 1-based line number in the input.
    var number: Int { numberAndRecord >> 32 }
    /// The index of the line's record in `store`.
    var record: Int { numberAndRecord & 0xFFFF_FFFF }

    /// What a line holds besides its number, all of it decided by its text: its text, where its key's
    /// bytes and its tokens lie in its store, and the facts read from them.
    struct Record {
        /// The text, white space folded.
        let text: String
        /// The UTF-8 bytes of `TextFolding.key(text)`, in one of its store's chunks of key bytes (no
        /// start when empty).
        let key: UnsafeBufferPointer<UInt8>
        /// The line's first token, in one of its store's chunks of tokens.
        let tokens: UnsafeMutablePointer<OCRToken>
        /// The number of the line's tokens.
        let tokenCount: Int
        /// See `OCRLine.rowStart`.
        let rowStart: (number: Int, nextToken: Int)?
        /// Whether a token is a table border.
        let hasPipe: Bool
        /// See `OCRLine.namesActivityColumn`.
        let namesActivityColumn: Bool
        /// See `OCRLine.mayNeedWordRepair`.
        let mayNeedWordRepair: Bool
        /// See `OCRLine.isJunk`.
        let isJunk: Bool
        /// Whether a token's text holds a reference to storage of its own (a slice of the line's text,
        /// or a string of more than `OCRToken.inlineTextCapacity` bytes); when none does, the tokens
        /// are plain bytes with nothing to release, and they are not deinitialized one by one when the
        /// store is freed.
        let tokensHoldReferences: Bool
    }

    /// Chunks of elements (a store's tokens, or its key bytes), each line's a run of one of them, never
    /// moved once written: the chunk being filled, how many of its elements are written and how many
    /// it has room for, and the chunks filled before it. Freed by `deallocate`, not on its own.
    struct StoreChunks<Element> {
        /// The chunk being filled.
        private(set) var chunk: UnsafeMutablePointer<Element>
        /// The chunks filled before it, in order: none for most files, so no array is allocated.
        private(set) var filledChunks: [UnsafeMutablePointer<Element>] = []
        /// The elements written in the chunk being filled.
        private(set) var count = 0
        /// The elements the chunk being filled has room for.
        private var capacity: Int

        /// No element yet, and a first chunk with room for `capacity` elements (at least one).
        init(capacity: Int) {
            self.capacity = max(1, capacity)
            chunk = .allocate(capacity: self.capacity)
        }

        /// Where the next `count` elements go, without counting them written (`advance(by:)` does):
        /// after those written in the chunk being filled when they fit, else at the start of a new
        /// chunk (`startChunk(for:)`). The elements written before stay where they are. Inlined in
        /// the per-line appends, where they almost always fit. The counts are those of elements the
        /// store has room for, or is asked room for, in memory: their sum is far from overflowing, and
        /// is taken without a check.
        @inline(__always)
        mutating func room(for count: Int) -> UnsafeMutablePointer<Element> {
            if self.count &+ count > capacity { startChunk(for: count) }
            return chunk + self.count
        }

        /// Keeps the chunk being filled among the filled ones and starts a new one, with room for
        /// `count` elements and for at least as many as the chunk before it.
        @inline(never)
        private mutating func startChunk(for count: Int) {
            filledChunks.append(chunk)
            capacity = max(capacity, count)
            chunk = .allocate(capacity: capacity)
            self.count = 0
        }

        /// Counts `written` more elements written at the room last given (`room(for:)`, asked for at
        /// least that many): the count stays within the chunk's capacity, so it is added to without an
        /// overflow check.
        mutating func advance(by written: Int) {
            count &+= written
        }

        /// Where the next `count` elements go (`room(for:)`), counted written.
        mutating func place(_ count: Int) -> UnsafeMutablePointer<Element> {
            defer { advance(by: count) }
            return room(for: count)
        }

        /// Frees every chunk; the elements must need no deinitialization, or have had it.
        func deallocate() {
            chunk.deallocate()
            for filled in filledChunks { filled.deallocate() }
        }
    }

    /// Where a `Store`'s tokens and key bytes go (`StoreChunks`), and how many records the store
    /// holds, of how many it has room for. The header of a `Store`.
    struct StoreHeader {
        /// The chunks of the lines' tokens.
        var tokens: StoreChunks<OCRToken>
        /// The chunks of the lines' key bytes.
        var keyBytes: StoreChunks<UInt8>
        /// The records written.
        var recordCount: Int
        /// The records there is room for.
        let recordCapacity: Int
    }

    /// Appends records, tokens and key bytes to a `Store` while its lines are read, through the
    /// store's own pointers (`Store.withWriter`), so that appending a line counts no reference to the
    /// store.
    struct StoreWriter {
        /// The store's header.
        let header: UnsafeMutablePointer<StoreHeader>
        /// The store's first record.
        let records: UnsafeMutablePointer<Record>

        /// Where the key bytes of the next line go, with room for `capacity` bytes (the most its key,
        /// and what its writer writes past it, may take), in the store's chunks of key bytes: the key
        /// written there is counted by the `append` that is handed it.
        @inline(__always)
        mutating func roomForKey(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
            header.pointee.keyBytes.room(for: capacity)
        }

        /// Where the tokens of the next line go, with room for `count` tokens (the most the line may
        /// have), in the store's chunks of tokens: the tokens initialized there, no more than `count`,
        /// are counted by the `append` that is handed their count.
        @inline(__always)
        mutating func roomForTokens(_ count: Int) -> UnsafeMutablePointer<OCRToken> {
            header.pointee.tokens.room(for: count)
        }

        /// Appends the record of a line of `tokenCount` tokens, initialized at the room last given by
        /// `roomForTokens(tokenCount)` (`tokensHoldReferences` telling whether a token's text may hold
        /// a reference: `Record.tokensHoldReferences`), with the given text (taken over, not copied),
        /// key and border flag, and returns its index. `key` is written at the room last given by
        /// `roomForKey` (empty when the line has no key), and counted there; so are the tokens. The row
        /// start is `rowStart` when the bytes decided it (not nil), else read from the tokens; the
        /// activity column header is looked for only when `keyHoldsActivityHeaderWord`.
        /// `mayNeedWordRepair` is false only when word repair leaves every token as it is without a
        /// lookup (`OCRLine.mayNeedWordRepair`); `isJunk` is `OCRLine.isJunk`, as the reader of the
        /// tokens found it.
        mutating func append(
            text: consuming String, key: UnsafeBufferPointer<UInt8>, rowStart: (number: Int, nextToken: Int)??,
            hasPipe: Bool, keyHoldsActivityHeaderWord: Bool, mayNeedWordRepair: Bool, isJunk: Bool, tokenCount: Int,
            tokensHoldReferences: Bool
        ) -> Int {
            let index = header.pointee.recordCount
            precondition(index < header.pointee.recordCapacity, "no room for another OCR line record")
            header.pointee.keyBytes.advance(by: key.count)
            let target = header.pointee.tokens.place(tokenCount)
            let written = UnsafeBufferPointer(start: target, count: tokenCount)
            let start = rowStart ?? OCRLine.rowStart(of: written)
            let namesActivityColumn = start == nil && keyHoldsActivityHeaderWord
                && OCRTableParser.namesActivityColumn(tokens: written, wordsOf: text)
            (records + index).initialize(to: Record(
                text: text, key: key, tokens: target, tokenCount: tokenCount, rowStart: start, hasPipe: hasPipe,
                namesActivityColumn: namesActivityColumn, mayNeedWordRepair: mayNeedWordRepair, isJunk: isJunk,
                tokensHoldReferences: tokensHoldReferences))
            header.pointee.recordCount = index + 1
            return index
        }

        /// Appends the record of an empty line (no token, an empty text and key, no row start, no
        /// border, no activity column header, no debris: what `init(number:text:)` makes of "") and
        /// returns its index.
        mutating func appendEmptyRecord() -> Int {
            append(
                text: "", key: UnsafeBufferPointer(start: nil, count: 0), rowStart: .some(nil), hasPipe: false,
                keyHoldsActivityHeaderWord: false, mayNeedWordRepair: false, isJunk: false, tokenCount: 0,
                tokensHoldReferences: false)
        }
    }

    /// The records of the lines read together (a file's, or one line read alone), as the buffer's
    /// elements, and their tokens and key bytes in chunks that the header keeps (`StoreHeader`), each
    /// line's a run of one chunk, read in place (`OCRTokens`, `OCRLine.withKeyBytes`). Records,
    /// tokens and key bytes are only appended while the lines are read (`StoreWriter`); once the lines
    /// are handed out the store is never changed, so its instances may be shared between threads.
    final class Store: ManagedBuffer<StoreHeader, Record> {
        /// An empty store with room for `recordCapacity` records, a first chunk of room for
        /// `tokenCapacity` tokens and one of room for `keyByteCapacity` key bytes (at least one each).
        fileprivate static func make(recordCapacity: Int, tokenCapacity: Int, keyByteCapacity: Int) -> Store {
            let made = create(minimumCapacity: recordCapacity) { _ in
                StoreHeader(
                    tokens: StoreChunks(capacity: tokenCapacity), keyBytes: StoreChunks(capacity: keyByteCapacity),
                    recordCount: 0, recordCapacity: recordCapacity)
            }
            return unsafeDowncast(made, to: Store.self)
        }

        /// Calls `body` with a writer of records and tokens into the store (`StoreWriter`), valid only
        /// during the call.
        fileprivate func withWriter<Result>(_ body: (inout StoreWriter) -> Result) -> Result {
            withUnsafeMutablePointers { header, records in
                var writer = StoreWriter(header: header, records: records)
                return body(&writer)
            }
        }

        /// The record at `index`, read in place: a stored property of a class would have each read
        /// checked for exclusive access at run time.
        @inline(__always)
        func record(_ index: Int) -> UnsafeMutablePointer<Record> {
            withUnsafeMutablePointerToElements { $0 + index }
        }

        /// Deinitializes each record, and its tokens only when one may hold a reference (a generic
        /// deinitialization walks tokens one by one, for nothing when all are plain bytes), and frees
        /// the chunks of tokens and of key bytes.
        deinit {
            withUnsafeMutablePointers { header, records in
                for index in 0..<header.pointee.recordCount {
                    let record = (records + index).move()
                    if record.tokensHoldReferences { record.tokens.deinitialize(count: record.tokenCount) }
                }
                header.pointee.tokens.deallocate()
                header.pointee.keyBytes.deallocate()
            }
        }
    }

    /// The text, white space folded.
    var text: String { store.record(record).pointee.text }
    /// The classified tokens of `text`, read in place in the line's store.
    var tokens: OCRTokens {
        let held = store.record(record)
        return OCRTokens(store: store, tokens: held.pointee.tokens, count: held.pointee.tokenCount)
    }
    /// `TextFolding.key(text)`: lower case, letters and digits, single spaces. Its bytes are written
    /// once, when the line is read, in the line's store; the string is made from them at each read,
    /// for the few readers that want one (`withKeyBytes` reads them in place).
    var key: String { withKeyBytes { String(decoding: $0, as: UTF8.self) } }

    /// Calls `body` with the UTF-8 bytes of `key`, read in place in the line's store, valid only
    /// during the call.
    @inline(__always)
    func withKeyBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(store) { try body(store.record(record).pointee.key) }
    }
    /// The line's record, in place in its store: valid while the line is held (as by a caller that
    /// hands it over), and read without the store's life extended by a count of references, which a
    /// line read in place in an array's storage would otherwise take for each call that reads it.
    @inline(__always)
    var recordInPlace: UnsafeMutablePointer<Record> { store.record(record) }

    /// Calls `body` with the line's record, read in place in the line's store (no field of it copied
    /// before `body` reads it), valid only during the call.
    @inline(__always)
    func withRecord<Result>(_ body: (UnsafeMutablePointer<Record>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(store) { try body(store.record(record)) }
    }

    /// Whether one of the `count` tokens at `tokens` is a duration unit or an amount (a number glued to
    /// a unit): `OCRTableParser.hasTime` of a line's tokens, their kinds read where they lie.
    static func holdsTimeToken(_ tokens: UnsafePointer<OCRToken>, count: Int) -> Bool {
        for index in 0..<count {
            switch tokens[index].kind {
            case .unit, .amount: return true
            default: continue
            }
        }
        return false
    }
    /// The step number that starts a table row ("1. | Memberi", "10. Dokumen", "3. Permintaan"), with
    /// the index of the first token after it; nil when the line does not start a row.
    var rowStart: (number: Int, nextToken: Int)? { store.record(record).pointee.rowStart }
    /// Whether a token is a table border.
    var hasPipe: Bool { store.record(record).pointee.hasPipe }
    /// Whether the line is the header line naming the activity column (`OCRTableParser.namesActivityColumn`).
    var namesActivityColumn: Bool { store.record(record).pointee.namesActivityColumn }
    /// Whether word repair (`OCRRepair.repairTokens`) may replace a token of the line or look one up:
    /// false only when every token is one it leaves as it is whatever its text, without a lookup (a
    /// number, a border, or a word or junk of ASCII bytes that is a plain known word, as the tokenizer
    /// found), so that the line gives no repair and the repair's memo is not changed by it. Told by the
    /// tokenizer's pass for a line read from its text; true for a line made of tokens that has any.
    var mayNeedWordRepair: Bool { store.record(record).pointee.mayNeedWordRepair }

    /// The lines of `source`, numbered from 1, in one `Store` for the file, read with one
    /// `OCRToken.ClassCache` for the file, kept from the files read before it and for those after it,
    /// so that each short word the files repeat is classified about once. An empty line (about a third
    /// of an OCR file's lines) holds the store's first record, the empty one, under its number: no
    /// string or scan of its own. A line whose bytes an earlier line of the file has (page headers,
    /// borders, repeated cells: about one in seven of the lines that are not empty) holds that line's
    /// record under its own number (`init(number:sharingRecordOf:)`), found by `RepeatedLines`:
    /// everything but the number is a function of the line's bytes, so it is neither scanned nor given
    /// strings, tokens or key bytes of its own. Any other line is read from the file's bytes, in place
    /// when they are ASCII, as `RepeatedLines` found while hashing them
    /// (`OCRToken.appendLine(bytes:isASCII:to:classes:boundsRoom:)`), the bounds of its tokens in one
    /// room for the file's lines (`OCRToken.BoundsRoom`). The first chunk of tokens has
    /// room for one token per four bytes of the file, up to `largestFirstChunk` tokens, and the first
    /// chunk of key bytes for as many bytes as the file, up to `largestFirstKeyChunk`; a file with more
    /// takes more chunks. The lines are written straight into the array's storage, in order.
    static func lines(of source: SourceText) -> [OCRLine] {
        var classes = OCRToken.ClassCache.forFile()
        defer { OCRToken.ClassCache.keepForNextFile(classes) }
        let ranges = source.lineRanges
        var filledLineCount = 0
        for range in ranges where !range.isEmpty { filledLineCount &+= 1 }
        var repeated = RepeatedLines(lineCount: filledLineCount)
        var boundsRoom = OCRToken.BoundsRoom(byteCount: Self.firstBoundsRoomBytes)
        let store = Store.make(
            recordCapacity: filledLineCount + 1, tokenCapacity: min(source.bytes.count / 4, largestFirstChunk),
            keyByteCapacity: min(source.bytes.count + 1, largestFirstKeyChunk))
        return Array(unsafeUninitializedCapacity: ranges.count) { lines, initialized in
            store.withWriter { writer in
                let empty = writer.appendEmptyRecord()
                source.bytes.withUnsafeBufferPointer { bytes in
                    // Each line is initialized in order, once: line `index` after every line before it,
                    // so an earlier line read here is initialized.
                    for (index, range) in ranges.enumerated() {
                        let line: OCRLine
                        if range.isEmpty {
                            line = OCRLine(number: index + 1, store: store, record: empty)
                        } else {
                            let (earlier, isASCII) = repeated.earlierLine(withBytesOf: index, ranges: ranges, in: bytes)
                            if let earlier {
                                line = OCRLine(number: index + 1, sharingRecordOf: lines[earlier])
                            } else {
                                let record = OCRToken.appendLine(
                                    bytes: UnsafeBufferPointer(rebasing: bytes[range]), isASCII: isASCII, to: &writer,
                                    classes: &classes, boundsRoom: &boundsRoom)
                                line = OCRLine(number: index + 1, store: store, record: record)
                            }
                        }
                        lines.initializeElement(at: index, to: line)
                    }
                }
            }
            initialized = ranges.count
        }
    }

    /// The longest line whose tokens' bounds the first room for them (`OCRToken.BoundsRoom`) of a file
    /// has room for, in bytes: more than most lines of OCR text hold; a longer line makes it larger.
    static let firstBoundsRoomBytes = 256

    /// The most tokens the first chunk of a file's store has room for (a few megabytes): a file of
    /// tens of megabytes takes its tokens in chunks of this size rather than one chunk sized for it.
    static let largestFirstChunk = 1 << 16

    /// The most key bytes the first chunk of a file's store has room for (a megabyte): the keys of a
    /// larger file take more chunks. A line's key is no longer than the line, so every file but
    /// those larger than this takes its keys in one chunk.
    static let largestFirstKeyChunk = 1 << 20

    /// The line numbered `number` whose raw bytes are those of `earlier`: its text, tokens, key, row
    /// start and flags are `earlier`'s, the same record of the same store, rather than read again.
    init(number: Int, sharingRecordOf earlier: OCRLine) {
        self.init(number: number, store: earlier.store, record: earlier.record)
    }

    /// The line numbered `number` (below 2³¹; inputs are far smaller, `TextDecoder.maximumInputBytes`)
    /// holding the record at `record` (below 2³²) of `store`.
    private init(number: Int, store: Store, record: Int) {
        precondition(number >= 0 && number < 1 << 31 && record >= 0 && record < 1 << 32, "OCR line number or record out of range")
        numberAndRecord = number << 32 | record
        self.store = store
    }

    /// Reads a raw line: tokens keep their columns in the raw line; `text` joins them by single spaces.
    /// The row start comes from the same pass over the bytes as the tokens when the bytes decide it.
    init(number: Int, text: String) {
        var classes = OCRToken.ClassCache.disabled
        self.init(number: number, text: text, classes: &classes)
    }

    /// `init(number:text:)`, taking the classes of short word tokens from `classes`, the cache of the
    /// file's lines read so far, and noting those of its own there. One pass over the bytes
    /// (`OCRToken.appendLine`) cuts the tokens straight into a store of the line's own, with room for
    /// as many tokens as the line can hold (one per two bytes, rounded up) and for a key as long as it
    /// and a byte more (`OCRToken.appendLine`'s room for a key).
    init(number: Int, text: String, classes: inout OCRToken.ClassCache) {
        let byteCount = text.utf8.count
        let store = Store.make(recordCapacity: 1, tokenCapacity: (byteCount + 1) / 2, keyByteCapacity: byteCount + 1)
        let record = store.withWriter { OCRToken.appendLine(text, to: &$0, classes: &classes) }
        self.init(number: number, store: store, record: record)
    }

    /// A line of the given tokens (as read, or replaced by word repair), keeping their columns, in a
    /// store of its own, its key's bytes (`TextFolding.key(text)`) written there straight from the
    /// text's, without a string of their own. The row start is read from the tokens first, so that
    /// the key is looked at for an activity header word only when no row starts on the line (a line
    /// that starts a row names no activity column: `StoreWriter.append`); the tokens are copied one by
    /// one, each copy inlined, rather than by the runtime's generic copy of an array of them.
    init(number: Int, tokens: [OCRToken]) {
        var text = Self.joinedText(of: tokens)
        let store = Store.make(recordCapacity: 1, tokenCapacity: tokens.count, keyByteCapacity: text.utf8.count)
        let record = tokens.withUnsafeBufferPointer { tokens in
            store.withWriter { writer in
                // A key is never longer than its text.
                let keyBytes = text.withUTF8 { bytes in
                    let room = writer.roomForKey(bytes.count)
                    let length = TextFolding.writeKeyBytes(bytes, to: UnsafeMutableBufferPointer(start: room, count: bytes.count))
                    return UnsafeBufferPointer(start: room, count: length)
                }
                let rowStart = Self.rowStart(of: tokens)
                let holdsActivityHeaderWord = rowStart == nil && Self.holdsActivityHeaderWord(keyBytes)
                let target = writer.roomForTokens(tokens.count)
                for (index, token) in tokens.enumerated() { (target + index).initialize(to: token) }
                var namesSomething = false
                for index in tokens.indices where Self.namesSomething(&target[index]) {
                    namesSomething = true
                    break
                }
                return writer.append(
                    text: text, key: keyBytes, rowStart: .some(rowStart), hasPipe: tokens.contains { $0.kind == .pipe },
                    keyHoldsActivityHeaderWord: holdsActivityHeaderWord, mayNeedWordRepair: !tokens.isEmpty,
                    isJunk: !text.isEmpty && !namesSomething, tokenCount: tokens.count, tokensHoldReferences: !tokens.isEmpty)
            }
        }
        self.init(number: number, store: store, record: record)
    }

    /// The texts of `tokens` joined by single spaces (`tokens.map { String($0.text) }.joined(separator: " ")`),
    /// their bytes written into one string of the exact size, without a string per token.
    static func joinedText(of tokens: [OCRToken]) -> String {
        var length = tokens.count - 1
        for token in tokens { length += token.text.utf8.count }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { output in
            var position = 0
            for (index, token) in tokens.enumerated() {
                if index > 0 {
                    output[position] = 0x20
                    position += 1
                }
                let utf8 = token.text.utf8
                let copiedContiguously = utf8.withContiguousStorageIfAvailable { bytes in
                    for byte in bytes {
                        output[position] = byte
                        position += 1
                    }
                    return true
                } ?? false
                if !copiedContiguously {
                    for byte in utf8 {
                        output[position] = byte
                        position += 1
                    }
                }
            }
            return position
        }
    }

    /// Whether one of the words of a line's key (its UTF-8 bytes, or those of the key of a run of its
    /// tokens; words between its spaces) is one of the activity column's header words: "aktivitas",
    /// "aktifitas", "kegiatan" or "uraian". A key folds each byte on its own and the tokens of a line
    /// are separated by spaces or tabs, so a token whose key is one of them
    /// (`OCRTableParser.isActivityHeaderWord`) leaves it as a word of its line's key: a line whose key
    /// has none names no activity column, and its tokens need not be looked at. Each word's length and
    /// first byte are looked at, and only a word that could be one of them is compared.
    static func holdsActivityHeaderWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var start = 0
        while start < count {
            var end = start
            while end < count, bytes[end] != 0x20 { end += 1 }
            if couldBeActivityHeaderWord(length: end - start, first: bytes[start]),
                isActivityHeaderWord(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            {
                return true
            }
            start = end + 1
        }
        return false
    }

    /// Whether a word of a key of `length` bytes starting with `first` could be an activity header
    /// word: "aktivitas" and "aktifitas" (9 bytes, "a"), "kegiatan" (8, "k") or "uraian" (6, "u").
    @inline(__always)
    static func couldBeActivityHeaderWord(length: Int, first: UInt8) -> Bool {
        switch (length, first) {
        case (9, 0x61), (8, 0x6B), (6, 0x75): true
        default: false
        }
    }

    /// Whether `word`, a word of a key, is one of the activity column's header words.
    static func isActivityHeaderWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch word.count {
        case 9: FoldedKey.hasPrefix(word, "aktivitas") || FoldedKey.hasPrefix(word, "aktifitas")
        case 8: FoldedKey.hasPrefix(word, "kegiatan")
        case 6: FoldedKey.hasPrefix(word, "uraian")
        default: false
        }
    }

    /// The tokens of a raw line (separated by spaces and tabs) joined by single spaces: the line itself
    /// when it has no tab, no run of spaces and no space at either end.
    static func tokensJoined(_ raw: String) -> String {
        if let joined = raw.utf8.withContiguousStorageIfAvailable({ tokensJoined(raw, bytes: $0) }) { return joined }
        return Array(raw.utf8).withUnsafeBufferPointer { tokensJoined(raw, bytes: $0) }
    }

    /// `tokensJoined` of `raw`, whose UTF-8 bytes are `bytes`.
    private static func tokensJoined(_ raw: String, bytes: UnsafeBufferPointer<UInt8>) -> String {
        var previousWasSeparator = true
        var clean = true
        for byte in bytes {
            let isSeparator = byte == 0x20 || byte == 0x09
            if byte == 0x09 || (isSeparator && previousWasSeparator) {
                clean = false
                break
            }
            previousWasSeparator = isSeparator
        }
        if clean && !previousWasSeparator || bytes.isEmpty { return raw }
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            SeparatorFolding.fold(bytes, into: output) { $0 == 0x20 || $0 == 0x09 }
        }
    }

    /// The words of `text` (`text.split(separator: " ")`): the tokens' texts when the text is ASCII
    /// (where a space always stands alone between two tokens).
    var words: [Substring] {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? tokens.map(\.text) : text.split(separator: " ")
    }

    /// Whether the line holds nothing.
    var isBlank: Bool { text.isEmpty }

    /// Whether the line is debris of drawn shapes and borders: a line that is not empty and whose
    /// tokens name nothing (`namesSomething`): no word of three letters or more, no number and no
    /// duration unit. Told once, when the line is read: by the tokenizer's pass, from the kinds and
    /// letters of the tokens it classifies on their bytes (`OCRToken.TokenMarks`) and from
    /// `namesSomething` of the others, or from `namesSomething` of the tokens a line is made of.
    var isJunk: Bool { store.record(record).pointee.isJunk }

    /// Whether `token` keeps its line from being debris (`isJunk`): a number, a duration unit or an
    /// amount, or a word of three letters or more. A word's letters are counted on its bytes in place
    /// (`OCRToken.withTextUTF8`, `asciiHasThreeLetters`), its characters read only when a byte outside
    /// ASCII comes first.
    static func namesSomething(_ token: inout OCRToken) -> Bool {
        switch token.kind {
        case .number, .unit, .amount: true
        case .word: token.withTextUTF8(asciiHasThreeLetters) ?? TextFolding.hasThreeLetters(token.text)
        case .pipe, .junk: false
        }
    }

    /// `TextFolding.hasThreeLetters` of the text whose UTF-8 bytes are `bytes`, counted on them while
    /// they are ASCII: true at the third letter A-Z or a-z, false when they are ASCII with fewer, and
    /// nil at a byte outside ASCII met before then, whose characters must decide.
    static func asciiHasThreeLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var letters = 0
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if (byte | 0x20) &- 0x61 < 26 {
                letters += 1
                if letters == 3 { return true }
            }
        }
        return false
    }

    /// The location of the line's first character.
    var location: SourceLocation { SourceLocation(line: number, column: 1) }

    /// The step number that starts a row of a table, read from `tokens` (see `rowStart`); `nextToken`
    /// counts from the first of them, whatever the collection's own positions.
    static func rowStart<Tokens: RandomAccessCollection<OCRToken>>(of tokens: Tokens) -> (number: Int, nextToken: Int)?
    where Tokens.Index == Int {
        // The token `offset` places after the first.
        func token(_ offset: Int) -> OCRToken { tokens[tokens.startIndex + offset] }
        var index = 0
        while index < tokens.count, token(index).kind == .pipe || token(index).kind == .junk,
            TextFolding.characterCount(token(index).text) == 1
        {
            index += 1
        }
        guard index < tokens.count, let (value, rest) = leadingStepNumber(token(index).text) else { return nil }
        var next = index + 1
        if rest == "." || rest == "," || rest == ")" || rest == ".|" {
            if next < tokens.count, token(next).kind == .pipe { next += 1 }
            return (value, next)
        }
        guard rest.isEmpty, next < tokens.count else { return nil }
        if token(next).kind == .pipe { return (value, next + 1) }
        if token(next).text == "." || token(next).text == "," {
            next += 1
            if next < tokens.count, token(next).kind == .pipe { next += 1 }
            return (value, next)
        }
        return nil
    }

    /// The number of one or two digits that `token` starts with (its leading characters that are
    /// numbers, read as an `Int`), when above 0, and the rest of the token. Read on the bytes when
    /// the token is ASCII (where a digit is a character of its own). A token whose first byte is not
    /// an ASCII digit has none: `Int` reads ASCII digits only, and a character starting with another
    /// ASCII byte is no number.
    static func leadingStepNumber(_ token: Substring) -> (value: Int, rest: Substring)? {
        guard let first = token.utf8.first, first &- 0x30 < 10 else { return nil }
        let read = token.utf8.withContiguousStorageIfAvailable { bytes -> (value: Int, length: Int)?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var length = 0
            var value = 0
            while length < bytes.count, length <= 2, bytes[length] >= 0x30, bytes[length] <= 0x39 {
                value = value * 10 + Int(bytes[length] - 0x30)
                length += 1
            }
            guard length >= 1, length <= 2, value > 0 else { return .some(nil) }
            return (value, length)
        }
        switch read {
        case .some(.some(.some(let (value, length)))):
            return (value, token[token.utf8.index(token.startIndex, offsetBy: length)...])
        case .some(.some(.none)):
            return nil
        default:
            return leadingStepNumberByCharacters(token)
        }
    }

    /// `leadingStepNumber`, character by character.
    private static func leadingStepNumberByCharacters(_ token: Substring) -> (value: Int, rest: Substring)? {
        let digits = token.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let value = Int(digits), value > 0 else { return nil }
        return (value, token.dropFirst(digits.count))
    }
}

/// The lines of a file read so far, by their raw bytes, so that a line whose bytes an earlier line
/// has can be told which (`earlierLine(withBytesOf:ranges:in:)`). An open-addressing table of at least
/// twice as many slots as the file has lines, each 0 when empty, else the high 32 bits of the line's
/// hash above its index + 1: a slot whose hash bits differ is passed over without comparing bytes.
/// The slots are its own storage, read and written in place and freed with it (so it is not copied):
/// an array's would be checked for a unique reference at each line noted.
struct RepeatedLines: ~Copyable {
    /// The slots: 0 when empty, else a line's hash bits and index + 1.
    private let slots: UnsafeMutablePointer<UInt64>
    /// The slot count minus one (a power of two minus one): a hash's slot is its bits under it.
    private let mask: Int
    /// The most slots looked at for one line. Lines whose run of occupied slots is longer (only input
    /// crafted to collide makes one) are read as new lines and not noted: sharing only saves work, so
    /// this bounds the time a hostile file can take without changing any result.
    static let maximumProbes = 64

    /// A table for a file of `lineCount` lines that are not empty (fewer than 2³² - 1: a line's index
    /// is kept in 32 bits; inputs are far smaller, `TextDecoder.maximumInputBytes`).
    init(lineCount: Int) {
        precondition(lineCount < Int(UInt32.max), "too many lines for a 32-bit line index")
        let wanted = max(16, 2 * lineCount)
        let slotCount = 1 << (Int.bitWidth - (wanted - 1).leadingZeroBitCount)
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        mask = slotCount - 1
    }

    deinit {
        slots.deallocate()
    }

    /// The index of the first line before line `index` (0-based) whose bytes are those of line
    /// `index`, where the lines are the ranges `ranges` of `bytes`; nil when there is none, and line
    /// `index` is then noted for the lines after it. With it, whether line `index`'s bytes are all
    /// ASCII, read in the pass that hashes them (`hash`), so that a new line's reader need not read
    /// them again to know. Each line is asked about once, in order, and its bytes are not empty. At
    /// most `maximumProbes` slots are looked at: past them the line counts as new and is not noted.
    /// Inlined, with `hash`, into the loop of `OCRLine.lines(of:)` that asks it of every line that is
    /// not empty, rather than called once a line.
    @inline(__always)
    mutating func earlierLine(withBytesOf index: Int, ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>)
        -> (earlier: Int?, isASCII: Bool)
    {
        let line = UnsafeBufferPointer(rebasing: bytes[ranges[index]])
        let (hash, isASCII) = Self.hash(line)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        for _ in 0..<Self.maximumProbes {
            let stored = slots[slot]
            if stored == 0 {
                slots[slot] = tag | UInt64(index + 1)
                return (nil, isASCII)
            }
            if stored & 0xFFFF_FFFF_0000_0000 == tag {
                let earlier = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if Self.equal(line, UnsafeBufferPointer(rebasing: bytes[ranges[earlier]])) { return (earlier, isASCII) }
            }
            slot = (slot + 1) & mask
        }
        return (nil, isASCII)
    }

    /// A hash of `bytes` (not empty): eight bytes at a time, then the last up to seven, each word
    /// mixed in with a multiplication by an odd constant (which keeps two hashes that differ apart,
    /// and carries each bit of the word into the bits above it), seeded with the count; then its bits
    /// shifted down and multiplied once more, so that the high bits reach the low ones, and its high
    /// half folded into the low one, which picks the slot. The last bytes of a line of eight or more are loaded at once
    /// (`SourceText.lastBytes`); a shorter line's are packed one at a time. With it, whether every byte is ASCII (`FoldedKey.isASCII`): the
    /// words read are or-ed together, each byte in a lane of its own, and no lane's top bit set.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
        guard let base = bytes.baseAddress else { return (0, true) }
        let count = bytes.count
        var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        var allBits: UInt64 = 0
        var index = 0
        // The index stays within `count`, so it is added to without overflow checks.
        while index &+ 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            allBits |= word
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            index &+= 8
        }
        if index < count {
            var last: UInt64 = 0
            if count >= 8 {
                last = SourceText.lastBytes(UnsafeRawPointer(base), count: count, from: index)
            } else {
                while index < count {
                    last = last << 8 | UInt64(base[index])
                    index &+= 1
                }
            }
            allBits |= last
            hash = (hash ^ last) &* 0xBF58_476D_1CE4_E5B9
        }
        hash = (hash ^ hash >> 29) &* 0x94D0_49BB_1331_11EB
        return (hash ^ hash >> 32, allBits & 0x8080_8080_8080_8080 == 0)
    }

    /// Whether `a` and `b` hold the same bytes, compared eight at a time.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return true }
        let count = a.count
        var index = 0
        while index + 8 <= count {
            if UnsafeRawPointer(left + index).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(right + index).loadUnaligned(as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        while index < count {
            if left[index] != right[index] { return false }
            index += 1
        }
        return true
    }
}

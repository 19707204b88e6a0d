import Synchronization

/// Repairs words that OCR misread, against the lexicon of clean SOP vocabulary: "Pencumpulan" →
/// "Pengumpulan", "1Sposist" → "Disposisi", "Ihdikator" → "Indikator", "LA(KIP" → "LAKIP",
/// "P.enyu_sunan" → "Penyusunan", and misread units after a number ("1 iam" → "1 jam").
///
/// Conservative: a word already in the lexicon, a number, or a short word is never changed; a repair
/// needs one clearly best candidate within an edit cost that grows with the word's length, where
/// the usual OCR confusions (h/n, i/j/l/1, c/g, v/y, o/a …) and stray punctuation cost little.
public enum OCRRepair {
    /// One repair: the token as read, its replacement, and where it was.
    public struct Repair: Sendable, Hashable {
        /// The token as OCR read it.
        public var original: String
        /// What it was repaired to.
        public var replacement: String
        /// 0-based offset of the token in its line, in Unicode scalars.
        public var offset: Int
    }

    /// `line` with its misread words repaired, and the repairs made.
    public static func repairLine(_ line: String) -> (text: String, repairs: [Repair]) {
        let (tokens, repairs) = repairTokens(OCRToken.tokens(of: line))
        return (tokens.map { String($0.text) }.joined(separator: " "), repairs)
    }

    /// What one document's word repair remembers: its budget of lexicon searches, spent once per
    /// distinct token looked up, and which tokens it looked up.
    ///
    /// A document looks up fewer tokens than its budget (20,000) unless it is garbage, and then the
    /// budget cannot run out, whichever of them are distinct: so the tokens are not kept in a table of
    /// the document's own, only noted by their entry in the shared `RepairCache` (or, when that cache
    /// is full, by their text) as they go straight to the cache. Only when the lookups reach the
    /// budget is the table of the document's distinct tokens built from those notes, its count spent
    /// from the budget, and every later token looked up in it first, as a table kept from the start
    /// would have been: the repairs and the budget come out the same. A token whose entry in the shared
    /// cache the tokenizer noted (`OCRToken.repairCacheEntry`) is noted by that entry without a hash.
    /// A caller that knows how many lookups it may ask at most (`expectLookUps(atMost:)`, a document's
    /// tokens) has none noted when they cannot reach the budget: the table would never be built.
    struct Memo {
        /// Lexicon searches left for this document; garbage input cannot make repair slow. Spent by
        /// the distinct tokens looked up once `replacements` is built (before, none can run it out).
        var searchesLeft = 20_000
        /// The cache that finds repairs and keeps them for every document.
        let cache: RepairCache
        /// The `cache` entry of each token looked up while `replacements` is not built, in order.
        private(set) var cachedLookUps: [UInt32] = []
        /// The tokens looked up while `replacements` is not built that `cache` had no room for, with
        /// their repairs.
        private(set) var uncachedLookUps: [(text: Substring, repair: String?)] = []
        /// The document's distinct tokens looked up, with their repairs: built once the lookups reach
        /// `searchesLeft`, nil before.
        private(set) var replacements: TokenRepairTable?

        /// A memo for a new document, using the repair cache shared by every document.
        init() {
            self.init(cache: .shared)
        }

        /// A memo for a new document that finds repairs in `cache`.
        init(cache: RepairCache) {
            self.cache = cache
            usesSharedCache = cache === RepairCache.shared
        }

        /// Whether `cache` is the shared one, whose entries the tokenizer notes in tokens
        /// (`OCRToken.repairCacheEntry`).
        private let usesSharedCache: Bool

        /// Whether the lookups cannot reach the budget (`expectLookUps(atMost:)`), so that none is noted.
        private var lookUpsCannotReachBudget = false

        /// Tells the memo, before its first lookup, that it will be asked `count` lookups at most: when
        /// they cannot reach `searchesLeft` (as it is now, and stays), `replacements` would never be
        /// built, so the lookups go straight to `cache` without being noted.
        mutating func expectLookUps(atMost count: Int) {
            if count <= searchesLeft, lookUpsBeforeTable == 0, replacements == nil { lookUpsCannotReachBudget = true }
        }

        /// The number of tokens looked up before `replacements` was built (or so far, when it is not).
        var lookUpsBeforeTable: Int { cachedLookUps.count + uncachedLookUps.count }

        /// The repair of the token whose bytes are `bytes` (`TokenRepairTable.hash` `hash`), `text`:
        /// straight from `cache` while the lookups cannot reach the budget, else from `replacements`
        /// (built now if need be), or, for a token not in it, found while searches are left and noted.
        mutating func repair(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String? {
            if lookUpsCannotReachBudget { return cache.repairAndEntry(text, bytes: bytes, hash: hash).repair }
            if replacements == nil {
                guard lookUpsBeforeTable >= searchesLeft else {
                    let (repair, entry) = cache.repairAndEntry(text, bytes: bytes, hash: hash)
                    if let entry {
                        noteCachedLookUp(entry)
                    } else {
                        uncachedLookUps.append((text, repair))
                    }
                    return repair
                }
                buildReplacements()
            }
            if let known = replacements!.repair(of: bytes, hash: hash) { return known }
            guard searchesLeft > 0 else { return nil }
            searchesLeft -= 1
            let replacement = cache.repairAndEntry(text, bytes: bytes, hash: hash).repair
            replacements!.note(replacement, for: bytes, hash: hash)
            return replacement
        }

        /// Notes the lookup of a token whose entry in the shared cache the tokenizer noted, `noted`,
        /// without a hash or a lock, and returns true, while the lookups cannot reach the budget; false,
        /// noting nothing, when the memo must look the token up by its bytes (`repair(_:bytes:hash:)`)
        /// instead. The token's repair is then none when `noted` stays as it is, else
        /// `cache.repair(ofEntry:_:)`: so that a caller reads the token's text only for an entry that
        /// does not stay as it is.
        @inline(__always)
        mutating func noteLookUp(ofNoted noted: OCRToken.RepairCacheEntry) -> Bool {
            guard usesSharedCache else { return false }
            if lookUpsCannotReachBudget { return true }
            guard replacements == nil, lookUpsBeforeTable < searchesLeft else { return false }
            noteCachedLookUp(noted.number)
            return true
        }

        /// Notes the lookup of the `cache` entry `entry` in `cachedLookUps`, given room for the lookups
        /// of a usual document (a few hundred) at its first, so that it is not grown one doubling at a
        /// time from a handful.
        private mutating func noteCachedLookUp(_ entry: UInt32) {
            if cachedLookUps.capacity == 0 { cachedLookUps.reserveCapacity(512) }
            cachedLookUps.append(entry)
        }

        /// Builds `replacements` from the tokens looked up so far and spends one search per distinct
        /// token among them.
        private mutating func buildReplacements() {
            var table = TokenRepairTable(capacity: max(64, lookUpsBeforeTable))
            cache.noteEntries(cachedLookUps, in: &table)
            for lookUp in uncachedLookUps {
                var text = lookUp.text
                text.withUTF8 { bytes in table.note(lookUp.repair, for: bytes, hash: TokenRepairTable.hash(bytes)) }
            }
            searchesLeft -= table.count
            replacements = table
        }
    }

    /// The tokens of a line with misread words replaced (columns kept), and the repairs made.
    static func repairTokens(_ tokens: [OCRToken]) -> (tokens: [OCRToken], repairs: [Repair]) {
        var memo = Memo()
        return repairTokens(tokens, memo: &memo)
    }

    /// The tokens of a line with misread words replaced, using and filling `memo`; a line without
    /// repairs returns its own tokens.
    static func repairTokens(_ tokens: [OCRToken], memo: inout Memo) -> (tokens: [OCRToken], repairs: [Repair]) {
        let (repaired, repairs) = tokens.withUnsafeBufferPointer { repairedTokens($0, memo: &memo) }
        return (repaired ?? tokens, repairs)
    }

    /// The tokens of a line, read in place, with misread words replaced, using and filling `memo`;
    /// no tokens when there is no repair (the line keeps its own), so that such a line copies none.
    static func repairTokens(_ tokens: OCRTokens, memo: inout Memo) -> (tokens: [OCRToken], repairs: [Repair]) {
        let (repaired, repairs) = tokens.withUnsafeBufferPointer { repairedTokens($0, memo: &memo) }
        return (repaired ?? [], repairs)
    }

    /// The tokens `tokens` with misread words replaced, using and filling `memo`, and the repairs made;
    /// nil for the tokens when there is no repair.
    private static func repairedTokens(
        _ tokens: UnsafeBufferPointer<OCRToken>, memo: inout Memo
    ) -> (tokens: [OCRToken]?, repairs: [Repair]) {
        var repairs: [Repair] = []
        let repaired = repairedTokens(tokens, memo: &memo, appendingRepairsTo: &repairs)
        return (repaired, repairs)
    }

    /// The tokens `tokens` (a line's, read in place) with misread words replaced, using and filling
    /// `memo`, the repairs made appended to `repairs`; nil when there is no repair, so that a line
    /// without one (most lines) makes and frees neither an array of tokens nor one of repairs. The
    /// tokens are copied only from the first repair on. A token is looked at in place, through its
    /// address, and first asked whether its kind (and, for a word, whether the tokenizer found it a
    /// plain known word) leaves it as it is whatever its text (`staysAsItIs`: most tokens), so that such
    /// a token is passed over without an optional replacement made and dropped, until the first repair
    /// in a loop of its own (`firstTokenToLookAt`); any other token is copied or its text taken only
    /// when it has to be. A token the tokenizer found no plain known word is a word or junk (it works
    /// that out for no other kind), so it goes to its lookup without its kind read.
    static func repairedTokens(
        _ tokens: UnsafeBufferPointer<OCRToken>, memo: inout Memo, appendingRepairsTo repairs: inout [Repair]
    ) -> [OCRToken]? {
        var output: [OCRToken]?
        var previousWasNumber = false
        guard let first = tokens.baseAddress else { return nil }
        var position = -1
        while true {
            position += 1
            if output == nil {
                position = firstTokenToLookAt(first, count: tokens.count, from: position, previousWasNumber: &previousWasNumber)
            }
            guard position < tokens.count else { break }
            let token = first + position
            guard let replacement = replacement(of: token, memo: &memo, previousWasNumber: &previousWasNumber) else {
                output?.append(token.pointee)
                continue
            }
            let read = token.pointee
            if case let original = String(read.text), replacement != original {
                repairs.append(Repair(original: original, replacement: replacement, offset: read.offset))
                if output == nil { output = copiedTokens(tokens, before: position) }
                if let word = OCRToken.token(ofWord: replacement, offset: read.offset) {
                    output?.append(word)
                } else {
                    output?.append(contentsOf: OCRToken.tokens(of: replacement).map { part in
                        var placed = part
                        placed.offset += read.offset
                        return placed
                    })
                }
            } else {
                output?.append(read)
            }
        }
        return output
    }

    /// The replacement `repairedTokens` finds for the token at `token`, nil when it stays as it is;
    /// `previousWasNumber` tells whether the token before it is a number, and is set for this one. A
    /// token the tokenizer found no plain known word goes to its lookup without its kind read. Returned
    /// for a `guard let`, so that a token that stays (most of those looked at) leaves no optional string
    /// to drop at the end of its turn.
    @inline(__always)
    private static func replacement(
        of token: UnsafePointer<OCRToken>, memo: inout Memo, previousWasNumber: inout Bool
    ) -> String? {
        if token.pointee.plainKnownWord == false {
            previousWasNumber = false
            return lookedUpRepair(of: token, memo: &memo)
        }
        let kind = token.pointee.kind
        let afterNumber = previousWasNumber
        previousWasNumber = kind == .number
        switch kind {
        case .unit(let unit) where afterNumber:
            return spellsUnit(trimming: token.pointee.text, unit) ? nil : canonicalUnit(unit)
        case .amount(let value, let unit):
            if spellsUnit(trimming: token.pointee.text, canonicalUnit(unit), afterNumber: true) { return nil }
            return NumberFormatting.decimal(value) + canonicalUnit(unit)
        case .word, .junk:
            if token.pointee.plainKnownWord ?? isPlainKnownWord(token.pointee.text) { return nil }
            return lookedUpRepair(of: token, memo: &memo)
        default:
            return nil
        }
    }

    /// Whether `text` is the unit name `name` (lower-case ASCII letters) in any letter case, after the
    /// numbers, commas and dots it starts with when `afterNumber`: `text.lowercased() == name`, or
    /// `text.drop { $0.isNumber || $0 == "," || $0 == "." }.lowercased() == name`. Read on the bytes
    /// of plain ASCII text (`OCRTableBytes.isPlainASCII`: every byte a character, the numbers the
    /// digits, lower-casing only A...Z), by characters otherwise.
    static func spellsUnit(_ text: Substring, _ name: String, afterNumber: Bool) -> Bool {
        var bytesOfText = text
        let plainAnswer: Bool? = bytesOfText.withUTF8 { bytes in
            guard OCRTableBytes.isPlainASCII(bytes: bytes) else { return nil }
            return spellsUnit(asciiBytes: bytes, name, afterNumber: afterNumber)
        }
        if let plainAnswer { return plainAnswer }
        let letters = afterNumber ? text.drop { $0.isNumber || $0 == "," || $0 == "." } : text
        return letters.lowercased() == name
    }

    /// `spellsUnit(text.trimmingOCRPunctuation(), name, afterNumber:)`: for plain ASCII text
    /// (`OCRTableBytes.isPlainASCII`, where the letters and numbers are the ASCII ones), read on its
    /// bytes in place, its core between the first and the last ASCII letter or digit, so that a unit
    /// token costs no trimmed Substring; by characters otherwise.
    static func spellsUnit(trimming text: Substring, _ name: String, afterNumber: Bool) -> Bool {
        var bytesOfText = text
        let plainAnswer: Bool? = bytesOfText.withUTF8 { bytes in
            guard OCRTableBytes.isPlainASCII(bytes: bytes) else { return nil }
            var start = 0
            var end = bytes.count
            while start < end, !TextFolding.isASCIIAlphanumeric(bytes[start]) { start += 1 }
            while end > start, !TextFolding.isASCIIAlphanumeric(bytes[end - 1]) { end -= 1 }
            return spellsUnit(asciiBytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), name, afterNumber: afterNumber)
        }
        return plainAnswer ?? spellsUnit(text.trimmingOCRPunctuation(), name, afterNumber: afterNumber)
    }

    /// `spellsUnit(trimming: text, canonicalUnit(unit), afterNumber: false)`, read first in one load: a
    /// token whose bytes are the unit's word in any letter case (most unit tokens after a number:
    /// "menit", "Jam"; `OCRTableBytes.spellsUnitWord`) spells it; any other token is read by
    /// `spellsUnit(trimming:_:afterNumber:)`.
    static func spellsUnit(trimming text: Substring, _ unit: DurationUnit) -> Bool {
        var bytesOfText = text
        return bytesOfText.withUTF8 { OCRTableBytes.spellsUnitWord(unit, inAnyCase: $0) }
            || spellsUnit(trimming: text, canonicalUnit(unit), afterNumber: false)
    }

    /// `spellsUnit` of the bytes of plain ASCII text (every byte a character, the numbers the digits,
    /// lower-casing only A...Z): after the digits, commas and dots it starts with when `afterNumber`,
    /// `name` byte for byte with A...Z lower-cased.
    private static func spellsUnit(asciiBytes bytes: UnsafeBufferPointer<UInt8>, _ name: String, afterNumber: Bool) -> Bool {
        var start = 0
        if afterNumber {
            while start < bytes.count, (bytes[start] >= 0x30 && bytes[start] <= 0x39) || bytes[start] == 0x2C || bytes[start] == 0x2E {
                start += 1
            }
        }
        var bytesOfName = name
        return bytesOfName.withUTF8 { name in
            guard name.count == bytes.count - start else { return false }
            for index in name.indices {
                let byte = bytes[start + index]
                guard name[index] == (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) else { return false }
            }
            return true
        }
    }

    /// The tokens before `position` of `tokens`, in an array with room for all of `tokens` and a few
    /// more (a replacement may be several tokens), so that the tokens after the first repair are
    /// appended without the array growing one doubling at a time.
    private static func copiedTokens(_ tokens: UnsafeBufferPointer<OCRToken>, before position: Int) -> [OCRToken] {
        var copied: [OCRToken] = []
        copied.reserveCapacity(tokens.count + 4)
        copied.append(contentsOf: tokens[..<position])
        return copied
    }

    /// The repair of the word or junk token at `token`, which is not a plain known word, as `memo` finds
    /// it: from the shared cache's entry the tokenizer noted in it, when the memo takes that entry as
    /// it is (`Memo.noteLookUp(ofNoted:)`), else looked up by its bytes (`wordRepair`).
    @inline(__always)
    private static func lookedUpRepair(of token: UnsafePointer<OCRToken>, memo: inout Memo) -> String? {
        if let noted = token.pointee.repairCacheEntry, memo.noteLookUp(ofNoted: noted) {
            return noted.staysAsItIs ? nil : memo.cache.repair(ofEntry: noted.number, token.pointee.text)
        }
        return wordRepair(token.pointee.text, memo: &memo)
    }

    /// The position of the first of the `count` tokens at `first`, from `position` on, that
    /// `repairedTokens` must look at while it has copied no token: the first that `staysAsItIs` does not
    /// pass over; `count` when there is none. `previousWasNumber` tells, on the way in, whether the token
    /// before `position` is a number, and is kept so for the token returned. A token the tokenizer
    /// found a plain known word (a word or junk, most tokens) is passed over on its note alone, before
    /// its kind is read, and one it found no plain known word (a word or junk too) is returned on it.
    @inline(__always)
    private static func firstTokenToLookAt(
        _ first: UnsafePointer<OCRToken>, count: Int, from position: Int, previousWasNumber: inout Bool
    ) -> Int {
        var position = position
        while position < count {
            let token = first + position
            let plainKnownWord = token.pointee.plainKnownWord
            if plainKnownWord == true {
                previousWasNumber = false
            } else if plainKnownWord == false {
                return position
            } else {
                let kind = token.pointee.kind
                guard staysAsItIs(kind, plainKnownWord: plainKnownWord, afterNumber: previousWasNumber) else {
                    return position
                }
                previousWasNumber = kind == .number
            }
            position += 1
        }
        return count
    }

    /// Whether a token of kind `kind` is left as it is by `repairedTokens` whatever its text: a number
    /// or a border, a unit that follows no number, a word or junk that the tokenizer found a plain
    /// known word (`plainKnownWord`). Asked first, so that such a token (most are) is passed over
    /// without a replacement to make and drop.
    @inline(__always)
    private static func staysAsItIs(_ kind: OCRToken.Kind, plainKnownWord: Bool?, afterNumber: Bool) -> Bool {
        switch kind {
        case .number, .pipe: true
        case .unit: !afterNumber
        case .word, .junk: plainKnownWord == true
        case .amount: false
        }
    }

    /// The repair of a word or junk token that is not a plain known word, as `memo` finds it. The
    /// token's bytes are read in place (`withUTF8`) and hashed once, for the memo and the cache.
    private static func wordRepair(_ text: Substring, memo: inout Memo) -> String? {
        var bytesOfText = text
        return bytesOfText.withUTF8 { memo.repair(text, bytes: $0, hash: TokenRepairTable.hash($0)) }
    }

    /// Whether `token` is a word `repairWord` leaves as it is, decided without looking it up: ASCII,
    /// with ASCII letters only between the punctuation at its ends, fewer than four of them or a
    /// lexicon word. Such words need neither the memo nor a lexicon search (nor count against the
    /// document's search budget).
    static func isPlainKnownWord(_ token: Substring) -> Bool {
        var bytesOfToken = token
        return bytesOfToken.withUTF8(isPlainKnownWord(bytes:))
    }

    /// `isPlainKnownWord` of a token's UTF-8 bytes, in one pass: every byte ASCII, no digit (a digit is
    /// a letter or number, so it would stand in the core), and no other byte between two letters; then
    /// the letters are the core. The core's lexicon hash is worked out in the same pass.
    private static func isPlainKnownWord(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var coreStart = -1
        var coreCount = 0
        var afterCore = false
        var hashState = LexiconWordTable.hashSeed
        for position in bytes.indices {
            let byte = bytes[position]
            guard byte < 0x80, byte < 0x30 || byte > 0x39 else { return false }
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                guard !afterCore else { return false }
                if coreStart < 0 { coreStart = position }
                coreCount += 1
                hashState = LexiconWordTable.hashStep(hashState, byte)
            } else if coreStart >= 0 {
                afterCore = true
            }
        }
        guard coreCount > 0 else { return false }
        return coreCount < 4 || LexiconWordTable.shared.containsASCIILetters(
            UnsafeBufferPointer(rebasing: bytes[coreStart..<(coreStart + coreCount)]),
            hash: LexiconWordTable.finishedHash(hashState))
    }

    /// `repairWord` results shared by every document and thread: a pure function of the token, so
    /// sharing changes no result, while a batch stops searching the lexicon for the same words in
    /// every file. Bounded, so garbage input cannot grow it without limit. The tokenizer makes entries
    /// for short tokens as it reads them (`entryNoted`), their repair still to be found: the first
    /// lookup of such an entry finds it (`repair(ofEntry:_:)`, `repairAndEntry`).
    final class RepairCache: Sendable {
        static let shared = RepairCache(capacity: 200_000)
        /// The most tokens kept.
        private let capacity: Int
        /// Keyed by copies of the tokens' bytes, so that no input line is kept alive by the cache.
        private let entries = Mutex(TokenRepairTable(capacity: 1024))

        /// An empty cache that keeps up to `capacity` tokens.
        init(capacity: Int) {
            self.capacity = capacity
        }

        /// `repairWord(token)`, looked up or computed and kept, and the number of its entry (nil when
        /// the cache is full and does not hold it); `bytes` are the token's UTF-8 bytes and `hash` their
        /// `TokenRepairTable.hash`. An entry's number stays the same for the life of the cache.
        func repairAndEntry(
            _ token: Substring, bytes: UnsafeBufferPointer<UInt8>, hash: UInt64
        ) -> (repair: String?, entry: UInt32?) {
            if let known = entries.withLock({ $0.entry(of: bytes, hash: hash) }) {
                return (known.isPending ? repair(ofPending: known.number, token) : known.repair, known.number)
            }
            let replacement = repairWord(token)
            let entry = entries.withLock { table -> UInt32? in
                if let noted = table.entry(of: bytes, hash: hash) {
                    table.resolve(noted.number, repair: replacement)
                    return noted.number
                }
                guard table.count < capacity else { return nil }
                return table.noteNew(replacement, for: bytes, hash: hash)
            }
            return (replacement, entry)
        }

        /// The entry of the token whose bytes are `bytes` (`TokenRepairTable.hash` `hash`), noted with
        /// its repair still to be found when it is new, and whether its repair is found and is none;
        /// nil when the cache is full and does not hold it. For the tokenizer, which notes the entry in
        /// the tokens it makes of those bytes, so that their word repair finds it without a hash.
        func entryNoted(bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> OCRToken.RepairCacheEntry? {
            entries.withLock { table in
                if let known = table.entry(of: bytes, hash: hash) {
                    return OCRToken.RepairCacheEntry(number: known.number, staysAsItIs: !known.isPending && known.repair == nil)
                }
                guard table.count < capacity else { return nil }
                return OCRToken.RepairCacheEntry(number: table.notePending(bytes, hash: hash), staysAsItIs: false)
            }
        }

        /// For each entry numbered in `numbers`, whether its repair is found and is none (true), found
        /// and another word (false), or still to be found (nil), read under one lock: for the tokenizer's
        /// class cache, to settle the entries it noted while their repairs were still to be found
        /// (`OCRToken.ClassCache.forFile`).
        func staysAsItIs(entries numbers: [UInt32]) -> [Bool?] {
            entries.withLock { table in
                numbers.map { number in
                    let noted = table.entry(numbered: number)
                    return noted.isPending ? nil : noted.repair == nil
                }
            }
        }

        /// `repairWord(token)` of the entry numbered `number`, which holds `token`: as noted, or found
        /// and noted when it is still to be found.
        func repair(ofEntry number: UInt32, _ token: Substring) -> String? {
            let noted = entries.withLock { $0.entry(numbered: number) }
            return noted.isPending ? repair(ofPending: number, token) : noted.repair
        }

        /// `repairWord(token)`, found and noted in the entry numbered `number`, which holds `token`
        /// with its repair still to be found.
        private func repair(ofPending number: UInt32, _ token: Substring) -> String? {
            let replacement = repairWord(token)
            entries.withLock { $0.resolve(number, repair: replacement) }
            return replacement
        }

        /// Notes in `table` the token of each of the entries numbered `numbers`, with its repair.
        func noteEntries(_ numbers: [UInt32], in table: inout TokenRepairTable) {
            entries.withLock { cached in
                for number in numbers { cached.copyEntry(number, into: &table) }
            }
        }
    }

    /// The word a unit token is repaired to: the unit's word as SOPs write it (`DurationUnit.indonesianWord`).
    static func canonicalUnit(_ unit: DurationUnit) -> String {
        unit.indonesianWord.description
    }

    /// The repair of one token, or nil when it should stay as it is: a plain ASCII token
    /// (`OCRTableBytes.isPlainASCII`) read on its bytes (`repairPlainASCIIWord`), any other by its
    /// characters (`repairWordByCharacters`), with the same answer.
    static func repairWord(_ token: Substring) -> String? {
        var bytesOfToken = token
        let plainRepair: String?? = bytesOfToken.withUTF8 { bytes in
            OCRTableBytes.isPlainASCII(bytes: bytes) ? .some(repairPlainASCIIWord(bytes)) : .none
        }
        if case .some(let repair) = plainRepair { return repair }
        return repairWordByCharacters(token)
    }

    /// `repairWordByCharacters` of a plain ASCII token, read on its bytes, where every byte is a
    /// character and the letters and numbers are the ASCII ones: its core (from its first ASCII letter
    /// or digit to its last) counted, looked up in `LexiconWordTable` (which holds every lexicon word,
    /// each of lower-case ASCII letters) and split where it stands, and lower-cased on the stack for
    /// the candidate search; a String is made only for a repair.
    private static func repairPlainASCIIWord(_ token: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = token.firstIndex(where: TextFolding.isASCIIAlphanumeric),
            let last = token.lastIndex(where: TextFolding.isASCIIAlphanumeric)
        else { return nil }
        let core = UnsafeBufferPointer(rebasing: token[first...last])
        var letterCount = 0
        for byte in core where isASCIILetter(byte) { letterCount += 1 }
        guard letterCount >= 4, letterCount * 10 >= core.count * 7 else { return nil }
        let inner = core.count - letterCount
        guard inner <= 2 else { return nil }
        let leading = UnsafeBufferPointer(rebasing: token[..<first])
        let trailing = UnsafeBufferPointer(rebasing: token[(last + 1)...])
        if inner == 0 {
            if LexiconWordTable.shared.containsASCIILetters(core) { return nil }
            if let split = gluedSplit(ofASCII: core) {
                var text = Array(leading)
                text += core[..<split]
                text.append(0x20)
                text += core[split...]
                text += trailing
                return String(decoding: text, as: UTF8.self)
            }
        }
        let damaged = inner > 0 || hasOddCase(asciiBytes: core)
        let allowed = damaged ? allowance(letters: letterCount) + 1.0 : cleanWordAllowance
        guard allowed > 0, let best = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: core.count, { lowered in
            for index in core.indices { lowered[index] = isASCIILetter(core[index]) ? core[index] | 0x20 : core[index] }
            return closestWord(
                toBytes: UnsafeBufferPointer(lowered), damaged: damaged, letterCount: letterCount, allowed: allowed)
        })
        else { return nil }
        var text = Array(leading)
        text += best.utf8
        matchCase(of: &text[leading.count...], like: core)
        text += trailing
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether `byte` is an ASCII letter, upper or lower case.
    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// `splitGlued` of a plain ASCII word (every byte a character), on its bytes: the offset of the
    /// first capital after a lower-case letter, from the fourth byte on, where the bytes before it are
    /// a lexicon word and those from it on are one too or at least four; nil when there is none.
    /// `LexiconWordTable` holds the lexicon's words, all of lower-case ASCII letters. Only offsets up
    /// to the longest lexicon word's length are tried (the bytes before a longer one are no word), so a
    /// long token costs no lookup of each of its prefixes.
    private static func gluedSplit(ofASCII word: UnsafeBufferPointer<UInt8>) -> Int? {
        let words = LexiconWordTable.shared
        let lastOffset = min(word.count - 1, Lexicon.shared.longestWordBytes)
        guard lastOffset >= 3 else { return nil }
        for index in 3...lastOffset where word[index] &- 0x41 < 26 && word[index - 1] &- 0x61 < 26 {
            let right = UnsafeBufferPointer(rebasing: word[index...])
            if words.containsASCIILetters(UnsafeBufferPointer(rebasing: word[..<index])),
                right.count >= 4 || words.containsASCIILetters(right)
            {
                return index
            }
        }
        return nil
    }

    /// `matchCase` on bytes: `word`, lower-case ASCII letters, put in place in the letter case of
    /// `model`, the ASCII core of a token (starting with a letter or digit, at least two letters):
    /// all capitals when every letter of `model` is one, a capital first letter when `model` starts
    /// with a capital or a digit.
    private static func matchCase(of word: inout ArraySlice<UInt8>, like model: UnsafeBufferPointer<UInt8>) {
        if !model.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
            for index in word.indices { word[index] &= ~0x20 }
        } else if let first = model.first, first <= 0x5A, let start = word.indices.first {
            word[start] &= ~0x20
        }
    }

    /// The repair of one token, or nil when it should stay as it is, read by its characters. A token
    /// that cannot hold the four letters a repair needs (`mayHoldFourLetters`: most tokens beyond
    /// ASCII are dashes, quotes and symbols) is left as it is before it is cut into characters.
    static func repairWordByCharacters(_ token: Substring) -> String? {
        let lexicon = Lexicon.shared
        guard mayHoldFourLetters(token), let parts = WordParts(token) else { return nil }
        let (leading, core, trailing, letterCount, coreCount) =
            (parts.leading, parts.core, parts.trailing, parts.letterCount, parts.coreCount)
        guard letterCount >= 4, letterCount * 10 >= coreCount * 7 else { return nil }
        let inner = coreCount - letterCount
        guard inner <= 2 else { return nil }
        if inner == 0, lexicon.contains(core) { return nil }
        if inner == 0, let split = splitGlued(core) { return String(leading) + split + String(trailing) }
        let damaged = inner > 0 || hasNonASCIIOrOddCase(core)
        let bytes = Array(core.lowercased().utf8)
        let allowed = damaged ? allowance(letters: letterCount) + 1.0 : cleanWordAllowance
        guard allowed > 0, let best = closestWord(to: bytes, damaged: damaged, letterCount: letterCount, allowed: allowed)
        else { return nil }
        return String(leading) + matchCase(best, like: core) + String(trailing)
    }

    /// Whether `token` may hold four letters or more (`Character.isLetter`): at least four of its
    /// UTF-8 bytes are ASCII letters or start a scalar beyond ASCII. A letter is a character whose first
    /// scalar is alphabetic, an ASCII letter or a scalar beyond ASCII, and characters have first
    /// scalars of their own, so a token with fewer such bytes holds fewer than four letters.
    static func mayHoldFourLetters(_ token: Substring) -> Bool {
        var count = 0
        for byte in token.utf8 where (byte | 0x20) &- 0x61 < 26 || byte >= 0xC0 {
            count += 1
            if count == 4 { return true }
        }
        return false
    }

    /// A token cut into the punctuation before its first letter or number, its core, and the
    /// punctuation after its last, with the number of characters of the core and of its letters:
    /// `token.prefix { !($0.isLetter || $0.isNumber) }`, the same from the end, and
    /// `core.filter(\.isLetter).count`, read character by character (a plain ASCII token is read on
    /// its bytes by `repairPlainASCIIWord` instead). Found in one pass over the token's characters,
    /// each asked once whether it is a letter or a number: the characters outside the core are neither,
    /// so the core's letters are the token's.
    struct WordParts {
        var leading: Substring
        var core: Substring
        var trailing: Substring
        var letterCount: Int
        var coreCount: Int

        /// The parts of `token`; nil when it holds no letter or number.
        init?(_ token: Substring) {
            var coreStart: Substring.Index?
            var coreEnd = token.startIndex
            var leadingCount = 0
            var count = 0
            var countToCoreEnd = 0
            var letterCount = 0
            var index = token.startIndex
            for character in token {
                let next = token.utf8.index(index, offsetBy: character.utf8.count)
                count += 1
                let isLetter = character.isLetter
                if isLetter || character.isNumber {
                    if coreStart == nil {
                        coreStart = index
                        leadingCount = count - 1
                    }
                    coreEnd = next
                    countToCoreEnd = count
                    if isLetter { letterCount += 1 }
                }
                index = next
            }
            guard let coreStart else { return nil }
            leading = token[..<coreStart]
            core = token[coreStart..<coreEnd]
            trailing = token[coreEnd...]
            self.letterCount = letterCount
            coreCount = countToCoreEnd - leadingCount
        }
    }

    /// A word that looks clean (letters only, normal case) may be a real word the lexicon lacks, so
    /// it is only repaired for one confusion of similar letters ("Pencumpulan", "Ihdikator").
    private static let cleanWordAllowance = 0.5

    /// Whether `word` holds a non-ASCII character or `hasOddCase`: on the bytes of a plain ASCII word
    /// (every byte a character, the lower and upper case letters the ASCII ones), character by
    /// character otherwise.
    static func hasNonASCIIOrOddCase(_ word: Substring) -> Bool {
        guard OCRTableBytes.isPlainASCII(word) else { return word.unicodeScalars.contains { !$0.isASCII } || hasOddCase(word) }
        var bytesOfWord = word
        return bytesOfWord.withUTF8(hasOddCase(asciiBytes:))
    }

    /// `hasOddCase` of a plain ASCII word's bytes, each a character of its own: an ASCII capital after
    /// an ASCII lower-case letter, the first byte aside.
    private static func hasOddCase(asciiBytes word: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawLower = false
        for byte in word.dropFirst() {
            if byte >= 0x61 && byte <= 0x7A { sawLower = true } else if byte >= 0x41 && byte <= 0x5A, sawLower { return true }
        }
        return false
    }

    /// Capitals after lower-case letters inside a word ("SUMmpU", "AlaT"), which OCR makes of stamps.
    static func hasOddCase(_ word: Substring) -> Bool {
        var sawLower = false
        for character in word.dropFirst() {
            if character.isLowercase { sawLower = true } else if character.isUppercase, sawLower { return true }
        }
        return false
    }

    /// The edit cost a damaged word of `letters` letters may carry, before the allowance for its damage.
    private static func allowance(letters: Int) -> Double {
        switch letters {
        case ..<5: 0.6
        case 5...7: 1.0
        case 8...10: 2.0
        default: 2.5
        }
    }

    /// "PenyusunanRenstra" → "Penyusunan Renstra" when both parts are words of `Lexicon.shared`.
    /// On the bytes of a plain ASCII word (`gluedSplit(ofASCII:)`), character by character otherwise.
    static func splitGlued(_ word: Substring) -> String? {
        guard OCRTableBytes.isPlainASCII(word) else { return splitGluedByCharacters(word, lexicon: .shared) }
        var bytesOfWord = word
        return bytesOfWord.withUTF8 { bytes in
            gluedSplit(ofASCII: bytes).map { split in
                String(decoding: bytes[..<split], as: UTF8.self) + " " + String(decoding: bytes[split...], as: UTF8.self)
            }
        }
    }

    /// `splitGlued`, character by character. The characters before a split are a lexicon word only
    /// when they are no more than `Lexicon.longestWordBytes` (each character holds a scalar or
    /// more, and a word has no more scalars than bytes), so only the splits up to there are tried.
    static func splitGluedByCharacters(_ word: Substring, lexicon: Lexicon) -> String? {
        var index = word.startIndex
        var offset = 0
        var previousIsLowercase = false
        while index != word.endIndex, offset <= lexicon.longestWordBytes {
            let character = word[index]
            if offset >= 3, character.isUppercase, previousIsLowercase {
                let left = String(word[..<index])
                let right = String(word[index...])
                if lexicon.contains(left), lexicon.contains(right) || right.count >= 4 {
                    return left + " " + right
                }
            }
            previousIsLowercase = character.isLowercase
            offset += 1
            index = word.index(after: index)
        }
        return nil
    }

    /// `word` in the letter case of `model`: "pengumpulan" like "Pencumpulan" → "Pengumpulan".
    private static func matchCase(_ word: String, like model: Substring) -> String {
        let letters = model.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return word.uppercased() }
        if let first = model.first(where: \.isLetter), first.isUppercase || model.first?.isNumber == true {
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        return word
    }
}

/// The costs of a weighted edit distance tuned to OCR errors, which `OCRRepair.closestWord` works
/// out: reading a byte meant as itself costs 0, as a byte OCR confuses with it (`confusedPairs`) 0.4,
/// as another letter a...z 1, as any other byte 0.6; an insertion, a byte meant but not read, costs 1.
enum EditCost {
    /// The pairs of bytes OCR confuses (h/n, i/j/l/1, c/g, v/y, o/a …), each in either direction.
    static let confusedPairs: [(UInt8, UInt8)] = ["il", "ij", "lj", "i1", "l1", "o0", "ao", "ec", "cg", "nh", "hb",
        "uv", "vy", "mn", "rn", "s5", "b6", "gq", "tf", "eo", "ce", "ae", "ti", "ri", "ur", "nu", "kh", "pq", "dc"]
        .map { pair in (pair.utf8.first!, pair.utf8.last!) }

    /// The cost of a stray `read` (a byte read where none was meant).
    @inline(__always)
    static func deletion(_ read: UInt8) -> Double {
        if read >= 0x30 && read <= 0x39 { return 0.6 }
        return read >= 0x61 && read <= 0x7A ? 1 : 0.2
    }
}

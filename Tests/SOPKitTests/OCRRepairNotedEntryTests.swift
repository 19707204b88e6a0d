@testable import SOPKit
import Testing

/// The tokenizer notes in a short word or junk token that is not a plain known word its entry in the
/// shared repair cache (`OCRToken.repairCacheEntry`), made with its repair still to be found when the
/// token is new, and the memo takes such a token's repair from that entry without a hash. The repairs
/// and the search budget come out as the reference's (`OCRRepairMemoTests.reference`, which looks each
/// token up in a dictionary and searches while the budget lasts) for every budget, over lines read
/// with a class cache that notes every token, one that fills up and empties as the lines go, and none;
/// the note keeps its place beside the offset and `plainKnownWord`, and pending cache entries take their
/// repair once.
@Suite struct OCRRepairNotedEntryTests {
    /// The lines of `OCRRepairMemoTests`, read twice over (so that tokens noted pending are met again)
    /// with long, non-ASCII and tabbed tokens that the class cache does not note.
    static let lines = OCRRepairMemoTests.lines + OCRRepairMemoTests.lines + [
        "Pencumpulan\u{A0}dokurnen \(String(repeating: "Penyusunnan", count: 3)) —Ihdikator\tLA(KIP",
    ]

    /// The tokens of `lines`, read with a class cache of `slotCount` slots (0: none).
    static func tokens(slotCount: Int) -> [[OCRToken]] {
        var classes = OCRToken.ClassCache(slotCount: slotCount)
        return lines.map { OCRToken.scan(of: $0, classes: &classes).tokens }
    }

    /// The reference for `lines`: `OCRRepairMemoTests.reference`, the memo's entries counted.
    static func reference(budget: Int) -> (repairs: [String], distinct: Int, searchesLeft: Int) {
        let reference = OCRRepairMemoTests.reference(budget: budget, lines: lines)
        return (reference.repairs, reference.noted.count, reference.searchesLeft)
    }

    /// Expects the word repair of `tokens` (the lines' tokens) with a search budget of `budget` to give
    /// the reference repairs, distinct entries and budget left (`reference(budget:)`); the memo told,
    /// when `toldLookUps` is given, that it will be asked that many lookups at most.
    static func expectReferenceRepairs(of tokens: [[OCRToken]], budget: Int, toldLookUps: Int? = nil) {
        var memo = OCRRepair.Memo()
        memo.searchesLeft = budget
        if let toldLookUps { memo.expectLookUps(atMost: toldLookUps) }
        var repairs: [String] = []
        for line in tokens {
            repairs += OCRRepair.repairTokens(line, memo: &memo).repairs.map { "\($0.original)>\($0.replacement)" }
        }
        let expected = Self.reference(budget: budget)
        #expect(repairs == expected.repairs)
        if let replacements = memo.replacements {
            #expect(replacements.count == expected.distinct)
            #expect(memo.searchesLeft == expected.searchesLeft)
        } else {
            #expect(memo.searchesLeft == budget)
        }
    }

    @Test(arguments: [0, 1, 5, 12, 30, 200_000], [4096, 16, 0])
    func notedEntriesGiveTheReferenceRepairsAndBudget(_ budget: Int, _ slotCount: Int) {
        let tokens = Self.tokens(slotCount: slotCount)
        Self.expectReferenceRepairs(of: tokens, budget: budget)
    }

    /// A memo told the lines' token count (as many lookups as it can be asked) gives the reference
    /// repairs and budget over tokens with noted entries too: noting none when that count cannot reach
    /// the budget, noting them as before when it can.
    @Test(arguments: [0, 5, 30, 200_000], [4096, 0])
    func notedEntriesGiveTheReferenceRepairsToAMemoToldItsLookUps(_ budget: Int, _ slotCount: Int) {
        let tokens = Self.tokens(slotCount: slotCount)
        let tokenCount = tokens.reduce(0) { $0 + $1.count }
        #expect(tokenCount > 30)
        Self.expectReferenceRepairs(of: tokens, budget: budget, toldLookUps: tokenCount)
    }

    /// A class cache notes entries in the short tokens it notes that are not plain known words, and in
    /// no other; each names a shared cache entry whose repair is the token's `repairWord`.
    @Test func notedEntriesNameTheTokensEntry() {
        let tokens = Self.tokens(slotCount: 4096).joined()
        var noted = 0
        for token in tokens {
            guard let entry = token.repairCacheEntry else {
                #expect(!(token.plainKnownWord == false && token.text.utf8.count <= OCRToken.inlineTextCapacity))
                continue
            }
            noted += 1
            #expect(token.plainKnownWord == false)
            #expect(OCRRepair.RepairCache.shared.repair(ofEntry: entry.number, token.text) == OCRRepair.repairWord(token.text))
            if entry.staysAsItIs { #expect(OCRRepair.repairWord(token.text) == nil) }
        }
        #expect(noted > 10)
        #expect(Self.tokens(slotCount: 0).joined().allSatisfy { $0.repairCacheEntry == nil })
    }

    /// A class cache kept for another file settles the entries it noted while their repairs were
    /// still to be found (`settleRepairNotes`): once the lines' repair has found them, a token whose
    /// repair is none is noted to stay as it is, another keeps its note, and one whose repair is
    /// still to be found stays unsettled until it is found. The lines read again with the settled
    /// cache give the reference repairs and budget, for every budget, and each noted entry still
    /// names the token's entry and repair.
    @Test(arguments: [0, 1, 5, 12, 30, 200_000])
    func settledNotesGiveTheReferenceRepairsAndBudget(_ budget: Int) {
        var classes = OCRToken.ClassCache(slotCount: 4096)
        let firstTokens = Self.lines.map { OCRToken.scan(of: $0, classes: &classes).tokens }
        var firstMemo = OCRRepair.Memo()
        for line in firstTokens { _ = OCRRepair.repairTokens(line, memo: &firstMemo) }
        classes.settleRepairNotes()
        let tokens = Self.lines.map { OCRToken.scan(of: $0, classes: &classes).tokens }
        var settled = 0
        for token in tokens.joined() {
            guard let entry = token.repairCacheEntry else { continue }
            let repair = OCRRepair.repairWord(token.text)
            #expect(OCRRepair.RepairCache.shared.repair(ofEntry: entry.number, token.text) == repair)
            if entry.staysAsItIs {
                settled += 1
                #expect(repair == nil)
            }
        }
        #expect(settled > 0)
        Self.expectReferenceRepairs(of: tokens, budget: budget)
    }

    /// The shared cache tells of each entry whether its repair is none, another word, or still to be
    /// found.
    @Test func entriesTellWhetherTheyStayAsTheyAre() {
        let cache = OCRRepair.RepairCache(capacity: 10)
        var numbers: [UInt32] = []
        for word in ["dokurnen", "xyzzyq", "Pencumpulan"] {
            var bytesOfText = Substring(word)
            bytesOfText.withUTF8 { bytes in
                if let entry = cache.entryNoted(bytes: bytes, hash: TokenRepairTable.hash(bytes)) { numbers.append(entry.number) }
            }
        }
        #expect(numbers.count == 3)
        #expect(cache.staysAsItIs(entries: numbers) == [nil, nil, nil])
        for (index, word) in ["dokurnen", "xyzzyq"].enumerated() {
            #expect(cache.repair(ofEntry: numbers[index], Substring(word)) == OCRRepair.repairWord(Substring(word)))
        }
        #expect(cache.staysAsItIs(entries: numbers) == [
            OCRRepair.repairWord("dokurnen") == nil, OCRRepair.repairWord("xyzzyq") == nil, nil,
        ])
        #expect(cache.staysAsItIs(entries: []) == [])
    }

    /// The note, the offset and `plainKnownWord` share one integer: setting the offset keeps the note
    /// and `plainKnownWord`, for offsets up to 32 bits; setting the text forgets both.
    @Test(arguments: [0, 1, 17, 65_535, Int(Int32.max)])
    func theNoteKeepsItsPlaceBesideTheOffset(_ offset: Int) {
        var classes = OCRToken.ClassCache(slotCount: 64)
        let line = "dokurnen dokurnen"
        let tokens = OCRToken.scan(of: line, classes: &classes).tokens
        var token = tokens[1]
        let entry = token.repairCacheEntry
        #expect(entry != nil)
        #expect(token.offset == 9)
        token.offset = offset
        #expect(token.offset == offset)
        #expect(token.repairCacheEntry?.number == entry?.number)
        #expect(token.repairCacheEntry?.staysAsItIs == entry?.staysAsItIs)
        #expect(token.plainKnownWord == false)
        token.text = "Dokumen"
        #expect(token.repairCacheEntry == nil)
        #expect(token.plainKnownWord == nil)
        #expect(token.offset == offset)
    }

    /// A pending entry is found with no repair yet, takes its repair once (a second `resolve` keeps
    /// the first), and is found with it; `repairAndEntry` of a pending entry's token gives its repair.
    @Test func pendingEntriesTakeTheirRepairOnce() {
        var table = TokenRepairTable(capacity: 2)
        let tokens = ["Pencumpulan", "", "Kepala\u{301}la", "a\tb", String(repeating: "x", count: 500)]
        for token in tokens {
            Array(token.utf8).withUnsafeBufferPointer { bytes in
                let hash = TokenRepairTable.hash(bytes)
                let number = table.notePending(bytes, hash: hash)
                #expect(table.entry(of: bytes, hash: hash)?.isPending == true)
                #expect(table.entry(numbered: number).isPending)
                table.resolve(number, repair: token + "!")
                table.resolve(number, repair: "second")
                #expect(table.entry(numbered: number).repair == token + "!")
                #expect(table.entry(numbered: number).isPending == false)
                #expect(table.repair(of: bytes, hash: hash) == .some(token + "!"))
            }
        }
        let cache = OCRRepair.RepairCache(capacity: 10)
        for word in ["Pencumpulan", "dokurnen", "xyzzyq"] {
            let text = Substring(word)
            var bytesOfText = text
            bytesOfText.withUTF8 { bytes in
                let hash = TokenRepairTable.hash(bytes)
                let entry = cache.entryNoted(bytes: bytes, hash: hash)
                #expect(entry?.staysAsItIs == false)
                #expect(cache.repairAndEntry(text, bytes: bytes, hash: hash).repair == OCRRepair.repairWord(text))
                #expect(cache.repairAndEntry(text, bytes: bytes, hash: hash).entry == entry?.number)
                #expect(cache.entryNoted(bytes: bytes, hash: hash)?.staysAsItIs == (OCRRepair.repairWord(text) == nil))
            }
        }
        #expect(OCRRepair.RepairCache(capacity: 0).entryNoted(bytes: UnsafeBufferPointer(start: nil, count: 0), hash: 1) == nil)
    }
}

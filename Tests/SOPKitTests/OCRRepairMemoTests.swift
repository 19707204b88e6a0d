@testable import SOPKit
import Testing

/// A document's repair memo, which sends tokens straight to the shared cache until its lookups reach
/// its budget and only then builds a table of the document's tokens, gives the repairs, notes the
/// tokens and spends the search budget as the code that looked each token up in the document's table
/// and then stored it did (kept here as the reference): for every budget from none to more than the
/// tokens need, with caches that keep every token, a few or none, over words repeated within and
/// across lines, repairable or not, with punctuation, digits, bytes beyond ASCII and combining marks.
@Suite struct OCRRepairMemoTests {
    /// Lines whose words repeat, some repairable, some not, some beyond ASCII.
    static let lines = [
        "Pencumpulan dokurnen Ihdikator", "Pencumpulan 1Sposist surat", "dokurnen LA(KIP P.enyu_sunan Pencumpulan",
        "xyzzyq Ihdikator é Kepala\u{301}la", "", "Pencumpulan\tPencumpulan  xyzzyq", "Kepala\u{301}la 1Sposist LA(KIP",
        String(repeating: "Penyusunnan ", count: 30),
    ]

    /// The tokens `repairTokens` asks the memo about, in order: words and junk that are not plain known words.
    static func memoTokens(_ lines: [String]) -> [Substring] {
        lines.flatMap(OCRToken.tokens(of:)).filter { token in
            (token.kind == .word || token.kind == .junk) && !OCRRepair.isPlainKnownWord(token.text)
        }.map(\.text)
    }

    /// The reference: each token of `lines` (by default this suite's) looked up in the memo, else
    /// searched while the budget lasts and then stored; the repairs that change a token, the memo's
    /// entries and the budget left.
    static func reference(
        budget: Int, lines: [String] = OCRRepairMemoTests.lines
    ) -> (repairs: [String], noted: [Substring: String?], searchesLeft: Int) {
        var noted: [Substring: String?] = [:]
        var searchesLeft = budget
        var repairs: [String] = []
        for text in memoTokens(lines) {
            var replacement: String?
            if let known = noted[text] {
                replacement = known
            } else if searchesLeft > 0 {
                searchesLeft -= 1
                replacement = OCRRepair.repairWord(text)
                noted[text] = replacement
            }
            if let replacement, replacement != String(text) { repairs.append("\(text)>\(replacement)") }
        }
        return (repairs, noted, searchesLeft)
    }

    /// Runs `repairTokens` over `lines` with a memo of budget `budget` that finds repairs in `cache`;
    /// returns the repairs made and the memo.
    static func repairs(budget: Int, cache: OCRRepair.RepairCache) -> (repairs: [String], memo: OCRRepair.Memo) {
        var memo = OCRRepair.Memo(cache: cache)
        memo.searchesLeft = budget
        var repairs: [String] = []
        for line in lines {
            let made = OCRRepair.repairTokens(OCRToken.tokens(of: line), memo: &memo).repairs
            repairs += made.map { "\($0.original)>\($0.replacement)" }
        }
        return (repairs, memo)
    }

    /// Budgets below the number of lookups build the document's table of tokens on the way; it must
    /// hold what the reference noted and leave the budget the reference left, with a cache that keeps
    /// every token, one that keeps two, and one that keeps none.
    @Test(arguments: 0...12, [200_000, 2, 0]) func memoAgreesWithLookingUpThenStoring(_ budget: Int, _ cacheCapacity: Int) {
        let (repairs, memo) = Self.repairs(budget: budget, cache: OCRRepair.RepairCache(capacity: cacheCapacity))
        let expected = Self.reference(budget: budget)
        #expect(repairs == expected.repairs)
        #expect(memo.replacements?.count == expected.noted.count)
        for (text, replacement) in expected.noted {
            let noted = Array(text.utf8).withUnsafeBufferPointer { bytes in
                memo.replacements?.repair(of: bytes, hash: TokenRepairTable.hash(bytes))
            }
            #expect(noted == .some(replacement))
        }
        #expect(memo.searchesLeft == expected.searchesLeft)
    }

    /// A budget the lookups cannot reach sends every token straight to the cache, builds no table and
    /// spends nothing, and makes the reference's repairs (which spent less than the budget).
    @Test(arguments: [200_000, 2, 0]) func aBudgetTheLookupsCannotReachBuildsNoTable(_ cacheCapacity: Int) {
        let lookUps = Self.memoTokens(Self.lines).count
        let (repairs, memo) = Self.repairs(budget: lookUps + 1, cache: OCRRepair.RepairCache(capacity: cacheCapacity))
        let expected = Self.reference(budget: lookUps + 1)
        #expect(repairs == expected.repairs)
        #expect(memo.replacements == nil)
        #expect(memo.lookUpsBeforeTable == lookUps)
        #expect(memo.searchesLeft == lookUps + 1)
        #expect(expected.searchesLeft > 0)
    }

    /// A memo told how many lookups it may be asked (`expectLookUps(atMost:)`, here the lookups' count
    /// or more) makes the reference's repairs whatever it was told, with caches that keep every token,
    /// a few or none. When the count told cannot reach the budget it notes no lookup, builds no table
    /// and spends nothing; when it can, it notes them as an untold memo does: a budget under the
    /// lookups builds the table and is left as the reference leaves it, one at or above them notes
    /// every lookup and spends nothing.
    @Test(arguments: [-9, -1, 0, 1, 50], [0, 1, 7])
    func aMemoToldItsLookUpsNotesNoneOnlyWhenTheyCannotReachTheBudget(_ budgetOffset: Int, _ toldOffset: Int) {
        let lookUps = Self.memoTokens(Self.lines).count
        let budget = lookUps + budgetOffset
        let told = lookUps + toldOffset
        for cacheCapacity in [200_000, 2, 0] {
            var memo = OCRRepair.Memo(cache: OCRRepair.RepairCache(capacity: cacheCapacity))
            memo.searchesLeft = budget
            memo.expectLookUps(atMost: told)
            var repairs: [String] = []
            for line in Self.lines {
                repairs += OCRRepair.repairTokens(OCRToken.tokens(of: line), memo: &memo).repairs
                    .map { "\($0.original)>\($0.replacement)" }
            }
            let expected = Self.reference(budget: budget)
            #expect(repairs == expected.repairs)
            if told <= budget {
                #expect(memo.lookUpsBeforeTable == 0)
                #expect(memo.replacements == nil)
                #expect(memo.searchesLeft == budget)
            } else if budget < lookUps {
                #expect(memo.lookUpsBeforeTable == budget)
                #expect(memo.replacements?.count == expected.noted.count)
                #expect(memo.searchesLeft == expected.searchesLeft)
            } else {
                #expect(memo.lookUpsBeforeTable == lookUps)
                #expect(memo.replacements == nil)
                #expect(memo.searchesLeft == budget)
            }
        }
    }

    @Test func theBudgetCountsDistinctTokens() {
        #expect(Set(Self.memoTokens(Self.lines)).count < Self.memoTokens(Self.lines).count)
        #expect(Self.reference(budget: 100).repairs.contains("Pencumpulan>Pengumpulan"))
        #expect(Self.reference(budget: 0).repairs.isEmpty)
    }
}

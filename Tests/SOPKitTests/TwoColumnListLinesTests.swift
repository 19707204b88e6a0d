@testable import SOPKit
import Testing

/// `TwoColumnList.Lines` reused from one list to the next, as an identity block reads its lists with
/// one of them, gives the items of each list that a fresh reader (`TwoColumnList.split`) gives: no
/// state of a list (numbering, expected numbers, the settled regulation start, the current column)
/// is carried into the next.
@Suite struct TwoColumnListLinesTests {
    /// Reads `lists` one after the other with one `Lines`, each in `columns(list index)` columns, and
    /// checks each list's items against `split`.
    static func expectReuseAgrees(_ lists: [[String]], columns: (Int) -> Int) {
        var reused = TwoColumnList.Lines()
        for (index, list) in lists.enumerated() {
            let count = columns(index)
            reused.start(columns: count)
            #expect(reused.isEmpty)
            for line in list { reused.read(line) }
            #expect(reused.isEmpty == list.isEmpty)
            #expect(reused.items == TwoColumnList.split(list, columns: count), "\(list) \(count)")
        }
    }

    @Test func reusedLinesAgreeOnTheListTables() {
        let lists = (TwoColumnListBytesTests.lists + TwoColumnListBytesTests.settledItemLists).map { texts in
            texts.map { OCRLine(number: 1, text: $0).text }
        }
        for pattern in [{ (_: Int) in 1 }, { (_: Int) in 2 }, { (index: Int) in index % 2 + 1 }, { (index: Int) in 2 - index % 2 }] {
            Self.expectReuseAgrees(lists, columns: pattern)
            Self.expectReuseAgrees(lists.reversed(), columns: pattern)
        }
    }

    @Test func reusedLinesAgreeOnCorpusLines() {
        let lines = OCRFrontBytesTests.corpusLines.map { OCRLine(number: 1, text: $0).text }.filter { !$0.isEmpty }
        var lists: [[String]] = []
        var start = 0
        while start < lines.count {
            let end = min(start + [1, 3, 7, 12, 2, 25][lists.count % 6], lines.count)
            lists.append(Array(lines[start..<end]))
            start = end
        }
        lists.insert([], at: min(3, lists.count))
        Self.expectReuseAgrees(lists) { $0 % 3 == 0 ? 2 : 1 }
    }
}

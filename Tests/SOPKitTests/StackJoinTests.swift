@testable import SOPKit
import Testing

/// `StackJoin.joined` writes the parts in order with a space wherever its rule asks for one, the rule
/// seeing the part's offset and the bytes written before it.
@Suite struct StackJoinTests {
    /// Parts, then their join with a space before every part after the first, then their join with a
    /// space only after a non-empty text that does not end with "-".
    static let cases: [(parts: [String], everySpace: String, hyphenRule: String)] = [
        ([], "", ""),
        ([""], "", ""),
        (["Kepala"], "Kepala", "Kepala"),
        (["Kepala", "Seksi"], "Kepala Seksi", "Kepala Seksi"),
        (["Sub-", "bagian"], "Sub- bagian", "Sub-bagian"),
        (["", "Seksi"], " Seksi", "Seksi"),
        (["Kepala", "", "Seksi"], "Kepala  Seksi", "Kepala  Seksi"),
        (["Pej\u{E9}", "bat"], "Pej\u{E9} bat", "Pej\u{E9} bat"),
        (["Kasi\u{2010}", "Umum"], "Kasi\u{2010} Umum", "Kasi\u{2010} Umum"),
        ([String(repeating: "a", count: 300), "b-", "c"], String(repeating: "a", count: 300) + " b- c",
            String(repeating: "a", count: 300) + " b-c"),
    ]

    @Test(arguments: cases) func partsAreJoinedByTheRule(_ parts: [String], _ everySpace: String, _ hyphenRule: String) {
        let joinedEvery = StackJoin.joined(count: parts.count, part: { parts[$0] }, spaceBefore: { offset, _ in offset > 0 })
        #expect(joinedEvery == everySpace)
        #expect(joinedEvery == parts.joined(separator: " "))
        let joinedByHyphenRule = StackJoin.joined(count: parts.count, part: { parts[$0] }) { _, written in
            !written.isEmpty && written.last != UInt8(ascii: "-")
        }
        #expect(joinedByHyphenRule == hyphenRule)
    }
}

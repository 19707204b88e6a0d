@testable import SOPKit
import Testing

/// `LayoutMarkFilter.mayBeMark` rules out only texts that `Mark.classify` reads as no mark, on a table
/// of marks, branch labels, words, numbers, non-ASCII text and edge lengths.
@Suite struct LayoutMarkFilterTests {
    /// Each text with what `mayBeMark` answers for it.
    static let cases: [(String, Bool)] = [
        ("", false), ("v", true), ("V", true), ("x", true), ("*", true), ("o", true), ("a", true), ("1", true),
        ("->", true), ("<-", true), ("|", true), ("--", true), (" ^ ", true), ("- >", true),
        ("Ya", true), ("ya.", true), ("(Ya)", true), ("YA", true), ("Tidak", true), ("TIDAK", true),
        ("tidak setuju", true), ("Tidak  Setuju", true), ("tidak-setuju", true), ("Tdk", true), ("Yes", true),
        ("No", true), ("no.", true), ("OK", true), ("ok!", true), ("Setuju", true), ("y/t", true),
        ("Tidaksetujux", false), ("Surat", true), ("Menerima", false), ("Kepala", false), ("Arsip", false),
        ("1 hari", false), ("10", false), ("3 jam", false), ("Ya1", false), ("t2", false), ("..", false),
        ("()", false), ("**", false), ("vv", false), ("xx", false), ("Oo", true), ("Tanda tangan", true),
        ("√", true), ("✓", true), ("●", true), ("→", true), ("é", true), ("Ya\u{301}", true), ("Surat\u{00A0}", true),
        ("abcdefghijklmnop", false), ("abcdefghijklmnopq", false), ("yyyyyyyyyyyyyyyy", false),
        ("Setuju setuju", false), ("yyyyyyyyyyy", true), ("ya\u{2192}", true), ("Menerima surat masuk", false),
    ]

    @Test func answersAsTabled() {
        for (text, expected) in Self.cases {
            #expect(LayoutMarkFilter.mayBeMark(LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)) == expected, "\(text)")
        }
    }

    @Test func rulesOutOnlyTextsThatAreNoMark() {
        for (text, _) in Self.cases where !LayoutMarkFilter.mayBeMark(LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)) {
            #expect(Mark.classify(text) == nil, "\(text)")
        }
        for (text, _) in Self.cases where Mark.classify(text) != nil {
            #expect(LayoutMarkFilter.mayBeMark(LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)), "\(text)")
        }
    }
}

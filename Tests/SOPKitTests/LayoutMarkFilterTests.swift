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

    /// `words(of:)` of texts of two to 16 bytes: the first eight bytes lowest first, the rest in the
    /// second word, 0 past the end.
    @Test func readsWordsOfTheText() {
        let cases: [(String, UInt64, UInt64)] = [
            ("Ya", 0x6159, 0), ("abc", 0x63_6261, 0), ("abcd", 0x6463_6261, 0), ("abcdefg", 0x67_6665_6463_6261, 0),
            ("abcdefgh", 0x6867_6665_6463_6261, 0), ("abcdefghi", 0x6867_6665_6463_6261, 0x69),
            ("abcdefghijklmnop", 0x6867_6665_6463_6261, 0x706F_6E6D_6C6B_6A69),
            ("é->", 0x3E_2DA9_C3, 0), ("Tidak setuju", 0x6573_206B_6164_6954, 0x756A_7574),
        ]
        for (text, low, high) in cases {
            let words = Array(text.utf8).withUnsafeBufferPointer(LayoutMarkFilter.words(of:))
            #expect(words.0 == low && words.1 == high, "\(text)")
        }
    }

    /// `mayBeMark` agrees with its definition read byte by byte on SplitMix-generated texts of up to 17
    /// bytes drawn from letters, digits, arrow characters, punctuation and non-ASCII characters.
    @Test func agreesWithTheByteByByteReadingOnGeneratedTexts() {
        let pieces = ["y", "T", "n", "O", "s", "a", "K", "z", "Z", "0", "9", "-", ">", "<", "|", "^", " ", ".", "@", "[", "`", "{", "é", "→"]
        var generator = SplitMix(seed: 0x1A37_B0AC)
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...17, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let chunk = LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)
            #expect(LayoutMarkFilter.mayBeMark(chunk) == Self.mayBeMarkByBytes(Array(text.utf8)), "\(text)")
        }
    }

    /// The definition of `mayBeMark`, read byte by byte.
    static func mayBeMarkByBytes(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 16 else { return false }
        guard bytes.count > 1 else { return true }
        if bytes.contains(where: { $0 >= 0x80 }) { return true }
        if bytes.allSatisfy({ Array("-><|^ ".utf8).contains($0) }) { return true }
        if bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return false }
        let letters = bytes.filter { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
        guard let first = letters.first, letters.count <= 11 else { return false }
        return Array("ytnos".utf8).contains(first | 0x20)
    }
}

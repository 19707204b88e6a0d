@testable import SOPKit
import Testing

/// The preparation of list lines for `LayoutListReader.items` and its marker test agree with the
/// definitions they replaced (`TextFolding.collapseWhitespace`, `characterCount`, `hasPrefix`), on
/// texts with spaces at the ends and in runs, tabs, no-break spaces, control characters, DEL,
/// combining marks, CR LF and characters outside ASCII.
@Suite struct LayoutListLineTests {
    /// Lines of lists, collapsed or not, ASCII or not.
    static let texts: [String] = [
        "", " ", "  ", "a", "~", "a b", "a  b", " a", "a ", "1. Undang-Undang Nomor 5 Tahun 2014",
        "  dua  spasi  ", "Peraturan\u{00A0}Menteri", "tab\there", "line\nbreak", "del\u{7F}", "\u{1F}",
        "e\u{301}", "Émile dan Zoë", "x\r\ny", "\r\n", "- Printer", "-", "-\u{301} mark", "-é", "- ",
        "\u{2022} Printer", "\u{2022}", "\u{2013} Alat", "a. Alat", "1) Satu", "abcdefghijklmnop qrstuvwxyz",
        "abcdefghijklmnop  qrstuvwxyz", "abcdefghijklmnop\u{2003}qrstuvwxyz", "(a) huruf", "0-9",
    ]

    /// `LayoutListReader.collapsedPrintableASCIICount(utf8:)` of the bytes of `text`.
    static func collapsedPrintableASCIICount(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer(LayoutListReader.collapsedPrintableASCIICount(utf8:))
    }

    /// The text of the item `prepared`, which starts with a marker, starts (`startItemAfterMarker`).
    static func itemAfterMarker(_ prepared: LayoutListReader.PreparedLine, in lines: LayoutListLines) -> String {
        var item = ListItemText()
        prepared.startItemAfterMarker(&item, in: lines)
        return item.text(in: lines)
    }

    /// A list label's inline text added trimmed on its bytes in place gives the line the trimmed string
    /// gave (`IdentityBlockParser.trimmingASCIIWhitespace`), and no line when nothing is left; the text
    /// read as a substring of a longer one, as a label's rest is.
    @Test(arguments: texts) func inlineTextTrimmedInPlace(_ text: String) {
        let whole = "Dasar Hukum:" + text + "!"
        let rest = whole.dropFirst("Dasar Hukum:".count).dropLast()
        var lines = LayoutListLines()
        lines.append(trimmingASCIIWhitespaceOf: rest)
        let trimmed = IdentityBlockParser.trimmingASCIIWhitespace(rest)
        #expect(lines.count == (trimmed.isEmpty ? 0 : 1))
        if !trimmed.isEmpty { #expect(Array(lines.text(at: 0).utf8) == Array(trimmed.utf8)) }
    }

    @Test(arguments: texts) func preparedLineAgreesWithCollapsingAndCounting(_ raw: String) {
        var lines = LayoutListLines()
        lines.append(raw)
        let prepared = LayoutListReader.PreparedLine(lines, at: 0)
        let collapsed = TextFolding.collapseWhitespace(raw)
        #expect(prepared.text(in: lines) == collapsed)
        #expect(Array(prepared.text(in: lines).utf8) == Array(collapsed.utf8))
        #expect(prepared.characterCount == collapsed.count)
        #expect(LayoutListReader.rawCharacterCount(lines, at: 0) == raw.count)
    }

    @Test(arguments: texts) func collapsedASCIICountOnlyForTextsCollapsingLeavesAsTheyAre(_ text: String) {
        let bytes = Array(text.utf8)
        let isPrintable = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        let expected = isPrintable && TextFolding.collapseWhitespace(text) == text ? bytes.count : nil
        #expect(Self.collapsedPrintableASCIICount(text) == expected)
    }

    /// The byte-by-byte reading `collapsedPrintableASCIICount(utf8:)` replaced, kept as the reference.
    static func referenceCollapsedPrintableASCIICount(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        var previousWasSpace = true
        for byte in bytes {
            guard byte &- 0x20 < 0x5F else { return nil }
            let isSpace = byte == 0x20
            if isSpace, previousWasSpace { return nil }
            previousWasSpace = isSpace
        }
        return !previousWasSpace || bytes.isEmpty ? bytes.count : nil
    }

    /// Texts of every length up to 40 with a space, two spaces, a tab, DEL, "~", "é" or a no-break space
    /// at each offset, around the eight-byte words the count reads, and long lines of list items.
    static let wordBoundaryTexts: [String] = {
        var texts: [String] = []
        for length in 0...40 {
            let base = String(repeating: "a", count: length)
            texts.append(base)
            for insert in [" ", "  ", "\t", "\u{7F}", "~", "é", "\u{00A0}", "\u{1F}"] {
                for offset in 0...length {
                    let cut = base.index(base.startIndex, offsetBy: offset)
                    texts.append(base[..<cut] + insert + base[cut...])
                }
            }
            for offset in 1..<max(length, 1) {
                var spaced = Array(base.utf8)
                spaced[offset] = 0x20
                if offset + 2 < spaced.count { spaced[offset + 2] = 0x20 }
                texts.append(String(decoding: spaced, as: UTF8.self))
                if offset + 1 < spaced.count { spaced[offset + 1] = 0x20 }
                texts.append(String(decoding: spaced, as: UTF8.self))
            }
        }
        let item = "1. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 "
        texts.append(String(repeating: item, count: 40) + "tentang SOP")
        texts.append(String(repeating: item, count: 40))
        texts.append(String(repeating: item, count: 20) + "Nomor  35" + String(repeating: item, count: 20))
        return texts
    }()

    @Test func collapsedASCIICountAgreesWithTheByteByByteReading() {
        for text in Self.texts + Self.wordBoundaryTexts {
            #expect(Self.collapsedPrintableASCIICount(text) == Self.referenceCollapsedPrintableASCIICount(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: texts) func dashOrBulletAgreesWithHasPrefix(_ text: String) {
        #expect(LayoutListReader.startsWithDashOrBullet(text) == (text.hasPrefix("-") || text.hasPrefix("\u{2022}")))
    }

    @Test func examples() {
        let counts: [(String, Int?)] = [
            ("", 0), ("a b", 3), ("a  b", nil), (" a", nil), ("a ", nil), ("é", nil), ("a\tb", nil), ("a\u{7F}", nil),
        ]
        for (text, expected) in counts {
            #expect(Self.collapsedPrintableASCIICount(text) == expected, "\(text.debugDescription)")
        }
        #expect(LayoutListReader.startsWithDashOrBullet("- Alat"))
        #expect(LayoutListReader.startsWithDashOrBullet("\u{2022} Alat"))
        #expect(!LayoutListReader.startsWithDashOrBullet("1. Alat"))
    }

    @Test func itemsJoinContinuationLinesAsBefore() {
        let lines = [
            "1. Undang-Undang Nomor 5 Tahun 2014 tentang", "Aparatur  Sipil Negara", "2. Peraturan Pemerintah",
            "- Printer", "  lanjutan  ", "non-", "organik",
        ]
        #expect(LayoutListReader.items(lines) == [
            "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "Peraturan Pemerintah",
            "Printer lanjutan non-organik",
        ])
    }
}

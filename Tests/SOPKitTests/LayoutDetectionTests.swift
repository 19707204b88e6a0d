@testable import SOPKit
import Testing

/// Layout detection decides early without changing its answer: `FormatDetector.isLayout` against the
/// plain rule read over every line's chunks, and its two byte-level shortcuts against what they stand for.
@Suite struct LayoutDetectionTests {
    /// The filled and spaced lines of `source` and whether one of them is the footer, read the slow way:
    /// every line cut into chunks, no early answer.
    static func referenceCounts(_ source: SourceText) -> (filled: Int, spaced: Int, footer: Bool) {
        var filled = 0
        var spaced = 0
        var footer = false
        for range in source.lineRanges {
            let chunks = source.bytes[range].withUnsafeBufferPointer { LayoutLine.chunks(utf8: $0) }
            guard let first = chunks.first else { continue }
            filled += 1
            if first.start >= 10 || zip(chunks, chunks.dropFirst()).contains(where: { $1.start - $0.end >= 4 }) {
                spaced += 1
            }
            if !footer { footer = LayoutLine.isFooter(first.text) }
        }
        return (filled, spaced, footer)
    }

    /// The rule `isLayout` implements, read the slow way.
    static func referenceIsLayout(_ source: SourceText) -> Bool {
        guard !source.bytes.contains(0x09) else { return false }
        let (filled, spaced, footer) = referenceCounts(source)
        return filled >= 5 && (spaced * 10 >= filled * 3 || footer && spaced * 10 >= filled)
    }

    /// What the spacing alone says of the rule, read the slow way: the verdict `spacingVerdict` gives early.
    static func referenceSpacingVerdict(_ source: SourceText) -> FormatDetector.SpacingVerdict {
        let (filled, spaced, _) = referenceCounts(source)
        guard filled >= 5, spaced * 10 >= filled else { return .notLayout }
        return spaced * 10 >= filled * 3 ? .layout : .dependsOnFooter
    }

    /// `FormatDetector.spacingVerdict` of `source`.
    static func spacingVerdict(_ source: SourceText) -> FormatDetector.SpacingVerdict {
        source.bytes.withUnsafeBufferPointer { FormatDetector.spacingVerdict(source, $0) }
    }

    static func source(_ text: String) -> SourceText {
        SourceText(file: "t", bytes: Array(text.utf8), encoding: .utf8)
    }

    /// Text lines built to sit on either side of the thresholds, with and without the footer.
    static let plain = "Petugas menerima dokumen"
    static let spacedLine = "No    Kegiatan"
    static let footerLine = "* Dokumen ini telah ditandatangani secara elektronik"
    static let crafted: [String] = [
        "", "\n\n\n", Array(repeating: plain, count: 10).joined(separator: "\n"),
        (Array(repeating: plain, count: 7) + Array(repeating: spacedLine, count: 3)).joined(separator: "\n"),
        (Array(repeating: plain, count: 8) + Array(repeating: spacedLine, count: 3)).joined(separator: "\n"),
        (Array(repeating: spacedLine, count: 3) + Array(repeating: plain, count: 8)).joined(separator: "\n"),
        (Array(repeating: plain, count: 17) + [spacedLine, spacedLine, footerLine]).joined(separator: "\n"),
        ([footerLine] + Array(repeating: plain, count: 17) + [spacedLine, spacedLine]).joined(separator: "\n"),
        (Array(repeating: plain, count: 18) + [spacedLine, "  pindai kode QR"]).joined(separator: "\n"),
        (Array(repeating: plain, count: 18) + [spacedLine, "  DOKU\u{1}MEN\u{A0}- ini ditandatangani"]).joined(separator: "\n"),
        (Array(repeating: plain, count: 20) + [spacedLine, spacedLine]).joined(separator: "\n"),
        (Array(repeating: "ab", count: 6) + Array(repeating: "          x", count: 3)).joined(separator: "\n"),
        (Array(repeating: "a", count: 6) + Array(repeating: " \u{1} x  y", count: 3)).joined(separator: "\n"),
        (Array(repeating: "é", count: 6) + Array(repeating: "a\u{A0}\u{A0}\u{A0}\u{A0}b", count: 3)).joined(separator: "\n"),
        Array(repeating: "\u{A0}", count: 10).joined(separator: "\n"),
        "a\nb\nc\nd\ne  \u{1}\u{1}  f\n",
        "a\tb\nc    d\ne    f\ng    h\ni    j\nk    l",
        (Array(repeating: plain, count: 5) + Array(repeating: spacedLine, count: 5) + [footerLine]).joined(separator: "\n"),
        (Array(repeating: plain, count: 17) + [spacedLine, spacedLine, "Dokumen ini diterima"]).joined(separator: "\n"),
        (Array(repeating: plain, count: 17) + [spacedLine, spacedLine, "  x    dokumen ini"]).joined(separator: "\n"),
        ([footerLine] + Array(repeating: plain, count: 6) + Array(repeating: spacedLine, count: 3)).joined(separator: "\n"),
        // Around the footer's 10%: just at it, just under it, and spaced lines only at the end.
        (Array(repeating: plain, count: 8) + [spacedLine, footerLine]).joined(separator: "\n"),
        (Array(repeating: plain, count: 9) + [spacedLine, footerLine]).joined(separator: "\n"),
        ([footerLine] + Array(repeating: plain, count: 9) + [spacedLine]).joined(separator: "\n"),
        ([footerLine] + Array(repeating: plain, count: 8) + [spacedLine]).joined(separator: "\n"),
        (Array(repeating: plain, count: 30) + Array(repeating: spacedLine, count: 4) + [footerLine]).joined(separator: "\n"),
        (Array(repeating: plain, count: 30) + Array(repeating: spacedLine, count: 3) + [footerLine]).joined(separator: "\n"),
        (Array(repeating: plain, count: 30) + Array(repeating: spacedLine, count: 4)).joined(separator: "\n"),
        (Array(repeating: plain, count: 20) + Array(repeating: spacedLine, count: 9)).joined(separator: "\n"),
        (Array(repeating: plain, count: 20) + Array(repeating: spacedLine, count: 8) + Array(repeating: "", count: 5))
            .joined(separator: "\n"),
        (Array(repeating: "", count: 40) + Array(repeating: plain, count: 4) + [spacedLine]).joined(separator: "\n"),
        (Array(repeating: "Pemeriksaan dokumen — NBSP\u{A0}dan ’kutip’ é", count: 12) + [spacedLine, footerLine])
            .joined(separator: "\n"),
    ]

    @Test func craftedTextsGetTheAnswerOfTheRule() {
        for text in Self.crafted {
            let source = Self.source(text)
            #expect(FormatDetector.isLayout(source) == Self.referenceIsLayout(source), "\(text.debugDescription)")
            #expect(Self.spacingVerdict(source) == Self.referenceSpacingVerdict(source), "\(text.debugDescription)")
        }
    }

    @Test func everyShareOfSpacedLinesGetsTheVerdictOfTheRule() {
        // Every count of spaced lines among 1 to 24 filled lines, the spaced lines first, last or spread,
        // with blank lines at the end or none.
        for filled in 1...24 {
            for spacedCount in 0...filled {
                for order in 0..<3 {
                    var lines = Array(repeating: Self.plain, count: filled - spacedCount)
                    switch order {
                    case 0: lines = Array(repeating: Self.spacedLine, count: spacedCount) + lines
                    case 1: lines += Array(repeating: Self.spacedLine, count: spacedCount)
                    default:
                        for index in 0..<spacedCount { lines.insert(Self.spacedLine, at: min(index * 2, lines.count)) }
                    }
                    for trailingBlanks in [0, 7] {
                        let source = Self.source((lines + Array(repeating: "", count: trailingBlanks)).joined(separator: "\n"))
                        #expect(Self.spacingVerdict(source) == Self.referenceSpacingVerdict(source))
                        #expect(FormatDetector.isLayout(source) == Self.referenceIsLayout(source))
                    }
                }
            }
        }
    }

    @Test func indentedLinesGetTheVerdictOfTheRule() {
        // Lines that `FormatDetector.isIndentedText` counts at once, or nearly: indented by ten spaces or
        // more or by nine, ending with text, a space, a control character or a byte outside ASCII.
        let indented = [
            "          x", "           Kegiatan  Waktu", String(repeating: " ", count: 40) + "SOP", "          é x", "         x",
            "          \u{1}", "          é", "          x ", "          \u{A0}x", "          \u{1}\u{1}y",
        ]
        for line in indented {
            for filled in [4, 9, 20] {
                for plainCount in [0, 3, 12, 40] {
                    let lines = Array(repeating: line, count: filled) + Array(repeating: Self.plain, count: plainCount)
                    for text in [lines.joined(separator: "\n"), lines.reversed().joined(separator: "\n")] {
                        let source = Self.source(text)
                        #expect(Self.spacingVerdict(source) == Self.referenceSpacingVerdict(source), "\(text.debugDescription)")
                        #expect(FormatDetector.isLayout(source) == Self.referenceIsLayout(source), "\(text.debugDescription)")
                    }
                }
            }
        }
    }

    @Test func textsNotUTF8GetTheAnswerOfTheRule() {
        let lines: [[UInt8]] = [[0xC2], [0xA0], [0xC2, 0x41], [0xFF, 0x20, 0x20, 0x20, 0x20, 0x41], [0x41, 0x20, 0xC2, 0x20, 0x20, 0x42]]
        for mix in 0..<32 {
            var bytes: [UInt8] = []
            for index in 0..<12 {
                bytes += lines[(index + mix) % lines.count] + (mix & 1 == 0 ? [] : Array("    x".utf8)) + [0x0A]
            }
            let source = SourceText(file: "t", bytes: bytes, encoding: .utf8)
            #expect(FormatDetector.isLayout(source) == Self.referenceIsLayout(source))
            #expect(Self.spacingVerdict(source) == Self.referenceSpacingVerdict(source))
        }
    }

    @Test(arguments: Fixtures.corpusInputs)
    func corpusFilesGetTheAnswerOfTheRule(path: String) {
        guard case .text(let source, _) = TextDecoder.decode(Fixtures.bytes(path), file: path) else { return }
        #expect(FormatDetector.isLayout(source) == Self.referenceIsLayout(source))
        #expect(Self.spacingVerdict(source) == Self.referenceSpacingVerdict(source))
    }

    @Test(arguments: [
        ("", false), ("a", false), ("  ", true), ("a b c", false), ("a  b", true), ("a \u{1}b", true), ("\u{A0}", true),
        ("é ü", false), ("Kepala\u{A0}Badan", true), ("          x", true), ("x\u{1}y", false),
    ])
    func spacedLinesHaveTwoBlankishBytesSideBySide(text: String, mayBeSpaced: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(FormatDetector.mayBeSpaced) == mayBeSpaced)
        let spacing = bytes.withUnsafeBufferPointer { FormatDetector.LineSpacing(of: $0, needsFooter: false) }
        if spacing?.isSpaced == true { #expect(mayBeSpaced) }
    }

    @Test(arguments: [
        ("", false), ("pindai", true), ("PIN\u{1}DAI", true), ("pinda", false), ("pin dai", false), ("dokumen ini", true),
        ("Dokumen-ini", true), ("dokumenini", true), ("Dokumen\u{A0}\u{A0}INI", true), ("dokumen inilah", true),
        ("dokumen tersebut", false), ("dokumen é ini", false), ("ditandatangani", false), ("dokumen", false),
        ("x dokumen  ini", true), ("doku men ini", false),
    ])
    func footerNeedsItsLettersInTheBytes(text: String, mayHold: Bool) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(FormatDetector.mayHoldFooter) == mayHold)
        if LayoutLine.isFooter(text) { #expect(mayHold) }
    }

    @Test func everyFooterTheRuleKnowsMayBeHeld() {
        for text in ["* Dokumen ini telah ditandatangani secara elektronik", "* Pindai kode QR", "dokumen ini ditandatangani",
                     "DOKUMEN, INI TELAH DITANDATANGANI"] {
            #expect(LayoutLine.isFooter(text))
            #expect(Array(text.utf8).withUnsafeBufferPointer(FormatDetector.mayHoldFooter))
        }
    }
}

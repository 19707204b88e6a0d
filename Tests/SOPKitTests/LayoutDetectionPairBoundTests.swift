import Testing

@testable import SOPKit

/// `FormatDetector.spacingVerdict` stops early on text with few pairs of blankish bytes (OCR text),
/// counting no more of the lines left as spaced than the text holds such pairs
/// (`FormatDetector.blankishPairs`). Its verdict must be the one of the pass without that bound (kept
/// below) and of the plain rule, on generated texts of many lines: mostly plain lines with a few spaced
/// ones, blank and white lines, no-break spaces, control characters, text outside ASCII and bytes that
/// are not UTF-8, with LF, CR and CRLF line ends.
@Suite struct LayoutDetectionPairBoundTests {
    /// The lines the generated texts are made of: plain, spaced in each way, blank, white, with
    /// no-break spaces or control characters, outside ASCII, not UTF-8, and the footer.
    static let lines: [[UInt8]] = [
        "Petugas menerima dokumen permohonan", "Memeriksa kelengkapan berkas", "a", "é", "x y",
        "No    Kegiatan", "          x", "a\u{A0}\u{A0}\u{A0}\u{A0}b", " \u{1} x  y", "Kepala\u{A0}Badan", "a  b",
        "", " ", "  ", "\u{A0}", "\u{1}", "\u{1}\u{1}", "   \u{C}   ", "Pemeriksaan — ’kutip’ é", "x\u{1}y",
        "* Dokumen ini telah ditandatangani secara elektronik", "Pindai kode QR",
    ].map { Array($0.utf8) } + [[0xC2], [0xA0], [0xFF, 0x20, 0x20, 0x20, 0x20, 0x41], [0x41, 0x20, 0xC2, 0x20, 0x20, 0x42]]

    /// The line ends the generated texts use.
    static let lineEnds: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0A]]

    /// Deterministic texts: many lines drawn from `lines`, the first few (plain ones) far more often
    /// than the rest, and in many texts a large share of empty lines, so that few pairs in many lines
    /// still leave the share of spaced lines among the filled ones on either side of 10% and 30%; the
    /// line ends drawn from `lineEnds`.
    static let generated: [[UInt8]] = {
        var generator = SplitMix(seed: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
        var texts: [[UInt8]] = []
        for index in 0..<20_000 {
            let lineCount = index % 4 == 0 ? next(400) : next(40)
            let rareShare = 1 + next(100)
            let emptyShare = next(2) == 0 ? 0 : 50 + next(49)
            var bytes: [UInt8] = []
            for _ in 0..<lineCount {
                if next(100) >= emptyShare {
                    bytes += next(100) < rareShare ? lines[next(lines.count)] : lines[next(3)]
                }
                bytes += next(10) == 0 ? lineEnds[next(lineEnds.count)] : [0x0A]
            }
            if next(2) == 0, !bytes.isEmpty { bytes.removeLast() }
            texts.append(bytes)
        }
        return texts
    }()

    /// `FormatDetector.spacingVerdict` as it read the lines before the pair bound: every line left
    /// counted as possibly spaced.
    static func spacingVerdictWithoutPairBound(_ source: SourceText, _ bytes: UnsafeBufferPointer<UInt8>)
        -> FormatDetector.SpacingVerdict
    {
        var filled = 0
        var spaced = 0
        for (offset, range) in source.lineRanges.enumerated() {
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            if line.count >= 2, !FormatDetector.mayBeSpaced(line) {
                filled += 1
            } else if let spacing = FormatDetector.LineSpacing(of: line, needsFooter: false) {
                filled += 1
                if spacing.isSpaced { spaced += 1 }
            }
            let left = source.lineCount - offset - 1
            if filled >= 5, spaced * 10 >= (filled + left) * 3 { return .layout }
            if filled + left < 5 || (spaced + left) * 10 < filled + left { return .notLayout }
        }
        guard filled >= 5, spaced * 10 >= filled else { return .notLayout }
        return spaced * 10 >= filled * 3 ? .layout : .dependsOnFooter
    }

    /// The pairs of adjacent bytes that are both blankish and no line end, counted one by one.
    static func pairsByBytes(_ bytes: [UInt8]) -> Int {
        zip(bytes, bytes.dropFirst()).filter { FormatDetector.isPairable($0) && FormatDetector.isPairable($1) }.count
    }

    @Test func generatedTextsGetTheVerdictOfThePassWithoutTheBound() {
        for bytes in Self.generated {
            let source = SourceText(file: "t", bytes: bytes, encoding: .utf8)
            let verdict = source.bytes.withUnsafeBufferPointer { FormatDetector.spacingVerdict(source, $0) }
            let unbounded = source.bytes.withUnsafeBufferPointer { Self.spacingVerdictWithoutPairBound(source, $0) }
            #expect(verdict == unbounded, "\(bytes)")
            #expect(verdict == LayoutDetectionTests.referenceSpacingVerdict(source), "\(bytes)")
            #expect(FormatDetector.isLayout(source) == LayoutDetectionTests.referenceIsLayout(source), "\(bytes)")
        }
    }

    @Test func pairsAreCountedAsOneByOneUpToTheLimit() {
        let inputs = Self.generated.prefix(3_000) + LayoutDetectionVectorTests.generated
            + [Array(repeating: 0x20, count: 1_000), Array(repeating: 0x0A, count: 1_000), [0xC2, 0xA0], [0x20, 0x0D, 0x20]]
        for bytes in inputs {
            let count = Self.pairsByBytes(bytes)
            for limit in [0, 1, count, count + 1, 1_000_000] {
                let counted = bytes.withUnsafeBufferPointer { FormatDetector.blankishPairs($0, below: limit) }
                #expect(counted == (count < limit ? count : nil), "\(bytes) \(limit)")
            }
        }
    }

    @Test func everyLineThatMayBeSpacedHoldsAPair() {
        for line in Self.lines {
            let mayBeSpaced = line.withUnsafeBufferPointer(FormatDetector.mayBeSpaced)
            #expect(mayBeSpaced == (Self.pairsByBytes(line) > 0), "\(line)")
        }
    }
}

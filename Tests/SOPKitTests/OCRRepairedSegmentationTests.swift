@testable import SOPKit
import Testing

/// The cut of an OCR part's lines after word repair (`OCRParser.parts(of:in:restKeptFacts:)`), which
/// reuses the cut of the lines as read and cuts again only the lines that opened the part, or all of
/// them when repair changed what segmentation reads of a later line: the same parts as
/// `OCRParser.segments` of the repaired lines, on every corpus input, on lines made at random and on
/// hand-made files where repair moves a cut.
@Suite struct OCRRepairedSegmentationTests {
    /// The lines of `texts`, numbered from 1.
    static func lines(_ texts: [String]) -> [OCRLine] {
        texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
    }

    /// Repairs the words of every segment of `lines` in turn, as `DocumentParser` has them parsed, and
    /// expects the reused cut of each to be the fresh cut of its repaired lines; returns how many
    /// segments kept the facts of their lines after the opening and how many did not.
    @discardableResult
    static func expectSameParts(_ lines: [OCRLine], _ label: String) -> (kept: Int, changed: Int) {
        var repaired = lines
        var counts = (kept: 0, changed: 0)
        for segment in OCRParser.segments(lines[...]) {
            let restKeptFacts = OCRParser.repairWords(&repaired, segment, file: "f.txt").restKeptFacts
            if restKeptFacts { counts.kept += 1 } else { counts.changed += 1 }
            let fresh = OCRParser.segments(repaired[segment.range])
            #expect(OCRParser.parts(of: segment, in: repaired[...], restKeptFacts: restKeptFacts) == fresh, "\(label) \(segment)")
        }
        return counts
    }

    @Test func everyCorpusInput() {
        var kept = 0
        var changed = 0
        for path in Fixtures.corpusInputs {
            let source = SourceText(file: "f.txt", bytes: Fixtures.bytes(path), encoding: .utf8)
            let counts = Self.expectSameParts(OCRLine.lines(of: source), path)
            kept += counts.kept
            changed += counts.changed
        }
        // The corpus has both: parts whose later lines kept their facts, and parts where repair
        // changed what segmentation reads of one.
        #expect(kept > 0)
        #expect(changed > 0)
    }

    /// Pieces of OCR lines: identity labels, rows with borders, section titles (one misread), a name
    /// that repair reads as a duration, agency lines, junk, non-ASCII text, blanks.
    static let pieces = [
        "Nomor SOP : 1", "Nama SOP : Pelayanan", "No. SOP 2", "Nama SOP 5 menit", "Tujvan", "HERI ADIWIJAYA, SE",
        "1. | Pencumpulan data | Kasubag | 1 iam |", "No | Aktivitas | Pelaksana | Waktu", "Latar Belakang",
        "PEMERINTAH KABUPATEN", "DINAS KESEHATAN", "- -", "", " ", "Café — ’kutip’\u{A0}NBSP", "BAGAN ALUR", "# Judul",
    ]

    @Test func randomLines() {
        var generator = SplitMix(seed: 32)
        var changed = 0
        for round in 0..<300 {
            let count = Int.random(in: 0...30, using: &generator)
            let texts = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }
            changed += Self.expectSameParts(Self.lines(texts), "round \(round): \(texts)").changed
        }
        #expect(changed > 0)
    }

    /// The cut of `texts` as read, the cut of the repaired lines with the first cut reused as it
    /// stands and afresh, whether the lines after the opening kept their facts, and the source lines
    /// (first, last) of the SOPs that `DocumentParser` reads from them.
    static func cuts(_ texts: [String]) -> (read: [Range<Int>], reused: [Range<Int>], fresh: [Range<Int>], kept: Bool, sops: [[Int]]) {
        let lines = Self.lines(texts)
        let segments = OCRParser.segments(lines[...])
        var repaired = lines
        let kept = OCRParser.repairWords(&repaired, segments[0], file: "f.txt").restKeptFacts
        let parsed = DocumentParser.parse(SourceText(file: "f.txt", bytes: Array(texts.joined(separator: "\n").utf8), encoding: .utf8))
        return (
            segments.map(\.range), OCRParser.parts(of: segments[0], in: repaired[...], restKeptFacts: true).map(\.range),
            OCRParser.parts(of: segments[0], in: repaired[...], restKeptFacts: false).map(\.range), kept,
            parsed.sops.map { [$0.source.startLine, $0.source.endLine] })
    }

    /// A misread section title after the opening: "Tujvan" is none, so the first cut finds no content
    /// before the second identity; repaired to "Tujuan" it marks content, and the part is cut in two
    /// at the second identity. Reusing the first cut as it stands would leave one part.
    @Test func repairedSectionTitleCutsAPartInTwo() {
        let cut = Self.cuts(["Nomor SOP : 1", "Nama SOP : A", "Tujvan", "Nomor SOP : 2", "Nama SOP : B"])
        #expect(cut.read == [0..<5])
        #expect(!cut.kept)
        #expect(cut.reused == [0..<5])
        #expect(cut.fresh == [0..<3, 3..<5])
        #expect(cut.sops == [[1, 3], [4, 5]])
    }

    /// A name read as a duration once repaired ("HERI" → "HARI", a day, as in a corpus file): the
    /// repaired line marks content, and the next identity cuts a part of its own, which takes in the
    /// lines walked over above it (the blank line and the repaired name).
    @Test func nameRepairedToADurationCutsAPartInTwo() {
        let cut = Self.cuts(["Nomor SOP : 1", "Nama SOP : A", "Disahkan oleh", "HERI ADIWIJAYA, SE", "", "Nomor SOP : 2", "Nama SOP : B"])
        #expect(cut.read == [0..<7])
        #expect(!cut.kept)
        #expect(cut.reused == [0..<7])
        #expect(cut.fresh == [0..<3, 3..<7])
        #expect(cut.sops == [[1, 3], [4, 7]])
    }

    /// A line repaired after the opening without a change of facts ("Pencumpulan" → "Pengumpulan"
    /// in a row that marked content already): the first cut is reused.
    @Test func repairKeepingFactsReusesTheCut() {
        let cut = Self.cuts(["Nomor SOP : 1", "Nama SOP : A", "1. | Pencumpulan data | 1 jam |", "Nomor SOP : 2", "Nama SOP : B"])
        #expect(cut.read == [0..<3, 3..<5])
        #expect(cut.kept)
        #expect(cut.reused == [0..<3])
        #expect(cut.fresh == [0..<3])
        #expect(cut.sops == [[1, 3], [4, 5]])
    }

    /// The identity start that opened a part marks content itself ("5 menit"): cut again from the
    /// part's first line, the agency line above it becomes a part of its own (no SOP), as a fresh cut
    /// of the part makes it; the lines after the opening are not looked at again.
    @Test func openingLinesAreCutAgain() {
        let texts = ["Nomor SOP : 1", "1. | Memberi | 10 | menit |", "PEMERINTAH KABUPATEN", "Nama SOP 5 menit", "Latar Belakang"]
        let lines = Self.lines(texts)
        let segments = OCRParser.segments(lines[...])
        #expect(segments == [
            OCRParser.Segment(range: 0..<2, openingEnd: 0), OCRParser.Segment(range: 2..<5, openingEnd: 4),
        ])
        #expect(OCRParser.parts(of: segments[1], in: lines[...], restKeptFacts: true) == [
            OCRParser.Segment(range: 2..<3, openingEnd: 2), OCRParser.Segment(range: 3..<5, openingEnd: 4),
        ])
        #expect(OCRParser.parts(of: segments[1], in: lines[...], restKeptFacts: true) == OCRParser.segments(lines[2..<5]))
    }

    /// Opening lines that run past the part (an agency line taken as above a later identity start,
    /// walked over down to the opening start) are not reused: the part is cut afresh.
    @Test func openingPastThePartIsCutAfresh() {
        let texts = ["Nomor SOP : 1", "Tujuan", "Nama SOP : A", "Tujuan", "Nomor SOP : 2"]
        let lines = Self.lines(texts)
        let past = OCRParser.Segment(range: 2..<4, openingEnd: 5)
        #expect(OCRParser.parts(of: past, in: lines[...], restKeptFacts: true) == OCRParser.segments(lines[2..<4]))
        #expect(OCRParser.segments(lines[2..<4]).map(\.range) == [2..<4])
    }
}

@testable import SOPKit
import Testing

/// `OCRParser.parse(_:_:file:)` repairs the words of a part of a file's lines in place, in the
/// file's lines: it reads the same SOPs and diagnostics as the parse of a copy of that part alone (the
/// way it read them before, its lines cut afresh), on every corpus input's OCR segments and on lines made
/// at random. And word repair can change what segmentation reads of a line, which is why the repaired
/// lines are cut again (`OCRRepairedSegmentationTests`).
@Suite struct OCRParseInPlaceTests {
    /// The parse of every segment of `lines` in place, in the file's lines, with its first cut handed
    /// on, and of a copy of it alone, cut afresh (its opening lines running to its end).
    static func expectSameParse(_ lines: [OCRLine], _ label: String) {
        var inPlace = lines
        for segment in OCRParser.segments(lines[...]) {
            var copy = Array(lines[segment.range])
            let alone = OCRParser.parse(&copy, OCRParser.Segment(range: copy.indices, openingEnd: copy.endIndex), file: "f.txt")
            let placed = OCRParser.parse(&inPlace, segment, file: "f.txt")
            #expect(placed.sops == alone.sops, "\(label) \(segment)")
            #expect(placed.diagnostics == alone.diagnostics, "\(label) \(segment)")
            #expect(inPlace[segment.range].map(\.text) == copy.map(\.text), "\(label) \(segment)")
        }
        #expect(inPlace.count == lines.count)
    }

    /// The OCR lines of `text`, as `DocumentParser` reads them.
    static func lines(_ text: String) -> [OCRLine] {
        OCRLine.lines(of: SourceText(file: "f.txt", bytes: Array(text.utf8), encoding: .utf8))
    }

    @Test func everyCorpusInput() {
        for path in Fixtures.corpusInputs {
            let source = SourceText(file: "f.txt", bytes: Fixtures.bytes(path), encoding: .utf8)
            Self.expectSameParse(OCRLine.lines(of: source), path)
        }
    }

    /// Pieces of OCR lines: identity labels, table rows with borders and misread words, section
    /// titles, durations, agency lines, junk, non-ASCII text (é, —, ’, NBSP), tabs and blanks.
    static let pieces = [
        "Nomor SOP : 1", "Nama SOP : Pelayanan", "No. SOP 2", "Judul SOP Pengarsipan", "STANDAR OPERASIONAL PROSEDUR",
        "BAGAN ALUR", "No | Aktivitas | Pelaksana | Waktu", "1. | Pencumpulan data | Kasubag | 1 iam |",
        "2. | Menerima 1Sposist | Staf | 10 menit |", "3 | Ihdikator LA(KIP | 2 hari", "Latar Belakang", "Prosedur",
        "Tujuan", "PEMERINTAH KABUPATEN", "DINAS KESEHATAN", "- -", "", " ", "\t", "Café — ’kutip’\u{A0}NBSP",
        "P.enyu_sunan laporan", "# Judul", String(repeating: "Penyusunan laporan ", count: 200),
    ]

    @Test func randomLines() {
        var generator = SplitMix(seed: 17)
        for round in 0..<200 {
            let count = Int.random(in: 0...40, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(separator: "\n")
            Self.expectSameParse(Self.lines(text), "round \(round): \(text)")
        }
    }

    /// Word repair turns some corpus lines into lines that mark content or start an identity (or
    /// back): segmentation of the repaired lines can cut other SOPs than that of the lines as read.
    @Test func repairCanChangeWhatSegmentationReads() {
        let changed = OCRFrontBytesTests.corpusLines.filter { text in
            let line = OCRLine(number: 1, text: text)
            let repaired = OCRLine(number: 1, tokens: OCRRepair.repairTokens(Array(line.tokens)).tokens)
            return OCRParser.marksContent(line) != OCRParser.marksContent(repaired)
                || OCRParser.startsIdentity(line) != OCRParser.startsIdentity(repaired)
        }
        #expect(!changed.isEmpty)
    }
}

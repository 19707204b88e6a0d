@testable import SOPKit
import Testing

/// `OCRParser.segments`, which looks lines up for content only at the lines starting an identity,
/// cuts the same SOPs as the line-by-line definition it replaced, on hand-made files and on every
/// corpus input and every part of it.
@Suite struct OCRSegmentationTests {
    /// The reference: each line in turn is looked at for content until one marks it; an identity
    /// start after content cuts a new SOP, with the blank, junk and agency lines above it.
    static func segmentsLineByLine(_ lines: [OCRLine]) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = 0
        var sawContent = false
        for (index, line) in lines.enumerated() {
            if !sawContent, OCRParser.marksContent(line) { sawContent = true }
            guard sawContent, OCRParser.startsIdentity(line) else { continue }
            var boundary = index
            while boundary - 1 > start,
                lines[boundary - 1].isBlank || lines[boundary - 1].isJunk
                    || OCRIdentityParser.agencyFragment(lines[boundary - 1].text, after: nil) != nil
            {
                boundary -= 1
            }
            segments.append(start..<boundary)
            start = boundary
            sawContent = false
        }
        segments.append(start..<lines.count)
        return segments
    }

    /// Files as lines: identity labels with and without content before them, content on the label's
    /// own line, agency, blank and junk lines above a label, labels on the first and last lines.
    static let files: [[String]] = [
        [],
        [""],
        ["Nomor SOP : 1"],
        ["No. SOP 1", "Nama SOP : A", "1. | Memberi | 10 | menit |", "Nomor SOP : 2", "Nama SOP : B"],
        ["Nomor SOP : 1", "Nama SOP : A", "Nomor SOP : 2", "Nama SOP : B", "Latar Belakang", "Nama SOP : C"],
        ["Nama SOP 5 menit", "Nomor SOP : 2", "Judul SOP x", "Nomer SOP 3 hari"],
        ["STANDAR OPERASIONAL PROSEDUR", "", "PEMERINTAH KABUPATEN", "DINAS KESEHATAN", "", "Nomor SOP : 2"],
        ["BAGAN ALUR", "- -", "", "Nomor SOP : 2", "Tujuan", "", "Nama SOP : 3"],
        ["No | Aktivitas | Waktu", "Nomor SOP : 1", "1. | Memberi", "", "Nama SOP : 2", "# Judul", "nomor sop 3"],
        ["Maksud dan Tujuan", "Nomor SOP", "Maksud dan Tujuan", "Nomor SOP", "x", "Nomor SOP", "Nomor SOP"],
        ["Nomor SOP : 1", "2 jam", "Nama SOP : Ä", "Prosedür", "Nomor SÖP", "1,5 hari", "nomor  sop\t4"],
    ]

    @Test(arguments: files)
    func handMadeFile(_ texts: [String]) {
        let lines = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        #expect(OCRParser.segments(lines[...]).map(\.range) == Self.segmentsLineByLine(lines), "\(texts)")
    }

    @Test func everyCorpusInputAndPart() {
        for path in Fixtures.corpusInputs {
            let texts = String(decoding: Fixtures.bytes(path), as: UTF8.self)
                .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            let lines = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: String($0.element)) }
            let segments = OCRParser.segments(lines[...]).map(\.range)
            #expect(segments == Self.segmentsLineByLine(lines), "\(path)")
            for segment in segments {
                // A part is cut in place, its ranges indices of the whole file's lines.
                let shifted = Self.segmentsLineByLine(Array(lines[segment])).map { part in
                    (part.lowerBound + segment.lowerBound)..<(part.upperBound + segment.lowerBound)
                }
                #expect(OCRParser.segments(lines[segment]).map(\.range) == shifted, "\(path) \(segment)")
            }
        }
    }
}

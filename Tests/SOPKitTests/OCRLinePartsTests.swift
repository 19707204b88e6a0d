@testable import SOPKit
import Testing

/// `OCRLine` is a value of its number and shared `Parts`: every empty line of a file holds the one
/// `Parts.empty`, a line whose bytes an earlier line of its file has holds the parts of the first such
/// line, and every other line parts of its own. Edge cases: empty lines in runs and at both ends, lines
/// of only spaces or tabs, bytes beyond ASCII (é, —, ’, NBSP), a very long line repeated, line ends of
/// two kinds.
@Suite struct OCRLinePartsTests {
    static let texts = [
        "", "Kepala Dinas", "", "", "Kepala Dinas", " \t ", "é — ’\u{00A0}x", " \t ", "é — ’\u{00A0}x",
        String(repeating: "Pertanggungjawaban é ", count: 400), "Kepala Dinas",
        String(repeating: "Pertanggungjawaban é ", count: 400), "", "Kepala Dinas",
    ]

    @Test(arguments: ["\n", "\r\n"]) func linesShareThePartsOfTheFirstLineOfTheirBytes(_ lineEnd: String) throws {
        let source = SourceText(file: "f.txt", bytes: Array(Self.texts.joined(separator: lineEnd).utf8), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        try #require(lines.count == Self.texts.count)
        for (index, text) in Self.texts.enumerated() {
            #expect(lines[index].number == index + 1)
            let first = Self.texts.firstIndex(of: text)!
            #expect(lines[index].parts === (text.isEmpty ? OCRLine.Parts.empty : lines[first].parts), "\(index)")
        }
        #expect(Set(lines.map { ObjectIdentifier($0.parts) }).count == Set(Self.texts).count)
    }

    @Test func anEmptyLineOfItsOwnTextHoldsWhatTheSharedEmptyPartsHold() {
        let alone = OCRLine(number: 3, text: "")
        let empty = OCRLine.Parts.empty
        #expect(alone.text == empty.text && alone.key == empty.key && alone.tokens == empty.tokens)
        #expect(alone.rowStart == nil && empty.rowStart == nil)
        #expect(alone.hasPipe == empty.hasPipe && alone.namesActivityColumn == empty.namesActivityColumn)
    }

    @Test func aLineSharingPartsKeepsItsOwnNumber() {
        let read = OCRLine(number: 7, text: "Pencumpulan dokumen")
        let shared = OCRLine(number: 12, sharingPartsOf: read)
        #expect(shared.parts === read.parts && shared.number == 12 && read.number == 7)
        #expect(shared.text == read.text && shared.tokens == read.tokens && shared.key == read.key)
    }
}

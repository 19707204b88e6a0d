@testable import SOPKit
import Testing

/// The lines of a file, whose empty lines `OCRLine.lines(of:)` makes without a string or a scan, agree
/// with each line read on its own from its text (`OCRLine(number:text:)`): empty lines after every
/// kind of line end, at the start and end of the file and in runs, next to lines of only spaces or
/// tabs (not empty, so read), non-ASCII lines and a very long line.
@Suite struct OCRLineEmptyLinesTests {
    static let files = [
        "", "\n", "\n\n\n", "\r\n\r\n", "\r\r", "\n\r\n\r", "a\n\nb", "\nx", "x\n", "x\r\n\r\ny\r\r",
        " \n\t\n\n  \t \n", "1. | Memberi | 10 | menit |\n\n2. Dokumen\n", "Uraian Kegiatan\n\nAktivitas\n\n",
        "é — ’\u{00A0}x\n\nNIP. 1978\n", "\n" + String(repeating: "Pertanggungjawaban é ", count: 400) + "\n\n",
    ]

    @Test(arguments: files) func emptyLinesAgreeWithLinesReadOnTheirOwn(_ text: String) {
        OCRRepeatedLinesTests.expectAgreesWithLinesReadOnTheirOwn(text)
    }

    @Test func anEmptyLineHoldsNothing() {
        let lines = OCRLine.lines(of: SourceText(file: "f.txt", bytes: Array("a\n\nb".utf8), encoding: .utf8))
        #expect(lines.map(\.number) == [1, 2, 3])
        #expect(lines[1].text.isEmpty && lines[1].key.isEmpty && lines[1].tokens.isEmpty && lines[1].isBlank)
        #expect(lines[1].rowStart == nil && !lines[1].hasPipe && !lines[1].namesActivityColumn)
    }
}

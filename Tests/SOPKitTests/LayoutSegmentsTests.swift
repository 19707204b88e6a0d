@testable import SOPKit
import Testing

/// `LayoutParser.segments`: a page starts a new SOP when its "Nomor SOP" label's value differs from the
/// SOP before's, or is empty. The value is the label's rest, or, when the label's chunk ends with it,
/// the first chunk after it that is not a lone ":"; colons, case and punctuation do not tell two
/// numbers apart (their keys are compared), while the case of a letter outside ASCII does.
@Suite struct LayoutSegmentsTests {
    /// One line on each page, cut into chunks as a layout file's line is.
    static func pages(_ texts: [String]) -> [LayoutLine] {
        texts.enumerated().map { page, text in
            LayoutLine(number: page + 1, page: page, chunks: LayoutLine.chunks(of: Substring(text)))
        }
    }

    static let cases: [(pages: [String], segments: [Range<Int>])] = [
        // The value after a lone colon, repeated on the next page: one SOP; another number: a second.
        (["Nomor SOP    :   800/12/2020", "Nomor SOP    :   800/12/2020", "Nomor SOP    :   900/1"], [0..<2, 2..<3]),
        // Two lone colons before the value; the next page gives it as the label's rest.
        (["Nomor SOP    :    :   800/12", "Nomor SOP : 800/12"], [0..<2]),
        // No value after the colon, nor on the next page: each page starts an SOP.
        (["Nomor SOP    :", "Nomor SOP"], [0..<1, 1..<2]),
        // A value outside ASCII, the same key with its ASCII letters in another case; letters outside
        // ASCII keep their case in the key.
        (["No. SOP    :   Nº 5/É-Ü", "NO SOP   :   nº 5/É-Ü", "Nomor SOP   :   nº 5/é-Ü"], [0..<2, 2..<3]),
        // A page without a label continues the SOP before it.
        (["Nomor SOP    :   1/2", "1.   Menerima berkas    Petugas", "Nomor SOP    :   1/2"], [0..<3]),
        // A chunk that is a colon followed by text is not a lone colon: it is the value (key "7").
        (["Nomor SOP    :   : 7", "Nomor SOP    :   7"], [0..<2]),
    ]

    @Test(arguments: cases.indices) func pagesSplitAtNewNumbers(_ index: Int) {
        let (texts, expected) = Self.cases[index]
        #expect(LayoutParser.segments(Self.pages(texts)) == expected)
    }
}

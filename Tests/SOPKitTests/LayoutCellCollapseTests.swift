@testable import SOPKit
import Testing

/// The procedure table's cell texts and step locations in layout text: the word-at-a-time collapse
/// check against `TextFolding.isCollapsed`, and a row's step locations against the dictionary filled
/// key by key.
@Suite struct LayoutCellCollapseTests {
    /// Texts around the eight-byte words the check reads at once: spaces and white space at every
    /// offset, no-break and other Unicode spaces, text outside ASCII, DEL, tabs and long texts.
    static let texts: [String] = {
        var texts = [
            "", " ", "a", "a ", " a", "a  b", "a b", "abcdefgh", "abcdefgh ", " abcdefgh", "abcdefg h", "abcdefgh  ijk",
            "abcdefghijklmnop", "abcdefghijklmno ", "Data\u{A0}dukung", "Surat masuk — arsip", "Kepala’s berkas",
            "ideographic\u{3000}space", "tab\there", "line\nbreak", "carriage\rreturn", "del\u{7F}byte end", "é", "café crème",
            "!!!!!!!!~~~~~~~~", "\u{21}\u{20}\u{21}\u{20}\u{21}\u{20}\u{21}\u{20}", "12345678 90", "\u{1}\u{2}abcdefgh",
            "Berkas lengkap dan benar sesuai dengan persyaratan yang telah ditetapkan",
            String(repeating: "Pengadministrasian ", count: 40), String(repeating: "kata ", count: 100) + "akhir",
        ]
        // Every placement of one space, two spaces, a tab, a no-break space and an em dash in 20 letters.
        let letters = Array("abcdefghijklmnopqrst")
        for insert in [" ", "  ", "\t", "\u{A0}", "—", "\u{7F}"] {
            for offset in 0...letters.count {
                texts.append(String(letters[..<offset]) + insert + String(letters[offset...]))
            }
        }
        return texts
    }()

    @Test(arguments: texts) func wordwiseCheckMatchesTheByteCheck(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(TextFolding.isCollapsedReadingWords(buffer) == TextFolding.isCollapsed(buffer), "\(text.debugDescription)")
        }
        #expect(LayoutText.collapsedText(of: bytes) == TextFolding.collapseWhitespace(text), "\(text.debugDescription)")
    }

    @Test func locationsMatchTheDictionaryFilledKeyByKey() {
        let fields: [StepField] = [.activity, .requirements, .duration, .output, .notes]
        let number = SourceLocation(line: 7, column: 2)
        for mask in 0..<(1 << fields.count) {
            let starts = fields.indices.map { mask & (1 << $0) != 0 ? SourceLocation(line: 10 + $0, column: 3 + $0) : nil }
            var expected = [StepField.number: number]
            for (position, field) in fields.enumerated() {
                if let start = starts[position] { expected[field] = start }
            }
            let locations = LayoutTableParser.locations(number: number, starts: starts)
            for field in StepField.allCases { #expect(locations[field] == expected[field], "mask \(mask), \(field)") }
        }
    }
}

@testable import SOPKit
import Testing

/// The procedure table's cell texts and step locations in layout text: the word-at-a-time collapse
/// check against `TextFolding.isCollapsed`, the chunks a line is cut into and their joined text as
/// collapsed as `TextFolding.collapseWhitespace` makes them (a cell's text is not collapsed again), and a
/// row's step locations against the dictionary filled key by key.
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
        Self.expectCollapsedChunks(ofLine: text)
    }

    /// Pieces of lines: words, single and double spaces, tabs, no-break and ideographic spaces, control
    /// characters, line ends, DEL, text outside ASCII and a combining mark.
    static let linePieces = [
        "Surat", "masuk", "é", "—", " ", "  ", "\t", "\u{A0}", "\u{3000}", "\u{1}", "\u{C}", "\r", "\n", "\u{7F}", "-", "/",
        "\u{301}", "kata",
    ]

    @Test func randomLinesAreCutIntoCollapsedChunks() {
        var generator = SplitMix(seed: 29)
        for count in 0..<4_000 {
            var line = ""
            for _ in 0..<(count % 12 + 1) { line += Self.linePieces[Int(generator.next() % UInt64(Self.linePieces.count))] }
            Self.expectCollapsedChunks(ofLine: line)
        }
    }

    /// Expects each chunk `LayoutLine.chunks(utf8:)` cuts `line` into, and the text joined from them as
    /// `LayoutText.append(utf8:toBytes:)` joins a cell's pieces, to be its own `collapseWhitespace`.
    static func expectCollapsedChunks(ofLine line: String) {
        var joined: [UInt8] = []
        for chunk in Array(line.utf8).withUnsafeBufferPointer(LayoutLine.chunks(utf8:)) {
            #expect(TextFolding.collapseWhitespace(chunk.text) == chunk.text, "\(line.debugDescription)")
            chunk.withUTF8 { LayoutText.append(utf8: $0, toBytes: &joined) }
        }
        let text = String(decoding: joined, as: UTF8.self)
        #expect(TextFolding.collapseWhitespace(text) == text, "\(line.debugDescription)")
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

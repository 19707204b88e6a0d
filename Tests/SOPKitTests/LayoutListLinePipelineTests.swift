@testable import SOPKit
import Testing

/// The identity lists of layout text read from the chunks' bytes (`LayoutListLines`,
/// `LayoutIdentityParser.appendSubColumnLines`, `LayoutListReader.items` over the lines' bytes) give
/// the lines and items the string pipeline they replaced gave: a string per piece, joined into a string
/// per line, each line prepared and cut as a string. The old pipeline is kept here as the reference,
/// and both read empty lists, blank and white-space lines, tabs, no-break spaces, characters outside
/// ASCII, combining marks, comma and bare number markers, bullets and very long lines.
@Suite struct LayoutListLinePipelineTests {
    // MARK: The string pipeline, as it was

    /// The old marker test of a piece: `ListSplitter.startsWithMarker` or a comma marker.
    static func referenceStartsWithMarker(_ text: String) -> Bool {
        ListSplitter.startsWithMarker(text) || LayoutListReader.commaMarker(text) != nil
    }

    /// The old `subColumnLines`: each piece's text built, lines joined as strings.
    static func referenceSubColumnLines(_ side: [(line: Int, chunk: LayoutChunk)]) -> [String] {
        let pieceTexts = side.map(\.chunk.text)
        var columnStarts: [Int] = []
        for ((_, chunk), text) in zip(side, pieceTexts) where referenceStartsWithMarker(text) {
            if !columnStarts.contains(where: { abs($0 - chunk.start) <= 8 }) { columnStarts.append(chunk.start) }
        }
        columnStarts.sort()
        let minimumStart = side.lazy.map(\.chunk.start).min() ?? 0
        if columnStarts.count > 1 { columnStarts[0] = min(columnStarts[0], minimumStart) }
        var texts: [String] = []
        for (column, columnStart) in (columnStarts.isEmpty ? [minimumStart] : columnStarts).enumerated() {
            let next = column + 1 < columnStarts.count ? columnStarts[column + 1] - 8 : Int.max
            var currentLine: Int?
            for ((line, chunk), text) in zip(side, pieceTexts)
            where chunk.start >= (column == 0 ? Int.min : columnStart - 8) && chunk.start < next {
                if currentLine == line {
                    texts[texts.count - 1].append(" ")
                    texts[texts.count - 1].append(text)
                } else {
                    texts.append(text)
                    currentLine = line
                }
            }
        }
        return texts
    }

    /// The old `items`: each line collapsed into a string, its marker read and removed on the string.
    static func referenceItems(_ lines: [String]) -> [String] {
        let prepared = lines.map { raw in (text: TextFolding.collapseWhitespace(raw), raw: raw) }
        let widest = prepared.lazy.map(\.raw.count).max() ?? 0
        var items: [String] = []
        var lastIsCollapsed = false
        var numbered = false
        var previousLength = 0
        for entry in prepared {
            let line = entry.text
            guard !line.isEmpty else { continue }
            defer { previousLength = line.count }
            if ListSplitter.startsWithMarker(line) {
                numbered = numbered || !(line.hasPrefix("-") || line.hasPrefix("\u{2022}"))
                items.append(ListSplitter.removingMarker(line))
                lastIsCollapsed = false
            } else if let rest = LayoutListReader.commaMarker(line)
                ?? (numbered ? LayoutListReader.bareNumberMarker(line) : nil)
            {
                numbered = true
                items.append(TextFolding.trim(rest))
                lastIsCollapsed = false
            } else if !items.isEmpty,
                numbered || referenceContinues(items[items.count - 1], with: line, longPrevious: previousLength * 5 >= widest * 4)
            {
                LayoutText.append(line, to: &items[items.count - 1])
                if !lastIsCollapsed {
                    items[items.count - 1] = TextFolding.collapseWhitespace(items[items.count - 1])
                    lastIsCollapsed = true
                }
            } else {
                items.append(line)
                lastIsCollapsed = true
            }
        }
        items.removeAll(where: IdentityBlockParser.isPlaceholder)
        return items
    }

    /// The old continuation rule of `items`.
    static func referenceContinues(_ previous: String, with next: String, longPrevious: Bool) -> Bool {
        guard let first = next.first else { return false }
        if first.isLowercase || first.isNumber || first == "(" { return true }
        if let last = previous.last, last == "," || last == "-" || last == "(" { return true }
        if let last = previous.last, last == "." || last == ";" { return false }
        let joiningWords: Set<String> = [
            "dan", "atau", "tentang", "nomor", "tahun", "dengan", "serta", "yang", "di", "ke", "dari", "pada", "untuk",
            "dalam", "atas",
        ]
        if joiningWords.contains(TextFolding.lastWord(of: previous).lowercased()) { return true }
        return longPrevious
    }

    // MARK: Inputs

    /// List lines: markers of every kind, continuations, white space, characters outside ASCII.
    static let lines: [String] = [
        "", " ", "   ", "\t", "1. Undang-Undang Nomor 5 Tahun 2014 tentang", "Aparatur Sipil Negara",
        "2. Peraturan Pemerintah", "- Printer", "  lanjutan  ", "non-", "organik", "a. Alat Tulis", "b) Kertas",
        "1, Undang-Undang", "12, Peraturan", "123, Bukan", "8 Aplikasi", "8 aplikasi", "8 Émile", "1,\u{301} x",
        "1, e\u{301}", "1, é", "1. Émile dan Zoë", "Émile", "é. x", "\u{2022} Printer", "\u{2022}", "\u{2013} Alat",
        "* Alat", "(a) huruf", "dan", "Keputusan Menteri;", "Surat Edaran,", "Peraturan\u{00A0}Menteri",
        "tab\there", "dua  spasi", "-", "1.", "12.", "1)", "x\r\ny", "Pengadmini", "strasi", "Kepegawaia", "n",
        "-", "Tidak ada", "-", String(repeating: "1. panjang sekali ", count: 30) + "akhir",
        String(repeating: "é", count: 40), "9. Terakhir.",
    ]

    /// `LayoutListLines` holding `texts`, one line each.
    static func listLines(_ texts: [String]) -> LayoutListLines {
        var lines = LayoutListLines()
        for text in texts { lines.append(text) }
        return lines
    }

    /// A deterministic generator, so that the random lists are the same on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    // MARK: Tests

    @Test(arguments: lines) func markerOnBytesAgreesWithTheStrings(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(LayoutListReader.startsWithMarker(utf8:)) == Self.referenceStartsWithMarker(text))
        #expect(bytes.withUnsafeBufferPointer(ListSplitter.startsWithMarker(utf8:)) == ListSplitter.startsWithMarker(text))
    }

    @Test(arguments: lines) func preparedLineAnswersAsItsCollapsedString(_ raw: String) {
        let lines = Self.listLines([raw])
        let prepared = LayoutListReader.PreparedLine(lines, at: 0)
        let text = TextFolding.collapseWhitespace(raw)
        #expect(prepared.text(in: lines) == text)
        #expect(prepared.characterCount == text.count)
        guard !text.isEmpty, ListSplitter.startsWithMarker(text) else { return }
        #expect(prepared.startsWithMarker(in: lines))
        #expect(prepared.startsWithDashOrBullet(in: lines) == (text.hasPrefix("-") || text.hasPrefix("\u{2022}")))
        #expect(LayoutListLineTests.itemAfterMarker(prepared, in: lines) == ListSplitter.removingMarker(text))
    }

    @Test func itemsAgreeWithTheStringPipeline() {
        #expect(LayoutListReader.items(Self.listLines([])) == [])
        #expect(LayoutListReader.items(Self.listLines(Self.lines)) == Self.referenceItems(Self.lines))
        for line in Self.lines {
            #expect(LayoutListReader.items(Self.listLines([line])) == Self.referenceItems([line]), "\(line.debugDescription)")
        }
        var generator = SeededGenerator(state: 18)
        for _ in 0..<400 {
            let texts = (0..<Int.random(in: 1...8, using: &generator)).map { _ in Self.lines.randomElement(using: &generator)! }
            #expect(LayoutListReader.items(Self.listLines(texts)) == Self.referenceItems(texts), "\(texts)")
            #expect(LayoutListReader.items(texts) == Self.referenceItems(texts), "\(texts)")
        }
    }

    @Test func subColumnLinesAgreeWithTheStringPipeline() {
        // Pieces in one column, in two columns of markers, and in columns a few characters apart.
        var generator = SeededGenerator(state: 7)
        let starts = [0, 2, 5, 8, 9, 17, 30, 38, 40, 60]
        #expect(Self.appended([]) == Self.referenceSubColumnLines([]))
        for _ in 0..<400 {
            var side: [(line: Int, chunk: LayoutChunk)] = []
            var line = 1
            for _ in 0..<Int.random(in: 1...10, using: &generator) {
                let text = Self.lines.filter { !$0.isEmpty && $0 == TextFolding.trim($0) }.randomElement(using: &generator)!
                let start = starts.randomElement(using: &generator)!
                side.append((line, LayoutChunk(text: text, start: start, end: start + text.unicodeScalars.count)))
                if Bool.random(using: &generator) { line += Int.random(in: 1...2, using: &generator) }
            }
            #expect(Self.appended(side) == Self.referenceSubColumnLines(side), "\(side.map(\.chunk.text))")
        }
    }

    @Test func inlineTextComesFirst() {
        var lines = LayoutListLines()
        lines.append("Peralatan kantor")
        let side = [LayoutIdentityParser.ListPiece(line: 4, chunk: LayoutChunk(text: "1. Printer", start: 40, end: 50))]
        var columnStarts: [Int] = []
        LayoutIdentityParser.appendSubColumnLines(side, to: &lines, columnStarts: &columnStarts)
        #expect(lines.indices.map { lines.text(at: $0) } == ["Peralatan kantor", "1. Printer"])
        lines.removeAll()
        #expect(lines.isEmpty)
    }

    /// The texts of the lines `appendSubColumnLines` appends for `side` to an empty list.
    static func appended(_ side: [(line: Int, chunk: LayoutChunk)]) -> [String] {
        var lines = LayoutListLines()
        // Room left from an earlier list, as the parser keeps it.
        var columnStarts = [3, 90, 7]
        LayoutIdentityParser.appendSubColumnLines(
            side.map { LayoutIdentityParser.ListPiece(line: $0.line, chunk: $0.chunk) }, to: &lines, columnStarts: &columnStarts)
        return lines.indices.map { lines.text(at: $0) }
    }
}

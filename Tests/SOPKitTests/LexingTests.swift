@testable import SOPKit
import Testing

/// Decoding and tokenizing: encodings, line ends, HTML, entities, line kinds.
@Suite struct DecodingTests {
    static let text = "Nomor SOP\t: 1/2 – “A”\nNo\tKegiatan\n"

    func decoded(_ bytes: [UInt8]) -> (SourceText, [Diagnostic])? {
        if case .text(let source, let notes) = TextDecoder.decode(bytes, file: "t") { return (source, notes) }
        return nil
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try #require(decoded(Array(Self.text.utf8)))
        #expect(plain.0.encoding == .utf8 && plain.1.isEmpty)
        let bom = try #require(decoded([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)))
        #expect(bom.0.encoding == .utf8WithBOM)
        #expect(bom.0.bytes == Array(Self.text.utf8))
    }

    @Test func utf16BothEndiansWithBOM() throws {
        let units = Array(Self.text.utf16)
        let littleUnits: [UInt8] = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigUnits: [UInt8] = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let little: [UInt8] = [0xFF, 0xFE] + littleUnits
        let big: [UInt8] = [0xFE, 0xFF] + bigUnits
        #expect(try #require(decoded(little)).0.bytes == Array(Self.text.utf8))
        #expect(try #require(decoded(big)).0.encoding == .utf16BigEndian)
        #expect(try #require(decoded(big)).0.bytes == Array(Self.text.utf8))
        let guessed = try #require(decoded(littleUnits))
        #expect(guessed.0.bytes == Array(Self.text.utf8))
        #expect(guessed.1.map(\.code) == [.decodedAsUTF16WithoutBOM])
    }

    @Test func windows1252WhenNotUTF8() throws {
        let bytes: [UInt8] = Array("Nomor ".utf8) + [0x96, 0x20, 0x93, 0x41, 0x94, 0x20, 0xE9]
        let result = try #require(decoded(bytes))
        #expect(result.0.encoding == .windows1252)
        #expect(String(decoding: result.0.bytes, as: UTF8.self) == "Nomor – “A” é")
        #expect(result.1.map(\.code) == [.decodedAsWindows1252])
        #expect(result.1.first?.severity == .note)
    }

    @Test func lineEnds() throws {
        let source = try #require(decoded(Array("a\r\nb\rc\nd".utf8))).0
        #expect((1...4).map(source.line) == ["a", "b", "c", "d"])
    }

    @Test func refusals() {
        for (bytes, code) in [([UInt8](), DiagnosticCode.emptyInput), (Array("  \n\t\n".utf8), .emptyInput),
            ([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x03, 0x00, 0x00], .binaryInput)]
        {
            guard case .failure(let diagnostic) = TextDecoder.decode(bytes, file: "t") else {
                Issue.record("expected a failure for \(bytes)")
                continue
            }
            #expect(diagnostic.code == code)
            #expect(diagnostic.severity == .error)
        }
    }
}

@Suite struct LexerTests {
    func lines(_ text: String) -> [Line] {
        var lines = Lexer.lines(of: SourceText(file: "t", bytes: Array(text.utf8), encoding: .utf8))
        LineClassifier.classify(&lines)
        return lines
    }

    @Test func cellsHTMLAndEntities() throws {
        let line = try #require(lines(" <p style=\"text-align: center;\">DINAS  X</p>\t<b>H. YAN</b> &amp; NIP&nbsp;1\t").first)
        #expect(line.cells.map(\.text) == ["DINAS X", "H. YAN & NIP 1", ""])
        #expect(line.cells.map(\.column) == [1, 46, 77])
    }

    @Test func listsKeepTheirItems() throws {
        let line = try #require(lines("Dasar Hukum <ol style=\"x\"><li>A</li><li>B &lt;C&gt;</li></ol>").first)
        let cell = line.cells[0]
        #expect(cell.leadText == "Dasar Hukum")
        #expect(cell.listItems == ["A", "B <C>"])
        #expect(!cell.hasGluedList)
        let glued = try #require(lines("<ul style=\"list-style-type: none\"> A b C d </ul>").first).cells[0]
        #expect(glued.hasGluedList)
        #expect(glued.listItems == ["A b C d"])
    }

    @Test func unknownAndBrokenTagsStayText() throws {
        let cells = try #require(lines("<script>alert(1)</script>\t<img src=x onerror=alert(1)>\ta < b\t<b unclosed").first).cells
        #expect(cells.map(\.text) == ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a < b", "<b unclosed"])
    }

    @Test func lineKinds() {
        let text = """
            Nomor SOP\t: 1
            Dasar Hukum :\tKualifikasi Pelaksana :
            1. A\t1. B

            ## Standar Operasional Prosedur X
            No\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan
            \t\tKadis\tStaf\tKelengkapan\tWaktu\tOutput\t
            1.\tMemberi arahan\t\t\tSurat\t1 Hari\tDisposisi
            kepada Sekretaris
            Latar Belakang
            """
        #expect(lines(text).map(\.kind) == [
            .keyValue, .listLabel, .text, .blank, .title, .tableHeader, .tableSubheader, .stepRow, .continuation,
            .sectionTitle,
        ])
    }

    @Test func marks() {
        #expect(Mark.classify("√") == .performer)
        #expect(Mark.classify("v") == .performer)
        #expect(Mark.classify("X") == .performer)
        #expect(Mark.classify("●") == .performer)
        #expect(Mark.classify("→") == .connector)
        #expect(Mark.classify("↓") == .connector)
        #expect(Mark.classify("-->") == .connector)
        #expect(Mark.classify("Tidak") == .connector)
        #expect(Mark.classify("Draft") == nil)
    }

    @Test func stepNumbers() {
        #expect(StepNumber.parse("1") == 1)
        #expect(StepNumber.parse("1.") == 1)
        #expect(StepNumber.parse("10") == 10)
        #expect(StepNumber.parse("2)") == 2)
        #expect(StepNumber.parse("1.2") == nil)
        #expect(StepNumber.parse("A") == nil)
        #expect(StepNumber.leading("3. Memeriksa berkas")?.number == 3)
        #expect(StepNumber.leading("3.Memeriksa") == nil)
    }

    /// The lines share one array of cells: each line's stretch holds the cells the lexer cuts from that
    /// line alone, numbered from 0, and changing one line's cells leaves the others as they were.
    @Test func linesHoldTheirOwnStretchOfTheFileCells() {
        let texts = ["No\tKegiatan\t\tWaktu", "", "1\t<ul><li>a</li><li>b</li></ul>\tv", "\t\t", "é — ’\tx"]
        let bytes = Array(texts.joined(separator: "\n").utf8)
        let lines = Lexer.lines(of: SourceText(file: "t", bytes: bytes, encoding: .utf8))
        #expect(lines.count == texts.count)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for (offset, text) in texts.enumerated() {
                var alone: [Cell] = []
                Lexer.appendCells(buffer, start..<(start + text.utf8.count), line: offset + 1, to: &alone)
                #expect(Array(lines[offset].cells) == alone, "\(text)")
                #expect(lines[offset].cells == LineCells(alone), "\(text)")
                #expect(lines[offset].cells.hashValue == LineCells(alone).hashValue, "\(text)")
                #expect(lines[offset].cells.indices == 0..<alone.count)
                start += text.utf8.count + 1
            }
        }
        var changed = lines[2].cells
        changed.modifyAsArray { $0.append(Cell(text: "extra", line: 3, column: 9)) }
        #expect(changed.count == lines[2].cells.count + 1)
        #expect(changed.last?.text == "extra")
        #expect(lines[3].cells.map(\.text) == ["", "", ""])
        #expect(Array(changed.dropLast()) == Array(lines[2].cells))
    }
}

/// `TextFolding.keyMatches` agrees with comparing `TextFolding.key` for every pair of a table of texts.
@Suite struct KeyMatchesTests {
    static let texts = [
        "", "no", "No.", "NOMOR", "(Aktivitas", "Aktivitas|", "aktifitas", "Kegiatan:", "No.Aktivitas", "no  aktivitas",
        "Ke\u{00A0}giatan", "uraian", "Uraian Kegiatan", "nomo", "nomorr", "é", "Émile", "1.", "a-b", "||", "a b ",
    ]

    @Test(arguments: texts) func agreesWithKey(_ text: String) {
        for other in Self.texts.map(TextFolding.key) + ["no", "nomor", "aktivitas", "kegiatan", "no aktivitas", "a b"] {
            #expect(TextFolding.keyMatches(text, other) == (TextFolding.key(text) == other), "\(text) vs \(other)")
        }
    }
}

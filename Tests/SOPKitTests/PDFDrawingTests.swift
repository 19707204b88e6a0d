import Foundation
import SOPKit
@testable import SOPKitPDF
import Testing

/// The drawing reader on inline SVG and synthetic pages: path data, transforms, paints, symbol
/// classification, connectors, labels and the grid of role columns and step rows.
@Suite struct PDFDrawingTests {
    @Test(arguments: [
        ("M 1 2 L 3 4 L 5 6 Z", 1, 3, true, 0),
        ("M 0 0 L 10 0 M 0 5 L 10 5", 2, 2, false, 0),
        ("m 1 1 l 2 0 v 2 h -2 z", 1, 4, true, 0),
        ("M 0 0 C 1 1 2 2 3 3 L 4 4", 1, 5, false, 1),
        ("M 0 0 L 1e1 0 L 10 -2.5e-1", 1, 3, false, 0),
        ("", 0, 0, false, 0),
        ("M 0 0 L 5 # 7", 1, 1, false, 0),
    ])
    func pathData(data: String, subpaths: Int, firstPoints: Int, closed: Bool, curves: Int) {
        let read = PathData.subpaths(of: data)
        #expect(read.count == subpaths)
        guard let first = read.first else { return }
        #expect(first.points.count == firstPoints)
        #expect(first.isClosed == closed)
        #expect(first.curveCount == curves)
    }

    @Test func relativeCommandsMoveFromTheCurrentPoint() {
        let square = PathData.subpaths(of: "m 1 1 l 2 0 v 2 h -2 z")[0]
        #expect(square.points == [Point(x: 1, y: 1), Point(x: 3, y: 1), Point(x: 3, y: 3), Point(x: 1, y: 3)])
        let scientific = PathData.subpaths(of: "M 0 0 L 1e1 0 L 10 -2.5e-1")[0]
        #expect(scientific.points[2] == Point(x: 10, y: -0.25))
    }

    @Test func transformsCompose() throws {
        let flip = try #require(AffineTransform.parse("matrix(1,0,0,-1,0,612)"))
        #expect(flip.apply(Point(x: 10, y: 10)) == Point(x: 10, y: 602))
        let moved = try #require(AffineTransform.parse("translate(5,7) scale(2)"))
        #expect(moved.apply(Point(x: 1, y: 1)) == Point(x: 7, y: 9))
        #expect(AffineTransform.parse("rotate(30)") == nil)
    }

    @Test func paints() {
        #expect(SVGReader.isDark("rgb(0%,0%,0%)"))
        #expect(SVGReader.isDark("rgb(50.19989%,50.19989%,50.19989%)"))
        #expect(!SVGReader.isDark("rgb(100%,100%,100%)"))
        #expect(!SVGReader.isDark("none"))
        #expect(SVGReader.isDark("#000000"))
        #expect(!SVGReader.isDark("white"))
    }

    /// One page drawn the way pdftocairo writes it: glyphs in <defs>, shapes stroked with a flipping
    /// transform, connectors as filled outlines with their arrowhead.
    static let cairoPage = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="792pt" height="612pt" viewBox="0 0 792 612">
        <defs><g><symbol overflow="visible" id="glyph0-1"><path style="stroke:none;" d="M 0 0 L 5 0 L 5 -6 L 0 -6 Z"/></symbol></g>
        <clipPath id="clip1"><rect x="0" y="0" width="792" height="612"/></clipPath>
        <g id="surface9"><path style="fill:none;stroke-width:1;stroke:rgb(0%,0%,0%);" d="M 600 100 L 640 100 L 640 120 L 600 120 Z"/></g>
        </defs>
        <g id="surface5" clip-path="url(#clip1)">
        <g style="fill:rgb(0%,0%,0%);"><use xlink:href="#glyph0-1" x="30" y="80"/></g>
        <path style=" stroke:none;fill-rule:evenodd;fill:rgb(0%,0%,0%);" d="M 15 113 L 775 113 L 775 112 L 15 112 Z"/>
        <path style="fill:none;stroke-width:0.94;stroke:rgb(0%,0%,0%);" d="M 189.8 460.6 C 189.8 465.7 193.9 469.8 199 469.8 L 221.5 469.8 C 226.6 469.8 230.7 465.7 230.7 460.6 C 230.7 455.5 226.6 451.4 221.5 451.4 L 199 451.4 C 193.9 451.4 189.8 455.5 189.8 460.6 Z" transform="matrix(1,0,0,-1,0,612)"/>
        <path style="fill-rule:evenodd;fill:rgb(100%,100%,100%);stroke-width:0.94;stroke:rgb(0%,0%,0%);" d="M 251.16 379.1 L 271.61 397.51 L 292.06 379.1 L 271.61 360.69 Z" transform="matrix(1,0,0,-1,0,612)"/>
        <path style="fill:none;stroke-width:0.94;stroke:rgb(0%,0%,0%);" d="M 251.16 289.77 L 292.06 289.77 L 292.06 308.18 L 251.16 308.18 Z" transform="matrix(1,0,0,-1,0,612)"/>
        <path style=" stroke:none;fill-rule:nonzero;fill:rgb(0%,0%,0%);" d="M 270.56 250.63 L 270.56 299.8 L 269.62 299.8 L 269.62 250.63 Z M 272.91 298.86 L 270.09 304.5 L 267.27 298.86 Z"/>
        <use xlink:href="#surface9"/>
        <use xlink:href="#glyph0-1" x="1" y="1"/>
        </g>
        </svg>
        """

    @Test func cairoPageGivesItsSymbolsAndConnectors() throws {
        let paths = try #require(SVGReader.paths(in: Data(Self.cairoPage.utf8)))
        #expect(paths.count == 6, "the ruling line, three shapes, one connector and the used group; no glyphs")
        let (symbols, lines) = SymbolClassifier.classify(paths)
        #expect(symbols.map(\.kind) == [.terminator, .decision, .process, .process])
        let terminator = symbols[0].box
        #expect(abs(terminator.minY - 142.2) < 0.01 && abs(terminator.maxY - 160.6) < 0.01, "flipped to page coordinates")
        #expect(lines.count == 1)
        let connector = try #require(lines.first)
        #expect(connector.isDirected)
        #expect(abs(connector.end.y - 304.5) < 0.01 && abs(connector.end.x - 270.09) < 0.01, "ends at the arrowhead's tip")
        #expect(abs(connector.start.y - 250.63) < 0.01, "starts at the far end of the body")
    }

    @Test func filledRingsAndStrokedLinesWithLooseArrowheads() {
        let ring = DrawnPath(subpaths: [
            Subpath(points: [Point(x: 0, y: 0), Point(x: 40, y: 0), Point(x: 40, y: 20), Point(x: 0, y: 20)], isClosed: true),
            Subpath(points: [Point(x: 1, y: 1), Point(x: 39, y: 1), Point(x: 39, y: 19), Point(x: 1, y: 19)], isClosed: true),
        ], paint: Paint(filledDark: true, stroked: false))
        let line = DrawnPath(subpaths: [Subpath(points: [Point(x: 20, y: 20), Point(x: 20, y: 60)], isClosed: false)], paint: Paint(filledDark: false, stroked: true))
        let head = DrawnPath(subpaths: [Subpath(points: [Point(x: 17, y: 60), Point(x: 23, y: 60), Point(x: 20, y: 66)], isClosed: true)], paint: Paint(filledDark: true, stroked: false))
        let (symbols, lines) = SymbolClassifier.classify([ring, line, head])
        #expect(symbols == [FlowSymbol(kind: .process, box: Box(minX: 0, minY: 0, maxX: 40, maxY: 20))])
        #expect(lines == [FlowLine(points: [Point(x: 20, y: 20), Point(x: 20, y: 60), Point(x: 20, y: 66)], isDirected: true)])
    }

    @Test func outlines() {
        func kind(_ points: [(Double, Double)], curves: Int = 0) -> SymbolKind? {
            SymbolClassifier.symbol(outline: Subpath(points: points.map { Point(x: $0.0, y: $0.1) }, isClosed: true, curveCount: curves))?.kind
        }
        #expect(kind([(0, 0), (40, 0), (40, 20), (0, 20)]) == .process)
        #expect(kind([(20, 0), (40, 10), (20, 20), (0, 10)]) == .decision)
        #expect(kind([(0, 0), (20, 0), (20, 14), (10, 20), (0, 14)]) == .connector)
        #expect(kind([(5, 0), (45, 0), (40, 20), (0, 20)]) == .other)
        #expect(kind([(0, 0), (2, 0), (2, 2), (0, 2)]) == nil, "too small to be a symbol")
    }

    // MARK: - A synthetic page: header words, step numbers, symbols and labelled connectors

    static func word(_ text: String, _ x: Double, _ y: Double, block: Int) -> PageWord {
        PageWord(text: text, box: Box(minX: x, minY: y, maxX: x + Double(text.count) * 5, maxY: y + 8), block: block)
    }

    static func rectangle(_ minX: Double, _ minY: Double, _ width: Double, _ height: Double) -> Subpath {
        Subpath(points: [Point(x: minX, y: minY), Point(x: minX + width, y: minY), Point(x: minX + width, y: minY + height), Point(x: minX, y: minY + height)], isClosed: true)
    }

    static func arrow(_ points: [Point], tip: Point) -> DrawnPath {
        var outline = points
        outline += points.reversed().map { Point(x: $0.x + 0.9, y: $0.y + 0.9) }
        let last = points[points.count - 1]
        let dx = tip.x - last.x
        let dy = tip.y - last.y
        let base = [Point(x: last.x - dy / 2 + 0.01, y: last.y + dx / 2), Point(x: last.x + dy / 2, y: last.y - dx / 2 + 0.01)]
        return DrawnPath(subpaths: [Subpath(points: outline, isClosed: true), Subpath(points: base + [tip], isClosed: true)], paint: Paint(filledDark: true, stroked: false))
    }

    /// Roles "Kepala" (x 200) and "Staf Umum" (x 280); step 1 a rectangle of Staf, step 2 a diamond of
    /// Kepala whose "Tidak" goes back to step 1 and "Ya" down to step 3, a rounded end of Kepala.
    static func syntheticPage(withRules: Bool) -> DrawingPage {
        var words = [
            word("No", 20, 50, block: 1), word("Kegiatan", 60, 50, block: 2), word("Pelaksana", 220, 30, block: 3),
            word("Kepala", 185, 55, block: 4), word("Staf", 270, 55, block: 5), word("Umum", 268, 64, block: 6),
            word("Kelengkapan", 340, 50, block: 7), word("Waktu", 420, 50, block: 8),
            word("1", 25, 100, block: 9), word("Menerima", 40, 96, block: 10),
            word("2", 25, 160, block: 11), word("Memeriksa", 40, 156, block: 12),
            word("3", 25, 220, block: 13), word("Selesai", 40, 216, block: 14),
            word("Tidak", 225, 150, block: 15), word("Ya", 208, 185, block: 16),
            word("Jika", 40, 170, block: 17), word("tidak", 60, 170, block: 17),
        ]
        words.append(word("Dokumen", 345, 100, block: 18))
        var paths = [
            DrawnPath(subpaths: [rectangle(265, 96, 40, 16)], paint: Paint(filledDark: false, stroked: true)),
            DrawnPath(subpaths: [Subpath(points: [Point(x: 200, y: 150), Point(x: 220, y: 164), Point(x: 200, y: 178), Point(x: 180, y: 164)], isClosed: true)], paint: Paint(filledDark: false, stroked: true)),
            DrawnPath(subpaths: [Subpath(points: [Point(x: 185, y: 216), Point(x: 215, y: 216), Point(x: 218, y: 224), Point(x: 215, y: 232), Point(x: 185, y: 232), Point(x: 182, y: 224)], isClosed: true, curveCount: 4)], paint: Paint(filledDark: false, stroked: true)),
            arrow([Point(x: 285, y: 112), Point(x: 285, y: 130), Point(x: 200, y: 130), Point(x: 200, y: 144)], tip: Point(x: 200, y: 150)),
            arrow([Point(x: 220, y: 164), Point(x: 240, y: 164), Point(x: 240, y: 104), Point(x: 259, y: 104)], tip: Point(x: 265, y: 104)),
            arrow([Point(x: 200, y: 178), Point(x: 200, y: 210)], tip: Point(x: 200, y: 216)),
        ]
        if withRules {
            for x in [15.0, 55, 160, 240, 320, 400] {
                paths.append(DrawnPath(subpaths: [rectangle(x, 25, 1, 230)], paint: Paint(filledDark: true, stroked: false)))
            }
            for y in [25.0, 80, 135, 195, 255] {
                paths.append(DrawnPath(subpaths: [rectangle(15, y, 385, 1)], paint: Paint(filledDark: true, stroked: false)))
            }
        }
        return DrawingPage(number: 1, words: words, paths: paths)
    }

    @Test(arguments: [false, true])
    func syntheticPageGivesPerformersAndBranches(withRules: Bool) throws {
        let page = Self.syntheticPage(withRules: withRules)
        let grid = try #require(TableGrid.find(in: page.words))
        #expect(grid.roles.map(\.name) == ["Kepala", "Staf Umum"])
        #expect(grid.rows.map(\.number) == [1, 2, 3])
        let charts = FlowchartReader.read([page])
        #expect(charts.count == 1)
        let chart = try #require(charts.first)
        #expect(chart.roleNames == ["Kepala", "Staf Umum"])
        #expect(chart.steps.map(\.number) == [1, 2, 3])
        #expect(chart.steps.map(\.roleNames) == [["Staf Umum"], ["Kepala"], ["Kepala"]])
        #expect(chart.steps.map(\.symbols) == [[.process], [.decision], [.terminator]])
        let branches = chart.branches(of: 2)
        #expect(branches.yes == 3)
        #expect(branches.no == 1)
        #expect(chart.edges.contains(DrawnEdge(from: 1, to: 2, label: nil, isDirected: true)))
    }

    @Test func rulesSplitHeaderNamesReadAsOneBlock() throws {
        var page = Self.syntheticPage(withRules: true)
        for index in page.words.indices where ["Kepala", "Staf", "Umum"].contains(page.words[index].text) {
            page.words[index].block = 4
        }
        #expect(TableGrid.find(in: page.words)?.roles.map(\.name) == ["Kepala Staf Umum"], "one block, one column by the words alone")
        let chart = try #require(FlowchartReader.read([page]).first)
        #expect(chart.roleNames == ["Kepala", "Staf Umum"])
        #expect(chart.steps.map(\.roleNames) == [["Staf Umum"], ["Kepala"], ["Kepala"]])
    }

    @Test func tallRoleNamesWithoutAPelaksanaLabel() throws {
        var page = Self.syntheticPage(withRules: false)
        page.words.removeAll { $0.text == "Pelaksana" }
        page.words += [Self.word("Kepala", 270, 32, block: 6), Self.word("dari", 40, 30, block: 20), Self.word("pegawai", 200, 30, block: 20)]
        let grid = try #require(TableGrid.find(in: page.words))
        #expect(grid.roles.map(\.name) == ["Kepala", "Kepala Staf Umum"], "a name's first line far above, a paragraph left out")
    }

    @Test func repeatedOutlinesAreOneSymbol() {
        let outline = Self.rectangle(10, 10, 40, 20)
        let filled = DrawnPath(subpaths: [outline], paint: Paint(filledDark: true, stroked: false))
        let stroked = DrawnPath(subpaths: [outline], paint: Paint(filledDark: false, stroked: true))
        #expect(SymbolClassifier.classify([filled, stroked]).symbols.count == 1)
    }

    @Test func unlabelledBranchesAreReadByDirection() throws {
        var page = Self.syntheticPage(withRules: false)
        page.words.removeAll { ["Ya", "Tidak"].contains($0.text) }
        let chart = try #require(FlowchartReader.read([page]).first)
        #expect(chart.branches(of: 2).yes == 3)
        #expect(chart.branches(of: 2).no == 1)
    }

    @Test func aPageWithoutATableHeaderGivesNothing() {
        var page = Self.syntheticPage(withRules: true)
        page.words.removeAll { $0.text == "Kegiatan" }
        #expect(FlowchartReader.read([page]).isEmpty)
    }

    @Test func wordBoxesOfPdftotext() throws {
        let xhtml = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
            <head><title></title></head><body><doc>
            <page width="792.000000" height="612.000000"><flow><block xMin="1" yMin="2" xMax="30" yMax="10"><line xMin="1" yMin="2" xMax="30" yMax="10">
            <word xMin="1.5" yMin="2" xMax="12" yMax="10">Ya</word><word xMin="14" yMin="2" xMax="30" yMax="10">&amp;</word></line></block></flow>
            <flow><block xMin="40" yMin="2" xMax="60" yMax="10"><line xMin="40" yMin="2" xMax="60" yMax="10"><word xMin="40" yMin="2" xMax="60" yMax="10">Tidak</word></line></block></flow></page>
            <page width="792.000000" height="612.000000"></page>
            </doc></body></html>
            """
        let pages = try #require(WordBoxes.pages(in: Data(xhtml.utf8)))
        #expect(pages.count == 2)
        #expect(pages[0].words.map(\.text) == ["Ya", "&", "Tidak"])
        #expect(pages[0].words.map(\.block) == [1, 1, 2])
        #expect(pages[0].words[0].box == Box(minX: 1.5, minY: 2, maxX: 12, maxY: 10))
        #expect(pages[1].words.isEmpty)
        #expect((WordBoxes.pages(in: Data("<page".utf8)) ?? []).isEmpty, "a truncated file gives no page")
    }
}

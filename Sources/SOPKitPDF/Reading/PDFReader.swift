import Foundation
import SOPKit

/// What SOPKit reads from a PDF: the text of its pages (the text layer as `pdftotext -layout` prints
/// it, or OCR text for pages without one) and each page's words and drawing.
public struct PDFContent: Sendable {
    /// The page texts joined with form feeds, as `pdftotext -layout` writes them.
    public var text: String
    /// The pages with their words and drawn paths (paths only from the table's first page on).
    public var pages: [DrawingPage]
    /// What happened while reading (pages read by OCR, pages left without text).
    public var diagnostics: [Diagnostic]
}

/// Reads PDFs with poppler's tools (and tesseract for pages without a text layer).
public struct PDFReader: Sendable {
    /// The largest PDF read, in bytes.
    public static let maximumSize = 64 << 20
    /// The resolution pages are rendered at for OCR.
    static let ocrResolution = 300

    /// Runs the tools.
    public var runner: ToolRunner

    /// Creates a reader.
    public init(runner: ToolRunner = ToolRunner()) {
        self.runner = runner
    }

    /// Reads the PDF at `path`; throws when it is too large or a poppler tool is missing or fails.
    public func read(_ path: String) throws(ToolError) -> PDFContent {
        let argument = path.hasPrefix("-") ? "./" + path : path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= Self.maximumSize else {
            throw ToolError(message: "\(path) is larger than \(Self.maximumSize >> 20) MiB; PDFs that large are not read")
        }
        let layout = String(decoding: try runner.run(.pdftotext, ["-layout", "-enc", "UTF-8", argument, "-"]), as: UTF8.self)
        let boxes = try runner.run(.pdftotext, ["-bbox-layout", "-enc", "UTF-8", argument, "-"])
        guard let wordPages = WordBoxes.pages(in: boxes) else {
            throw ToolError(message: "pdftotext -bbox-layout gave unreadable output for \(path)")
        }
        var pageTexts = layout.components(separatedBy: "\u{0C}")
        while pageTexts.count > wordPages.count, pageTexts.last?.isEmpty == true { pageTexts.removeLast() }
        var diagnostics: [Diagnostic] = []
        for page in wordPages where page.words.isEmpty && page.number <= pageTexts.count {
            let location = SourceLocation(line: lineNumber(ofPage: page.number, in: pageTexts), column: 1)
            do {
                pageTexts[page.number - 1] = try recognise(page: page.number, of: argument)
                diagnostics.append(Diagnostic(.pageReadByOCR, "page \(page.number) has no text layer; it was read by OCR (tesseract -l ind)", file: path, at: location))
            } catch {
                diagnostics.append(Diagnostic(.pageWithoutText, "page \(page.number) has no text layer and was not read: \(error.message)", file: path, at: location))
            }
        }
        let grids = FlowchartReader.grids(of: wordPages.map { DrawingPage(number: $0.number, words: $0.words, paths: []) })
        let firstTablePage = grids.firstIndex { $0 != nil }.map { $0 + 1 } ?? Int.max
        var pages: [DrawingPage] = []
        for page in wordPages {
            var paths: [DrawnPath] = []
            if page.number >= firstTablePage, grids[page.number - 1] != nil {
                let svg = try runner.run(.pdftocairo, ["-svg", "-f", String(page.number), "-l", String(page.number), argument, "-"])
                paths = SVGReader.paths(in: svg) ?? []
            }
            pages.append(DrawingPage(number: page.number, words: page.words, paths: paths))
        }
        return PDFContent(text: pageTexts.joined(separator: "\u{0C}"), pages: pages, diagnostics: diagnostics)
    }

    /// The text of page `number` read by OCR: rendered with pdftoppm, recognised by tesseract.
    func recognise(page number: Int, of path: String) throws(ToolError) -> String {
        guard runner.has(.pdftoppm) else { throw ExternalTool.pdftoppm.missingError }
        guard runner.has(.tesseract) else { throw ExternalTool.tesseract.missingError }
        let image = try runner.run(.pdftoppm, ["-r", String(Self.ocrResolution), "-gray", "-png", "-f", String(number), "-l", String(number), "-singlefile", path])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopkit-ocr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let imagePath = folder.appendingPathComponent("page.png")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try image.write(to: imagePath)
        } catch {
            throw ToolError(message: "cannot write the page image for OCR: \(error.localizedDescription)")
        }
        return String(decoding: try runner.run(.tesseract, [imagePath.path, "stdout", "-l", "ind"]), as: UTF8.self)
    }

    /// The 1-based line where page `number` starts in the joined text.
    private func lineNumber(ofPage number: Int, in pages: [String]) -> Int {
        1 + pages.prefix(number - 1).reduce(0) { $0 + $1.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) } }
    }
}

import Foundation
import SOPKit
import SOPKitCLI
import SOPKitPDF

/// Paths and helpers shared by the tests.
enum Fixtures {
    /// The package root (the folder holding Package.swift).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus inputs as paths relative to the root ("corpus/000_….txt"), sorted.
    static let corpusInputs: [String] = {
        let corpus = root.appendingPathComponent("corpus")
        guard let enumerator = FileManager.default.enumerator(atPath: corpus.path) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".txt"), !relative.hasPrefix("expected/"), !relative.hasPrefix("truth/") else {
                continue
            }
            paths.append("corpus/" + relative)
        }
        return paths.sorted()
    }()

    /// The PDF inputs of the corpus as paths relative to the root ("corpus/pdf/023….pdf"), sorted.
    static let corpusPDFs: [String] = {
        let folder = root.appendingPathComponent("corpus/pdf")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".pdf") }.sorted().map { "corpus/pdf/" + $0 }
    }()

    /// Whether poppler's tools are installed (the PDF tests need them).
    static let hasPoppler = ToolRunner().has(.pdftotext) && ToolRunner().has(.pdftocairo)

    /// The bytes of a file under the root.
    static func bytes(_ relativePath: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: root.appendingPathComponent(relativePath)))) ?? []
    }

    /// Parses and validates a corpus file (text or PDF), named by its path relative to the root; a PDF
    /// that cannot be read gives what the batch import gives: no SOP and a SOP008 error.
    static func document(_ relativePath: String) -> SOPDocument {
        guard PDFImporter.isPDF(relativePath) else {
            return Validator.validate(SOPKit.parse(bytes(relativePath), file: relativePath))
        }
        do {
            return Validator.validate(try PDFImporter.document(
                atPath: root.appendingPathComponent(relativePath).path, source: relativePath))
        } catch {
            let message = "cannot read '\(relativePath)': \(error.message)"
            return SOPDocument(source: relativePath, sops: [], diagnostics: [Diagnostic(.unreadableInput, message, file: relativePath, at: .wholeFile)])
        }
    }

    /// Parses and validates text given inline.
    static func document(text: String, file: String = "test.txt") -> SOPDocument {
        Validator.validate(SOPKit.parse(Array(text.utf8), file: file))
    }

    /// The corpus file whose name starts with `prefix` ("000").
    static func corpusFile(_ prefix: String) -> String {
        corpusInputs.first { ($0 as NSString).lastPathComponent.hasPrefix(prefix) }!
    }

    /// The expected JSON path of a corpus input: corpus/expected/<path below corpus>.json, with
    /// ".txt" dropped and ".pdf" kept ("corpus/expected/pdf/023….pdf.json").
    static func expectedPath(of input: String) -> String {
        let below = input.dropFirst("corpus/".count)
        if below.hasSuffix(".pdf") { return "corpus/expected/" + below + ".json" }
        return "corpus/expected/" + below.dropLast(".txt".count) + ".json"
    }
}

/// A console that records what a command writes.
final class RecordingConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outputBytes: [UInt8] = []
    private var errorBytes: [UInt8] = []
    private let input: [UInt8]

    init(input: [UInt8] = []) { self.input = input }

    var output: String { lock.withLock { String(decoding: outputBytes, as: UTF8.self) } }
    var error: String { lock.withLock { String(decoding: errorBytes, as: UTF8.self) } }

    var console: Console {
        Console(
            writeOutput: { bytes in self.lock.withLock { self.outputBytes += bytes } },
            writeError: { bytes in self.lock.withLock { self.errorBytes += bytes } },
            errorIsTerminal: false,
            readInput: { self.input })
    }

    /// Runs `sopkit` with `arguments` from the package root; returns the exit code.
    func run(_ arguments: [String]) -> Int32 {
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(Fixtures.root.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        return SOPKitCommand.main(arguments: arguments, console: console)
    }
}

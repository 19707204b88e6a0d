import Foundation
import SOPKit
@testable import SOPKitPDF
import Testing

/// Pages without a text layer (read by OCR, or reported when tesseract is missing), and the built
/// `sopkit` run without poppler on its PATH.
@Suite struct PDFToolTests {
    /// A one-page PDF whose only content is a grey image: a scan, without a text layer.
    static func scannedPDF(gray pgm: Data) throws -> Data {
        let bytes = [UInt8](pgm)
        var fields: [String] = []
        var index = 0
        while fields.count < 4 {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            let start = index
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A { index += 1 }
            fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        index += 1
        let width = try #require(Int(fields[1]))
        let height = try #require(Int(fields[2]))
        #expect(fields[0] == "P5")
        let pixels = Data(bytes[index...])
        let points = (width: width * 72 / 100, height: height * 72 / 100)
        let content = "q \(points.width) 0 0 \(points.height) 0 0 cm /Im1 Do Q\n"
        var pdf = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func object(_ text: String, stream: Data? = nil) {
            offsets.append(pdf.count)
            pdf.append(Data("\(offsets.count) 0 obj\n\(text)\n".utf8))
            if let stream {
                pdf.append(Data("stream\n".utf8))
                pdf.append(stream)
                pdf.append(Data("\nendstream\n".utf8))
            }
            pdf.append(Data("endobj\n".utf8))
        }
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(points.width) \(points.height)] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>")
        object("<< /Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceGray /BitsPerComponent 8 /Length \(pixels.count) >>", stream: pixels)
        object("<< /Length \(content.utf8.count) >>", stream: Data(content.utf8))
        let xref = pdf.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        pdf.append(Data(table.utf8))
        return pdf
    }

    /// A scan of the identity block of sample 023, written as scan.pdf in `folder`; returns its path.
    static func scannedSample(in folder: URL) throws -> String {
        let sample = try #require(Fixtures.corpusPDFs.first { $0.hasPrefix("corpus/pdf/023") })
        let pgm = try ToolRunner().run(.pdftoppm, [
            "-gray", "-r", "100", "-f", "1", "-l", "1", "-x", "540", "-y", "40", "-W", "520", "-H", "120", "-singlefile",
            Fixtures.root.appendingPathComponent(sample).path,
        ])
        let path = folder.appendingPathComponent("scan.pdf")
        try scannedPDF(gray: pgm).write(to: path)
        return path.path
    }

    /// Links the poppler tools only (no tesseract) into `folder`, for a runner's search path; returns
    /// the folder's path.
    static func popplerOnlyPath(in folder: URL) throws -> String {
        for tool in [ExternalTool.pdftotext, .pdftocairo, .pdftoppm] {
            let target = try #require(tool.locate())
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(tool.rawValue).path, withDestinationPath: target)
        }
        return folder.path
    }

    static let hasOCR = Fixtures.hasPoppler && ToolRunner().has(.pdftoppm) && ToolRunner().has(.tesseract)

    @Test(.enabled(if: hasOCR, "needs poppler-utils, tesseract-ocr and tesseract-ocr-ind"))
    func aScannedPageIsReadByOCR() throws {
        try withTemporaryFolder("sopkit-scan") { scan in
            let content = try PDFReader().read(try Self.scannedSample(in: scan))
            #expect(content.diagnostics.map(\.code) == [.pageReadByOCR])
            #expect(content.text.contains("SOP-023/17000/2025") || content.text.contains("Nomor SOP"), "\(content.text)")
        }
    }

    @Test(.enabled(if: Fixtures.hasPoppler && ToolRunner().has(.pdftoppm), "needs poppler-utils"))
    func aScannedPageWithoutTesseractIsReported() throws {
        try withTemporaryFolder("sopkit-bin") { bin in
            try withTemporaryFolder("sopkit-scan") { scan in
                let runner = ToolRunner(searchPath: try Self.popplerOnlyPath(in: bin))
                let content = try PDFReader(runner: runner).read(try Self.scannedSample(in: scan))
                #expect(content.diagnostics.map(\.code) == [.pageWithoutText])
                #expect(content.diagnostics.first?.message.contains("apt-get install tesseract-ocr tesseract-ocr-ind") == true)
                #expect(content.diagnostics.first?.severity == .warning)
            }
        }
    }

    static let builtSopkit = Fixtures.root.appendingPathComponent(".build/debug/sopkit").path

    /// Runs the built sopkit from the package root with `PATH` empty; returns the exit status and
    /// standard error.
    static func runWithoutTools(_ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: builtSopkit)
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        process.environment = ["PATH": ""]
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let error = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: error, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: builtSopkit), "needs the built sopkit (swift build)"))
    func withoutPopplerPDFsFailClearlyAndTextStillWorks() throws {
        let pdf = try #require(Fixtures.corpusPDFs.first)
        let converted = try Self.runWithoutTools(["convert", pdf, "--to", "json"])
        #expect(converted.status == 2)
        #expect(converted.error.contains("pdftotext not found: install the Debian package poppler-utils"))
        let validated = try Self.runWithoutTools(["validate", pdf])
        #expect(validated.status == 2)
        let text = try Self.runWithoutTools(["convert", Fixtures.corpusFile("000"), "--to", "json"])
        #expect(text.status == 0)
        try withTemporaryFolder("sopkit-mixed") { folder in
            try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent(pdf), to: folder.appendingPathComponent("a.pdf"))
            try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent(Fixtures.corpusFile("000")), to: folder.appendingPathComponent("b.txt"))
            let imported = try Self.runWithoutTools(["import", folder.path, "--out", folder.appendingPathComponent("out").path, "--quiet"])
            #expect(imported.status == 1)
            let report = try String(contentsOf: folder.appendingPathComponent("out/report.json"), encoding: .utf8)
            #expect(report.contains("poppler-utils"))
            #expect(report.contains("b.txt"))
        }
    }
}

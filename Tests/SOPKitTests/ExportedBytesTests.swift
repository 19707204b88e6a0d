import SOPKit
@testable import SOPKitCLI
import Testing

/// The import writes each SOP's JSON, Markdown and HTML from the buffer its exporter wrote them into
/// (`ExportedBytes`) instead of from an array copied out of it: the same bytes as the arrays the
/// exporters return, for every kind of corpus input, an empty document and hostile text.
@Suite struct ExportedBytesTests {
    static let documents: [SOPDocument] = {
        let files = ["000", "001", "002", "017"].map { Fixtures.corpusFile($0) }
        return files.map { Fixtures.document($0) } + [
            SOPDocument(source: "", sops: [], diagnostics: []),
            Fixtures.document(text: "SOP \"é\" — ’\u{A0}\t|*_<>&\n" + String(repeating: "Kegiatan panjang\t", count: 2000)),
        ]
    }()

    @Test func buffersHoldWhatTheExportersReturn() {
        for document in Self.documents {
            let single = document.sops.map { SOPDocument(source: document.source, sops: [$0], diagnostics: []) }
            for (sop, sopDocument) in zip(document.sops, single) {
                let encoded = EncodedDiagnostics(document.diagnostics, mostlyNaming: document.source)
                #expect(JSONExporter.exportBuffer(sopDocument, diagnostics: encoded, concerning: sop).array
                    == JSONExporter.export(sopDocument, diagnostics: encoded, concerning: sop), "\(document.source)")
            }
            for each in single + [document] {
                #expect(MarkdownExporter.exportBuffer(each).array == SOPKit.export(each, as: .markdown), "\(each.source)")
                #expect(HTMLExporter.exportBuffer(each).array == SOPKit.export(each, as: .html), "\(each.source)")
                let buffer = HTMLExporter.exportBuffer(each)
                #expect(buffer.withUnsafeBytes { Array($0) } == buffer.array)
                #expect(buffer.count == buffer.array.count)
            }
        }
    }

    @Test(arguments: [[], [0x41], Array("é—’\u{A0}\t".utf8), [UInt8](repeating: 0x2C, count: 100_000)] as [[UInt8]])
    func joinedArraysAreTheirConcatenation(_ first: [UInt8]) {
        for second in [[], [0x0A], Array("Kegiatan,\"x\"".utf8), [UInt8](repeating: 0xC3, count: 70_001)] as [[UInt8]] {
            let joined = ExportedBytes(first, followedBy: second)
            #expect(joined.array == first + second)
            #expect(joined.withFileBytes { Array($0) } == first + second)
            #expect((first + second).withFileBytes { Array($0) } == first + second)
        }
    }
}

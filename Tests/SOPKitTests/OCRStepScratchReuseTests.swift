@testable import SOPKit
import Foundation
import Testing

/// The OCR procedure table reads its rows in buffers kept from table to table in a pool
/// (`OCRTableParser`'s step scratch): a document read after others, with larger and smaller tables,
/// with and without Mutu Baku, gets the steps it gets when read first, whatever the order.
@Suite struct OCRStepScratchReuseTests {
    @Test func documentsReadInAnyOrderGetTheSameSteps() {
        let inputs = Array(Fixtures.corpusInputs.prefix(16))
        let first = inputs.map { SOPKit.export(Fixtures.document($0), as: .json) }
        for (input, expected) in zip(inputs, first).reversed() {
            #expect(SOPKit.export(Fixtures.document(input), as: .json) == expected, "\(input)")
        }
        for (input, expected) in zip(inputs, first) where input.hasPrefix("corpus/00") {
            #expect(SOPKit.export(Fixtures.document(input), as: .json) == expected, "\(input)")
        }
    }
}


/// The step buffers a table leaves in the pool are not sized for a hostile row: a row that runs over
/// eight million blank lines (eight megabytes of line ends, with no bytes of text) leaves none of its
/// buffers, which take room for each of its lines, behind. The memory mapped for the program is read
/// from `/proc/self/statm` (its first field, in pages of 4 KiB), where the system has it.
@Suite struct OCRStepScratchHostileRowTests {
    /// The bytes of memory mapped for the program, when the system tells them.
    static func mappedBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = text.split(separator: " ").first.flatMap({ Int($0) })
        else { return nil }
        return pages * 4096
    }

    @Test func aRowOfEightMillionBlankLinesLeavesNoBuffersInThePool() {
        let file = "corpus/ocr/020_dinkes-sipb-disdukcapil-akta.txt"
        let bytes = Fixtures.bytes(file) + [UInt8](repeating: 0x0A, count: 8_000_000) + Array("selesai\n".utf8)
        let before = Self.mappedBytes()
        let document = SOPKit.parse(bytes, file: file)
        #expect(document.sops.first?.format == .ocr)
        #expect(document.sops.first?.steps.isEmpty == false)
        // The least of a few readings, so that what tests running at the same time map for a moment
        // is not counted.
        var readings: [Int] = []
        for _ in 0..<5 {
            if let mapped = Self.mappedBytes() { readings.append(mapped) }
            usleep(20_000)
        }
        guard let before, let after = readings.min() else { return }
        // Each blank line of the row took about 64 bytes of step buffers (its line, its tokens, its
        // range of numbers): kept, they would hold some 500 MB (128 MB measured for two million lines),
        // far above what the tests running at the same time map (under 100 MB seen).
        #expect(after - before < 250_000_000, "\(after - before) bytes still mapped")
    }
}

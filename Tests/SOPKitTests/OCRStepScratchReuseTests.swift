@testable import SOPKit
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
/// more blank lines than `largestKeptRow` (line ends, with no bytes of text) leaves none of its
/// buffers, which take room for each of its lines, behind. The pool is emptied after the parse and
/// every scratch in it looked at (a test running at the same time may take one first, never add a
/// large one).
@Suite struct OCRStepScratchHostileRowTests {
    @Test func aRowOfMoreBlankLinesThanKeptLeavesNoBuffersInThePool() {
        typealias Scratch = OCRTableParser.StepScratch
        let file = "corpus/ocr/020_dinkes-sipb-disdukcapil-akta.txt"
        let blankLines = Scratch.largestKeptRow + 5_000
        let bytes = Fixtures.bytes(file) + [UInt8](repeating: 0x0A, count: blankLines) + Array("selesai\n".utf8)
        let document = SOPKit.parse(bytes, file: file)
        #expect(document.sops.first?.format == .ocr)
        #expect(document.sops.first?.steps.isEmpty == false)
        for _ in 0..<Scratch.kept.capacity {
            let scratch = Scratch.kept.take { Scratch() }
            #expect(scratch.lines.capacity <= Scratch.largestKeptRow, "a scratch with room for \(scratch.lines.capacity) lines kept")
        }
    }
}

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

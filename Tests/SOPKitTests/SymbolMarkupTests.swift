@testable import SOPKit
import Testing

/// The flowchart symbols' markup spells each symbol as its raw value does.
@Suite struct SymbolMarkupTests {
    @Test(arguments: [ProcedureFlow.Symbol.terminator, .process, .decision]) func markupIsRawValue(_ symbol: ProcedureFlow.Symbol) {
        #expect(symbol.markup.description == symbol.rawValue)
    }
}

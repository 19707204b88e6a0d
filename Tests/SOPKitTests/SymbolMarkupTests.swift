@testable import SOPKit
import Testing

/// The markup the HTML sheet writes for symbols and branch labels: the exact class names its style
/// sheet gives a rule (a process is the plain `.symbol` rectangle), spelled for symbols as their raw
/// values (used by Mermaid and BPMN) are.
@Suite struct SymbolMarkupTests {
    @Test(arguments: [
        (ProcedureFlow.Symbol.terminator, "terminator", true), (.process, "process", false),
        (.decision, "decision", true),
    ]) func symbolMarkupIsItsClass(_ symbol: ProcedureFlow.Symbol, _ spelling: String, _ hasOwnRule: Bool) {
        #expect(symbol.markup.description == spelling)
        #expect(symbol.rawValue == spelling)
        #expect(HTMLExporter.sheetStyle.contains(".symbol.\(spelling) ") == hasOwnRule)
    }

    @Test(arguments: [
        (SwimlaneDrawing.Placement.below, "below"), (.side, "side"), (.end, "end"),
    ]) func labelMarkupIsItsClass(_ placement: SwimlaneDrawing.Placement, _ spelling: String) {
        #expect(placement.markup.description == spelling)
        #expect(HTMLExporter.sheetStyle.contains(".branch.\(spelling) "))
    }
}

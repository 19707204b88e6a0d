/// A family of checks over one SOP. Each rule appends its diagnostics; rules never change the SOP.
protocol ValidationRule {
    /// Checks `sop`, read from `file`, appending what it finds.
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic])
}

/// Runs every rule over every SOP of a document.
public enum Validator {
    static var rules: [any ValidationRule.Type] {
        [
        IdentityRules.self, NIPRules.self, StepNumberingRules.self, RoleRules.self, DurationRules.self,
        MutuBakuRules.self, ReviewerRules.self,
        ]
    }

    /// The diagnostics the rules find in `document` (not including those already in it).
    public static func diagnostics(for document: SOPDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        appendDiagnostics(for: document, to: &diagnostics)
        return diagnostics
    }

    /// Appends to `diagnostics` what the rules find in `document`, SOP after SOP and rule after rule.
    private static func appendDiagnostics(for document: SOPDocument, to diagnostics: inout [Diagnostic]) {
        for sop in document.sops {
            for rule in rules { rule.check(sop, file: document.source, into: &diagnostics) }
        }
    }

    /// `document` with the rules' diagnostics added and all diagnostics ordered by location. The rules
    /// append to the document's own diagnostics, without an array of their own to join to them, and
    /// these are ordered where they stand.
    public static func validate(_ document: SOPDocument) -> SOPDocument {
        var validated = document
        appendDiagnostics(for: document, to: &validated.diagnostics)
        validated.diagnostics.sortByLocation()
        return validated
    }
}

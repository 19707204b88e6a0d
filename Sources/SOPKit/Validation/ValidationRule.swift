/// A family of checks over one SOP. Each rule appends its diagnostics; rules never change the SOP.
protocol ValidationRule {
    /// Checks `sop`, read from `file`, appending what it finds.
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic])
}

/// Runs every rule over every SOP of a document.
public enum Validator {
    /// The diagnostics the rules find in `document` (not including those already in it).
    public static func diagnostics(for document: SOPDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        appendDiagnostics(for: document, to: &diagnostics)
        return diagnostics
    }

    /// Appends to `diagnostics` what the rules find in `document`, SOP after SOP and rule after rule:
    /// each rule is called by name, not through an array of the rules' types made for every SOP and
    /// asked through their protocol. The roles that `RoleRules` finds performing a step are handed to
    /// `ReviewerRules`, which tells from them the roles that perform none.
    private static func appendDiagnostics(for document: SOPDocument, to diagnostics: inout [Diagnostic]) {
        let file = document.source
        for sop in document.sops {
            IdentityRules.check(sop, file: file, into: &diagnostics)
            NIPRules.check(sop, file: file, into: &diagnostics)
            StepNumberingRules.check(sop, file: file, into: &diagnostics)
            let actingRoles = RoleRules.checkNotingActingRoles(sop, file: file, into: &diagnostics)
            DurationRules.check(sop, file: file, into: &diagnostics)
            MutuBakuRules.check(sop, file: file, into: &diagnostics)
            ReviewerRules.check(sop, file: file, actingRoles: actingRoles, into: &diagnostics)
        }
    }

    /// `document` with the rules' diagnostics added and all diagnostics ordered by location. The rules
    /// append to the document's own diagnostics, without an array of their own to join to them, and
    /// these are ordered where they stand.
    public static func validate(_ document: SOPDocument) -> SOPDocument {
        var validated = document
        // The diagnostics, shared with `document`, are copied once with room for the rules' own rather
        // than on the first append and again as they grow.
        validated.diagnostics.reserveCapacity(validated.diagnostics.count + expectedRuleDiagnostics(of: document))
        appendDiagnostics(for: document, to: &validated.diagnostics)
        validated.diagnostics.sortByLocation()
        return validated
    }

    /// About as many diagnostics as the rules find in `document`, a few more than most of its documents
    /// get: two for each step and eight for each SOP.
    static func expectedRuleDiagnostics(of document: SOPDocument) -> Int {
        document.sops.withUnsafeBufferPointer { sops in
            var count = 0
            for index in sops.indices { count += 8 + 2 * sops[index].steps.count }
            return count
        }
    }
}

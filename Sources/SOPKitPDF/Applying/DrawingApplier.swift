import Foundation
import SOPKit

/// Sets the performers and decisions of SOPs read from a PDF after the flowchart drawn in it: each step
/// is performed by the roles whose columns hold its symbols, and a decision's branches are where its
/// connectors lead. Steps the drawing says nothing about keep what the text inference gave.
public enum DrawingApplier {
    /// The least share of an SOP's steps that the drawing must place for it to be used.
    static let minimumCoverage = 0.5

    /// `document` with the flowcharts applied, one per SOP in order; SOPs without a usable drawing get
    /// a SOP022 warning and keep the performers inferred from the text.
    public static func apply(_ flowcharts: [DrawnFlowchart], to document: SOPDocument) -> SOPDocument {
        var document = document
        for index in document.sops.indices {
            let sop = document.sops[index]
            guard !sop.steps.isEmpty else { continue }
            guard index < flowcharts.count, let applied = apply(flowcharts[index], to: sop) else {
                let reason = index < flowcharts.count && !flowcharts[index].steps.isEmpty
                    ? "its symbols do not match the step numbers of the table"
                    : "no flowchart symbols were found in its table"
                document.diagnostics.append(Diagnostic(
                    .drawingNotApplied, "the drawn flowchart was not used (\(reason)); performers were inferred from the text",
                    file: document.source, at: sop.location(of: .tableHeader)))
                continue
            }
            document.sops[index] = applied.sop
            if let renamed = applied.renamedRoles {
                document.diagnostics.append(Diagnostic(
                    .rolesFromDrawing,
                    "the roles read from the text (\(renamed.joined(separator: ", "))) did not match the drawn header; the header's names were used",
                    file: document.source, at: sop.location(of: .tableHeader)))
            }
        }
        return document
    }

    /// `sop` with `flowchart` applied, and the roles it had when they were renamed after the drawing; nil
    /// when the drawing places fewer than half of the steps.
    public static func apply(_ flowchart: DrawnFlowchart, to sop: SOP) -> (sop: SOP, renamedRoles: [String]?)? {
        let drawnSteps = Dictionary(flowchart.steps.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let placed = sop.steps.filter { drawnSteps[$0.number] != nil }.count
        guard !flowchart.steps.isEmpty, Double(placed) >= Double(sop.steps.count) * minimumCoverage else { return nil }
        var sop = sop
        var renamed: [String]?
        let columnRoles: [String]
        if let matched = matchedRoles(flowchart.roleNames, to: sop.roles) {
            columnRoles = matched
        } else {
            renamed = sop.roles
            sop.roles = flowchart.roleNames
            columnRoles = flowchart.roleNames
        }
        if renamed != nil {
            let matcher = RoleMatcher(roles: sop.roles)
            for index in sop.steps.indices where drawnSteps[sop.steps[index].number] == nil {
                let kept = sop.steps[index].performers.compactMap { matcher.role(named: $0).map { sop.roles[$0] } }
                sop.steps[index].performers = kept
                if kept.isEmpty {
                    sop.steps[index].performerSource = .unknown
                    sop.steps[index].performerConfidence = nil
                }
            }
        }
        for index in sop.steps.indices {
            guard let drawn = drawnSteps[sop.steps[index].number] else { continue }
            var performers: [String] = []
            for column in drawn.roleColumns where column < columnRoles.count && !performers.contains(columnRoles[column]) {
                performers.append(columnRoles[column])
            }
            guard !performers.isEmpty else { continue }
            sop.steps[index].performers = performers
            sop.steps[index].performerSource = .drawing
            sop.steps[index].performerConfidence = 1
            if drawn.isDecision {
                let branches = flowchart.branches(of: drawn.number)
                let question = sop.steps[index].decision?.question ?? question(from: sop.steps[index].activity)
                sop.steps[index].decision = Decision(question: question, yes: branches.yes, no: branches.no)
            } else {
                sop.steps[index].decision = nil
            }
        }
        return (sop, renamed)
    }

    /// The SOP's role for each drawn column: by name (RoleMatcher), or by position when the counts
    /// agree and at least half of the columns match by name in place; nil when neither works.
    static func matchedRoles(_ drawn: [String], to roles: [String]) -> [String]? {
        guard !roles.isEmpty else { return nil }
        let matcher = RoleMatcher(roles: roles)
        let indices = drawn.map { matcher.role(named: $0) }
        if indices.allSatisfy({ $0 != nil }), Set(indices.compactMap { $0 }).count == drawn.count {
            return indices.map { roles[$0!] }
        }
        guard roles.count == drawn.count else { return nil }
        let sameNames = indices.enumerated().filter { $0.element == $0.offset }.count
        return sameNames * 2 >= drawn.count ? roles : nil
    }

    /// A question from a decision's activity when the text gave none: the activity ending in "?".
    static func question(from activity: String) -> String {
        let trimmed = TextFolding.collapseWhitespace(activity).trimmingCharacters(in: CharacterSet(charactersIn: ". ;"))
        guard !trimmed.isEmpty else { return "Disetujui?" }
        return trimmed.hasSuffix("?") ? trimmed : trimmed + "?"
    }
}

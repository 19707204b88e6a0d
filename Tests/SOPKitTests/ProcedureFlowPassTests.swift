@testable import SOPKit
import Testing

/// The flowchart built in one pass over the steps (lanes found among the roles in turn, a decision's
/// named step looked for only for decisions) is the one built with a dictionary of lanes and of step
/// numbers: on the corpus, and on SOPs with repeated roles, performers outside the header, repeated
/// and missing step numbers, decisions naming no step, and no steps at all.
@Suite struct ProcedureFlowPassTests {
    /// The flowchart as it was built before, with a dictionary of lanes and one of step numbers.
    static func reference(_ sop: SOP) -> ProcedureFlow {
        let roleLanes = Dictionary(sop.roles.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let unknownLane = sop.roles.count
        var needsUnknownLane = false
        var nodes: [ProcedureFlow.Node] = []
        for (index, step) in sop.steps.enumerated() {
            let lanes = step.performers.compactMap { roleLanes[$0] }
            let symbol: ProcedureFlow.Symbol =
                step.decision != nil ? .decision : (index == 0 || index == sop.steps.count - 1 ? .terminator : .process)
            if lanes.isEmpty { needsUnknownLane = true }
            nodes.append(ProcedureFlow.Node(
                index: index, number: step.number, symbol: symbol, lane: lanes.first ?? unknownLane,
                otherLanes: Array(lanes.dropFirst()), performerUnknown: lanes.isEmpty))
        }
        var indexOfNumber: [Int: Int] = [:]
        for (index, step) in sop.steps.enumerated() where indexOfNumber[step.number] == nil {
            indexOfNumber[step.number] = index
        }
        var edges: [ProcedureFlow.Edge] = []
        for (index, step) in sop.steps.enumerated() {
            let next: ProcedureFlow.Target = index + 1 < sop.steps.count ? .step(index + 1) : .end
            guard let decision = step.decision else {
                edges.append(ProcedureFlow.Edge(from: index, to: next))
                continue
            }
            let yes = decision.yes.flatMap { indexOfNumber[$0] }.map(ProcedureFlow.Target.step) ?? next
            let no = decision.no.flatMap { indexOfNumber[$0] }.map(ProcedureFlow.Target.step) ?? .end
            edges.append(ProcedureFlow.Edge(from: index, to: yes, label: ProcedureFlow.yes))
            edges.append(ProcedureFlow.Edge(from: index, to: no, label: ProcedureFlow.no))
        }
        var flow = ProcedureFlow(SOP(id: "", source: SourceRange(file: "", startLine: 1, endLine: 1)))
        flow.lanes = sop.roles + (needsUnknownLane ? [ProcedureFlow.unknownLaneName] : [])
        flow.hasUnknownLane = needsUnknownLane
        flow.nodes = nodes
        flow.edges = edges
        return flow
    }

    /// A step numbered `number` performed by `performers`, deciding with branches to `yes` and `no`
    /// when given.
    private static func step(_ number: Int, _ performers: [String], decides branches: (yes: Int?, no: Int?)? = nil) -> Step {
        var step = Step(number: number, activity: "Langkah \(number)", performers: performers, line: number)
        if let branches { step.decision = Decision(question: "Lengkap?", yes: branches.yes, no: branches.no) }
        return step
    }

    static let samples: [SOP] = {
        let source = SourceRange(file: "x.txt", startLine: 1, endLine: 40)
        return [
            SOP(id: "empty", source: source),
            SOP(id: "one", roles: ["Staf"], steps: [step(1, ["Staf"])], source: source),
            SOP(id: "unknown", roles: ["Staf", "Kepala"], steps: [step(1, []), step(2, ["Lurah"]), step(3, ["Kepala"])], source: source),
            SOP(
                id: "repeated roles", roles: ["Staf", "Kepala", "Staf", "Café", "Cafe\u{301}"],
                steps: [step(1, ["Staf", "Kepala"]), step(2, ["Kepala", "Staf", "Lurah", "Cafe\u{301}"]), step(3, ["Café"])],
                source: source),
            SOP(
                id: "decisions", roles: ["Staf", "Kasubbag", "Kepala"],
                steps: [
                    step(1, ["Staf"]), step(2, ["Kasubbag"], decides: (yes: 4, no: 1)), step(2, ["Kepala"], decides: (yes: nil, no: nil)),
                    step(4, ["Staf"], decides: (yes: 9, no: 2)), step(5, [], decides: (yes: 5, no: nil)), step(3, ["Kepala", "Staf"]),
                ],
                source: source),
            SOP(id: "last decides", roles: ["Staf"], steps: [step(1, ["Staf"], decides: (yes: 1, no: 1))], source: source),
        ]
    }()

    @Test func theFlowOfEachSampleIsTheReferenceFlow() {
        for sop in Self.samples { #expect(ProcedureFlow(sop) == Self.reference(sop), "\(sop.id)") }
    }

    @Test func theFlowOfEachCorpusSOPIsTheReferenceFlow() {
        var count = 0
        for input in Fixtures.corpusInputs {
            for sop in Fixtures.document(input).sops {
                #expect(ProcedureFlow(sop) == Self.reference(sop), "\(input) \(sop.id)")
                count += 1
            }
        }
        #expect(count > 10)
    }
}

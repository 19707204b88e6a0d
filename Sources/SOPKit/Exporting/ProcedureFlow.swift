/// The flowchart of one SOP's procedure, drawn once and shared by the HTML, Mermaid and BPMN
/// exporters so that they always agree: one lane per role (and a lane for steps whose performer is
/// unknown, when there are any), one node per step with its symbol, and the edges between steps.
///
/// A step goes to the next one; a decision's "Ya" goes to its named step (or the next), its "Tidak"
/// to its named step, or out of the procedure when it names none. The last step leaves the procedure.
public struct ProcedureFlow: Sendable, Hashable {
    /// The flowchart symbol of a step.
    public enum Symbol: String, Sendable, Hashable {
        /// The first and the last step (a rounded capsule).
        case terminator
        /// An activity (a rectangle).
        case process
        /// A decision (a diamond).
        case decision
    }

    /// One step of the chart.
    public struct Node: Sendable, Hashable {
        /// The index of the step in `SOP.steps`.
        public var index: Int
        /// The step number as printed.
        public var number: Int
        /// The symbol drawn for the step.
        public var symbol: Symbol
        /// The lane the step's symbol sits in (the first performer's, or the unknown lane).
        public var lane: Int
        /// Further lanes of a step with several performers.
        public var otherLanes: [Int]
        /// Whether the performer is unknown (the step sits in the unknown lane).
        public var performerUnknown: Bool
    }

    /// Where an edge goes.
    public enum Target: Sendable, Hashable {
        /// To the step at this index of `SOP.steps`.
        case step(Int)
        /// Out of the procedure (its end).
        case end
    }

    /// An arrow from one step to the next.
    public struct Edge: Sendable, Hashable {
        /// The index of the step it leaves.
        public var from: Int
        /// Where it goes.
        public var to: Target
        /// "Ya" or "Tidak" for the branches of a decision, nil otherwise.
        public var label: String?

        /// Whether the edge goes back to the same or an earlier step.
        public var isBackward: Bool {
            if case .step(let target) = to { return target <= from }
            return false
        }
    }

    /// The name of the lane of steps whose performer is unknown.
    public static let unknownLaneName = "Pelaksana tidak diketahui"
    /// The label of a decision's accepted branch.
    public static let yes = "Ya"
    /// The label of a decision's rejected branch.
    public static let no = "Tidak"

    /// The lane names, left to right: the roles, then the unknown lane when a step needs it.
    public var lanes: [String]
    /// Whether the last lane is the unknown lane.
    public var hasUnknownLane: Bool
    /// One node per step, in order.
    public var nodes: [Node]
    /// The edges, in the order of the steps they leave (a decision's "Ya" before its "Tidak").
    public var edges: [Edge]

    /// The flowchart of `sop`, in one pass over its steps. A performer's lane is the first role of that
    /// name, found by comparing the few roles in turn; a decision's named step is the first with that
    /// number, looked for only for decisions.
    public init(_ sop: SOP) {
        let steps = sop.steps
        let unknownLane = sop.roles.count
        var needsUnknownLane = false
        var nodes: [Node] = []
        nodes.reserveCapacity(steps.count)
        var edges: [Edge] = []
        edges.reserveCapacity(steps.count + 1)
        for index in steps.indices {
            var firstLane: Int?
            var otherLanes: [Int] = []
            for performer in steps[index].performers {
                guard let lane = sop.roles.firstIndex(of: performer) else { continue }
                if firstLane == nil { firstLane = lane } else { otherLanes.append(lane) }
            }
            if firstLane == nil { needsUnknownLane = true }
            let decision = steps[index].decision
            let symbol: Symbol = decision != nil ? .decision : (index == 0 || index == steps.count - 1 ? .terminator : .process)
            nodes.append(Node(
                index: index, number: steps[index].number, symbol: symbol, lane: firstLane ?? unknownLane,
                otherLanes: otherLanes, performerUnknown: firstLane == nil))
            let next: Target = index + 1 < steps.count ? .step(index + 1) : .end
            guard let decision else {
                edges.append(Edge(from: index, to: next))
                continue
            }
            func firstStep(numbered number: Int?) -> Target? {
                guard let number else { return nil }
                return steps.indices.first { steps[$0].number == number }.map(Target.step)
            }
            edges.append(Edge(from: index, to: firstStep(numbered: decision.yes) ?? next, label: Self.yes))
            edges.append(Edge(from: index, to: firstStep(numbered: decision.no) ?? .end, label: Self.no))
        }
        var lanes = sop.roles
        if needsUnknownLane { lanes.append(Self.unknownLaneName) }
        self.lanes = lanes
        self.hasUnknownLane = needsUnknownLane
        self.nodes = nodes
        self.edges = edges
    }

    /// The edges leaving the step at `index`.
    public func edges(from index: Int) -> [Edge] {
        edges.filter { $0.from == index }
    }
}

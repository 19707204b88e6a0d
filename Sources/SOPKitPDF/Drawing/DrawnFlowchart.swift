/// A step as the flowchart draws it: the symbols in its row and the role columns holding them.
public struct DrawnStep: Sendable, Hashable {
    /// The step number of the row.
    public var number: Int
    /// The symbols drawn in the row, left to right.
    public var symbols: [SymbolKind]
    /// The role columns (0-based, left to right) that hold a symbol of the row.
    public var roleColumns: [Int]
    /// The names of those role columns, as printed in the header.
    public var roleNames: [String]

    /// Creates a drawn step.
    public init(number: Int, symbols: [SymbolKind], roleColumns: [Int], roleNames: [String]) {
        self.number = number
        self.symbols = symbols
        self.roleColumns = roleColumns
        self.roleNames = roleNames
    }

    /// Whether the row holds a decision diamond.
    public var isDecision: Bool { symbols.contains(.decision) }
}

/// A connector from one step's symbol to another's.
public struct DrawnEdge: Sendable, Hashable {
    /// The step it leaves.
    public var from: Int
    /// The step it arrives at.
    public var to: Int
    /// "Ya" or "Tidak" when the connector is labelled (or, for a decision, read from its direction).
    public var label: String?
    /// Whether it ends in an arrowhead.
    public var isDirected: Bool

    /// Creates an edge.
    public init(from: Int, to: Int, label: String?, isDirected: Bool) {
        self.from = from
        self.to = to
        self.label = label
        self.isDirected = isDirected
    }
}

/// The flowchart of one procedure table, read from the drawing.
public struct DrawnFlowchart: Sendable, Hashable {
    /// The role columns' names, left to right.
    public var roleNames: [String]
    /// The steps that hold symbols, in order.
    public var steps: [DrawnStep]
    /// The connectors between steps.
    public var edges: [DrawnEdge]

    /// Creates a flowchart.
    public init(roleNames: [String], steps: [DrawnStep], edges: [DrawnEdge]) {
        self.roleNames = roleNames
        self.steps = steps
        self.edges = edges
    }

    /// Where the "Ya" and "Tidak" branches of decision step `number` lead.
    public func branches(of number: Int) -> (yes: Int?, no: Int?) {
        let outgoing = edges.filter { $0.from == number }
        return (outgoing.first { $0.label == "Ya" }?.to, outgoing.first { $0.label == "Tidak" }?.to)
    }
}

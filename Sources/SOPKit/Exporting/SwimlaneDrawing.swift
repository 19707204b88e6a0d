/// The flowchart of a `ProcedureFlow` cut into the cells of the procedure table: for each step row and
/// lane, the line segments and the symbol drawn in that cell. Coordinates mix percentages of the cell
/// (so that lines stretch with the row's height) and pixels from the top of the cell, which is how the
/// chart stays joined whatever the height of the text in the row.
///
/// Arrows between consecutive steps leave the symbol at the bottom and enter the next one at the top,
/// crossing lanes just below the top of the next row. Other arrows (a decision going back, or skipping
/// steps) leave the symbol at its side and run in a channel along the side of the target's lane.
struct SwimlaneDrawing {
    /// A vertical position in a cell.
    enum Y: Hashable {
        /// The top of the cell.
        case top
        /// Where arrows between lanes cross, a few pixels below the top.
        case crossing
        /// The middle of the cell, where symbols sit.
        case middle
        /// The bottom of the cell.
        case bottom

        /// The position as an SVG coordinate in the cell.
        var svg: StaticString {
            switch self {
            case .top: "0"
            case .crossing: "8"
            case .middle: "50%"
            case .bottom: "100%"
            }
        }
    }

    /// How a segment ends.
    enum Head: Hashable {
        /// No arrowhead.
        case none
        /// An arrowhead stopping at the top of a process symbol.
        case intoProcessTop
        /// An arrowhead stopping at a corner of a decision diamond.
        case intoDecision
        /// An arrowhead stopping at the side of a process symbol.
        case intoProcessSide
        /// An arrowhead at the end of the segment.
        case atEnd
    }

    /// One straight line in a cell.
    struct Segment: Hashable {
        /// Horizontal positions in whole percents of the cell width; vertical positions.
        var x1: Int, y1: Y, x2: Int, y2: Y
        var head: Head = .none
        /// A dotted line joining the symbols of one step with several performers.
        var dotted = false
    }

    /// Where a label sits in its cell.
    enum Placement: Hashable {
        /// Beside the line leaving the symbol at the bottom.
        case below
        /// Above the line leaving the symbol at the side.
        case side
        /// Under the arrow that leaves the procedure, at the cell's right edge.
        case end
    }

    /// A small text next to a line ("Ya", "Tidak").
    struct Label: Hashable {
        var text: String
        var placement: Placement
    }

    /// What is drawn in one cell: its segments and its labels as chains through the drawing's
    /// `segments` and `labels`, in the order they were drawn, and its symbol. Plain integers, so that
    /// the table of cells is one allocation and reading a cell retains nothing.
    struct Cell {
        /// The cell's first and last segment in `segments`, -1 when it has none.
        var firstSegment = -1, lastSegment = -1
        /// The cell's first and last label in `labels`, -1 when it has none.
        var firstLabel = -1, lastLabel = -1
        /// The index in the flow's `nodes` of the step whose symbol is in this lane, -1 when the step
        /// is not performed here.
        var node = -1
        /// Whether the symbol is a further performer's copy of the step's main symbol.
        var isSecondary = false
    }

    /// The number of lanes: the number of cells in each step's row.
    let laneCount: Int
    /// The cells row by row (a row per step index, a cell per lane in the row): one array for the whole
    /// table, the cell of step index `row` in `lane` at `position(row:lane:)`.
    private(set) var cells: [Cell]
    /// Every segment drawn, with the index of the next segment of its cell (-1 after the cell's last).
    private var segments: [(segment: Segment, next: Int)] = []
    /// Every label drawn, with the index of the next label of its cell (-1 after the cell's last).
    private var labels: [(label: Label, next: Int)] = []

    /// The position in `cells` of the cell of step index `row` in `lane`.
    func position(row: Int, lane: Int) -> Int { row * laneCount + lane }

    /// Calls `body` with each segment of the cell at `position`, in the order they were drawn.
    func forEachSegment(at position: Int, _ body: (Segment) -> Void) {
        var index = cells[position].firstSegment
        while index >= 0 {
            body(segments[index].segment)
            index = segments[index].next
        }
    }

    /// Calls `body` with each label of the cell at `position`, in the order they were drawn.
    func forEachLabel(at position: Int, _ body: (Label) -> Void) {
        var index = cells[position].firstLabel
        while index >= 0 {
            body(labels[index].label)
            index = labels[index].next
        }
    }

    /// Adds `segment` after the other segments of the cell of step index `row` in `lane`.
    private mutating func add(_ segment: Segment, row: Int, lane: Int) {
        let cell = position(row: row, lane: lane)
        let added = segments.count
        segments.append((segment, -1))
        if cells[cell].lastSegment >= 0 {
            segments[cells[cell].lastSegment].next = added
        } else {
            cells[cell].firstSegment = added
        }
        cells[cell].lastSegment = added
    }

    /// Adds `label` after the other labels of the cell of step index `row` in `lane`.
    private mutating func add(_ label: Label, row: Int, lane: Int) {
        let cell = position(row: row, lane: lane)
        let added = labels.count
        labels.append((label, -1))
        if cells[cell].lastLabel >= 0 {
            labels[cells[cell].lastLabel].next = added
        } else {
            cells[cell].firstLabel = added
        }
        cells[cell].lastLabel = added
    }

    /// Cuts `flow` into cells.
    init(_ flow: ProcedureFlow) {
        laneCount = flow.lanes.count
        cells = Array(repeating: Cell(), count: flow.nodes.count * flow.lanes.count)
        segments.reserveCapacity(3 * flow.nodes.count)
        for node in flow.nodes {
            cells[position(row: node.index, lane: node.lane)].node = node.index
            for lane in node.otherLanes {
                cells[position(row: node.index, lane: lane)].node = node.index
                cells[position(row: node.index, lane: lane)].isSecondary = true
                horizontal(row: node.index, from: (node.lane, 50), to: (lane, 50), at: .middle, dotted: true)
            }
        }
        var channels: [Int: [ClosedRange<Int>]] = [:]
        for edge in flow.edges {
            let source = flow.nodes[edge.from]
            switch edge.to {
            case .end:
                guard edge.from != flow.nodes.count - 1 else { continue }
                add(Segment(x1: 50, y1: .middle, x2: 100, y2: .middle, head: .atEnd), row: edge.from, lane: source.lane)
                if let label = edge.label { add(Label(text: label, placement: .side), row: edge.from, lane: source.lane) }
                add(Label(text: "selesai", placement: .end), row: edge.from, lane: source.lane)
            case .step(let targetIndex) where targetIndex == edge.from + 1:
                adjacent(from: source, to: flow.nodes[targetIndex], label: edge.label)
            case .step(let targetIndex) where targetIndex != edge.from:
                let target = flow.nodes[targetIndex]
                let span = min(edge.from, targetIndex)...max(edge.from, targetIndex)
                let used = channels[target.lane, default: []].filter { $0.overlaps(span) }.count
                channels[target.lane, default: []].append(span)
                channel(from: source, to: target, backward: edge.isBackward, slot: used, label: edge.label)
            case .step:
                continue
            }
        }
    }

    /// An arrow from a step to the next one: down out of the symbol, across lanes below the top of the
    /// next row, down into the next symbol.
    private mutating func adjacent(from source: ProcedureFlow.Node, to target: ProcedureFlow.Node, label: String?) {
        let center = 50
        add(Segment(x1: center, y1: .middle, x2: center, y2: .bottom), row: source.index, lane: source.lane)
        if let label { add(Label(text: label, placement: .below), row: source.index, lane: source.lane) }
        let head: Head = target.symbol == .decision ? .intoDecision : .intoProcessTop
        if source.lane == target.lane {
            add(Segment(x1: center, y1: .top, x2: center, y2: .middle, head: head), row: target.index, lane: target.lane)
            return
        }
        add(Segment(x1: center, y1: .top, x2: center, y2: .crossing), row: target.index, lane: source.lane)
        horizontal(row: target.index, from: (source.lane, center), to: (target.lane, center), at: .crossing)
        add(Segment(x1: center, y1: .crossing, x2: center, y2: .middle, head: head), row: target.index, lane: target.lane)
    }

    /// An arrow that does not go to the next step: out of the symbol's side, along a channel at the side
    /// of the target's lane (the right side going back, the left going forward), into the target's side.
    private mutating func channel(
        from source: ProcedureFlow.Node, to target: ProcedureFlow.Node, backward: Bool, slot: Int, label: String?
    ) {
        let offset = min(slot, 2) * 4
        let channelX = backward ? 94 - offset : 6 + offset
        horizontal(row: source.index, from: (source.lane, 50), to: (target.lane, channelX), at: .middle)
        if let label { add(Label(text: label, placement: .side), row: source.index, lane: source.lane) }
        let rows = backward ? (target.index + 1)..<source.index : (source.index + 1)..<target.index
        for row in rows {
            add(Segment(x1: channelX, y1: .top, x2: channelX, y2: .bottom), row: row, lane: target.lane)
        }
        add(Segment(x1: channelX, y1: .middle, x2: channelX, y2: backward ? .top : .bottom), row: source.index, lane: target.lane)
        add(Segment(x1: channelX, y1: backward ? .bottom : .top, x2: channelX, y2: .middle), row: target.index, lane: target.lane)
        let head: Head = target.symbol == .decision ? .intoDecision : .intoProcessSide
        add(Segment(x1: channelX, y1: .middle, x2: 50, y2: .middle, head: head), row: target.index, lane: target.lane)
    }

    /// A horizontal line in `row` from a position in one lane to a position in another, through the
    /// lanes between.
    private mutating func horizontal(row: Int, from start: (lane: Int, x: Int), to end: (lane: Int, x: Int), at y: Y, dotted: Bool = false) {
        if start.lane == end.lane {
            add(Segment(x1: start.x, y1: y, x2: end.x, y2: y, dotted: dotted), row: row, lane: start.lane)
            return
        }
        let rightwards = end.lane > start.lane
        let exit = rightwards ? 100 : 0
        let entry = rightwards ? 0 : 100
        add(Segment(x1: start.x, y1: y, x2: exit, y2: y, dotted: dotted), row: row, lane: start.lane)
        let between = rightwards ? (start.lane + 1)..<end.lane : (end.lane + 1)..<start.lane
        for lane in between {
            add(Segment(x1: entry, y1: y, x2: exit, y2: y, dotted: dotted), row: row, lane: lane)
        }
        add(Segment(x1: entry, y1: y, x2: end.x, y2: y, dotted: dotted), row: row, lane: end.lane)
    }
}

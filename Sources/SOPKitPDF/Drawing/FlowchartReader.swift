import Foundation

/// One page as the flowchart reader needs it: its words and its drawn paths.
public struct DrawingPage: Sendable {
    /// The 1-based page number.
    public var number: Int
    /// The words of the text layer.
    public var words: [PageWord]
    /// The drawn paths (from `pdftocairo -svg`).
    public var paths: [DrawnPath]

    /// Creates a page.
    public init(number: Int, words: [PageWord], paths: [DrawnPath]) {
        self.number = number
        self.words = words
        self.paths = paths
    }
}

/// Reads the flowcharts drawn in procedure tables: places every symbol in the role column and step row
/// that hold it, follows the connectors (across pages through the off-page connectors) and labels a
/// decision's branches by the nearest "Ya"/"Tidak" word.
public enum FlowchartReader {
    /// How far (in points) a connector end may be from the symbol it touches.
    static let touchDistance = 8.0
    /// How far a "Ya"/"Tidak" word may be from the connector it labels.
    static let labelDistance = 30.0

    private struct Node {
        var page: Int
        var symbol: FlowSymbol
        var step: Int?
        var column: Int?
        var table: Int
    }

    private struct Link {
        var from: Int
        var to: Int
        var line: FlowLine
        var label: String?
    }

    /// The grid of each page: its own header, or the previous page's columns with its own step numbers.
    public static func grids(of pages: [DrawingPage]) -> [TableGrid?] {
        var previous: TableGrid?
        return pages.map { page in
            if let grid = TableGrid.find(in: page.words) {
                previous = grid
                return grid
            }
            guard var carried = previous else { return nil }
            carried.rows = TableGrid.stepRows(in: page.words, numberColumn: carried.numberColumn, below: 0)
            guard !carried.rows.isEmpty else { return nil }
            carried.bodyTop = carried.rows.first.map { $0.box.minY - 200 } ?? 0
            return carried
        }
    }

    /// The flowcharts of `pages`, one per procedure table (a table starts again at step 1).
    public static func read(_ pages: [DrawingPage]) -> [DrawnFlowchart] {
        let grids = grids(of: pages)
        var nodes: [Node] = []
        var links: [Link] = []
        var tableRoles: [[String]] = []
        var lastStep = 0
        var footCuts: [PageBreakCut] = []
        for (page, found) in zip(pages, grids) {
            guard let found else { continue }
            let grid = found.splitting(atRules: verticalRules(in: page.paths, crossing: found)).ruled(by: page.paths)
            guard !grid.roles.isEmpty else { continue }
            if tableRoles.isEmpty || (grid.rows.first?.number == 1 && lastStep > 0) {
                tableRoles.append(grid.roles.map(\.name))
            }
            let table = tableRoles.count - 1
            lastStep = grid.rows.last?.number ?? lastStep
            let (symbols, lines) = SymbolClassifier.classify(page.paths)
            let firstNode = nodes.count
            for symbol in symbols {
                let centre = symbol.box.centre
                guard let column = grid.roleColumn(at: centre.x), let row = grid.row(at: centre.y) else { continue }
                nodes.append(Node(page: page.number, symbol: symbol, step: row.number, column: column, table: table))
            }
            let pageNodes = firstNode..<nodes.count
            let labels = page.words.filter { ["ya", "tidak"].contains(TableGrid.key($0.text).trimmingCharacters(in: CharacterSet(charactersIn: ".,"))) && grid.roleZone.contains($0.box.centre.x) && $0.box.minY >= grid.bodyTop }
            var pageLinks: [Link] = []
            var cuts: [PageBreakCut] = []
            for line in joined(lines, symbols: nodes[pageNodes].map(\.symbol)) {
                let from = nearest(line.start, in: pageNodes, nodes: nodes)
                let to = nearest(line.end, in: pageNodes, nodes: nodes)
                if let from, let to {
                    if from != to { pageLinks.append(Link(from: from, to: to, line: line, label: nil)) }
                } else if let cut = pageBreakCut(line, from: from, to: to, grid: grid) {
                    cuts.append(cut)
                }
            }
            var labelled = pageLinks + cuts.map { Link(from: $0.node, to: $0.node, line: $0.line, label: nil) }
            label(&labelled, with: labels, nodes: nodes)
            links += labelled.prefix(pageLinks.count)
            for (index, link) in labelled.dropFirst(pageLinks.count).enumerated() { cuts[index].label = link.label }
            for cut in cuts where !cut.atFoot {
                guard let above = footCuts.min(by: { abs($0.freeEnd.x - cut.freeEnd.x) < abs($1.freeEnd.x - cut.freeEnd.x) }),
                    abs(above.freeEnd.x - cut.freeEnd.x) <= 4
                else { continue }
                let upward = above.entersNode && !cut.entersNode
                let (from, to) = upward ? (cut, above) : (above, cut)
                links.append(Link(from: from.node, to: to.node, line: FlowLine(points: from.line.points, isDirected: to.entersNode), label: from.label))
            }
            footCuts = cuts.filter(\.atFoot)
        }
        return tableRoles.indices.map { table in
            flowchart(table: table, roles: tableRoles[table], nodes: nodes, links: links)
        }
    }

    /// A connector cut where the page breaks: the piece on one page between a symbol and the foot of
    /// the table (continued at the head of the next page) or its head (continuing the previous page).
    private struct PageBreakCut {
        /// The symbol the piece touches.
        var node: Int
        /// The piece, from the symbol to its free end.
        var line: FlowLine
        /// Whether the free end is at the foot of the table (else at the head of its body).
        var atFoot: Bool
        /// Whether the piece's arrowhead points into the symbol.
        var entersNode: Bool
        /// "Ya" or "Tidak" when a label is beside the piece.
        var label: String?

        /// The end of the piece at the foot or head of the table.
        var freeEnd: Point { line.end }
    }

    /// How `line`, which touches the symbol `from` or `to` (not both), is cut by a page break: its free
    /// end lies below the page's last step number (at the table's last rule when it is ruled), or above
    /// the first step number and below the header. Nil for a line ending nowhere else.
    private static func pageBreakCut(_ line: FlowLine, from: Int?, to: Int?, grid: TableGrid) -> PageBreakCut? {
        guard let firstRow = grid.rows.first, let lastRow = grid.rows.last, let node = from ?? to else { return nil }
        let fromNode = from != nil ? line : FlowLine(points: line.points.reversed(), isDirected: line.isDirected)
        let free = fromNode.end
        let atFoot = free.y > lastRow.box.maxY && (grid.rowRules.last.map { abs(free.y - $0) <= 6 } ?? true)
        let atHead = free.y < firstRow.box.minY && free.y >= grid.bodyTop - 6
        guard atFoot || atHead else { return nil }
        return PageBreakCut(node: node, line: fromNode, atFoot: atFoot, entersNode: line.isDirected && to != nil, label: nil)
    }

    /// `lines` with undirected pieces joined to the lines they continue (a connector drawn as a plain
    /// segment followed by an arrow); pieces meet at a point away from every symbol.
    static func joined(_ lines: [FlowLine], symbols: [FlowSymbol]) -> [FlowLine] {
        var lines = lines
        func isJunction(_ point: Point) -> Bool { !symbols.contains { $0.box.distance(to: point) <= 2 } }
        var merged = true
        while merged {
            merged = false
            search: for index in lines.indices where !lines[index].isDirected {
                for other in lines.indices where other != index {
                    var piece = lines[index]
                    let next = lines[other]
                    if piece.start.distance(to: next.start) <= 3 || (!next.isDirected && piece.start.distance(to: next.end) <= 3) {
                        piece.points.reverse()
                    }
                    if piece.end.distance(to: next.start) <= 3, isJunction(piece.end) {
                        lines[other] = FlowLine(points: piece.points + next.points.dropFirst(), isDirected: next.isDirected)
                    } else if !next.isDirected, piece.end.distance(to: next.end) <= 3, isJunction(piece.end) {
                        lines[other] = FlowLine(points: piece.points + next.points.reversed().dropFirst(), isDirected: false)
                    } else {
                        continue
                    }
                    lines.remove(at: index)
                    merged = true
                    break search
                }
            }
        }
        for index in lines.indices where !lines[index].isDirected {
            var piece = lines[index]
            if !symbols.contains(where: { $0.box.distance(to: piece.start) <= touchDistance }) { piece.points.reverse() }
            guard isJunction(piece.end) else { continue }
            for other in lines.indices where other != index && lines[other].isDirected {
                let target = lines[other].points
                guard let segment = target.indices.dropLast().first(where: { piece.end.distance(toSegment: target[$0], target[$0 + 1]) <= 3 })
                else { continue }
                lines[index] = FlowLine(points: piece.points + target[(segment + 1)...], isDirected: true)
                break
            }
        }
        return lines
    }

    /// The x positions of the thin vertical lines that cross the role header (the table's column rules).
    static func verticalRules(in paths: [DrawnPath], crossing grid: TableGrid) -> [Double] {
        guard let top = grid.roleWords.map(\.box.minY).min() else { return [] }
        return paths.flatMap(\.subpaths).compactMap { subpath in
            guard let box = subpath.box, box.width <= SymbolClassifier.barThickness, box.minY <= top, box.maxY >= grid.bodyTop else { return nil }
            return box.centre.x
        }
    }

    /// The node of `range` whose symbol is nearest to `point`, when it touches it.
    private static func nearest(_ point: Point, in range: Range<Int>, nodes: [Node]) -> Int? {
        let best = range.min { nodes[$0].symbol.box.distance(to: point) < nodes[$1].symbol.box.distance(to: point) }
        guard let best, nodes[best].symbol.box.distance(to: point) <= touchDistance else { return nil }
        return best
    }

    /// Labels the links leaving decisions with the nearest "Ya"/"Tidak" words, each word used once.
    private static func label(_ links: inout [Link], with words: [PageWord], nodes: [Node]) {
        var candidates: [(distance: Double, link: Int, word: Int)] = []
        for (index, link) in links.enumerated() where nodes[link.from].symbol.kind == .decision {
            for (wordIndex, word) in words.enumerated() {
                let distance = link.line.distance(to: word.box.centre)
                if distance <= labelDistance { candidates.append((distance, index, wordIndex)) }
            }
        }
        var usedWords: Set<Int> = []
        for candidate in candidates.sorted(by: { $0.distance < $1.distance }) {
            guard links[candidate.link].label == nil, !usedWords.contains(candidate.word) else { continue }
            usedWords.insert(candidate.word)
            links[candidate.link].label = TableGrid.key(words[candidate.word].text).hasPrefix("ya") ? "Ya" : "Tidak"
        }
    }

    /// The steps and edges of one table: off-page connectors joined, decisions' unlabelled branches
    /// read by direction.
    private static func flowchart(table: Int, roles: [String], nodes: [Node], links: [Link]) -> DrawnFlowchart {
        let members = nodes.indices.filter { nodes[$0].table == table }
        var steps: [DrawnStep] = []
        for number in Set(members.compactMap { nodes[$0].step }).sorted() {
            let held = members.filter { nodes[$0].step == number && nodes[$0].symbol.kind != .connector }
                .sorted { nodes[$0].symbol.box.minX < nodes[$1].symbol.box.minX }
            guard !held.isEmpty else { continue }
            let columns = Array(Set(held.compactMap { nodes[$0].column })).sorted()
            steps.append(DrawnStep(
                number: number, symbols: held.map { nodes[$0].symbol.kind }, roleColumns: columns,
                roleNames: columns.map { roles[$0] }))
        }
        let tableLinks = links.filter { nodes[$0.from].table == table }
        var edges: [DrawnEdge] = []
        for link in tableLinks where nodes[link.from].symbol.kind != .connector {
            for target in targets(of: link.to, links: tableLinks, nodes: nodes, visited: []) {
                guard let from = nodes[link.from].step, let to = nodes[target].step else { continue }
                if from == to && nodes[link.from].symbol.kind != .decision { continue }
                edges.append(DrawnEdge(from: from, to: to, label: link.label, isDirected: link.line.isDirected))
            }
        }
        edges = unique(edges)
        for step in steps where step.isDecision {
            let outgoing = edges.indices.filter { edges[$0].from == step.number }
            let targets = Set(outgoing.map { edges[$0].to })
            guard targets.count == 2 else { continue }
            let labelled = outgoing.filter { edges[$0].label != nil }
            if let known = labelled.first {
                for index in outgoing where edges[index].label == nil {
                    edges[index].label = edges[index].to == edges[known].to ? edges[known].label : (edges[known].label == "Ya" ? "Tidak" : "Ya")
                }
            } else {
                let forward = targets.max()!
                for index in outgoing { edges[index].label = edges[index].to == forward ? "Ya" : "Tidak" }
            }
        }
        return DrawnFlowchart(roleNames: roles, steps: steps, edges: unique(edges))
    }

    /// The symbols a link arriving at `node` reaches: the node itself, or, through a connector symbol,
    /// the symbols that the matching connector (on another page) leads to.
    private static func targets(of node: Int, links: [Link], nodes: [Node], visited: Set<Int>) -> [Int] {
        guard nodes[node].symbol.kind == .connector else { return [node] }
        guard !visited.contains(node), visited.count < 8 else { return [] }
        let onward = links.filter { $0.from == node }.map(\.to)
        if !onward.isEmpty {
            return onward.flatMap { targets(of: $0, links: links, nodes: nodes, visited: visited.union([node])) }
        }
        let partners = nodes.indices.filter { other in
            other != node && nodes[other].symbol.kind == .connector && nodes[other].page != nodes[node].page
                && nodes[other].table == nodes[node].table && links.contains { $0.from == other }
                && !links.contains { $0.to == other }
        }
        let partner = partners.min { abs(nodes[$0].page - nodes[node].page) * 10_000 + Int(abs(nodes[$0].symbol.box.centre.x - nodes[node].symbol.box.centre.x))
            < abs(nodes[$1].page - nodes[node].page) * 10_000 + Int(abs(nodes[$1].symbol.box.centre.x - nodes[node].symbol.box.centre.x)) }
        guard let partner else { return [] }
        return links.filter { $0.from == partner }.flatMap { targets(of: $0.to, links: links, nodes: nodes, visited: visited.union([node, partner])) }
    }

    private static func unique(_ edges: [DrawnEdge]) -> [DrawnEdge] {
        var seen: Set<DrawnEdge> = []
        return edges.filter { seen.insert($0).inserted }
    }
}

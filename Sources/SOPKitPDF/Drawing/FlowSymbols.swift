/// The kind of a flowchart symbol, from its outline.
public enum SymbolKind: String, Sendable, Hashable {
    /// A rectangle: an activity.
    case process
    /// A rounded rectangle or stadium: the start or the end.
    case terminator
    /// A diamond: a decision.
    case decision
    /// A pentagon or small circle: the flow continues on another page or elsewhere on the page.
    case connector
    /// Another closed outline (a parallelogram, a document shape): an activity.
    case other
}

/// A drawn flowchart symbol.
public struct FlowSymbol: Sendable, Hashable {
    /// What the outline means.
    public var kind: SymbolKind
    /// Its box on the page.
    public var box: Box

    /// Creates a symbol.
    public init(kind: SymbolKind, box: Box) {
        self.kind = kind
        self.box = box
    }
}

/// A drawn connector: a polyline from where it leaves a symbol to where it arrives.
public struct FlowLine: Sendable, Hashable {
    /// The points from start to end; for a directed line the last one is the arrowhead's tip.
    public var points: [Point]
    /// Whether it ends in an arrowhead.
    public var isDirected: Bool

    /// Creates a line.
    public init(points: [Point], isDirected: Bool) {
        self.points = points
        self.isDirected = isDirected
    }

    /// Where it starts.
    public var start: Point { points[0] }
    /// Where it ends.
    public var end: Point { points[points.count - 1] }

    /// The distance from `point` to the line.
    public func distance(to point: Point) -> Double {
        guard points.count > 1 else { return point.distance(to: points[0]) }
        return zip(points, points.dropFirst()).map { point.distance(toSegment: $0, $1) }.min() ?? .infinity
    }
}

/// Tells the symbols and connectors of a page from everything else drawn on it (ruling lines, logos),
/// by geometry alone, so that stroked outlines, filled outlines ("rings") and filled connector bodies
/// all work.
public enum SymbolClassifier {
    /// The largest side of an arrowhead, in points.
    static let arrowheadSize = 16.0
    /// The thickness under which a filled bar is a line rather than a symbol.
    static let barThickness = 3.0
    /// The largest side of one dash of a dotted or dashed outline drawn as separate filled pieces.
    static let dashSize = 4.0

    /// The symbols and connectors among `paths`.
    public static func classify(_ paths: [DrawnPath]) -> (symbols: [FlowSymbol], lines: [FlowLine]) {
        var symbols: [FlowSymbol] = []
        var lines: [FlowLine] = []
        var looseArrowheads: [[Point]] = []
        var openLines: [[Point]] = []
        var dashes: [Box] = []
        for path in paths {
            let pieces = path.subpaths.map { (subpath: $0, corners: $0.corners) }.filter { $0.corners.count >= 2 }
            if path.paint.filledDark {
                let arrowheads = pieces.filter { isArrowhead($0.corners, closed: $0.subpath.isClosed) }.map(\.corners)
                let bodies = pieces.filter { !isArrowhead($0.corners, closed: $0.subpath.isClosed) }
                if !arrowheads.isEmpty {
                    if bodies.isEmpty {
                        looseArrowheads += arrowheads
                    } else {
                        for body in bodies {
                            guard let head = arrowheads.min(by: { gap($0, body.corners) < gap($1, body.corners) }) else { continue }
                            lines.append(connector(outline: body.corners, arrowhead: head))
                        }
                    }
                    continue
                }
                if let ring = ringOutline(bodies.map(\.subpath)) {
                    if let symbol = symbol(outline: ring) { symbols.append(symbol) }
                    continue
                }
                for body in bodies {
                    guard let box = body.subpath.box else { continue }
                    if max(box.width, box.height) <= dashSize { dashes.append(box) }
                    guard min(box.width, box.height) > barThickness else { continue }
                    if let symbol = symbol(outline: body.subpath) { symbols.append(symbol) }
                }
            } else if path.paint.stroked {
                for piece in pieces {
                    if piece.subpath.isClosed && piece.corners.count >= 3 {
                        if let symbol = symbol(outline: piece.subpath) { symbols.append(symbol) }
                    } else {
                        openLines.append(piece.corners)
                    }
                }
            }
        }
        for line in openLines {
            let head = looseArrowheads.enumerated().min { gap($0.element, line) < gap($1.element, line) }
            if let cut = looseArrowheads.lazy.compactMap({ cutAtArrowhead(line, $0) }).first {
                lines.append(cut)
            } else if let head, gap(head.element, line) < 4 {
                var points = line
                if head.element.map({ $0.distance(to: line[0]) }).min()! < head.element.map({ $0.distance(to: line[line.count - 1]) }).min()! {
                    points.reverse()
                }
                points.append(tip(of: head.element, awayFrom: line))
                lines.append(FlowLine(points: points, isDirected: true))
            } else {
                lines.append(FlowLine(points: line, isDirected: false))
            }
        }
        return (unique(symbols + dashedOutlines(dashes)), lines)
    }

    /// The symbols whose dotted or dashed outlines were drawn as separate filled dashes: dashes chained
    /// less than three points apart, all along the edges of their box, make a rectangle (a process); a
    /// chain off the edges (a diamond or a rounded box) makes another symbol. Chains too thin to be a
    /// symbol (a dotted connector) are left out.
    static func dashedOutlines(_ dashes: [Box]) -> [FlowSymbol] {
        var chain = [Int](repeating: -1, count: dashes.count)
        var chains: [[Int]] = []
        for seed in dashes.indices where chain[seed] < 0 {
            chain[seed] = chains.count
            var members = [seed]
            var next = 0
            while next < members.count {
                let current = dashes[members[next]]
                next += 1
                for other in dashes.indices where chain[other] < 0 && current.gap(to: dashes[other]) < 3 {
                    chain[other] = chains.count
                    members.append(other)
                }
            }
            chains.append(members)
        }
        return chains.compactMap { members in
            guard members.count >= 8,
                let box = Box(enclosing: members.flatMap { [Point(x: dashes[$0].minX, y: dashes[$0].minY), Point(x: dashes[$0].maxX, y: dashes[$0].maxY)] }),
                box.width >= 10, box.height >= 10, box.width <= 250, box.height <= 200
            else { return nil }
            let onEdges = members.allSatisfy { member in
                let dash = dashes[member]
                return dash.minX - box.minX <= 1.5 || box.maxX - dash.maxX <= 1.5 || dash.minY - box.minY <= 1.5 || box.maxY - dash.maxY <= 1.5
            }
            return FlowSymbol(kind: onEdges ? .process : .other, box: box)
        }
    }

    /// A line that runs through an arrowhead and on past its tip (under the symbol it points at), cut at
    /// the tip: the arrowhead's tip and the middle of its base lie on the line, and the line is kept from
    /// its end on the base's side. Nil when the arrowhead is not on the line.
    static func cutAtArrowhead(_ line: [Point], _ arrowhead: [Point]) -> FlowLine? {
        guard arrowhead.count == 3, line.count >= 2 else { return nil }
        func segment(holding point: Point) -> Int? {
            line.indices.dropLast().first { point.distance(toSegment: line[$0], line[$0 + 1]) <= 1 }
        }
        for tipIndex in arrowhead.indices {
            let base = arrowhead.indices.filter { $0 != tipIndex }.map { arrowhead[$0] }
            let middle = Point(x: (base[0].x + base[1].x) / 2, y: (base[0].y + base[1].y) / 2)
            let tip = arrowhead[tipIndex]
            guard let tipSegment = segment(holding: tip), let baseSegment = segment(holding: middle),
                base.allSatisfy({ segment(holding: $0) == nil })
            else { continue }
            let forward = tipSegment > baseSegment
                || (tipSegment == baseSegment && tip.distance(to: line[tipSegment]) > middle.distance(to: line[tipSegment]))
            let points = forward ? Array(line[...tipSegment]) + [tip] : Array(line[(tipSegment + 1)...].reversed()) + [tip]
            return FlowLine(points: points, isDirected: true)
        }
        return nil
    }

    /// `symbols` without repeats: a shape filled by one path and outlined by another is one symbol.
    static func unique(_ symbols: [FlowSymbol]) -> [FlowSymbol] {
        var result: [FlowSymbol] = []
        for symbol in symbols where !result.contains(where: { $0.kind == symbol.kind && $0.box.contains(symbol.box, tolerance: 1) && symbol.box.contains($0.box, tolerance: 1) }) {
            result.append(symbol)
        }
        return result
    }

    /// Whether a subpath is a small filled triangle.
    static func isArrowhead(_ corners: [Point], closed: Bool) -> Bool {
        guard corners.count == 3, let box = Box(enclosing: corners) else { return false }
        return max(box.width, box.height) <= arrowheadSize && max(box.width, box.height) >= 2
    }

    /// The least distance between two point sets.
    static func gap(_ first: [Point], _ second: [Point]) -> Double {
        var best = Double.infinity
        for point in first {
            for other in second { best = min(best, point.distance(to: other)) }
        }
        return best
    }

    /// The vertex of an arrowhead farthest from the line it ends.
    static func tip(of arrowhead: [Point], awayFrom body: [Point]) -> Point {
        arrowhead.max { gap([$0], body) < gap([$1], body) }!
    }

    /// A connector from the outline of a filled line body and its arrowhead: it runs from the outline
    /// point farthest (along the outline) from the arrowhead to the arrowhead's tip.
    static func connector(outline: [Point], arrowhead: [Point]) -> FlowLine {
        let tipPoint = tip(of: arrowhead, awayFrom: outline)
        let count = outline.count
        let near = outline.indices.min { outline[$0].distance(to: tipPoint) < outline[$1].distance(to: tipPoint) }!
        var forward = [Double](repeating: 0, count: count)
        var index = near
        for _ in 1..<max(count, 1) {
            let next = (index + 1) % count
            forward[next] = forward[index] + outline[index].distance(to: outline[next])
            index = next
        }
        let perimeter = forward[(near + count - 1) % count] + outline[(near + count - 1) % count].distance(to: outline[near])
        let far = outline.indices.max { min(forward[$0], perimeter - forward[$0]) < min(forward[$1], perimeter - forward[$1]) }!
        var points: [Point] = []
        index = far
        while index != near {
            points.append(outline[index])
            index = (index + 1) % count
        }
        points.append(outline[near])
        points.append(tipPoint)
        return FlowLine(points: simplified(points), isDirected: true)
    }

    /// `points` without the small steps where an outline turns around the thickness of a line.
    private static func simplified(_ points: [Point]) -> [Point] {
        var result: [Point] = []
        for point in points {
            if let last = result.last, last.distance(to: point) < 1.5, result.count > 1 {
                result[result.count - 1] = point
            } else {
                result.append(point)
            }
        }
        return result
    }

    /// The outer outline of a filled ring: two closed subpaths, one inside the other.
    static func ringOutline(_ subpaths: [Subpath]) -> Subpath? {
        let closed = subpaths.filter { $0.isClosed && $0.corners.count >= 3 }
        guard closed.count == 2, let first = closed[0].box, let second = closed[1].box else { return nil }
        if first.contains(second, tolerance: 0.5), first.width > second.width { return closed[0] }
        if second.contains(first, tolerance: 0.5), second.width > first.width { return closed[1] }
        return nil
    }

    /// The symbol an outline draws, or nil when it is too small or too large to be one.
    static func symbol(outline: Subpath) -> FlowSymbol? {
        guard let box = outline.box, box.width >= 6, box.height >= 6, box.width <= 250, box.height <= 200 else { return nil }
        let corners = outline.corners
        let tolerance = max(1.5, min(box.width, box.height) * 0.08)
        func near(_ point: Point, _ targets: [Point]) -> Bool { targets.contains { $0.distance(to: point) <= tolerance } }
        let boxCorners = [
            Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY),
            Point(x: box.maxX, y: box.maxY), Point(x: box.minX, y: box.maxY),
        ]
        let midpoints = [
            Point(x: box.centre.x, y: box.minY), Point(x: box.maxX, y: box.centre.y),
            Point(x: box.centre.x, y: box.maxY), Point(x: box.minX, y: box.centre.y),
        ]
        if outline.curveCount >= 2 {
            let round = abs(box.width - box.height) <= 0.15 * max(box.width, box.height)
            return FlowSymbol(kind: round && box.width < 30 ? .connector : .terminator, box: box)
        }
        if corners.count == 4 && corners.allSatisfy({ near($0, midpoints) }) { return FlowSymbol(kind: .decision, box: box) }
        if corners.count == 4 && corners.allSatisfy({ near($0, boxCorners) }) { return FlowSymbol(kind: .process, box: box) }
        if corners.count == 5 { return FlowSymbol(kind: .connector, box: box) }
        if corners.count >= 8 && corners.filter({ near($0, boxCorners) }).isEmpty { return FlowSymbol(kind: .terminator, box: box) }
        return FlowSymbol(kind: .other, box: box)
    }
}

import Foundation

/// A point on a page, in PDF points from the top-left corner (x to the right, y down).
public struct Point: Sendable, Hashable {
    /// Horizontal position.
    public var x: Double
    /// Vertical position, growing downwards.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The straight distance to `other`.
    public func distance(to other: Point) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }

    /// The distance to the segment from `start` to `end`.
    public func distance(toSegment start: Point, _ end: Point) -> Double {
        let dx = end.x - start.x
        let dy = end.y - start.y
        let lengthSquared = dx * dx + dy * dy
        guard lengthSquared > 0 else { return distance(to: start) }
        let t = max(0, min(1, ((x - start.x) * dx + (y - start.y) * dy) / lengthSquared))
        return distance(to: Point(x: start.x + t * dx, y: start.y + t * dy))
    }
}

/// An axis-aligned rectangle on a page.
public struct Box: Sendable, Hashable {
    /// Left edge.
    public var minX: Double
    /// Top edge.
    public var minY: Double
    /// Right edge.
    public var maxX: Double
    /// Bottom edge.
    public var maxY: Double

    /// Creates a box from its edges.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The smallest box holding `points`, or nil when there are none.
    public init?(enclosing points: [Point]) {
        guard let first = points.first else { return nil }
        var box = Box(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
        for point in points.dropFirst() {
            box.minX = min(box.minX, point.x)
            box.minY = min(box.minY, point.y)
            box.maxX = max(box.maxX, point.x)
            box.maxY = max(box.maxY, point.y)
        }
        self = box
    }

    /// Width.
    public var width: Double { maxX - minX }
    /// Height.
    public var height: Double { maxY - minY }
    /// The centre.
    public var centre: Point { Point(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }

    /// The distance from `point` to the box (0 inside).
    public func distance(to point: Point) -> Double {
        let dx = max(minX - point.x, 0, point.x - maxX)
        let dy = max(minY - point.y, 0, point.y - maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// The distance between the box and `other` (0 when they touch or overlap).
    public func gap(to other: Box) -> Double {
        let dx = max(0, max(other.minX - maxX, minX - other.maxX))
        let dy = max(0, max(other.minY - maxY, minY - other.maxY))
        return (dx * dx + dy * dy).squareRoot()
    }

    /// Whether `other` lies inside the box, with `tolerance` points to spare.
    public func contains(_ other: Box, tolerance: Double = 0) -> Bool {
        other.minX >= minX - tolerance && other.maxX <= maxX + tolerance && other.minY >= minY - tolerance
            && other.maxY <= maxY + tolerance
    }
}

/// An affine transform as SVG writes it: `matrix(a,b,c,d,e,f)` maps (x, y) to (a·x + c·y + e, b·x + d·y + f).
public struct AffineTransform: Sendable, Hashable {
    /// The linear part (a, b, c, d) and the translation (e, f).
    public var a: Double, b: Double, c: Double, d: Double, e: Double, f: Double

    /// The identity.
    public static let identity = AffineTransform(a: 1, b: 0, c: 0, d: 1, e: 0, f: 0)

    /// Creates a transform from its six coefficients.
    public init(a: Double, b: Double, c: Double, d: Double, e: Double, f: Double) {
        (self.a, self.b, self.c, self.d, self.e, self.f) = (a, b, c, d, e, f)
    }

    /// `point` mapped by the transform.
    public func apply(_ point: Point) -> Point {
        Point(x: a * point.x + c * point.y + e, y: b * point.x + d * point.y + f)
    }

    /// The transform that applies `inner` first, then `self`.
    public func concatenating(_ inner: AffineTransform) -> AffineTransform {
        AffineTransform(
            a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
            c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
            e: a * inner.e + c * inner.f + e, f: b * inner.e + d * inner.f + f)
    }

    /// Parses an SVG `transform` attribute (`matrix`, `translate`, `scale`, in sequence); nil when unreadable.
    public static func parse(_ text: String) -> AffineTransform? {
        var result = AffineTransform.identity
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let name = rest[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " ,\t\n"))
            let numbers = PathData.numbers(in: rest[rest.index(after: open)..<close])
            let step: AffineTransform
            switch (name, numbers.count) {
            case ("matrix", 6): step = AffineTransform(a: numbers[0], b: numbers[1], c: numbers[2], d: numbers[3], e: numbers[4], f: numbers[5])
            case ("translate", 1): step = AffineTransform(a: 1, b: 0, c: 0, d: 1, e: numbers[0], f: 0)
            case ("translate", 2): step = AffineTransform(a: 1, b: 0, c: 0, d: 1, e: numbers[0], f: numbers[1])
            case ("scale", 1): step = AffineTransform(a: numbers[0], b: 0, c: 0, d: numbers[0], e: 0, f: 0)
            case ("scale", 2): step = AffineTransform(a: numbers[0], b: 0, c: 0, d: numbers[1], e: 0, f: 0)
            default: return nil
            }
            result = result.concatenating(step)
            rest = rest[rest.index(after: close)...]
        }
        return result
    }
}

/// One connected piece of a path: its points (curve control points included) and whether it closes.
public struct Subpath: Sendable, Hashable {
    /// The points in drawing order, without the repeated start point of a closed subpath.
    public var points: [Point]
    /// Whether the subpath ends with `Z`.
    public var isClosed: Bool
    /// How many Bézier curves it holds.
    public var curveCount: Int

    /// Creates a subpath.
    public init(points: [Point], isClosed: Bool, curveCount: Int = 0) {
        self.points = points
        self.isClosed = isClosed
        self.curveCount = curveCount
    }

    /// The box around the points.
    public var box: Box? { Box(enclosing: points) }

    /// The corners of the outline: points without near repeats (curve control points count as points).
    public var corners: [Point] {
        var result: [Point] = []
        for point in points where result.last.map({ $0.distance(to: point) > 0.05 }) ?? true {
            result.append(point)
        }
        if result.count > 1, let first = result.first, let last = result.last, first.distance(to: last) <= 0.05 {
            result.removeLast()
        }
        return result
    }

    /// `self` with every point mapped by `transform`.
    public func applying(_ transform: AffineTransform) -> Subpath {
        Subpath(points: points.map(transform.apply), isClosed: isClosed, curveCount: curveCount)
    }
}

/// Reads SVG path data (`d`): the commands M, L, H, V, C, S, Q, T and Z, absolute or relative.
public enum PathData {
    /// The subpaths of `data`; unknown commands end the reading (what was read is kept).
    public static func subpaths(of data: String) -> [Subpath] {
        var scanner = PathScanner(Array(data.utf8))
        var result: [Subpath] = []
        var current = Subpath(points: [], isClosed: false)
        var position = Point(x: 0, y: 0)
        var start = position
        var command: UInt8 = 0
        func finish() {
            if !current.points.isEmpty { result.append(current) }
            current = Subpath(points: [], isClosed: false)
        }
        reading: while true {
            if let letter = scanner.command() {
                command = letter
                if letter == UInt8(ascii: "Z") || letter == UInt8(ascii: "z") {
                    current.isClosed = true
                    finish()
                    position = start
                    continue
                }
            } else if scanner.atEnd || command == 0 {
                break
            }
            let relative = command >= UInt8(ascii: "a")
            let origin = relative ? position : Point(x: 0, y: 0)
            func point() -> Point? {
                guard let x = scanner.number(), let y = scanner.number() else { return nil }
                return Point(x: origin.x + x, y: origin.y + y)
            }
            switch command | 0x20 {
            case UInt8(ascii: "m"):
                guard let target = point() else { break reading }
                finish()
                current.points = [target]
                position = target
                start = target
                command = relative ? UInt8(ascii: "l") : UInt8(ascii: "L")
            case UInt8(ascii: "l"), UInt8(ascii: "t"):
                guard let target = point() else { break reading }
                current.points.append(target)
                position = target
            case UInt8(ascii: "h"):
                guard let x = scanner.number() else { break reading }
                position = Point(x: (relative ? position.x : 0) + x, y: position.y)
                current.points.append(position)
            case UInt8(ascii: "v"):
                guard let y = scanner.number() else { break reading }
                position = Point(x: position.x, y: (relative ? position.y : 0) + y)
                current.points.append(position)
            case UInt8(ascii: "c"), UInt8(ascii: "s"), UInt8(ascii: "q"):
                let count = command | 0x20 == UInt8(ascii: "c") ? 3 : 2
                var points: [Point] = []
                for _ in 0..<count {
                    guard let next = point() else { break reading }
                    points.append(next)
                }
                current.points += points
                current.curveCount += 1
                position = points[points.count - 1]
            default:
                break reading
            }
        }
        finish()
        return result
    }

    /// The numbers in `text`, separated by spaces or commas.
    static func numbers(in text: Substring) -> [Double] {
        var scanner = PathScanner(Array(text.utf8))
        var result: [Double] = []
        while let number = scanner.number() { result.append(number) }
        return result
    }
}

/// Walks the bytes of path data: command letters and numbers.
private struct PathScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool {
        mutating get {
            skipSeparators()
            return index >= bytes.count
        }
    }

    mutating func skipSeparators() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x2C || (bytes[index] >= 0x09 && bytes[index] <= 0x0D) {
            index += 1
        }
    }

    /// The next command letter, when the next token is one.
    mutating func command() -> UInt8? {
        skipSeparators()
        guard index < bytes.count else { return nil }
        let byte = bytes[index] | 0x20
        guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"), byte != UInt8(ascii: "e") else { return nil }
        index += 1
        return bytes[index - 1]
    }

    /// The next number, when the next token is one.
    mutating func number() -> Double? {
        skipSeparators()
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var digits = 0
        var seenDot = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                digits += 1
            } else if byte == UInt8(ascii: "."), !seenDot {
                seenDot = true
            } else {
                break
            }
            index += 1
        }
        if digits > 0, index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            var exponentEnd = index + 1
            if exponentEnd < bytes.count, bytes[exponentEnd] == UInt8(ascii: "-") || bytes[exponentEnd] == UInt8(ascii: "+") { exponentEnd += 1 }
            if exponentEnd < bytes.count, bytes[exponentEnd] >= 0x30, bytes[exponentEnd] <= 0x39 {
                index = exponentEnd
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            }
        }
        guard digits > 0 else {
            index = start
            return nil
        }
        return Double(String(decoding: bytes[start..<index], as: UTF8.self))
    }
}

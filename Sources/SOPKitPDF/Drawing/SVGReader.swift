import Foundation

/// How a path is painted.
public struct Paint: Sendable, Hashable {
    /// Whether the inside is filled with a dark colour (white fills do not count).
    public var filledDark: Bool
    /// Whether the outline is stroked.
    public var stroked: Bool

    /// Creates a paint.
    public init(filledDark: Bool, stroked: Bool) {
        self.filledDark = filledDark
        self.stroked = stroked
    }
}

/// A path drawn on a page, in page coordinates.
public struct DrawnPath: Sendable, Hashable {
    /// The subpaths, transformed to page coordinates.
    public var subpaths: [Subpath]
    /// How it is painted.
    public var paint: Paint

    /// Creates a drawn path.
    public init(subpaths: [Subpath], paint: Paint) {
        self.subpaths = subpaths
        self.paint = paint
    }
}

/// Reads the drawn paths of one page of `pdftocairo -svg` output. Glyphs (symbols used for text),
/// clip paths, masks and images are left out; `<use>` of a group is followed, transforms composed.
public enum SVGReader {
    /// The paths of the SVG document `data`, or nil when it is not readable XML.
    public static func paths(in data: Data) -> [DrawnPath]? {
        guard let root = XMLTree.parse(data) else { return nil }
        var elementsByID: [String: XMLElement] = [:]
        index(root, into: &elementsByID)
        var result: [DrawnPath] = []
        collect(root, transform: .identity, style: [:], elementsByID: elementsByID, depth: 0, into: &result)
        return result
    }

    private static let skipped: Set<String> = ["defs", "symbol", "clipPath", "mask", "pattern", "image", "text", "marker"]

    private static func index(_ element: XMLElement, into table: inout [String: XMLElement]) {
        if let id = element.attributes["id"] { table[id] = element }
        for child in element.children { index(child, into: &table) }
    }

    private static func collect(
        _ element: XMLElement, transform: AffineTransform, style: [String: String],
        elementsByID: [String: XMLElement], depth: Int, into result: inout [DrawnPath]
    ) {
        guard depth < 32 else { return }
        var transform = transform
        if let text = element.attributes["transform"] {
            guard let own = AffineTransform.parse(text) else { return }
            transform = transform.concatenating(own)
        }
        var style = style
        for (key, value) in declarations(of: element) { style[key] = value }
        switch element.name {
        case "path":
            let subpaths = PathData.subpaths(of: element.attributes["d"] ?? "").map { $0.applying(transform) }
            guard !subpaths.isEmpty else { return }
            result.append(DrawnPath(subpaths: subpaths, paint: paint(of: style)))
        case "rect":
            let number = { (key: String) in Double(element.attributes[key] ?? "") ?? 0 }
            let (x, y, width, height) = (number("x"), number("y"), number("width"), number("height"))
            guard width > 0, height > 0 else { return }
            let corners = [Point(x: x, y: y), Point(x: x + width, y: y), Point(x: x + width, y: y + height), Point(x: x, y: y + height)]
            result.append(DrawnPath(subpaths: [Subpath(points: corners, isClosed: true).applying(transform)], paint: paint(of: style)))
        case "use":
            let reference = element.attributes["xlink:href"] ?? element.attributes["href"] ?? ""
            guard reference.hasPrefix("#"), let target = elementsByID[String(reference.dropFirst())], target.name == "g" else { return }
            var offset = transform
            let x = Double(element.attributes["x"] ?? "") ?? 0
            let y = Double(element.attributes["y"] ?? "") ?? 0
            offset = offset.concatenating(AffineTransform(a: 1, b: 0, c: 0, d: 1, e: x, f: y))
            collectChildren(of: target, transform: offset, style: style, elementsByID: elementsByID, depth: depth + 1, into: &result)
        case _ where skipped.contains(element.name):
            return
        default:
            collectChildren(of: element, transform: transform, style: style, elementsByID: elementsByID, depth: depth + 1, into: &result)
        }
    }

    private static func collectChildren(
        of element: XMLElement, transform: AffineTransform, style: [String: String],
        elementsByID: [String: XMLElement], depth: Int, into result: inout [DrawnPath]
    ) {
        for child in element.children {
            collect(child, transform: transform, style: style, elementsByID: elementsByID, depth: depth, into: &result)
        }
    }

    /// The paint properties of an element: its `style` declarations and its `fill`/`stroke` attributes.
    private static func declarations(of element: XMLElement) -> [String: String] {
        var result: [String: String] = [:]
        for key in ["fill", "stroke"] {
            if let value = element.attributes[key] { result[key] = value }
        }
        for declaration in (element.attributes["style"] ?? "").split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            result[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// The paint of a path from its inherited style (SVG's default is a black fill and no stroke).
    static func paint(of style: [String: String]) -> Paint {
        let fill = style["fill"] ?? "black"
        let stroke = style["stroke"] ?? "none"
        let strokeWidth = Double(style["stroke-width"] ?? "1") ?? 1
        return Paint(filledDark: isDark(fill), stroked: stroke != "none" && strokeWidth > 0 && isVisible(stroke))
    }

    /// Whether a colour is dark enough to be ink: `none`, white and light greys are not.
    static func isDark(_ colour: String) -> Bool {
        guard isVisible(colour) else { return false }
        if colour.hasPrefix("rgb(") {
            let values = colour.dropFirst(4).dropLast().split(separator: ",").map { part -> Double in
                let text = part.trimmingCharacters(in: .whitespaces)
                return text.hasSuffix("%") ? (Double(text.dropLast()) ?? 0) / 100 : (Double(text) ?? 0) / 255
            }
            return values.count == 3 && values.reduce(0, +) / 3 < 0.6
        }
        return !["white", "#fff", "#ffffff"].contains(colour.lowercased())
    }

    private static func isVisible(_ colour: String) -> Bool { colour != "none" && colour != "transparent" }
}

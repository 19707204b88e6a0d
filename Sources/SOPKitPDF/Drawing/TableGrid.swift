/// A role (pelaksana) column of the procedure table, found from its header words.
public struct RoleColumn: Sendable, Hashable {
    /// The role name as printed in the header, lines joined with spaces.
    public var name: String
    /// The box around the header words.
    public var box: Box

    /// Creates a role column.
    public init(name: String, box: Box) {
        self.name = name
        self.box = box
    }
}

/// A step row: the step number and where it is printed (in the middle of its row).
public struct StepRow: Sendable, Hashable {
    /// The step number.
    public var number: Int
    /// The box of the printed number.
    public var box: Box

    /// Creates a step row.
    public init(number: Int, box: Box) {
        self.number = number
        self.box = box
    }
}

/// The procedure table of a page, from the words of its text layer: the role columns between
/// Kegiatan and Mutu Baku, and the step rows of the No column.
public struct TableGrid: Sendable, Hashable {
    /// The role columns, left to right.
    public var roles: [RoleColumn]
    /// The step rows, top to bottom.
    public var rows: [StepRow]
    /// The left and right ends of the role columns' zone.
    public var roleZone: ClosedRange<Double>
    /// Where the table body starts: below the header's last words.
    public var bodyTop: Double
    /// The No column's horizontal extent.
    public var numberColumn: ClosedRange<Double>

    /// The header words the role names were read from.
    public var roleWords: [PageWord] = []

    /// The y positions of the table's horizontal rules, top to bottom (empty when none were found).
    public var rowRules: [Double] = []

    /// Creates a grid.
    public init(roles: [RoleColumn], rows: [StepRow], roleZone: ClosedRange<Double>, bodyTop: Double, numberColumn: ClosedRange<Double>) {
        self.roles = roles
        self.rows = rows
        self.roleZone = roleZone
        self.bodyTop = bodyTop
        self.numberColumn = numberColumn
    }

    /// The grid of a page whose table header is printed on it, or nil when it has none.
    public static func find(in words: [PageWord]) -> TableGrid? {
        let activityNames: Set<String> = ["kegiatan", "aktivitas", "uraian"]
        for activity in words where key(activity.text).split(separator: "/").contains(where: { activityNames.contains(String($0)) }) {
            if let grid = find(in: words, activity: activity) { return grid }
        }
        return nil
    }

    /// The grid whose Kegiatan header word is `activity`, when the No and Mutu Baku headers are beside it.
    private static func find(in words: [PageWord], activity: PageWord) -> TableGrid? {
        let qualityNames: Set<String> = ["kelengkapan", "persyaratan", "waktu", "output", "keterangan"]
        let numberHeader = words.first { ["no", "no."].contains(key($0.text)) && $0.box.maxX < activity.box.minX
            && abs($0.box.centre.y - activity.box.centre.y) < 15 }
        let qualityWords = words.filter {
            key($0.text).split(separator: "/").contains(where: { qualityNames.contains(String($0)) }) && $0.box.minX > activity.box.maxX
                && abs($0.box.centre.y - activity.box.centre.y) < 25
        }
        guard let numberHeader, let qualityLeft = qualityWords.map(\.box.minX).min() else { return nil }
        let groupLabels: Set<String> = ["pelaksana", "mutu", "baku"]
        let firstRowTop = words.filter {
            $0.box.minY > activity.box.maxY + 1 && $0.box.minX >= numberHeader.box.minX - 15 && $0.box.minX < activity.box.minX
                && !isColumnNumber($0.text)
        }.map(\.box.minY).min() ?? activity.box.maxY + 1
        let pelaksana = words.first {
            key($0.text) == "pelaksana" && $0.box.maxY <= activity.box.maxY && $0.box.minY > activity.box.minY - 40
                && $0.box.minX > activity.box.maxX && $0.box.maxX < qualityLeft
        }
        let headerTop = pelaksana.map { $0.box.maxY - 1 } ?? activity.box.minY - 12
        let blocksBeyondRoles = Set(words.filter { $0.box.centre.x <= activity.box.maxX || $0.box.maxX >= qualityLeft }.map(\.block))
        func isGroupLabel(_ word: PageWord) -> Bool {
            guard groupLabels.contains(key(word.text)) else { return false }
            guard key(word.text) == "pelaksana", let pelaksana else { return true }
            return word.box.minY <= pelaksana.box.maxY
        }
        let roleWords = words.filter {
            $0.box.maxY <= firstRowTop + 0.5 && $0.box.centre.x > activity.box.maxX && $0.box.maxX < qualityLeft
                && !isGroupLabel($0) && !isColumnNumber($0.text)
                && ($0.box.minY >= headerTop || (pelaksana == nil && $0.box.minY >= activity.box.minY - 30 && !blocksBeyondRoles.contains($0.block)))
        }
        let roles = columns(of: roleWords)
        let zoneLeft = roles.first.map { first in min(first.box.minX - 4, activity.box.maxX) } ?? activity.box.maxX
        let numberColumn = (numberHeader.box.minX - 15)...(numberHeader.box.maxX + 15)
        let rows = stepRows(in: words, numberColumn: numberColumn, below: firstRowTop - 1)
        let headerBottom = words.filter { $0.box.minY >= activity.box.minY - 1 && $0.box.minY < firstRowTop - 0.5 && $0.box.maxX < qualityLeft }
            .map(\.box.maxY).max() ?? activity.box.maxY
        var grid = TableGrid(roles: roles, rows: rows, roleZone: zoneLeft...qualityLeft, bodyTop: headerBottom, numberColumn: numberColumn)
        grid.roleWords = roleWords
        return grid
    }

    /// The grid with its role columns cut at the vertical ruling lines at `rules` (x positions), when
    /// that gives more columns than the header words alone (two columns' names read as one block).
    public func splitting(atRules rules: [Double]) -> TableGrid {
        let cuts = rules.filter { roleZone.contains($0) }.sorted()
        guard !cuts.isEmpty else { return self }
        var groups: [Int: [PageWord]] = [:]
        for word in roleWords {
            groups[cuts.firstIndex { word.box.centre.x < $0 } ?? cuts.count, default: []].append(word)
        }
        guard groups.count > roles.count else { return self }
        var grid = self
        grid.roles = groups.keys.sorted().map { key in
            let words = groups[key]!
            return Self.columns(of: words.map { PageWord(text: $0.text, box: $0.box, block: 0) })[0]
        }
        return grid
    }

    /// The step numbers printed in the No column below `top`.
    static func stepRows(in words: [PageWord], numberColumn: ClosedRange<Double>, below top: Double) -> [StepRow] {
        words.compactMap { word in
            guard word.box.minY >= top, numberColumn.contains(word.box.centre.x) else { return nil }
            let digits = word.text.hasSuffix(".") ? String(word.text.dropLast()) : word.text
            guard digits.count <= 3, let number = Int(digits), number > 0 else { return nil }
            return StepRow(number: number, box: word.box)
        }.sorted { $0.box.minY < $1.box.minY }
    }

    /// Role columns from header words: words in one block, and blocks overlapping horizontally, share a column.
    static func columns(of words: [PageWord]) -> [RoleColumn] {
        var groups: [[PageWord]] = []
        for block in Dictionary(grouping: words, by: \.block).values {
            groups.append(block)
        }
        groups.sort { ($0.map(\.box.minX).min() ?? 0) < ($1.map(\.box.minX).min() ?? 0) }
        var merged: [[PageWord]] = []
        for group in groups {
            let box = enclosing(group)
            if let last = merged.last, min(box.maxX, enclosing(last).maxX) - max(box.minX, enclosing(last).minX) > 1 {
                merged[merged.count - 1] += group
            } else {
                merged.append(group)
            }
        }
        return merged.map { group in
            let ordered = group.sorted { lhs, rhs in
                abs(lhs.box.centre.y - rhs.box.centre.y) > 3 ? lhs.box.centre.y < rhs.box.centre.y : lhs.box.minX < rhs.box.minX
            }
            return RoleColumn(name: ordered.map(\.text).joined(separator: " "), box: enclosing(group))
        }
    }

    /// The box around `words` (which are not empty).
    private static func enclosing(_ words: [PageWord]) -> Box {
        Box(enclosing: words.flatMap { [Point(x: $0.box.minX, y: $0.box.minY), Point(x: $0.box.maxX, y: $0.box.maxY)] })!
    }

    /// Whether a header word is a column number of the form "(1)", "(2)", … printed under the headers.
    private static func isColumnNumber(_ text: String) -> Bool {
        text.hasPrefix("(") && text.hasSuffix(")")
    }

    /// The index of the role column nearest to `x`, or nil when `x` is outside the role zone.
    public func roleColumn(at x: Double) -> Int? {
        guard roleZone.contains(x), !roles.isEmpty else { return nil }
        return roles.indices.min { abs(roles[$0].box.centre.x - x) < abs(roles[$1].box.centre.x - x) }
    }

    /// The step row at `y`: the one whose number is printed between the rules around `y` when the table
    /// is ruled (nil for a band without a number, such as the total-time row, and below the last rule,
    /// where the symbol legend is), else the row whose number is nearest; nil above the body.
    public func row(at y: Double) -> StepRow? {
        guard y > bodyTop else { return nil }
        if let lastRule = rowRules.last, let lastRow = rows.last, lastRule > lastRow.box.centre.y {
            guard y < lastRule else { return nil }
            if let above = rowRules.last(where: { $0 < y }), let below = rowRules.first(where: { $0 > y }) {
                let inside = rows.filter { $0.box.centre.y > above && $0.box.centre.y < below }
                guard inside.count <= 1 else { return inside.min { abs($0.box.centre.y - y) < abs($1.box.centre.y - y) } }
                return inside.first
            }
        }
        return rows.min { abs($0.box.centre.y - y) < abs($1.box.centre.y - y) }
    }

    /// The grid with the horizontal rules among `paths` that run across the No column and at least nine
    /// tenths of the role zone (a connector stays inside the role zone); rules drawn cell by cell are
    /// gathered by their height.
    public func ruled(by paths: [DrawnPath]) -> TableGrid {
        var spans: [(y: Double, minX: Double, maxX: Double)] = []
        for subpath in paths.flatMap(\.subpaths) {
            guard let box = subpath.box, box.height <= SymbolClassifier.barThickness, box.width >= 1 else { continue }
            spans.append((box.centre.y, box.minX, box.maxX))
        }
        spans.sort { $0.y < $1.y }
        var rules: [Double] = []
        var start = 0
        while start < spans.count {
            var end = start + 1
            while end < spans.count, spans[end].y - spans[start].y <= 1.5 { end += 1 }
            let group = spans[start..<end]
            if group.contains(where: { $0.minX <= numberColumn.upperBound && $0.maxX >= numberColumn.lowerBound }),
                Self.covered(group.map { ($0.minX, $0.maxX) }, within: roleZone) >= 0.9 * (roleZone.upperBound - roleZone.lowerBound)
            {
                rules.append(group.map(\.y).reduce(0, +) / Double(group.count))
            }
            start = end
        }
        var grid = self
        grid.rowRules = rules
        return grid
    }

    /// How much of `zone` the intervals cover.
    private static func covered(_ intervals: [(Double, Double)], within zone: ClosedRange<Double>) -> Double {
        var total = 0.0
        var reach = zone.lowerBound
        for (low, high) in intervals.sorted(by: { $0.0 < $1.0 }) {
            let from = max(low, reach)
            let to = min(high, zone.upperBound)
            if to > from {
                total += to - from
                reach = to
            }
        }
        return total
    }

    /// A word folded for comparison: lower case, without a trailing colon.
    static func key(_ text: String) -> String {
        var folded = text.lowercased()
        while folded.hasSuffix(":") { folded.removeLast() }
        return folded
    }
}

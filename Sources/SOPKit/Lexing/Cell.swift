/// One tab-separated cell of a line, cleaned: HTML removed, entities decoded, white space folded.
public struct Cell: Sendable, Hashable {
    /// The whole cleaned text, list items joined by single spaces.
    public var text: String
    /// 1-based line of the input the cell starts on.
    public var line: Int
    /// 1-based column (in Unicode scalars) where the cell starts in its line.
    public var column: Int
    /// The text before the first HTML list (`<ol>`, `<ul>`, `<li>`); equals `text` when there is no list.
    public var leadText: String
    /// The items of an HTML list in the cell, in order; empty when there is none.
    public var listItems: [String]
    /// Whether the cell opened a list (`<ol>`/`<ul>`) without `<li>` tags, so its items are glued together.
    public var hasGluedList: Bool

    /// Creates a cell without a list.
    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
        self.leadText = text
        self.listItems = []
        self.hasGluedList = false
    }

    /// Creates a cell with its list parts.
    public init(text: String, line: Int, column: Int, leadText: String, listItems: [String], hasGluedList: Bool) {
        self.text = text
        self.line = line
        self.column = column
        self.leadText = leadText
        self.listItems = listItems
        self.hasGluedList = hasGluedList
    }

    /// Whether the cell holds no text.
    public var isEmpty: Bool { text.isEmpty }

    /// Where the cell starts.
    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// The cell continued by `other` (a cell spanning several lines): texts joined by a space; a
    /// list continues with its last item, or starts after the lead text.
    public func merged(with other: Cell) -> Cell {
        var merged = self
        merged.append(other)
        return merged
    }

    /// Continues the cell with `other`, in place (linear in the added text, however many lines a
    /// cell spans).
    public mutating func append(_ other: Cell) {
        guard !other.isEmpty else { return }
        guard !isEmpty else {
            self = Cell(
                text: other.text, line: other.line, column: other.column, leadText: other.leadText,
                listItems: other.listItems, hasGluedList: other.hasGluedList)
            return
        }
        text += " "
        text += other.text
        if listItems.isEmpty {
            if !other.leadText.isEmpty {
                if !leadText.isEmpty { leadText += " " }
                leadText += other.leadText
            }
        } else if !other.leadText.isEmpty {
            listItems[listItems.count - 1] += " "
            listItems[listItems.count - 1] += other.leadText
        }
        listItems += other.listItems
        hasGluedList = hasGluedList || other.hasGluedList
    }
}

/// One tab-separated cell of a line, cleaned: HTML removed, entities decoded, white space folded.
///
/// A cell without a list (nearly every cell) holds its text alone: its list parts are kept in a box
/// (`ListParts`) only when they say more than the text does, so that copying and destroying a cell
/// retains and releases one string, not two strings and an array.
public struct Cell: Sendable, Hashable {
    /// The whole cleaned text, stored.
    private var storedText: String
    /// 1-based line of the input the cell starts on.
    public var line: Int
    /// 1-based column (in Unicode scalars) where the cell starts in its line.
    public var column: Int
    /// The boxed list parts, or for a cell without a list whether its text is known to be collapsed;
    /// one word, as the box's reference alone would be.
    private var extra: Extra

    /// What a cell holds beside its text.
    private enum Extra: Sendable {
        /// No list parts; nothing is known of the text's white space.
        case plainText
        /// No list parts; the text is known to be collapsed (`TextFolding.isCollapsed`: no white space
        /// but single spaces between other bytes, and no byte that may start a Unicode space).
        case collapsedText
        /// The lead text, list items and glued flag, when they are not those of a cell without a list
        /// (the lead text the text, no items, not glued).
        case list(ListParts)
    }

    /// The boxed list parts; nil for a cell without them.
    private var listParts: ListParts? {
        if case .list(let parts) = extra { return parts }
        return nil
    }

    /// The list parts of a cell that has any: immutable and shared by the copies of the cell.
    private final class ListParts: Sendable {
        /// The text before the first list (`Cell.leadText`).
        let leadText: String
        /// The items of the list (`Cell.listItems`).
        let items: [String]
        /// Whether the list's items are glued together (`Cell.hasGluedList`).
        let isGlued: Bool

        /// The parts given.
        init(leadText: String, items: [String], isGlued: Bool) {
            self.leadText = leadText
            self.items = items
            self.isGlued = isGlued
        }
    }

    /// Creates a cell without a list.
    public init(text: String, line: Int, column: Int) {
        self.storedText = text
        self.line = line
        self.column = column
        self.extra = .plainText
    }

    /// Creates a cell without a list whose text is known to be collapsed (`TextFolding.isCollapsed`),
    /// as the lexer finds it for a cell that needs no cleaning.
    init(collapsedText text: String, line: Int, column: Int) {
        self.storedText = text
        self.line = line
        self.column = column
        self.extra = .collapsedText
    }

    /// Creates a cell with its list parts.
    public init(text: String, line: Int, column: Int, leadText: String, listItems: [String], hasGluedList: Bool) {
        self.storedText = text
        self.line = line
        self.column = column
        self.extra = Self.extra(text: text, leadText: leadText, items: listItems, isGlued: hasGluedList)
    }

    /// The box for the list parts `leadText`, `items` and `isGlued` of a cell whose text is `text`: none
    /// (`.plainText`) when they are those of a cell without a list, the lead text holding the very bytes
    /// of the text (not merely a canonically equal text, such as "e\u{301}" for "é", which must read
    /// back as given).
    private static func extra(text: String, leadText: String, items: [String], isGlued: Bool) -> Extra {
        items.isEmpty && !isGlued && leadText.utf8.elementsEqual(text.utf8)
            ? .plainText : .list(ListParts(leadText: leadText, items: items, isGlued: isGlued))
    }

    /// Whether the text is known to be collapsed (`TextFolding.isCollapsed`), so that a reader that
    /// collapses white space may take it as it is; false when it is not known either way.
    var isKnownCollapsed: Bool {
        if case .collapsedText = extra { return true }
        return false
    }

    /// Whether both cells have equal fields (texts compared as `String` compares them), whether their
    /// list parts are boxed or not: a cell whose lead text is canonically equal to its text, but not of
    /// the same bytes, keeps a box, and equals the cell of the same text without one.
    public static func == (left: Cell, right: Cell) -> Bool {
        guard left.storedText == right.storedText, left.line == right.line, left.column == right.column else { return false }
        if left.listParts == nil, right.listParts == nil { return true }
        return left.leadText == right.leadText && left.listItems == right.listItems && left.hasGluedList == right.hasGluedList
    }

    /// Hashes the text, line, column, list items and glued flag: the fields `==` compares but the lead
    /// text, which is left out so that a cell with a boxed lead text and the equal one without a box
    /// are hashed alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storedText)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(listItems)
        hasher.combine(hasGluedList)
    }

    /// The whole cleaned text, list items joined by single spaces.
    public var text: String {
        get { storedText }
        set {
            let (leadText, items, isGlued) = (self.leadText, listItems, hasGluedList)
            storedText = newValue
            extra = Self.extra(text: newValue, leadText: leadText, items: items, isGlued: isGlued)
        }
    }

    /// The text before the first HTML list (`<ol>`, `<ul>`, `<li>`); equals `text` when there is no list.
    public var leadText: String {
        get { listParts?.leadText ?? storedText }
        set {
            extra = Self.extra(text: storedText, leadText: newValue, items: listItems, isGlued: hasGluedList)
        }
    }

    /// The items of an HTML list in the cell, in order; empty when there is none.
    public var listItems: [String] {
        get { listParts?.items ?? [] }
        set {
            extra = Self.extra(text: storedText, leadText: leadText, items: newValue, isGlued: hasGluedList)
        }
    }

    /// Whether the cell opened a list (`<ol>`/`<ul>`) without `<li>` tags, so its items are glued together.
    public var hasGluedList: Bool {
        get { listParts?.isGlued ?? false }
        set {
            extra = Self.extra(text: storedText, leadText: leadText, items: listItems, isGlued: newValue)
        }
    }

    /// Whether the cell holds no text.
    public var isEmpty: Bool { storedText.isEmpty }

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
    /// cell spans: the list parts of a cell that holds its box alone grow in place, not copied).
    public mutating func append(_ other: Cell) {
        guard !other.isEmpty else { return }
        guard !isEmpty else {
            self = other
            return
        }
        // Two cells without lists: the lead text, which is the text, continues with it; two collapsed
        // texts (neither empty) joined by one space are collapsed.
        guard listParts != nil || other.listParts != nil else {
            let isCollapsed = isKnownCollapsed && other.isKnownCollapsed
            storedText += " "
            storedText += other.storedText
            extra = isCollapsed ? .collapsedText : .plainText
            return
        }
        var leadText = self.leadText
        var listItems = self.listItems
        let isGlued = hasGluedList || other.hasGluedList
        // The box is let go before its parts grow: when this cell held it alone, the lead text and the
        // items are then held here alone and grow in place; copying them at each line would make a list
        // cell continued over n lines cost n² bytes.
        extra = .plainText
        storedText += " "
        storedText += other.storedText
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
        extra = Self.extra(text: storedText, leadText: leadText, items: listItems, isGlued: isGlued)
    }
}

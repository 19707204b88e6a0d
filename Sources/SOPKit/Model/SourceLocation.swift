/// A position in an input file: 1-based line and column (columns count Unicode scalars).
///
/// Line 0 means "the file as a whole", for diagnostics that belong to no particular line.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// 1-based line number, or 0 for the whole file.
    public var line: Int
    /// 1-based column in Unicode scalars, or 0 when unknown.
    public var column: Int

    /// Creates a location at `line` and `column`.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location used for diagnostics about the file as a whole.
    public static let wholeFile = SourceLocation(line: 0, column: 0)

    /// Orders locations by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The lines of an input file that one SOP was read from (the `source` object of the contract).
public struct SourceRange: Sendable, Hashable {
    /// The input path as given by the caller.
    public var file: String
    /// 1-based first line of the SOP.
    public var startLine: Int
    /// 1-based last line of the SOP (inclusive).
    public var endLine: Int

    /// Creates a range of lines in `file`.
    public init(file: String, startLine: Int, endLine: Int) {
        self.file = file
        self.startLine = startLine
        self.endLine = endLine
    }
}

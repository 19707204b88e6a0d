/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Informational: something the parser repaired or assumed.
    case note
    /// A likely defect of the SOP that does not stop its use.
    case warning
    /// A defect that makes the SOP incomplete or wrong.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// The raw value as a literal, for writers that copy it without building a string.
    var constantName: StaticString {
        switch self {
        case .note: "note"
        case .warning: "warning"
        case .error: "error"
        }
    }

    /// Orders severities from note to error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One finding about an input: a stable code, a severity, a message and where it points.
///
/// Diagnostics are data first; `DiagnosticFormatter` renders them as compiler-style text.
public struct Diagnostic: Sendable, Hashable {
    /// How serious the finding is.
    public var severity: Severity
    /// The stable rule code, e.g. `SOP401`.
    public var code: DiagnosticCode
    /// A sentence for a human reader.
    public var message: String
    /// The input path as given.
    public var file: String
    /// Where in the file the finding points.
    public var location: SourceLocation

    /// Creates a diagnostic; the severity defaults to the code's own.
    public init(
        _ code: DiagnosticCode, _ message: String, file: String, at location: SourceLocation,
        severity: Severity? = nil
    ) {
        self.code = code
        self.message = message
        self.file = file
        self.location = location
        self.severity = severity ?? code.defaultSeverity
    }

    /// 1-based line, or 0 for the whole file.
    public var line: Int { location.line }
    /// 1-based column, or 0 when unknown.
    public var column: Int { location.column }
}

extension Array where Element == Diagnostic {
    /// The number of diagnostics of `severity`, read where they stand (a copy of each would retain and
    /// release its strings).
    public func count(of severity: Severity) -> Int {
        withUnsafeBufferPointer { diagnostics in
            var count = 0
            for index in diagnostics.indices where diagnostics[index].severity == severity { count += 1 }
            return count
        }
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics ordered by line, then column, then code, keeping the order of equals. The
    /// positions are sorted rather than the diagnostics, and diagnostics already in order are returned
    /// as they are.
    public func sortedByLocation() -> [Diagnostic] {
        func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
            if self[lhs].location != self[rhs].location { return self[lhs].location < self[rhs].location }
            if self[lhs].code != self[rhs].code { return self[lhs].code.rawValue < self[rhs].code.rawValue }
            return lhs < rhs
        }
        if indices.dropFirst().allSatisfy({ precedes($0 - 1, $0) }) { return self }
        return indices.sorted(by: precedes).map { self[$0] }
    }
}

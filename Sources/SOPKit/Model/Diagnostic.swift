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

    /// The diagnostics ordered by line, then column, then code, keeping the order of equals
    /// (`sortByLocation()` on a copy).
    public func sortedByLocation() -> [Diagnostic] {
        var sorted = self
        sorted.sortByLocation()
        return sorted
    }

    /// Orders the diagnostics by line, then column, then code, keeping the order of equals. Their keys
    /// are sorted, each with the diagnostic's position, and the diagnostics are then moved along the
    /// cycles of that permutation: none is copied (a copy would retain and release its strings), and
    /// diagnostics already in order stay where they are. The keys are packed in one integer each
    /// (`DiagnosticOrderKey.packedKeys(of:)`), which compare in one instruction, unless a location is
    /// too large to pack.
    public mutating func sortByLocation() {
        if var keys = withUnsafeBufferPointer(DiagnosticOrderKey.packedKeys(of:)) {
            keys.sort()
            move(alongSortedKeys: &keys, positionMask: DiagnosticOrderKey.packedPositionMask)
        } else {
            var keys = withUnsafeBufferPointer { diagnostics in
                diagnostics.indices.map { DiagnosticOrderKey(diagnostics[$0], at: $0) }
            }
            keys.sort()
            var positions = keys.map { UInt64($0.position) }
            move(alongSortedKeys: &positions, positionMask: .max)
        }
    }

    /// Moves each diagnostic to its place in the order of `keys`, sorted: `keys[place] & positionMask`
    /// is the position of the diagnostic that goes to `place`. A key is set to its place once that
    /// diagnostic is there.
    private mutating func move(alongSortedKeys keys: inout [UInt64], positionMask: UInt64) {
        withUnsafeMutableBufferPointer { diagnostics in
            guard let base = diagnostics.baseAddress else { return }
            for start in keys.indices where Int(keys[start] & positionMask) != start {
                let first = (base + start).move()
                var hole = start
                while Int(keys[hole] & positionMask) != start {
                    let source = Int(keys[hole] & positionMask)
                    (base + hole).initialize(to: (base + source).move())
                    keys[hole] = UInt64(hole)
                    hole = source
                }
                (base + hole).initialize(to: first)
                keys[hole] = UInt64(hole)
            }
        }
    }
}

/// What `sortByLocation()` orders a diagnostic by: its line, column and code number, then its position
/// among the diagnostics sorted, so that no two keys are equal and equal diagnostics keep their order.
struct DiagnosticOrderKey: Comparable {
    /// The diagnostic's line.
    var line: Int
    /// The diagnostic's column.
    var column: Int
    /// The number of the diagnostic's code, which orders codes as their raw values do.
    var codeNumber: Int
    /// Where the diagnostic stands among those sorted.
    var position: Int

    /// The key of `diagnostic`, standing at `position`.
    init(_ diagnostic: Diagnostic, at position: Int) {
        line = diagnostic.location.line
        column = diagnostic.location.column
        codeNumber = diagnostic.code.number
        self.position = position
    }

    /// The bits of a packed key (`packedKeys(of:)`) that hold the position; those above them hold, from
    /// the top, 24 bits of line, 16 of column and 10 of code number.
    static let packedPositionBits = 14
    /// The position bits of a packed key set.
    static let packedPositionMask: UInt64 = 1 << packedPositionBits - 1

    /// The keys of `diagnostics` packed in one integer each, which order as the keys do: line, column,
    /// code number and position from the highest bits down. Nil when there are more diagnostics than
    /// the position bits number, or a line, column or code number does not fit its bits.
    static func packedKeys(of diagnostics: UnsafeBufferPointer<Diagnostic>) -> [UInt64]? {
        guard diagnostics.count <= 1 << packedPositionBits else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(diagnostics.count)
        for index in diagnostics.indices {
            let (line, column) = (diagnostics[index].location.line, diagnostics[index].location.column)
            let codeNumber = diagnostics[index].code.number
            guard UInt(bitPattern: line) < 1 << 24, UInt(bitPattern: column) < 1 << 16, UInt(bitPattern: codeNumber) < 1 << 10
            else { return nil }
            keys.append(UInt64(line) << 40 | UInt64(column) << 24 | UInt64(codeNumber) << 14 | UInt64(index))
        }
        return keys
    }

    /// Orders keys by line, column, code number and position.
    static func < (lhs: DiagnosticOrderKey, rhs: DiagnosticOrderKey) -> Bool {
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.codeNumber != rhs.codeNumber { return lhs.codeNumber < rhs.codeNumber }
        return lhs.position < rhs.position
    }
}

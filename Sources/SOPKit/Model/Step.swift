/// How the performers of a step were found.
public enum PerformerSource: String, Sendable, Hashable {
    /// A mark (√, v, X, ●, …) in a role cell.
    case marker
    /// Inferred from the activity wording or the hand-off chain.
    case text
    /// Read from the flowchart drawn in a PDF: the role column holding the step's symbol.
    case drawing
    /// Not known.
    case unknown
}

/// A decision step: the question it decides and where each answer goes.
public struct Decision: Sendable, Hashable {
    /// The question, e.g. "Data lengkap?".
    public var question: String
    /// The step the accepted case goes to, when known.
    public var yes: Int?
    /// The step the rejected case returns to, when known (nil when it leaves the procedure).
    public var no: Int?

    /// Creates a decision.
    public init(question: String, yes: Int?, no: Int?) {
        self.question = question
        self.yes = yes
        self.no = no
    }
}

/// The cells of a step row, for pointing diagnostics at them.
public enum StepField: Sendable, Hashable, CaseIterable, LocatedField {
    case number, activity, requirements, duration, output, notes

    /// The field's position in `allCases` (0 for `number`): its slot in `StepFieldLocations`.
    public var position: Int {
        switch self {
        case .number: 0
        case .activity: 1
        case .requirements: 2
        case .duration: 3
        case .output: 4
        case .notes: 5
        }
    }
}

/// One row of the procedure table.
public struct Step: Sendable, Hashable {
    /// The step number as printed.
    public var number: Int
    /// Kegiatan / Aktivitas: one space between words, HTML removed, list items joined with "; ".
    public var activity: String
    /// The roles (exactly as in `SOP.roles`) that perform the step.
    public var performers: [String]
    /// How `performers` was found.
    public var performerSource: PerformerSource
    /// How sure the performers are, 0…1: 1 for a mark, less for an inference; nil when unknown.
    public var performerConfidence: Double?
    /// Mutu Baku: Kelengkapan / Persyaratan.
    public var requirements: String?
    /// Mutu Baku: Waktu.
    public var duration: Duration?
    /// Mutu Baku: Output.
    public var output: String?
    /// Keterangan.
    public var notes: String?
    /// 1-based line where the step starts.
    public var line: Int
    /// Where each cell of the step was read, for diagnostics.
    public var locations: StepFieldLocations
    /// The decision the step takes, when it is a decision step.
    public var decision: Decision?

    /// Where `field` was read, or the start of the step row.
    public func location(of field: StepField) -> SourceLocation {
        locations[field] ?? SourceLocation(line: line, column: 1)
    }
}

extension Step {
    /// Creates a step. It hands its fields to the memberwise initialiser, which builds the value
    /// directly: an initialiser assigning field by field had the compiler build this large struct twice
    /// on the stack, then copy one into place and destroy the other. It is declared in this extension so
    /// that the struct keeps its memberwise initialiser.
    public init(
        number: Int, activity: String, performers: [String] = [], performerSource: PerformerSource = .unknown,
        requirements: String? = nil, duration: Duration? = nil, output: String? = nil, notes: String? = nil,
        line: Int, locations: StepFieldLocations = [:]
    ) {
        self.init(
            number: number, activity: activity, performers: performers, performerSource: performerSource,
            performerConfidence: performerSource == .marker ? 1 : nil, requirements: requirements,
            duration: duration, output: output, notes: notes, line: line, locations: locations, decision: nil)
    }
}

/// The identity fields of an SOP, for pointing diagnostics at them.
public enum SOPField: String, Sendable, Hashable, CaseIterable, LocatedField {
    case title, number, agency, created, revised, effective, approved, approver, nip
    case legalBasis, qualifications, relatedProcedures, equipment, warnings, records
    case tableHeader

    /// The field's position in `allCases` (0 for `title`): its slot in `SOPFieldLocations`.
    public var position: Int {
        switch self {
        case .title: 0
        case .number: 1
        case .agency: 2
        case .created: 3
        case .revised: 4
        case .effective: 5
        case .approved: 6
        case .approver: 7
        case .nip: 8
        case .legalBasis: 9
        case .qualifications: 10
        case .relatedProcedures: 11
        case .equipment: 12
        case .warnings: 13
        case .records: 14
        case .tableHeader: 15
        }
    }

    /// Hashes the field's position, not its raw value: the default for a `String` raw value hashes
    /// the name's bytes on every lookup in a dictionary or set keyed by fields. Equal
    /// fields have equal positions, so equal fields hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(position)
    }
}

/// A titled narrative section (Latar Belakang, Maksud dan Tujuan, …).
public struct Section: Sendable, Hashable {
    /// The section title as written.
    public var title: String
    /// The section text, lines joined with single spaces (numbered items keep their numbers).
    public var text: String

    /// Creates a section.
    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

/// The family of text an SOP was read from.
public enum InputFormat: String, Sendable, Hashable {
    /// Tab-separated text exported from Word tables.
    case tabular
    /// OCR text of a scan.
    case ocr
    /// `pdftotext -layout` output of a PDF: columns set with runs of spaces.
    case layout
}

/// One Standar Operasional Prosedur: identity block and procedure table (the canonical model).
public struct SOP: Sendable, Hashable {
    /// A stable slug, unique within the file.
    public var id: String
    /// Nama SOP.
    public var title: String?
    /// Nomor SOP as written, whitespace-normalised.
    public var number: String?
    /// The issuing unit.
    public var agency: String?
    /// Created, revised, effective and approved dates.
    public var dates: SOPDates
    /// Who approved the SOP.
    public var approvedBy: Approver
    /// Dasar Hukum.
    public var legalBasis: [LegalReference]
    /// Kualifikasi Pelaksana.
    public var qualifications: [String]
    /// Keterkaitan.
    public var relatedProcedures: [String]
    /// Peralatan / Perlengkapan.
    public var equipment: [String]
    /// Peringatan.
    public var warnings: [String]
    /// Pencatatan dan Pendataan.
    public var records: [String]
    /// The role (pelaksana) columns, left to right, as named in the header.
    public var roles: [String]
    /// The procedure table, in order, page breaks merged.
    public var steps: [Step]
    /// Other titled sections, in the order they appear.
    public var sections: [Section]
    /// The lines of the input the SOP was read from.
    public var source: SourceRange
    /// Where identity fields were read, for diagnostics.
    public var locations: SOPFieldLocations
    /// The family of text the SOP was read from.
    public var format: InputFormat = .tabular

    /// Creates an SOP; everything but `id` and `source` defaults to empty.
    public init(
        id: String, title: String? = nil, number: String? = nil, agency: String? = nil, dates: SOPDates = SOPDates(),
        approvedBy: Approver = Approver(), legalBasis: [LegalReference] = [], qualifications: [String] = [],
        relatedProcedures: [String] = [], equipment: [String] = [], warnings: [String] = [], records: [String] = [],
        roles: [String] = [], steps: [Step] = [], sections: [Section] = [], source: SourceRange,
        locations: SOPFieldLocations = [:]
    ) {
        self.id = id
        self.title = title
        self.number = number
        self.agency = agency
        self.dates = dates
        self.approvedBy = approvedBy
        self.legalBasis = legalBasis
        self.qualifications = qualifications
        self.relatedProcedures = relatedProcedures
        self.equipment = equipment
        self.warnings = warnings
        self.records = records
        self.roles = roles
        self.steps = steps
        self.sections = sections
        self.source = source
        self.locations = locations
    }

    /// The sum of the step durations, or nil when no step has one.
    public var totalDuration: TotalDuration? { TotalDuration.of(steps) }

    /// Where `field` was read, or the first line of the SOP.
    public func location(of field: SOPField) -> SourceLocation {
        locations[field] ?? SourceLocation(line: source.startLine, column: 1)
    }
}

/// Everything read from one input file: its SOPs and the diagnostics (the top-level JSON object).
public struct SOPDocument: Sendable, Hashable {
    /// The version of the canonical model written by this SOPKit.
    public static let schemaVersion = "1.3"

    /// The input path as given.
    public var source: String
    /// The SOPs of the file, in order.
    public var sops: [SOP]
    /// Diagnostics of decoding, parsing and (once validated) validation.
    public var diagnostics: [Diagnostic]

    /// Creates a document.
    public init(source: String, sops: [SOP], diagnostics: [Diagnostic]) {
        self.source = source
        self.sops = sops
        self.diagnostics = diagnostics
    }
}

/// The stable codes of every diagnostic SOPKit emits. `docs/RULES.md` explains each.
///
/// Ranges: `SOP0xx` input and parsing, `SOP1xx` identity block, `SOP2xx` step numbering,
/// `SOP3xx` roles and performers, `SOP4xx` durations, `SOP5xx` Mutu Baku, `SOP6xx` the reviewer's
/// rules of Permenpan RB 35/2012.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // Input and parsing.
    case noSOPFound = "SOP001"
    case decodedAsWindows1252 = "SOP002"
    case binaryInput = "SOP003"
    case emptyInput = "SOP004"
    case inputTooLarge = "SOP005"
    case lineTooLong = "SOP006"
    case decodedAsUTF16WithoutBOM = "SOP007"
    case unreadableInput = "SOP008"
    case rowRealigned = "SOP010"
    case repeatedHeaderMerged = "SOP011"
    case lineOutsideSteps = "SOP012"
    case listItemsSplit = "SOP013"
    case ocrWordRepaired = "SOP014"
    case stepsFromNarrative = "SOP015"
    case layoutColumnsReplaced = "SOP016"
    case layoutRoleText = "SOP017"
    case pageReadByOCR = "SOP020"
    case pageWithoutText = "SOP021"
    case drawingNotApplied = "SOP022"
    case rolesFromDrawing = "SOP023"

    // Identity block.
    case missingTitle = "SOP100"
    case missingIdentityField = "SOP101"
    case unreadableDate = "SOP102"
    case createdAfterEffective = "SOP103"
    case nipLength = "SOP110"
    case nipBirthDate = "SOP111"
    case nipAppointmentDate = "SOP112"
    case nipSexDigit = "SOP113"
    case unparsedLegalReference = "SOP120"

    // Step numbering.
    case noSteps = "SOP201"
    case stepNumberGap = "SOP202"
    case duplicateStepNumber = "SOP203"
    case stepOutOfOrder = "SOP204"
    case emptyActivity = "SOP205"

    // Roles and performers.
    case noRoles = "SOP301"
    case markerOutsideRoles = "SOP302"
    case noPerformer = "SOP303"
    case performerNotInHeader = "SOP304"

    // Durations.
    case missingDuration = "SOP401"
    case unparseableDuration = "SOP402"
    case unknownDurationUnit = "SOP403"
    case zeroDuration = "SOP404"
    case implausibleDuration = "SOP405"

    // Mutu Baku.
    case missingRequirements = "SOP501"
    case missingOutput = "SOP502"

    // Reviewer rules of Permenpan RB 35/2012.
    case severalPerformers = "SOP601"
    case activityWithoutVerb = "SOP602"
    case outputUnrelatedToNextRequirements = "SOP603"
    case decisionWithOneBranch = "SOP604"
    case roleNeverActs = "SOP605"
    case totalTime = "SOP606"

    /// The severity a diagnostic of this code has unless a rule says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .decodedAsWindows1252, .decodedAsUTF16WithoutBOM, .rowRealigned, .repeatedHeaderMerged,
            .listItemsSplit, .unparsedLegalReference, .ocrWordRepaired, .stepsFromNarrative, .totalTime,
            .layoutColumnsReplaced, .layoutRoleText,
            .pageReadByOCR, .rolesFromDrawing:
            .note
        case .pageWithoutText, .drawingNotApplied, .lineOutsideSteps, .missingIdentityField, .unreadableDate, .markerOutsideRoles, .noPerformer,
            .missingDuration, .zeroDuration, .implausibleDuration, .missingRequirements, .missingOutput,
            .severalPerformers, .activityWithoutVerb, .outputUnrelatedToNextRequirements, .decisionWithOneBranch,
            .roleNeverActs:
            .warning
        case .noSOPFound, .binaryInput, .emptyInput, .inputTooLarge, .lineTooLong, .unreadableInput,
            .missingTitle, .createdAfterEffective, .nipLength, .nipBirthDate, .nipAppointmentDate, .nipSexDigit,
            .noSteps, .stepNumberGap, .duplicateStepNumber, .stepOutOfOrder, .emptyActivity,
            .noRoles, .performerNotInHeader, .unparseableDuration, .unknownDurationUnit:
            .error
        }
    }

    /// The number of the code, the three digits of its raw value (401 for `SOP401`): numbers order codes
    /// as their raw values do, and compare without reading a string.
    public var number: Int {
        switch self {
        case .noSOPFound: 1
        case .decodedAsWindows1252: 2
        case .binaryInput: 3
        case .emptyInput: 4
        case .inputTooLarge: 5
        case .lineTooLong: 6
        case .decodedAsUTF16WithoutBOM: 7
        case .unreadableInput: 8
        case .rowRealigned: 10
        case .repeatedHeaderMerged: 11
        case .lineOutsideSteps: 12
        case .listItemsSplit: 13
        case .ocrWordRepaired: 14
        case .stepsFromNarrative: 15
        case .layoutColumnsReplaced: 16
        case .layoutRoleText: 17
        case .pageReadByOCR: 20
        case .pageWithoutText: 21
        case .drawingNotApplied: 22
        case .rolesFromDrawing: 23
        case .missingTitle: 100
        case .missingIdentityField: 101
        case .unreadableDate: 102
        case .createdAfterEffective: 103
        case .nipLength: 110
        case .nipBirthDate: 111
        case .nipAppointmentDate: 112
        case .nipSexDigit: 113
        case .unparsedLegalReference: 120
        case .noSteps: 201
        case .stepNumberGap: 202
        case .duplicateStepNumber: 203
        case .stepOutOfOrder: 204
        case .emptyActivity: 205
        case .noRoles: 301
        case .markerOutsideRoles: 302
        case .noPerformer: 303
        case .performerNotInHeader: 304
        case .missingDuration: 401
        case .unparseableDuration: 402
        case .unknownDurationUnit: 403
        case .zeroDuration: 404
        case .implausibleDuration: 405
        case .missingRequirements: 501
        case .missingOutput: 502
        case .severalPerformers: 601
        case .activityWithoutVerb: 602
        case .outputUnrelatedToNextRequirements: 603
        case .decisionWithOneBranch: 604
        case .roleNeverActs: 605
        case .totalTime: 606
        }
    }

    /// A short name of the rule, used as the SARIF rule name and in `docs/RULES.md`.
    public var title: String {
        switch self {
        case .noSOPFound: "no-sop-found"
        case .decodedAsWindows1252: "decoded-as-windows-1252"
        case .binaryInput: "binary-input"
        case .emptyInput: "empty-input"
        case .inputTooLarge: "input-too-large"
        case .lineTooLong: "line-too-long"
        case .decodedAsUTF16WithoutBOM: "decoded-as-utf16-without-bom"
        case .unreadableInput: "unreadable-input"
        case .rowRealigned: "row-realigned"
        case .repeatedHeaderMerged: "repeated-header-merged"
        case .lineOutsideSteps: "line-outside-steps"
        case .listItemsSplit: "list-items-split"
        case .ocrWordRepaired: "ocr-word-repaired"
        case .stepsFromNarrative: "steps-from-narrative"
        case .layoutColumnsReplaced: "layout-columns-replaced"
        case .layoutRoleText: "layout-role-text"
        case .pageReadByOCR: "page-read-by-ocr"
        case .pageWithoutText: "page-without-text"
        case .drawingNotApplied: "drawing-not-applied"
        case .rolesFromDrawing: "roles-from-drawing"
        case .missingTitle: "missing-title"
        case .missingIdentityField: "missing-identity-field"
        case .unreadableDate: "unreadable-date"
        case .createdAfterEffective: "created-after-effective"
        case .nipLength: "nip-length"
        case .nipBirthDate: "nip-birth-date"
        case .nipAppointmentDate: "nip-appointment-date"
        case .nipSexDigit: "nip-sex-digit"
        case .unparsedLegalReference: "unparsed-legal-reference"
        case .noSteps: "no-steps"
        case .stepNumberGap: "step-number-gap"
        case .duplicateStepNumber: "duplicate-step-number"
        case .stepOutOfOrder: "step-out-of-order"
        case .emptyActivity: "empty-activity"
        case .noRoles: "no-roles"
        case .markerOutsideRoles: "marker-outside-roles"
        case .noPerformer: "no-performer"
        case .performerNotInHeader: "performer-not-in-header"
        case .missingDuration: "missing-duration"
        case .unparseableDuration: "unparseable-duration"
        case .unknownDurationUnit: "unknown-duration-unit"
        case .zeroDuration: "zero-duration"
        case .implausibleDuration: "implausible-duration"
        case .missingRequirements: "missing-requirements"
        case .missingOutput: "missing-output"
        case .severalPerformers: "several-performers"
        case .activityWithoutVerb: "activity-without-verb"
        case .outputUnrelatedToNextRequirements: "output-unrelated-to-next-requirements"
        case .decisionWithOneBranch: "decision-with-one-branch"
        case .roleNeverActs: "role-never-acts"
        case .totalTime: "total-time"
        }
    }
}

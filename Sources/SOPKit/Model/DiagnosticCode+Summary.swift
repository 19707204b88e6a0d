extension DiagnosticCode {
    /// One line on why the rule exists, condensed from the "why" column of `docs/RULES.md`; the SARIF
    /// rule descriptions use it.
    public var summary: String {
        switch self {
        case .noSOPFound: "A file that yields no SOP must say so instead of producing an empty result silently."
        case .decodedAsWindows1252:
            "Bytes that are not UTF-8 were read as Windows-1252; a wrong guess would garble letters."
        case .binaryInput: "Binary files (images, renamed Office files) cannot be SOP text."
        case .emptyInput: "An empty file is almost always an export that failed."
        case .inputTooLarge:
            "Inputs over 32 MiB are refused: no SOP is that large, and the limit bounds batch memory."
        case .lineTooLong: "A line over the length limit is cut, so that the rest of the file can still be read."
        case .decodedAsUTF16WithoutBOM: "UTF-16 text without a byte-order mark was recognised by its zero bytes."
        case .unreadableInput: "The file could not be read (permissions, or it vanished during a batch)."
        case .rowRealigned:
            "A row with more or fewer tabs than the header was aligned by its content, with the Waktu cell as anchor."
        case .repeatedHeaderMerged:
            "A table header repeated after a page break is not a new table; its rows continue the steps."
        case .lineOutsideSteps:
            "A line that belongs to no step or section is reported rather than dropped or glued to a step."
        case .listItemsSplit: "List items glued together without separators were split."
        case .ocrWordRepaired: "A word misread by OCR was repaired against the lexicon of clean SOP vocabulary."
        case .stepsFromNarrative: "A step the OCR'd table lost was taken from the narrative procedure section."
        case .layoutColumnsReplaced:
            "A table page without its own header kept the previous header's columns, with Waktu placed where the page's durations are."
        case .layoutRoleText:
            "Text in a role column of layout text is neither a mark nor a decision label, so it was not read as activity text."
        case .pageReadByOCR: "A PDF page without a text layer (a scan) was read by OCR, so its words may be misread."
        case .pageWithoutText:
            "A PDF page without a text layer could not be read by OCR (tesseract missing or failing); its content is lost."
        case .drawingNotApplied:
            "The flowchart drawn in the PDF could not be read or matched to the steps, so performers were inferred from the text."
        case .rolesFromDrawing:
            "The role names read from the text did not match the drawn table header, so the header's names were used."
        case .missingTitle: "An SOP without a name (Nama SOP) cannot be filed, referenced or published."
        case .missingIdentityField:
            "A field that Permenpan RB 35/2012 requires in the identity block is absent or empty."
        case .unreadableDate: "A date that cannot be read is probably mistyped."
        case .createdAfterEffective: "An SOP cannot take effect before it was made."
        case .nipLength: "A NIP has exactly 18 digits; any other length is a typo."
        case .nipBirthDate: "Digits 1–8 of a NIP are the birth date YYYYMMDD."
        case .nipAppointmentDate:
            "Digits 9–14 of a NIP are the appointment month YYYYMM, at least 15 years after birth."
        case .nipSexDigit: "Digit 15 of a NIP is 1 (male) or 2 (female)."
        case .unparsedLegalReference:
            "A Dasar Hukum item whose kind or year was not recognised; check that it is a regulation."
        case .noSteps: "An SOP without a procedure table has no procedure."
        case .stepNumberGap: "Steps are numbered 1…n; a gap means a lost row."
        case .duplicateStepNumber: "Two rows with one number are a copy or a numbering slip."
        case .stepOutOfOrder: "Steps must run in order."
        case .emptyActivity: "A step must say what is done."
        case .noRoles: "The flowchart needs its role (pelaksana) columns."
        case .markerOutsideRoles: "A performer mark beyond the role columns cannot be assigned to a role."
        case .noPerformer: "Each step is performed by a role, but no mark was found in its role cells."
        case .performerNotInHeader: "A performer must be one of the header's roles."
        case .missingDuration: "Mutu Baku requires a time for every step."
        case .unparseableDuration: "The Waktu cell is not a duration."
        case .unknownDurationUnit: "The unit is not one of menit, jam, hari, minggu, bulan, or a number has no unit."
        case .zeroDuration: "A step takes some time."
        case .implausibleDuration: "Over 90 working days for one step is almost always a typo."
        case .missingRequirements: "Each step states what it needs (Kelengkapan)."
        case .missingOutput: "Each step states what it produces (Output)."
        case .severalPerformers: "Each activity should be performed by one role, so that responsibility is clear."
        case .activityWithoutVerb: "An activity states what is done, so it starts with a verb."
        case .outputUnrelatedToNextRequirements: "The output of a step is what the next step needs; when they share nothing, a link is missing."
        case .decisionWithOneBranch: "A decision states where both the accepted and the rejected case go."
        case .roleNeverActs: "A role column in which no step is performed is either missing from the flow or superfluous."
        case .totalTime: "The total working time of the procedure, for the reviewer to judge."
        }
    }
}

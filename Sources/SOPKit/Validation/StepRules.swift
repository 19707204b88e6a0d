/// Steps exist, are numbered 1…n in order without gaps or repeats, and each has an activity.
enum StepNumberingRules: ValidationRule {
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        guard !sop.steps.isEmpty else {
            diagnostics.append(Diagnostic(
                .noSteps, "SOP has no steps (no rows in its procedure table)", file: file,
                at: sop.location(of: .tableHeader)))
            return
        }
        var previous: Int?
        for step in sop.steps {
            // The location is looked up only for a step that gets a diagnostic.
            if let previous {
                if step.number == previous {
                    diagnostics.append(Diagnostic(
                        .duplicateStepNumber, "step \(step.number) appears twice", file: file, at: step.location(of: .number)))
                } else if step.number < previous {
                    diagnostics.append(Diagnostic(
                        .stepOutOfOrder, "step \(step.number) comes after step \(previous)", file: file,
                        at: step.location(of: .number)))
                } else if step.number > previous + 1 {
                    let missing = step.number == previous + 2
                        ? "step \(previous + 1) is missing" : "steps \(previous + 1)-\(step.number - 1) are missing"
                    diagnostics.append(Diagnostic(
                        .stepNumberGap, "step \(step.number) follows step \(previous); \(missing)", file: file,
                        at: step.location(of: .number)))
                }
            } else if step.number != 1 {
                diagnostics.append(Diagnostic(
                    .stepNumberGap, "steps start at \(step.number), not 1", file: file, at: step.location(of: .number)))
            }
            previous = max(previous ?? step.number, step.number)
            if step.activity.isEmpty {
                diagnostics.append(Diagnostic(
                    .emptyActivity, StepMessage.step(step.number, " has no activity (Kegiatan)"), file: file,
                    at: step.location(of: .number)))
            }
        }
    }
}

/// The header names roles, and every step is performed by a role of the header.
enum RoleRules: ValidationRule {
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        if sop.roles.isEmpty, !sop.steps.isEmpty {
            diagnostics.append(Diagnostic(
                .noRoles, "procedure table header names no role (pelaksana) columns", file: file,
                at: sop.location(of: .tableHeader)))
        }
        for step in sop.steps {
            if step.performers.isEmpty {
                diagnostics.append(Diagnostic(
                    .noPerformer,
                    StepMessage.step(step.number, " has no performer: no role cell is marked and the activity does not tell who acts"),
                    file: file,
                    at: step.location(of: .activity)))
            }
            for performer in step.performers where !sop.roles.contains(performer) {
                diagnostics.append(Diagnostic(
                    .performerNotInHeader, "step \(step.number) is performed by \"\(performer)\", which is not a role of the header",
                    file: file, at: step.location(of: .activity)))
            }
        }
    }
}

/// Every step has a readable, plausible Waktu.
enum DurationRules: ValidationRule {
    /// The longest plausible time for one step: 90 working days.
    static let maximumMinutes = 90 * DurationUnit.day.minutes

    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        for step in sop.steps {
            // The location is looked up only for a step that gets a diagnostic.
            var location: SourceLocation { step.location(of: .duration) }
            guard let duration = step.duration else {
                diagnostics.append(Diagnostic(
                    .missingDuration, StepMessage.step(step.number, " has no time (Waktu)"), file: file, at: location))
                continue
            }
            switch duration.measure {
            case .unreadable:
                diagnostics.append(Diagnostic(
                    .unparseableDuration, "step \(step.number): time \"\(duration.text)\" is not a duration",
                    file: file, at: location))
            case .unknownUnit(let unit):
                let what = unit.isEmpty ? "has no unit" : "has the unknown unit \"\(unit)\""
                diagnostics.append(Diagnostic(
                    .unknownDurationUnit,
                    "step \(step.number): time \"\(duration.text)\" \(what) (menit, jam, hari, minggu, bulan)",
                    file: file, at: location))
            case .amount:
                let minutes = duration.minutes ?? 0
                if minutes == 0 {
                    diagnostics.append(Diagnostic(
                        .zeroDuration, "step \(step.number): time \"\(duration.text)\" is zero", file: file, at: location))
                } else if minutes > maximumMinutes {
                    diagnostics.append(Diagnostic(
                        .implausibleDuration,
                        "step \(step.number): time \"\(duration.text)\" is longer than 90 working days", file: file,
                        at: location))
                }
            case .flexible:
                break
            }
        }
    }
}

/// Every step states its Mutu Baku: what it needs (Kelengkapan) and what it gives (Output).
enum MutuBakuRules: ValidationRule {
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        for step in sop.steps {
            if step.requirements == nil {
                diagnostics.append(Diagnostic(
                    .missingRequirements, StepMessage.step(step.number, " has no Kelengkapan (Mutu Baku)"), file: file,
                    at: step.location(of: .requirements)))
            }
            if step.output == nil {
                diagnostics.append(Diagnostic(
                    .missingOutput, StepMessage.step(step.number, " has no Output (Mutu Baku)"), file: file,
                    at: step.location(of: .output)))
            }
        }
    }
}

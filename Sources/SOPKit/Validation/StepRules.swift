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
        // Each step is read where it stands in the array: a copy would retain and release its fields.
        sop.steps.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                // The location is looked up only for a step that gets a diagnostic.
                if let previous {
                    if steps[index].number == previous {
                        diagnostics.append(Diagnostic(
                            .duplicateStepNumber, "step \(steps[index].number) appears twice", file: file,
                            at: steps[index].location(of: .number)))
                    } else if steps[index].number < previous {
                        diagnostics.append(Diagnostic(
                            .stepOutOfOrder, "step \(steps[index].number) comes after step \(previous)", file: file,
                            at: steps[index].location(of: .number)))
                    } else if steps[index].number > previous + 1 {
                        let missing = steps[index].number == previous + 2
                            ? "step \(previous + 1) is missing" : "steps \(previous + 1)-\(steps[index].number - 1) are missing"
                        diagnostics.append(Diagnostic(
                            .stepNumberGap, "step \(steps[index].number) follows step \(previous); \(missing)", file: file,
                            at: steps[index].location(of: .number)))
                    }
                } else if steps[index].number != 1 {
                    diagnostics.append(Diagnostic(
                        .stepNumberGap, "steps start at \(steps[index].number), not 1", file: file,
                        at: steps[index].location(of: .number)))
                }
                previous = max(previous ?? steps[index].number, steps[index].number)
                if steps[index].activity.isEmpty {
                    diagnostics.append(Diagnostic(
                        .emptyActivity, StepMessage.noActivity.message(forStep: steps[index].number), file: file,
                        at: steps[index].location(of: .number)))
                }
            }
        }
    }
}

/// The header names roles, and every step is performed by a role of the header.
enum RoleRules: ValidationRule {
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        _ = checkNotingActingRoles(sop, file: file, into: &diagnostics)
    }

    /// `check(_:file:into:)`, which returns the roles it found performing a step, for `ReviewerRules`.
    static func checkNotingActingRoles(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) -> ActingRoles {
        if sop.roles.isEmpty, !sop.steps.isEmpty {
            diagnostics.append(Diagnostic(
                .noRoles, "procedure table header names no role (pelaksana) columns", file: file,
                at: sop.location(of: .tableHeader)))
        }
        var actingRoles = ActingRoles(roles: sop.roles)
        // Each step is read where it stands in the array: a copy would retain and release its fields.
        sop.steps.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                if steps[index].performers.isEmpty {
                    diagnostics.append(Diagnostic(
                        .noPerformer,
                        StepMessage.noPerformer.message(forStep: steps[index].number),
                        file: file,
                        at: steps[index].location(of: .activity)))
                }
                // Each performer is looked up among the roles, and the role it is found to be noted (`ActingRoles`).
                for performer in steps[index].performers.indices where !actingRoles.note(steps[index].performers[performer]) {
                    diagnostics.append(Diagnostic(
                        .performerNotInHeader,
                        "step \(steps[index].number) is performed by \"\(steps[index].performers[performer])\", which is not a role of the header",
                        file: file, at: steps[index].location(of: .activity)))
                }
            }
        }
        return actingRoles
    }
}

/// Every step has a readable, plausible Waktu.
enum DurationRules: ValidationRule {
    /// The longest plausible time for one step: 90 working days.
    static let maximumMinutes = 90 * DurationUnit.day.minutes

    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        // Each step is read where it stands in the array: a copy would retain and release its fields.
        sop.steps.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                // The location is looked up only for a step that gets a diagnostic, and the text only for a
                // duration that gets one: the measure alone is read, as reading the duration would copy its text.
                var location: SourceLocation { steps[index].location(of: .duration) }
                var text: String { steps[index].duration?.text ?? "" }
                switch steps[index].duration?.measure {
                case nil:
                    diagnostics.append(Diagnostic(
                        .missingDuration, StepMessage.noTime.message(forStep: steps[index].number), file: file, at: location))
                case .unreadable?:
                    diagnostics.append(Diagnostic(
                        .unparseableDuration, "step \(steps[index].number): time \"\(text)\" is not a duration",
                        file: file, at: location))
                case .unknownUnit(let unit)?:
                    let what = unit.isEmpty ? "has no unit" : "has the unknown unit \"\(unit)\""
                    diagnostics.append(Diagnostic(
                        .unknownDurationUnit,
                        "step \(steps[index].number): time \"\(text)\" \(what) (menit, jam, hari, minggu, bulan)",
                        file: file, at: location))
                case .amount(let value, let unit)?:
                    let minutes = unit.workingMinutes(of: value)
                    if minutes == 0 {
                        diagnostics.append(Diagnostic(
                            .zeroDuration, "step \(steps[index].number): time \"\(text)\" is zero", file: file, at: location))
                    } else if minutes > maximumMinutes {
                        diagnostics.append(Diagnostic(
                            .implausibleDuration,
                            "step \(steps[index].number): time \"\(text)\" is longer than 90 working days", file: file,
                            at: location))
                    }
                case .flexible?:
                    break
                }
            }
        }
    }
}

/// Every step states its Mutu Baku: what it needs (Kelengkapan) and what it gives (Output).
enum MutuBakuRules: ValidationRule {
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        // Each step is read where it stands in the array: a copy would retain and release its fields.
        sop.steps.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                if steps[index].requirements == nil {
                    diagnostics.append(Diagnostic(
                        .missingRequirements, StepMessage.noRequirements.message(forStep: steps[index].number), file: file,
                        at: steps[index].location(of: .requirements)))
                }
                if steps[index].output == nil {
                    diagnostics.append(Diagnostic(
                        .missingOutput, StepMessage.noOutput.message(forStep: steps[index].number), file: file,
                        at: steps[index].location(of: .output)))
                }
            }
        }
    }
}

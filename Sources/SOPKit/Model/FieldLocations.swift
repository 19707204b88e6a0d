/// Where each cell of a step was read (`Step.locations`): one slot per `StepField`, held in the step
/// itself, with no allocation and no hashing. It behaves as a dictionary from fields to locations: a
/// field is present or absent, and two values are equal when they hold the same fields at the same
/// locations.
public struct StepFieldLocations: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The line of each field present, at its `StepField.position`; 0 in the slot of an absent field (and
    /// in slots no field has), so that equal values have equal slots and compare and hash as they are.
    private var lines = SIMD8<Int>()
    /// The column of each field present, at its `StepField.position`; 0 where `lines` holds 0 for an
    /// absent field.
    private var columns = SIMD8<Int>()
    /// Bit `StepField.position` is set for each field present.
    private var present: UInt8 = 0

    /// No field present (as `[:]`).
    public init() {}

    /// The fields of `elements`, each at its location; a field given twice keeps its last location.
    public init(dictionaryLiteral elements: (StepField, SourceLocation)...) {
        for (field, location) in elements { self[field] = location }
    }

    /// The location of `field`, or nil when it is absent; setting nil removes the field. Always inlined:
    /// a step's fields are set one by one where it is made.
    public subscript(field: StepField) -> SourceLocation? {
        @inline(__always) get {
            guard present & (1 << field.position) != 0 else { return nil }
            return SourceLocation(line: lines[field.position], column: columns[field.position])
        }
        @inline(__always) set {
            lines[field.position] = newValue?.line ?? 0
            columns[field.position] = newValue?.column ?? 0
            if newValue != nil { present |= 1 << field.position } else { present &= ~(1 << field.position) }
        }
    }
}

/// Where each identity field of an SOP was read (`SOP.locations`): one slot per `SOPField`, held in
/// the SOP itself, with no allocation and no hashing. It behaves as a dictionary from fields to
/// locations: a field is present or absent, and two values are equal when they hold the same fields at
/// the same locations.
public struct SOPFieldLocations: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The line of each field present, at its `SOPField.position`; 0 in the slot of an absent field (and
    /// in slots no field has), so that equal values have equal slots and compare and hash as they are.
    private var lines = SIMD16<Int>()
    /// The column of each field present, at its `SOPField.position`; 0 where `lines` holds 0 for an
    /// absent field.
    private var columns = SIMD16<Int>()
    /// Bit `SOPField.position` is set for each field present.
    private var present: UInt16 = 0

    /// No field present (as `[:]`).
    public init() {}

    /// The fields of `elements`, each at its location; a field given twice keeps its last location.
    public init(dictionaryLiteral elements: (SOPField, SourceLocation)...) {
        for (field, location) in elements { self[field] = location }
    }

    /// The location of `field`, or nil when it is absent; setting nil removes the field. Always inlined:
    /// an identity block's fields are set one by one as its lines are read.
    public subscript(field: SOPField) -> SourceLocation? {
        @inline(__always) get {
            guard present & (1 << field.position) != 0 else { return nil }
            return SourceLocation(line: lines[field.position], column: columns[field.position])
        }
        @inline(__always) set {
            lines[field.position] = newValue?.line ?? 0
            columns[field.position] = newValue?.column ?? 0
            if newValue != nil { present |= 1 << field.position } else { present &= ~(1 << field.position) }
        }
    }
}

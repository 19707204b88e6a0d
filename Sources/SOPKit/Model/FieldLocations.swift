/// Where each cell of a step was read (`Step.locations`): one slot per `StepField`, held in the step
/// itself, with no allocation and no hashing. It behaves as a dictionary from fields to locations: a
/// field is present or absent, and two values are equal when they hold the same fields at the same
/// locations.
public struct StepFieldLocations: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The location of each field present, at its `StepField.position`; an absent field's slot holds
    /// `SourceLocation(line: 0, column: 0)`, so that equal values have equal slots.
    private var slots = InlineArray<6, SourceLocation>(repeating: SourceLocation(line: 0, column: 0))
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
        @inline(__always) get { present & (1 << field.position) != 0 ? slots[field.position] : nil }
        @inline(__always) set {
            if let newValue {
                slots[field.position] = newValue
                present |= 1 << field.position
            } else {
                slots[field.position] = SourceLocation(line: 0, column: 0)
                present &= ~(1 << field.position)
            }
        }
    }

    /// Whether both hold the same fields at the same locations.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.present == rhs.present else { return false }
        for slot in lhs.slots.indices where lhs.slots[slot] != rhs.slots[slot] { return false }
        return true
    }

    /// Hashes the fields present and their locations.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(present)
        for slot in slots.indices where present & (1 << slot) != 0 { hasher.combine(slots[slot]) }
    }
}

/// Where each identity field of an SOP was read (`SOP.locations`): one slot per `SOPField`, held in
/// the SOP itself, with no allocation and no hashing. It behaves as a dictionary from fields to
/// locations: a field is present or absent, and two values are equal when they hold the same fields at
/// the same locations.
public struct SOPFieldLocations: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The location of each field present, at its `SOPField.position`; an absent field's slot holds
    /// `SourceLocation(line: 0, column: 0)`, so that equal values have equal slots.
    private var slots = InlineArray<16, SourceLocation>(repeating: SourceLocation(line: 0, column: 0))
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
        @inline(__always) get { present & (1 << field.position) != 0 ? slots[field.position] : nil }
        @inline(__always) set {
            if let newValue {
                slots[field.position] = newValue
                present |= 1 << field.position
            } else {
                slots[field.position] = SourceLocation(line: 0, column: 0)
                present &= ~(1 << field.position)
            }
        }
    }

    /// Whether both hold the same fields at the same locations.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.present == rhs.present else { return false }
        for slot in lhs.slots.indices where lhs.slots[slot] != rhs.slots[slot] { return false }
        return true
    }

    /// Hashes the fields present and their locations.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(present)
        for slot in slots.indices where present & (1 << slot) != 0 { hasher.combine(slots[slot]) }
    }
}

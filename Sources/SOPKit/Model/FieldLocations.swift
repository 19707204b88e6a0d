/// A field of the model whose location is kept in a slot of `FieldLocations`: `StepField`, `SOPField`.
public protocol LocatedField: Sendable, Hashable {
    /// The field's slot: its position among the type's cases, below the slot count of the locations
    /// that hold it.
    var position: Int { get }
}

/// Where each field of a step or an SOP was read (`Step.locations`, `SOP.locations`): one slot per
/// field, held in the value itself, with no allocation and no hashing. It behaves as a dictionary from
/// fields to locations: a field is present or absent, and two values are equal when they hold the same
/// fields at the same locations.
public struct FieldLocations<Field: LocatedField, Slots: SIMD & Sendable>: Sendable, Hashable,
    ExpressibleByDictionaryLiteral
where Slots.Scalar == Int {
    /// The line of each field present, at its `position`; 0 in the slot of an absent field (and in slots
    /// no field has), so that equal values have equal slots and compare and hash as they are.
    private var lines = Slots()
    /// The column of each field present, at its `position`; 0 where `lines` holds 0 for an absent field.
    private var columns = Slots()
    /// Bit `position` is set for each field present.
    private var present: UInt32 = 0

    /// No field present (as `[:]`).
    public init() {}

    /// The fields of `elements`, each at its location; a field given twice keeps its last location.
    public init(dictionaryLiteral elements: (Field, SourceLocation)...) {
        for (field, location) in elements { self[field] = location }
    }

    /// The location of `field`, or nil when it is absent; setting nil removes the field. Always inlined:
    /// a step's or an identity block's fields are set one by one as they are read.
    public subscript(field: Field) -> SourceLocation? {
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

/// Where each cell of a step was read: a slot for each of the six `StepField`s.
public typealias StepFieldLocations = FieldLocations<StepField, SIMD8<Int>>

/// Where each identity field of an SOP was read: a slot for each of the sixteen `SOPField`s.
public typealias SOPFieldLocations = FieldLocations<SOPField, SIMD16<Int>>

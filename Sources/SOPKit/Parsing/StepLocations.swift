/// The locations of a step row's cells, gathered in fixed slots and turned into `Step.locations` by
/// mapping the values of a dictionary that already holds the keys of the fields present: the new
/// dictionary gets the template's hash layout and keys as they are, never hashed into, never grown,
/// and holds no key of a field that is absent.
///
/// A row without an activity cell has no other cells: its step records the number alone, and the
/// slots after `activity` are read only when `activity` is set.
struct StepLocations {
    /// Where the step number is.
    let number: SourceLocation
    /// Where the activity (Kegiatan) starts, if the row has one.
    var activity: SourceLocation?
    /// Where the Kelengkapan starts, if the row has one.
    var requirements: SourceLocation?
    /// Where the Waktu starts, if the row has one.
    var duration: SourceLocation?
    /// Where the Output starts, if the row has one.
    var output: SourceLocation?
    /// Where the Keterangan starts, if the row has one.
    var notes: SourceLocation?

    /// The locations of a row of which only the number is known yet.
    init(number: SourceLocation) { self.number = number }

    /// The optional fields after the activity in slot order: bit `n` of a template's mask stands for
    /// `optionalFields[n]`.
    static let optionalFields: [StepField] = [.requirements, .duration, .output, .notes]

    /// A dictionary holding the keys of one combination of fields, each with a placeholder location
    /// whose line is the field's slot: 0 for `number`, 1 for `activity`, `2 + n` for `optionalFields[n]`.
    struct Template {
        /// The keys of the combination, each with the placeholder of its slot.
        let dictionary: [StepField: SourceLocation]

        /// The template of the number alone when `mask` is nil, else of the number, the activity and
        /// the optional fields whose bits are set in `mask`.
        init(mask: Int?) {
            var dictionary = [StepField: SourceLocation](minimumCapacity: 2 + StepLocations.optionalFields.count)
            dictionary[.number] = SourceLocation(line: 0, column: 0)
            if let mask {
                dictionary[.activity] = SourceLocation(line: 1, column: 0)
                for (slot, field) in StepLocations.optionalFields.enumerated() where mask & (1 << slot) != 0 {
                    dictionary[field] = SourceLocation(line: 2 + slot, column: 0)
                }
            }
            self.dictionary = dictionary
        }
    }

    /// The template of the number alone, then one for each combination of the optional fields after
    /// an activity (by mask), built once per process.
    static let templates: [Template] =
        [Template(mask: nil)] + (0..<(1 << optionalFields.count)).map { Template(mask: $0) }

    /// `[StepField: SourceLocation]` holding exactly the fields that are set: the template of those
    /// fields with each placeholder mapped to the location of its slot (one allocation, no hashing).
    func dictionary() -> [StepField: SourceLocation] {
        guard let activity else {
            let number = number
            return Self.templates[0].dictionary.mapValues { _ in number }
        }
        var mask = 0
        if requirements != nil { mask |= 1 }
        if duration != nil { mask |= 1 << 1 }
        if output != nil { mask |= 1 << 2 }
        if notes != nil { mask |= 1 << 3 }
        return Self.templates[1 + mask].dictionary.mapValues { placeholder in
            location(inSlot: placeholder.line) ?? activity
        }
    }

    /// The location of slot `slot` (see `Template`).
    @inline(__always)
    private func location(inSlot slot: Int) -> SourceLocation? {
        switch slot {
        case 0: number
        case 1: activity
        case 2: requirements
        case 3: duration
        case 4: output
        default: notes
        }
    }
}

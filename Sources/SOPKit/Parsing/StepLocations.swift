/// The locations of a step row's cells, gathered in fixed slots and turned into `Step.locations` by
/// copying a dictionary that already holds the keys of the fields present and setting its values in
/// place: the copy is never hashed into, never grown, and holds no key of a field that is absent.
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

    /// A dictionary holding the keys of one combination of fields (with placeholder values) and the
    /// index of each key in it: `number` and `activity`, then the optional fields by slot (the start
    /// index for a field that is absent).
    struct Template {
        /// The keys of the combination, each with a placeholder location.
        let dictionary: [StepField: SourceLocation]
        /// Where `.number` is in `dictionary`.
        let number: Dictionary<StepField, SourceLocation>.Index
        /// Where `.activity` is in `dictionary` (its start index when the template has no activity).
        let activity: Dictionary<StepField, SourceLocation>.Index
        /// Where each of `optionalFields` is in `dictionary` (its start index for a field it lacks).
        let optional: [Dictionary<StepField, SourceLocation>.Index]

        /// The template of the number alone when `mask` is nil, else of the number, the activity and
        /// the optional fields whose bits are set in `mask`.
        init(mask: Int?) {
            var dictionary = [StepField: SourceLocation](minimumCapacity: 2 + StepLocations.optionalFields.count)
            let placeholder = SourceLocation(line: 0, column: 0)
            dictionary[.number] = placeholder
            if let mask {
                dictionary[.activity] = placeholder
                for (slot, field) in StepLocations.optionalFields.enumerated() where mask & (1 << slot) != 0 {
                    dictionary[field] = placeholder
                }
            }
            self.dictionary = dictionary
            number = dictionary.index(forKey: .number)!
            activity = dictionary.index(forKey: .activity) ?? dictionary.startIndex
            optional = StepLocations.optionalFields.map { dictionary.index(forKey: $0) ?? dictionary.startIndex }
        }
    }

    /// The template of the number alone, then one for each combination of the optional fields after
    /// an activity (by mask), built once per process.
    static let templates: [Template] =
        [Template(mask: nil)] + (0..<(1 << optionalFields.count)).map { Template(mask: $0) }

    /// `[StepField: SourceLocation]` holding exactly the fields that are set: the template of those
    /// fields, copied, with the values written at the template's indices.
    func dictionary() -> [StepField: SourceLocation] {
        guard let activity else {
            var dictionary = Self.templates[0].dictionary
            dictionary.values[Self.templates[0].number] = number
            return dictionary
        }
        let slots = (requirements, duration, output, notes)
        var mask = 0
        if slots.0 != nil { mask |= 1 }
        if slots.1 != nil { mask |= 1 << 1 }
        if slots.2 != nil { mask |= 1 << 2 }
        if slots.3 != nil { mask |= 1 << 3 }
        let template = Self.templates[1 + mask]
        var dictionary = template.dictionary
        dictionary.values[template.number] = number
        dictionary.values[template.activity] = activity
        func write(_ location: SourceLocation?, slot: Int) {
            if let location { dictionary.values[template.optional[slot]] = location }
        }
        write(slots.0, slot: 0)
        write(slots.1, slot: 1)
        write(slots.2, slot: 2)
        write(slots.3, slot: 3)
        return dictionary
    }
}

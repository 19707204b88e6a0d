/// The locations of a step row's cells as the row is read, turned into `Step.locations` when its step
/// is made.
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

    /// `Step.locations` of the row: the number alone when the row has no activity, else every field
    /// that is set.
    func fieldLocations() -> StepFieldLocations {
        var locations = StepFieldLocations()
        locations[.number] = number
        guard let activity else { return locations }
        locations[.activity] = activity
        locations[.requirements] = requirements
        locations[.duration] = duration
        locations[.output] = output
        locations[.notes] = notes
        return locations
    }
}

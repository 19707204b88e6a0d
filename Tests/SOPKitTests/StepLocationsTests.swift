@testable import SOPKit
import Testing

/// `StepLocations.fieldLocations()` against the dictionary the row aligner built before, by inserting
/// each field present, for every combination of fields a step row can have.
@Suite struct StepLocationsTests {
    /// The dictionary built by inserting each location that is set, as the aligner did.
    private static func inserted(_ locations: StepLocations) -> [StepField: ModelSourceLocation] {
        var dictionary = [StepField: ModelSourceLocation](minimumCapacity: 6)
        dictionary[.number] = locations.number
        guard let activity = locations.activity else { return dictionary }
        dictionary[.activity] = activity
        if let requirements = locations.requirements { dictionary[.requirements] = requirements }
        if let duration = locations.duration { dictionary[.duration] = duration }
        if let output = locations.output { dictionary[.output] = output }
        if let notes = locations.notes { dictionary[.notes] = notes }
        return dictionary
    }

    @Test func everyCombinationMatchesInsertedDictionary() {
        for mask in 0..<(1 << 6) {
            var locations = StepLocations(number: ModelSourceLocation(line: 7, column: 1))
            func location(_ bit: Int) -> ModelSourceLocation? {
                mask & (1 << bit) != 0 ? ModelSourceLocation(line: 7 + bit, column: 3 * bit + 2) : nil
            }
            locations.activity = location(0)
            locations.requirements = location(1)
            locations.duration = location(2)
            locations.output = location(3)
            locations.notes = location(4)
            let fieldLocations = locations.fieldLocations()
            let inserted = Self.inserted(locations)
            for field in StepField.allCases { #expect(fieldLocations[field] == inserted[field], "mask \(mask), \(field)") }
        }
    }

    @Test func rowWithoutActivityRecordsTheNumberAlone() {
        var locations = StepLocations(number: ModelSourceLocation(line: 3, column: 1))
        locations.notes = ModelSourceLocation(line: 3, column: 9)
        #expect(locations.fieldLocations() == [.number: ModelSourceLocation(line: 3, column: 1)])
    }
}

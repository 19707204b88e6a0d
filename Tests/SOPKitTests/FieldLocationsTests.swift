@testable import SOPKit
import Testing

/// `StepFieldLocations` and `SOPFieldLocations` against the dictionaries they replace: random
/// sequences of sets and removals on both, compared field by field after every step, and random pairs
/// compared for equality and hashing.
@Suite struct FieldLocationsTests {
    /// A location from a small range (so that random values often collide), sometimes an extreme one.
    private static func randomLocation(using generator: inout SplitMix) -> ModelSourceLocation {
        switch Int.random(in: 0..<8, using: &generator) {
        case 0: ModelSourceLocation(line: 0, column: 0)
        case 1: ModelSourceLocation(line: .max, column: .min)
        default: ModelSourceLocation(line: Int.random(in: 0..<3, using: &generator), column: Int.random(in: 0..<3, using: &generator))
        }
    }

    /// Runs random sets and removals on a field-locations value and on a dictionary side by side,
    /// checking every field after each one, then compares random pairs of values with their
    /// dictionaries for equality (and equal values for equal hashes).
    private static func agreeWithDictionary<Field: Hashable, Locations: Hashable>(
        _ empty: Locations, fields: [Field], get: (Locations, Field) -> ModelSourceLocation?, set: (inout Locations, Field, ModelSourceLocation?) -> Void,
        seed: UInt64
    ) {
        var generator = SplitMix(seed: seed)
        var samples: [(Locations, [Field: ModelSourceLocation])] = []
        for _ in 0..<400 {
            var locations = empty
            var dictionary: [Field: ModelSourceLocation] = [:]
            for _ in 0..<Int.random(in: 0..<(3 * fields.count), using: &generator) {
                let field = fields[Int.random(in: 0..<fields.count, using: &generator)]
                let location = Bool.random(using: &generator) ? nil : randomLocation(using: &generator)
                set(&locations, field, location)
                dictionary[field] = location
                for field in fields { #expect(get(locations, field) == dictionary[field], "\(field)") }
            }
            samples.append((locations, dictionary))
        }
        for _ in 0..<4_000 {
            let (first, firstDictionary) = samples[Int.random(in: 0..<samples.count, using: &generator)]
            let (second, secondDictionary) = samples[Int.random(in: 0..<samples.count, using: &generator)]
            #expect((first == second) == (firstDictionary == secondDictionary))
            if first == second { #expect(first.hashValue == second.hashValue) }
        }
    }

    @Test func stepFieldLocationsBehaveAsADictionary() {
        Self.agreeWithDictionary(
            StepFieldLocations(), fields: StepField.allCases, get: { $0[$1] }, set: { $0[$1] = $2 }, seed: 1)
    }

    @Test func sopFieldLocationsBehaveAsADictionary() {
        Self.agreeWithDictionary(
            SOPFieldLocations(), fields: SOPField.allCases, get: { $0[$1] }, set: { $0[$1] = $2 }, seed: 2)
    }

    @Test func positionsAreTheOrderOfAllCases() {
        for (offset, field) in StepField.allCases.enumerated() { #expect(field.position == offset, "\(field)") }
    }

    @Test func dictionaryLiteralsHoldTheirFields() {
        let empty: StepFieldLocations = [:]
        #expect(empty == StepFieldLocations())
        for field in StepField.allCases { #expect(empty[field] == nil) }
        let step: StepFieldLocations = [.number: ModelSourceLocation(line: 3, column: 1), .notes: ModelSourceLocation(line: 4, column: 9)]
        #expect(step[.number] == ModelSourceLocation(line: 3, column: 1))
        #expect(step[.notes] == ModelSourceLocation(line: 4, column: 9))
        #expect(step[.activity] == nil)
        let sop: SOPFieldLocations = [.tableHeader: ModelSourceLocation(line: 12, column: 1)]
        #expect(sop[.tableHeader] == ModelSourceLocation(line: 12, column: 1))
        #expect(sop[.title] == nil)
        #expect(sop != SOPFieldLocations())
    }

    @Test func anAbsentFieldDiffersFromOneAtLineZero() {
        var locations = StepFieldLocations()
        locations[.output] = ModelSourceLocation(line: 0, column: 0)
        #expect(locations != StepFieldLocations())
        locations[.output] = nil
        #expect(locations == StepFieldLocations())
    }
}

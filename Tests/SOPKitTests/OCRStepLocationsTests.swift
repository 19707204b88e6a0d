@testable import SOPKit
import Testing

/// The locations of an OCR step made from a template (`OCRTableParser.StepLocations`) equal the
/// dictionary literals they replaced, and behave as those dictionaries do when changed afterwards.
@Suite struct OCRStepLocationsTests {
    static let locations = [
        SourceLocation(line: 0, column: 0), SourceLocation(line: 1, column: 1), SourceLocation(line: 7, column: 42),
        SourceLocation(line: 123_456, column: 3), SourceLocation(line: Int.max, column: Int.max),
    ]

    @Test(arguments: locations.indices, locations.indices) func templatesAgreeWithLiterals(firstIndex: Int, durationIndex: Int) {
        let (first, duration) = (Self.locations[firstIndex], Self.locations[durationIndex])
        let withDuration = OCRTableParser.StepLocations.withDuration.filled(first: first, duration: duration)
        #expect(withDuration == [.number: first, .activity: first, .duration: duration])
        let withoutDuration = OCRTableParser.StepLocations.withoutDuration.filled(first: first)
        #expect(withoutDuration == [.number: first, .activity: first])
        #expect(withoutDuration[.duration] == nil)
    }

    /// Filling one copy leaves the template and the other copies as they were, and a copy takes new
    /// keys and loses old ones as any dictionary does.
    @Test func copiesAreIndependent() {
        let first = SourceLocation(line: 3, column: 1)
        let second = SourceLocation(line: 9, column: 1)
        var one = OCRTableParser.StepLocations.withDuration.filled(first: first, duration: first)
        let two = OCRTableParser.StepLocations.withDuration.filled(first: second, duration: second)
        #expect(one == [.number: first, .activity: first, .duration: first])
        #expect(two == [.number: second, .activity: second, .duration: second])
        one[.output] = second
        one[.requirements] = second
        one[.notes] = first
        one[.number] = nil
        #expect(one == [.activity: first, .duration: first, .output: second, .requirements: second, .notes: first])
        #expect(two == [.number: second, .activity: second, .duration: second])
        let step = Step(number: 1, activity: "a", line: 3, locations: one)
        #expect(step.location(of: .output) == second)
        #expect(step.location(of: .number) == SourceLocation(line: 3, column: 1))
    }
}

@testable import SOPKit
import Testing

/// `SOPField.position`, kept by hand, is each field's offset in `allCases`: distinct slots for
/// `SOPFieldLocations`, and a hash that tells fields apart.
@Suite struct SOPFieldPositionTests {
    /// Every field's position is its offset in `allCases`.
    @Test func positionsAreTheOffsetsOfAllCases() {
        for (offset, field) in SOPField.allCases.enumerated() {
            #expect(field.position == offset, "\(field)")
        }
    }

    /// A dictionary keyed by fields keeps one entry per field and finds each by its own key.
    @Test func fieldsAreKeptApartAsKeys() {
        var locations: [SOPField: Int] = [:]
        for (offset, field) in SOPField.allCases.enumerated() { locations[field] = offset }
        #expect(locations.count == SOPField.allCases.count)
        for (offset, field) in SOPField.allCases.enumerated() { #expect(locations[field] == offset, "\(field)") }
    }
}

import Testing
@testable import SOPKit

/// `sortedContains` against `contains` on sorted arrays of every small length, with repeats, and
/// for values below, between, on and above their elements.
@Suite struct SortedSearchTests {
    @Test func sortedContainsAgreesWithContains() {
        var arrays: [[Int]] = [[], [5], [5, 5], [1, 2, 3], [-3, 0, 0, 7]]
        for length in 0..<12 { arrays.append((0..<length).map { $0 * 3 }) }
        for array in arrays {
            for value in -5...40 {
                #expect(array.sortedContains(value) == array.contains(value), "\(value) in \(array)")
            }
        }
        let initials: [UInt32] = [0x6B_6567, 0x6E_6F00, 0x77_616B]
        #expect(initials.sortedContains(0x6E_6F00))
        #expect(!initials.sortedContains(0x6E_6F01))
    }
}

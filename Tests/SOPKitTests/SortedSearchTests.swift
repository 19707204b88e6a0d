import Testing
@testable import SOPKit

/// `sortedContains` against `contains` on sorted arrays of every small length, with repeats, and on
/// slices of them and buffers over those slices (which start past 0), for values below, between, on and
/// above their elements.
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

    @Test func sortedContainsSearchesOnlyTheSlice() {
        let array = [-3, 0, 0, 7, 9, 12]
        for start in 0...array.count {
            for end in start...array.count {
                let slice = array[start..<end]
                let inSlice = Set(slice)
                array.withUnsafeBufferPointer { buffer in
                    let rebased = UnsafeBufferPointer(rebasing: buffer[start..<end])
                    for value in -5...14 {
                        #expect(slice.sortedContains(value) == inSlice.contains(value), "\(value) in \(slice)")
                        #expect(rebased.sortedContains(value) == inSlice.contains(value), "\(value) in \(slice) buffer")
                    }
                }
            }
        }
        // Elements of the array outside the slice are not found.
        #expect(!array[1...].sortedContains(-3))
        #expect(!array[..<4].sortedContains(12))
        #expect(array[3..<4].sortedContains(7))
    }
}

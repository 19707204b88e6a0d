@testable import SOPKit
import Testing

/// `Array.removeAllFromEnd()` empties an array as `removeAll(keepingCapacity: true)` does: every
/// element released, the room kept, and the array usable again.
@Suite struct ArrayRemoveAllFromEndTests {
    /// Counts the elements released.
    final class Tally {
        var released = 0
    }

    /// An element that tells its tally when it is released.
    final class Tracked {
        let tally: Tally
        let value: Int

        init(_ tally: Tally, _ value: Int) {
            self.tally = tally
            self.value = value
        }

        deinit { tally.released += 1 }
    }

    @Test(arguments: [0, 1, 2, 3, 7, 64, 300])
    func releasesEveryElementAndKeepsTheRoom(_ count: Int) {
        let tally = Tally()
        var elements = (0..<count).map { Tracked(tally, $0) }
        elements.reserveCapacity(count + 10)
        let capacity = elements.capacity
        elements.removeAllFromEnd()
        #expect(elements.isEmpty)
        #expect(elements.capacity == capacity)
        #expect(tally.released == count)
        elements.append(Tracked(tally, 99))
        #expect(elements.map(\.value) == [99])
    }

    @Test(arguments: [[], ["a"], ["a", "b"], ["é", "", "\u{301}", "kepala dinas"]])
    func emptiesValuesAsRemoveAllDoes(_ values: [String]) {
        var fromEnd = values
        var reference = values
        fromEnd.removeAllFromEnd()
        reference.removeAll(keepingCapacity: true)
        #expect(fromEnd == reference)
        #expect(fromEnd.isEmpty)
    }
}

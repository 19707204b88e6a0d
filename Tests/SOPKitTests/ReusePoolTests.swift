@testable import SOPKit
import Testing

/// `ReusePool` hands back the values given back to it, the last first, makes a new one when none is
/// kept, and keeps no more than its capacity.
@Suite struct ReusePoolTests {
    @Test func takesTheValuesGivenBackLastFirstAndMakesOthers() {
        let pool = ReusePool<Int>(capacity: 2)
        #expect(pool.take { 0 } == 0)
        pool.giveBack(1)
        pool.giveBack(2)
        pool.giveBack(3)
        #expect(pool.take { 0 } == 2)
        #expect(pool.take { 0 } == 1)
        #expect(pool.take { 0 } == 0)
    }

    @Test func aPoolOfNoCapacityKeepsNothing() {
        let pool = ReusePool<String>(capacity: 0)
        pool.giveBack("kept")
        #expect(pool.take { "new" } == "new")
    }
}

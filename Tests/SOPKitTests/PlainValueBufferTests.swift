@testable import SOPKit
import Testing

/// `PlainValueBuffer` holds what an array filled and emptied the same way holds: emptied by forgetting
/// its count, it reads only the values appended since, over those left from before.
@Suite struct PlainValueBufferTests {
    @Test(arguments: [
        [[]], [[1]], [[1, 2, 3], []], [[1, 2, 3], [4]], [[5], [6, 7, 8, 9]], [[], [], [10, 11]], [[1, 2], [3, 4], [5, 6, 7]],
    ] as [[[Int]]])
    func fillsAfterEmptyingReadAsAnArray(_ fills: [[Int]]) {
        var buffer = PlainValueBuffer<Int>()
        for fill in fills {
            buffer.removeAll()
            for value in fill { buffer.append(value) }
            #expect(Array(buffer) == fill, "\(fills)")
            #expect(buffer.count == fill.count && buffer.isEmpty == fill.isEmpty, "\(fills)")
            #expect(buffer.indices == 0..<fill.count, "\(fills)")
        }
    }

    /// Replacing the last value after emptying replaces the last of those appended since, not one left
    /// from before, as an array's last element is replaced.
    @Test(arguments: [[[1]], [[1, 2, 3], [4]], [[5, 6, 7], [8, 9]], [[1], [2, 3, 4]]] as [[[Int]]])
    func replacingTheLastValue(_ fills: [[Int]]) {
        var buffer = PlainValueBuffer<Int>()
        for fill in fills {
            buffer.removeAll()
            var reference: [Int] = []
            for value in fill {
                buffer.append(value)
                reference.append(value)
            }
            buffer.replaceLast(with: -1)
            reference[reference.count - 1] = -1
            #expect(Array(buffer) == reference, "\(fills)")
        }
    }

    @Test func randomFillsReadAsAnArrayAndKeepTheRoom() {
        var generator = SplitMix(seed: 0xB0FF_E125)
        var buffer = PlainValueBuffer<(line: Int, unit: DurationUnit)>()
        var reference: [(line: Int, unit: DurationUnit)] = []
        let units: [DurationUnit] = DurationUnit.allCases
        for _ in 0..<200 {
            if Int.random(in: 0..<4, using: &generator) == 0 {
                let capacity = buffer.capacity
                buffer.removeAll()
                reference.removeAll()
                #expect(buffer.isEmpty && buffer.capacity == capacity)
            }
            let value = (line: Int.random(in: -5...500, using: &generator), unit: units.randomElement(using: &generator)!)
            buffer.append(value)
            reference.append(value)
            #expect(buffer.count == reference.count)
            #expect(zip(buffer, reference).allSatisfy { $0.line == $1.line && $0.unit == $1.unit })
        }
    }

    @Test(arguments: [0, 1, 7, 64]) func reservedRoomIsKeptWhenEmptied(_ capacity: Int) {
        var buffer = PlainValueBuffer<Int>()
        buffer.reserveCapacity(capacity)
        #expect(buffer.capacity >= capacity)
        let room = buffer.capacity
        for value in 0..<capacity { buffer.append(value) }
        #expect(buffer.capacity == room)
        buffer.removeAll()
        #expect(buffer.isEmpty && buffer.capacity == room)
        buffer.append(42)
        #expect(Array(buffer) == [42] && buffer[0] == 42)
    }
}

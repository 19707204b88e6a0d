/// A buffer of plain values that is emptied by forgetting its count: the values past the count are
/// left where they are, to be written over by the next ones. For buffers a reader fills and empties
/// again for each row or list (an OCR table row's lines, runs of tokens and units; an OCR identity
/// block's open list labels and item starts), emptying then costs one store, where an array's
/// `removeAll(keepingCapacity:)` runs a generic `replaceSubrange` and `removeLast` a call a value.
/// Its values hold no references (checked when one is made, in debug builds): those left past the
/// count would otherwise keep what they refer to alive.
struct PlainValueBuffer<Element>: RandomAccessCollection {
    /// The values: the first `endIndex` are the buffer's, those after them are left from before.
    private var storage: [Element] = []
    /// How many values the buffer holds (the position after the last).
    private(set) var endIndex = 0

    /// An empty buffer, with no room yet.
    init() {
        assert(_isPOD(Element.self), "a PlainValueBuffer holds plain values only: \(Element.self) holds references")
    }

    /// The position of the first value: always 0.
    var startIndex: Int { 0 }

    /// How many values the buffer has room for without growing.
    var capacity: Int { storage.capacity }

    /// The value at `position`, checked against the count (which is within the storage), then read
    /// from the storage without a second check.
    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < endIndex, "buffer index out of range")
        return storage.withUnsafeBufferPointer { $0[position] }
    }

    /// Adds `value` after the last value, over a value left from before when there is one.
    mutating func append(_ value: Element) {
        if endIndex < storage.count {
            storage[endIndex] = value
        } else {
            storage.append(value)
        }
        endIndex += 1
    }

    /// Replaces the last value with `value` (there must be one).
    mutating func replaceLast(with value: Element) {
        precondition(endIndex > 0, "no value to replace")
        storage[endIndex - 1] = value
    }

    /// Forgets every value, keeping the room (and the values, to be written over).
    mutating func removeAll() {
        endIndex = 0
    }

    /// Makes room for `minimumCapacity` values in all.
    mutating func reserveCapacity(_ minimumCapacity: Int) {
        storage.reserveCapacity(minimumCapacity)
    }
}

extension PlainValueBuffer: Sendable where Element: Sendable {}

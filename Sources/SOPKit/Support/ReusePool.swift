import Synchronization

/// Values handed from one piece of work to the next, such as caches of answers that are functions of
/// a word alone: a worker takes one that an earlier piece of work gave back, or a new one, uses it on
/// its own, and gives it back. At most `capacity` values are kept; one more given back is dropped.
final class ReusePool<Value: Sendable>: Sendable {
    /// The values given back and not taken since.
    private let kept = Mutex<[Value]>([])
    /// The most values kept.
    let capacity: Int

    /// An empty pool keeping at most `capacity` values.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// A value given back earlier (the last one), else `make()`.
    func take(orMake make: () -> Value) -> Value {
        kept.withLock { $0.popLast() } ?? make()
    }

    /// Keeps `value` for a later `take`, unless `capacity` values are kept already. The caller gives
    /// the value up, and it is moved into the pool rather than copied (or let go after the lock when
    /// the pool is full).
    func giveBack(_ value: consuming Value) {
        var given = Optional(value)
        kept.withLock { values in
            if values.count < capacity, let value = given.take() { values.append(value) }
        }
    }
}

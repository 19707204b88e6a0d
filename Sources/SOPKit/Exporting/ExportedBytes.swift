/// The bytes of an output, held in the buffer its exporter wrote them into instead of copied out into
/// an array: for a caller that only writes them to a file, which saves a copy of every output. The
/// buffer is never written again once it is held here (a writer copies a shared buffer before writing).
public struct ExportedBytes: Sendable {
    private let sink: ByteSink

    init(_ sink: ByteSink) {
        self.sink = sink
    }

    /// The bytes of `first` followed by those of `second`, in one buffer.
    public init(_ first: [UInt8], followedBy second: [UInt8]) {
        sink = ByteSink(capacity: first.count + second.count)
        first.withUnsafeBufferPointer { sink.append($0) }
        second.withUnsafeBufferPointer { sink.append($0) }
    }

    /// How many bytes there are.
    public var count: Int { sink.count }

    /// The bytes, copied into an array.
    public var array: [UInt8] { sink.bytes }

    /// Calls `body` with the bytes, read in place.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        sink.withUnsafeBytes(body)
    }
}

/// Strings joined on the stack: the parts' bytes written into one buffer, made a String once at its
/// final size, with no intermediate string and without the generic `joined(separator:)`, which walks
/// the parts as a collection of collections.
enum StackJoin {
    /// The `count` parts that `part` gives for the offsets `0..<count`, in order, with a space written
    /// before each part for which `spaceBefore` (given the part's offset and the bytes written so far)
    /// says so. One part is returned as it is; no part gives "".
    @inline(__always)
    static func joined(
        count: Int, part: (Int) -> String, spaceBefore: (Int, UnsafeBufferPointer<UInt8>) -> Bool
    ) -> String {
        guard count > 1 else { return count == 1 ? part(0) : "" }
        var capacity = count
        for offset in 0..<count { capacity += part(offset).utf8.count }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var length = 0
            for offset in 0..<count {
                var text = part(offset)
                if spaceBefore(offset, UnsafeBufferPointer(rebasing: buffer[..<length])) {
                    buffer[length] = 0x20
                    length += 1
                }
                text.withUTF8 { bytes in
                    for byte in bytes {
                        buffer[length] = byte
                        length += 1
                    }
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
    }
}

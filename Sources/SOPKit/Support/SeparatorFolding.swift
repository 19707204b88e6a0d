/// Folding runs of separator bytes into single spaces, the step that cell cleaning, keys and OCR line
/// texts share.
enum SeparatorFolding {
    /// Writes the bytes of `source` that are not separators (`isSeparator`), each through `map`, into
    /// `target`, one space (0x20) between two runs of them and none at either end; returns how many
    /// bytes were written. `target` has room for as many bytes as `source` holds.
    @inline(__always)
    static func fold(
        _ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>,
        isSeparator: (UInt8) -> Bool, map: (UInt8) -> UInt8 = { $0 }
    ) -> Int {
        var count = 0
        var pendingSpace = false
        for byte in source {
            if isSeparator(byte) {
                pendingSpace = true
                continue
            }
            if pendingSpace, count > 0 {
                target[count] = 0x20
                count += 1
            }
            pendingSpace = false
            target[count] = map(byte)
            count += 1
        }
        return count
    }
}

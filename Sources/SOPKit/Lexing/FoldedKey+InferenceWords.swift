/// The words of a key read as bytes, for the inference: activities are read word by word many
/// times per step, and building a key and a `Substring` per word cost more than the reading itself.
extension FoldedKey {
    /// Calls `body` with the UTF-8 bytes of each word of `FoldedKey.words(text)`, in order, until it
    /// returns false. The words are the runs of bytes that `TextFolding.key` keeps (ASCII letters and
    /// digits, lower-cased, and non-ASCII bytes other than a no-break space), each folded into a
    /// buffer on the stack as it is reached.
    ///
    /// Returns nil, without calling `body`, when a space of the key stands next to a non-ASCII byte:
    /// there a space may be part of a larger character and the words are split by characters, so the
    /// caller reads `FoldedKey.words(text)` instead.
    static func forEachWord(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Void? {
        if let read = text.utf8.withContiguousStorageIfAvailable({ forEachWord(ofUTF8: $0, body) }) { return read }
        return Array(text.utf8).withUnsafeBufferPointer { forEachWord(ofUTF8: $0, body) }
    }

    /// `forEachWord(of:_:)` of UTF-8 bytes.
    private static func forEachWord(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Void? {
        guard isASCII(bytes) || wordsAreSplitByBytes(bytes) else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer in
            var index = 0
            while index < bytes.count {
                index = endOfSeparators(bytes, from: index)
                var length = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    guard keyKeeps(byte), !isNoBreakSpace(bytes, at: index) else { break }
                    buffer[length] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    length += 1
                    index += 1
                }
                if length > 0, !body(UnsafeBufferPointer(rebasing: buffer[..<length])) { return () }
            }
            return ()
        }
    }

    /// Whether every byte is ASCII (so that no space of the key can stand next to a non-ASCII byte),
    /// read eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            guard raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 else { return false }
            index += 8
        }
        while index < bytes.count {
            guard bytes[index] < 0x80 else { return false }
            index += 1
        }
        return true
    }

    /// Whether no space of the key of `bytes` stands next to a non-ASCII byte: whether each run of kept
    /// bytes after the first starts with an ASCII byte and each run before the last ends with one.
    private static func wordsAreSplitByBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var previousLast: UInt8?
        while index < bytes.count {
            index = endOfSeparators(bytes, from: index)
            guard index < bytes.count else { break }
            if let previousLast, previousLast >= 0x80 || bytes[index] >= 0x80 { return false }
            while index < bytes.count, keyKeeps(bytes[index]), !isNoBreakSpace(bytes, at: index) { index += 1 }
            previousLast = bytes[index - 1]
        }
        return true
    }

    /// The index of the first byte from `index` on that the key keeps (or the end).
    @inline(__always)
    private static func endOfSeparators(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count {
            if isNoBreakSpace(bytes, at: index) {
                index += 2
            } else if keyKeeps(bytes[index]) {
                break
            } else {
                index += 1
            }
        }
        return index
    }

    /// Whether `TextFolding.key` keeps a byte (an ASCII letter or digit, or a non-ASCII byte) unless it
    /// starts a no-break space.
    @inline(__always)
    private static func keyKeeps(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// Whether a no-break space (C2 A0), which the key reads as a space, starts at `index`.
    @inline(__always)
    private static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }
}

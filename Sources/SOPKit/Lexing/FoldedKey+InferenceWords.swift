/// The words of a key read as bytes, for the inference: activities are read word by word many
/// times per step, and building a key and a `Substring` per word cost more than the reading itself.
extension FoldedKey {
    /// Calls `body` with the UTF-8 bytes of each word of `FoldedKey.words(text)`, in order, until it
    /// returns false. The words are the runs of bytes that `TextFolding.key` keeps (ASCII letters and
    /// digits, lower-cased, and non-ASCII bytes other than a no-break space), each folded into a
    /// buffer on the stack as it is reached.
    ///
    /// Returns nil, without calling `body`, when a space of the key is not a character of its own (a
    /// combining mark after it, or a prepended mark before it, joins it into a larger character): there
    /// the words are split by characters, so the caller reads `FoldedKey.words(text)` instead.
    static func forEachWord(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Void? {
        if let read = text.utf8.withContiguousStorageIfAvailable({ forEachWord(ofUTF8: $0, body) }) { return read }
        return Array(text.utf8).withUnsafeBufferPointer { forEachWord(ofUTF8: $0, body) }
    }

    /// `forEachWord(of:_:)` of UTF-8 bytes.
    private static func forEachWord(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Void? {
        guard isASCII(bytes) || keySpacesStandAlone(bytes) else { return nil }
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

    /// Whether every space of the key of `bytes` is a character of its own, so that the key's words
    /// split by bytes are those split by characters: a space between two ASCII bytes is; one next to a
    /// non-ASCII scalar (the last of the run of kept bytes before it, or the first of the run after it)
    /// is unless that scalar joins it (`spaceStandsAlone`).
    private static func keySpacesStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        // Where the run of kept bytes before `index` ends, 0 before the first run (every run has a byte).
        var previousEnd = 0
        while index < bytes.count {
            index = endOfSeparators(bytes, from: index)
            guard index < bytes.count else { break }
            if previousEnd > 0, bytes[previousEnd - 1] >= 0x80 || bytes[index] >= 0x80,
                !spaceStandsAlone(after: lastScalar(of: bytes, endingAt: previousEnd), before: firstScalar(of: bytes, at: index))
            {
                return false
            }
            while index < bytes.count, keyKeeps(bytes[index]), !isNoBreakSpace(bytes, at: index) { index += 1 }
            previousEnd = index
        }
        return true
    }

    /// Whether a space between the scalars `before` and `after` is a character of its own: whether a
    /// grapheme cluster boundary lies on both sides of it. Those boundaries depend on these two scalars
    /// alone (a space extends nothing and nothing extends across it), so outside the ranges known to be
    /// safe (`isSafeBeforeSpace`, `isSafeAfterSpace`) the three scalars are counted as characters.
    /// False when either scalar is missing.
    private static func spaceStandsAlone(after before: Unicode.Scalar?, before after: Unicode.Scalar?) -> Bool {
        guard let before, let after else { return false }
        if isSafeBeforeSpace(before), isSafeAfterSpace(after) { return true }
        var scalars = String.UnicodeScalarView()
        scalars.append(before)
        scalars.append(" ")
        scalars.append(after)
        return String(scalars).count == 3
    }

    /// The scalar whose UTF-8 bytes start at `index` of `bytes`, or nil when they are not one.
    private static func firstScalar(of bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = Unicode.UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return scalar
    }

    /// The scalar whose UTF-8 bytes end just before `end` in `bytes`, or nil when they are not one:
    /// its first byte is the last before `end` that is no continuation byte (at most three back).
    private static func lastScalar(of bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Unicode.Scalar? {
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let scalar = firstScalar(of: bytes, at: start), start + UTF8.width(scalar) == end else { return nil }
        return scalar
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

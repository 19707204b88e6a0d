/// Byte-level reading of `TextFolding.key` for the hot paths of the tabular parser, the inference and
/// the validator: texts split at their space bytes, and the first bytes of a key folded into a buffer
/// on the stack, without building the whole key.
enum FoldedKey {
    /// The words of `TextFolding.key(text)`: the same substrings as `TextFolding.keyWords(text)`, found
    /// by looking for the key's space bytes instead of splitting its characters.
    static func words(_ text: some StringProtocol) -> [Substring] {
        spaceSeparated(TextFolding.key(text)[...])
    }

    /// `text.split(separator: " ")`, found by looking for space bytes instead of comparing characters.
    ///
    /// A space is a character of its own unless the scalar after it extends it (a combining mark) or
    /// the scalar before it is a prepended mark; a text with such a space is split by characters.
    static func spaceSeparated(_ text: Substring) -> [Substring] {
        let utf8 = text.utf8
        let words = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var words: [Substring] = []
            words.reserveCapacity(bytes.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 })
            var start = 0
            for offset in bytes.indices where bytes[offset] == 0x20 {
                if offset > 0 && bytes[offset - 1] >= 0x80 || offset + 1 < bytes.count && bytes[offset + 1] >= 0x80 {
                    guard isCharacterOfItsOwn(index(offset), in: text) else { return nil }
                }
                if start != offset { words.append(text[index(start)..<index(offset)]) }
                start = offset + 1
            }
            if start != bytes.count { words.append(text[index(start)..<utf8.endIndex]) }
            return words
        }
        return words.flatMap { $0 } ?? text.split(separator: " ")
    }

    /// Whether the ASCII byte at `index` of `text` is a character of its own: no scalar after it
    /// extends it (a combining mark) and no scalar before it is a prepended mark.
    static func isCharacterOfItsOwn(_ index: String.Index, in text: Substring) -> Bool {
        let utf8 = text.utf8
        if index != utf8.startIndex, utf8[utf8.index(before: index)] >= 0x80,
            !isSafeBeforeSpace(text[..<index].unicodeScalars.last)
        {
            return false
        }
        let next = utf8.index(after: index)
        if next != utf8.endIndex, utf8[next] >= 0x80, !isSafeAfterSpace(text[next...].unicodeScalars.first) {
            return false
        }
        return true
    }

    /// Whether a grapheme cluster boundary surely follows `scalar` when an ASCII character comes next:
    /// the scalar is no prepended mark (those sit in U+0600–U+1FFF and above U+FFFF).
    static func isSafeBeforeSpace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let value = scalar?.value else { return true }
        return value < 0x600 || (value >= 0x2000 && value < 0x10000)
    }

    /// Whether a grapheme cluster boundary surely lies between an ASCII character and `scalar`: the
    /// scalar is a Latin letter or sign, punctuation, a symbol or a private-use character, none of
    /// which extend the character before them.
    static func isSafeAfterSpace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let value = scalar?.value else { return true }
        switch value {
        case 0x80..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0..<0x20D0, 0x2100..<0x2400, 0x2500..<0x2800,
            0xE000..<0xF900:
            return true
        default:
            return false
        }
    }

    /// Calls `body` with the first bytes of `TextFolding.key(text)` (at most `capacity`) and whether
    /// they are the whole key; the key is folded into a buffer on the stack and never built.
    static func withPrefix<Result>(
        of text: some StringProtocol, capacity: Int, _ body: (UnsafeBufferPointer<UInt8>, _ isWhole: Bool) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var count = 0
            let isWhole = text.utf8.withContiguousStorageIfAvailable { foldPrefix($0, into: buffer, count: &count) }
                ?? foldPrefix(text.utf8, into: buffer, count: &count)
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]), isWhole)
        }
    }

    /// `withPrefix(of:capacity:_:)` that stops folding as soon as the key's first `gateLength` bytes are
    /// folded and `gate` turns them down, `body` then not called (nil): one fold serves a lookup whose
    /// first bytes turn most texts down, where a fold of those bytes and then one of the key took two.
    static func withPrefix<Result>(
        of text: some StringProtocol, capacity: Int, gateLength: Int, gate: (UnsafeBufferPointer<UInt8>) -> Bool,
        _ body: (UnsafeBufferPointer<UInt8>, _ isWhole: Bool) -> Result
    ) -> Result? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> Result? in
            var count = 0
            var turnedDown = false
            let isWhole = text.utf8.withContiguousStorageIfAvailable {
                foldPrefix($0, into: buffer, count: &count, gateLength: gateLength, gate: gate, turnedDown: &turnedDown)
            } ?? foldPrefix(text.utf8, into: buffer, count: &count, gateLength: gateLength, gate: gate, turnedDown: &turnedDown)
            guard !turnedDown else { return nil }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]), isWhole)
        }
    }

    /// Folds the bytes of `utf8` as `TextFolding.key` does into `buffer` until it is full; returns
    /// whether the key ended before the buffer overflowed. The fold of `withPrefix(of:capacity:_:)`: the
    /// gated fold with a gate it never reaches (`count` is past 0 whenever it is compared).
    @inline(__always)
    private static func foldPrefix(
        _ utf8: some Collection<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int
    ) -> Bool {
        var turnedDown = false
        return foldPrefix(utf8, into: buffer, count: &count, gateLength: 0, gate: { _ in true }, turnedDown: &turnedDown)
    }

    /// Folds the bytes of `utf8` as `TextFolding.key` does into `buffer` until it is full, asking `gate` of
    /// the first `gateLength` bytes once they are folded; returns whether the key ended before the buffer
    /// overflowed, or false with `turnedDown` set when the gate turned those bytes down and the fold
    /// stopped there.
    @inline(__always)
    private static func foldPrefix(
        _ utf8: some Collection<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int,
        gateLength: Int, gate: (UnsafeBufferPointer<UInt8>) -> Bool, turnedDown: inout Bool
    ) -> Bool {
        var pendingSpace = false
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte >= 0x80 || isASCIIAlphanumeric(byte) {
                if byte == 0xC2, next != utf8.endIndex, utf8[next] == 0xA0 {
                    pendingSpace = true
                    index = utf8.index(after: next)
                    continue
                }
                if pendingSpace, count > 0 {
                    guard count < buffer.count else { return false }
                    buffer[count] = 0x20
                    count += 1
                    if count == gateLength, !gate(UnsafeBufferPointer(rebasing: buffer[..<count])) {
                        turnedDown = true
                        return false
                    }
                }
                pendingSpace = false
                guard count < buffer.count else { return false }
                buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                count += 1
                if count == gateLength, !gate(UnsafeBufferPointer(rebasing: buffer[..<count])) {
                    turnedDown = true
                    return false
                }
            } else {
                pendingSpace = true
            }
            index = next
        }
        return true
    }

    /// Folds the plain ASCII `bytes` as `TextFolding.key` does (their runs of letters and digits,
    /// lower-cased, one space between runs) into `key`, which has room for as many bytes as `bytes`
    /// holds; returns the length of the key.
    @inline(__always)
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, into key: UnsafeMutableBufferPointer<UInt8>) -> Int {
        SeparatorFolding.fold(bytes, into: key, isSeparator: { !isASCIIAlphanumeric($0) }) { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    }

    /// The first byte of `TextFolding.key` of the text whose UTF-8 bytes are `bytes` (an ASCII letter
    /// lower-cased, a digit, or the first byte of a character outside ASCII), or nil when the key is
    /// empty: spaces, punctuation and no-break spaces are passed over.
    static func firstKeyByte(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0xC2, index < bytes.count, bytes[index] == 0xA0 {
                index += 1
                continue
            }
            if byte >= 0x80 || isASCIIAlphanumeric(byte) { return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        }
        return nil
    }

    /// Whether `byte` is an ASCII letter or digit.
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
    }

    /// Whether `bytes` start with the ASCII bytes of `prefix`.
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard bytes.count >= length else { return false }
        let start = prefix.utf8Start
        for offset in 0..<length where bytes[offset] != start[offset] { return false }
        return true
    }
}

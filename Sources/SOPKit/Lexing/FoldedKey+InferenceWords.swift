/// The words of a key read as bytes, for the inference: activities are read word by word many
/// times per step, and building a key and a `Substring` per word cost more than the reading itself.
extension FoldedKey {
    /// Calls `body` with the UTF-8 bytes of each word of `FoldedKey.words(text)`, in order, until it
    /// returns false. The key is folded into a buffer on the stack and split at its space bytes.
    ///
    /// Returns nil, without calling `body`, when a space of the key stands next to a non-ASCII byte:
    /// there a space may be part of a larger character and the words are split by characters, so the
    /// caller reads `FoldedKey.words(text)` instead.
    static func forEachWord(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Void? {
        withPrefix(of: text, capacity: max(1, text.utf8.count)) { key, _ in
            for offset in key.indices where key[offset] == 0x20 {
                if offset > 0 && key[offset - 1] >= 0x80 || offset + 1 < key.count && key[offset + 1] >= 0x80 {
                    return nil
                }
            }
            var start = 0
            for offset in key.indices where key[offset] == 0x20 {
                if start != offset, !body(UnsafeBufferPointer(rebasing: key[start..<offset])) { return () }
                start = offset + 1
            }
            if start != key.count { _ = body(UnsafeBufferPointer(rebasing: key[start...])) }
            return ()
        }
    }
}

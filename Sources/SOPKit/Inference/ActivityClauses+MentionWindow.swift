extension ActivityClauses {
    /// The keys of the last four pieces of an activity before a mention (`TextFolding.key` of the
    /// pieces between spaces, commas and slashes), read on the activity's bytes while they are ASCII.
    /// Its buffers are kept from one mention to the next, over the activities of an SOP.
    struct MentionWindow {
        /// The keys, one after the other.
        private var keys: [UInt8] = []
        /// Where each key ends in `keys`, first piece first.
        private var ends: [Int] = []
        /// The pieces found, last piece first, as byte ranges of the activity.
        private var pieces: [Range<Int>] = []

        /// The number of pieces read.
        var count: Int { ends.count }

        /// Calls `body` with the key of each piece, first piece first.
        func forEachKey(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            keys.withUnsafeBufferPointer { keys in
                var start = 0
                for end in ends {
                    body(UnsafeBufferPointer(rebasing: keys[start..<end]))
                    start = end
                }
            }
        }

        /// Whether the last key starts with "di" and has six characters or more (each byte of an ASCII
        /// key is one character: a key holds no carriage return).
        var lastIsLongDiWord: Bool {
            guard let end = ends.last else { return false }
            let start = ends.count > 1 ? ends[ends.count - 2] : 0
            return end - start >= 6 && keys[start] == UInt8(ascii: "d") && keys[start + 1] == UInt8(ascii: "i")
        }

        /// Reads the keys of the last four pieces of `activity[..<end]`, as the `Substring` reading of
        /// `lastPieces` and `TextFolding.key` gives them; false, with nothing read, when one of those
        /// pieces or a byte next to a separator between them is not ASCII.
        mutating func read(_ activity: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
            keys.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            pieces.removeAll(keepingCapacity: true)
            // The keys take at most a byte for each byte before `end`, and there are four pieces at most:
            // room made at once instead of growing the arrays append by append.
            keys.reserveCapacity(end)
            ends.reserveCapacity(4)
            pieces.reserveCapacity(4)
            var pieceEnd = end
            var index = end
            while index > 0, pieces.count < 4 {
                let separator = index - 1
                let byte = activity[separator]
                guard byte < 0x80 else { return false }
                if byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/") {
                    if separator > 0, activity[separator - 1] >= 0x80 { return false }
                    if index != pieceEnd { pieces.append(index..<pieceEnd) }
                    pieceEnd = separator
                }
                index = separator
            }
            if pieces.count < 4, pieceEnd != 0 {
                for byte in activity[0..<pieceEnd] where byte >= 0x80 { return false }
                pieces.append(0..<pieceEnd)
            }
            for piece in pieces.reversed() {
                var pendingSpace = false
                let start = keys.count
                for byte in activity[piece] {
                    let isUpper = byte >= 0x41 && byte <= 0x5A
                    if isUpper || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                        if pendingSpace, keys.count > start { keys.append(0x20) }
                        pendingSpace = false
                        keys.append(isUpper ? byte | 0x20 : byte)
                    } else {
                        pendingSpace = true
                    }
                }
                ends.append(keys.count)
            }
            return true
        }
    }
}

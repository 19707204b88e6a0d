/// What a short mark in a role cell of the flowchart means.
public enum Mark: Sendable, Hashable {
    /// A tick or symbol that marks the role performing the step (√ v V X x ● ■ ✓ …).
    case performer
    /// An arrow or line of the flowchart (→ ↓ ←), or a branch label ("Ya", "Tidak"): not a performer.
    case connector

    private static let performerMarks: Set<String> = [
        "\u{221A}", "\u{2713}", "\u{2714}", "v", "V", "x", "X", "\u{25CF}", "\u{25A0}", "\u{25C6}", "\u{2666}",
        "\u{25A1}", "\u{25CB}", "\u{25EF}", "\u{2B24}", "\u{2022}", "*", "\u{2610}", "\u{2611}", "\u{2612}",
        "\u{25AD}", "\u{25AC}", "\u{25B2}", "\u{2B1B}", "\u{25C7}", "\u{2662}", "\u{2717}", "\u{2718}", "o", "O",
        "\u{00D7}", "\u{25FB}", "\u{25FC}", "\u{2588}",
    ]

    /// Classifies the text of a cell; nil when it is ordinary text.
    public static func classify(_ text: String) -> Mark? {
        guard !text.isEmpty, text.utf8.count <= 16 else { return nil }
        var native = text
        guard let mark = native.withUTF8(classifyASCII(utf8:)) else { return classifyComparingCharacters(text) }
        return mark
    }

    /// `classify` of a non-empty text of at most 16 bytes whose UTF-8 bytes are `bytes`, read from them
    /// when they are all ASCII (`.some` of the answer), else nil. An ASCII text equals a member of
    /// `performerMarks` only when it is one of the ASCII members byte for byte (no other member is
    /// canonically equivalent to ASCII text), it is arrowish when each byte is one of the ASCII connector
    /// characters, and its folded key (no longer than the text) is compared on the stack.
    static func classifyASCII(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Mark?? {
        var allArrowish = true
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            switch byte {
            case 0x2D, 0x3E, 0x3C, 0x7C, 0x20, 0x5E: continue
            default: allArrowish = false
            }
        }
        if bytes.count == 1, let byte = bytes.first {
            switch byte {
            case UInt8(ascii: "v"), UInt8(ascii: "V"), UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "*"),
                UInt8(ascii: "o"), UInt8(ascii: "O"):
                return .some(.performer)
            default: break
            }
        }
        if allArrowish { return .some(.connector) }
        let isConnectorWord = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            let key = UnsafeBufferPointer(rebasing: buffer[..<FoldedKey.foldASCII(bytes, into: buffer)])
            return connectorWords.contains { word in word.elementsEqual(key) }
        }
        return .some(isConnectorWord ? .connector : nil)
    }

    /// The folded keys that make a text a connector: branch labels.
    private static let connectorWords: [[UInt8]] = [
        "ya", "tidak", "yes", "no", "tdk", "y", "t", "ok", "setuju", "tidak setuju",
    ].map { Array($0.utf8) }

    /// `classify` by characters: the definition the byte-level reading follows.
    static func classifyComparingCharacters(_ text: String) -> Mark? {
        guard !text.isEmpty, text.utf8.count <= 16 else { return nil }
        if performerMarks.contains(text) { return .performer }
        var allArrowish = true
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2190...0x21FF, 0x27F0...0x27FF, 0x2900...0x297F, 0x2B00...0x2B0D, 0x25B6, 0x25BA, 0x25BC, 0x25C0,
                0x25C4, 0x2794...0x27BF:
                continue
            case 0x2D, 0x3E, 0x3C, 0x2013, 0x2014, 0x7C, 0x20, 0x5E:
                break
            default:
                allArrowish = false
            }
        }
        if allArrowish { return .connector }
        switch TextFolding.key(text) {
        case "ya", "tidak", "yes", "no", "tdk", "y", "t", "ok", "setuju", "tidak setuju": return .connector
        default: return nil
        }
    }
}

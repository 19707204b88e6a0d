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
        guard let mark = native.withUTF8(classifyASCII(utf8:)) else {
            return native.withUTF8(isOneNonASCIIPerformerMark(utf8:)) ? .performer : classifyComparingCharacters(text)
        }
        return mark
    }

    /// Whether the UTF-8 bytes `bytes` of a text are one scalar of two or three bytes that is a member
    /// of `performerMarks` (all of which outside ASCII are such scalars, none of them canonically
    /// equivalent to any other text): read from the bytes, without hashing a string into the set.
    static func isOneNonASCIIPerformerMark(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let scalar: UInt32
        switch bytes.count {
        case 2 where bytes[0] >= 0xC2 && bytes[0] <= 0xDF && bytes[1] & 0xC0 == 0x80:
            scalar = UInt32(bytes[0] & 0x1F) << 6 | UInt32(bytes[1] & 0x3F)
        case 3 where bytes[0] & 0xF0 == 0xE0 && bytes[1] & 0xC0 == 0x80 && bytes[2] & 0xC0 == 0x80:
            scalar = UInt32(bytes[0] & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F)
        default:
            return false
        }
        switch scalar {
        case 0x221A, 0x2713, 0x2714, 0x25CF, 0x25A0, 0x25C6, 0x2666, 0x25A1, 0x25CB, 0x25EF, 0x2B24, 0x2022, 0x2610,
            0x2611, 0x2612, 0x25AD, 0x25AC, 0x25B2, 0x2B1B, 0x25C7, 0x2662, 0x2717, 0x2718, 0x00D7, 0x25FB, 0x25FC,
            0x2588:
            return true
        default:
            return false
        }
    }

    /// `classify` of a non-empty text of at most 16 bytes whose UTF-8 bytes are `bytes`, read from them
    /// when they are all ASCII (`.some` of the answer), else nil. An ASCII text equals a member of
    /// `performerMarks` only when it is one of the ASCII members byte for byte (no other member is
    /// canonically equivalent to ASCII text), it is arrowish when each byte is one of the ASCII connector
    /// characters, and its folded key (`FoldedKey.foldASCII`, no longer than the text) is packed into two
    /// words in the same pass over the bytes and compared as integers (`isConnectorKey`).
    static func classifyASCII(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Mark?? {
        // A longer text is no mark, whatever its bytes.
        guard bytes.count <= PackedASCIIWord.capacity else { return .some(nil) }
        var allArrowish = true
        var key = PackedASCIIWord()
        var separatorPending = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            switch byte {
            case 0x2D, 0x3E, 0x3C, 0x7C, 0x20, 0x5E: break
            default: allArrowish = false
            }
            // Runs of other bytes between letters and digits fold to one space, and none at either end;
            // a letter or digit with its 0x20 bit set is its lower case.
            guard FoldedKey.isASCIIAlphanumeric(byte) else {
                separatorPending = true
                continue
            }
            if separatorPending, key.length > 0 { key.append(0x20) }
            separatorPending = false
            key.append(byte | 0x20)
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
        return .some(isConnectorKey(low: key.low, high: key.high) ? .connector : nil)
    }

    /// Whether the folded key (`FoldedKey.foldASCII`) whose first eight bytes are `low` and next eight
    /// `high` (the first byte lowest, zero past the key's end) is a branch label that makes a text a
    /// connector: "ya", "tidak", "yes", "no", "tdk", "y", "t", "ok", "setuju" or "tidak setuju". Compared
    /// as integers, without a table to reach or a loop over its words.
    static func isConnectorKey(low: UInt64, high: UInt64) -> Bool {
        switch low {
        case 0x6179, // "ya"
            0x6B_6164_6974, // "tidak"
            0x73_6579, // "yes"
            0x6F6E, // "no"
            0x6B_6474, // "tdk"
            0x79, // "y"
            0x74, // "t"
            0x6B6F, // "ok"
            0x756A_7574_6573: // "setuju"
            return high == 0
        case 0x6573_206B_6164_6974: // "tidak se", then "tuju"
            return high == 0x756A_7574
        default:
            return false
        }
    }

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

/// Step numbers as printed in the first column: "1", "1.", "10", "1)", "1 .".
public enum StepNumber {
    /// The number when all of `text` is a step number, else nil. The bytes are read in place where the
    /// text has them in one piece (a native string or its slice), not through its UTF-8 view's iterator.
    public static func parse(_ text: some StringProtocol) -> Int? {
        text.utf8.withContiguousStorageIfAvailable(parse(utf8:)) ?? parse(bytes: text.utf8)
    }

    /// `parse` of the text whose UTF-8 bytes are `bytes`.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        parse(bytes: bytes)
    }

    /// The number when all of the UTF-8 bytes `bytes` spell a step number: up to three digits, then
    /// at most one "." or ")", spaces anywhere.
    private static func parse(bytes: some Sequence<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        var sawTerminator = false
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                guard !sawTerminator, digits < 3 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                guard digits > 0, !sawTerminator else { return nil }
                sawTerminator = true
            case 0x20:
                continue
            default:
                return nil
            }
        }
        return digits > 0 ? value : nil
    }

    /// A number followed by text in the same cell ("1. Memberi arahan"): the number and the text.
    public static func leading(_ text: String) -> (number: Int, rest: Substring)? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        var value = 0
        var digits = 0
        while index != utf8.endIndex, let digit = asciiDigit(utf8[index]), digits < 3 {
            value = value * 10 + digit
            digits += 1
            index = utf8.index(after: index)
        }
        guard digits > 0, index != utf8.endIndex else { return nil }
        let terminator = utf8[index]
        guard terminator == UInt8(ascii: ".") || terminator == UInt8(ascii: ")") else { return nil }
        index = utf8.index(after: index)
        guard index != utf8.endIndex, utf8[index] == 0x20 else { return nil }
        let rest = Substring(text[index...]).drop { $0 == " " }
        guard let first = rest.first, first.isLetter else { return nil }
        return (value, rest)
    }

    private static func asciiDigit(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
    }
}

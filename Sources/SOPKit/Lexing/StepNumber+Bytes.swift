extension StepNumber {
    /// `parse` of the text whose UTF-8 bytes are `bytes`: the number when all of the text is a step
    /// number, else nil. `parse` reads only the bytes, so both answer alike.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
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
}

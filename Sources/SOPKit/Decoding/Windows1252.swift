/// The Windows-1252 code page: bytes 0x80–0x9F map to typographic characters, 0xA0–0xFF to Latin-1.
enum Windows1252 {
    /// Unicode scalars for 0x80...0x9F; undefined positions map to U+FFFD.
    private static let highControls: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Converts Windows-1252 bytes to UTF-8 bytes.
    static func utf8(from bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalarValue = byte < 0xA0 ? highControls[Int(byte - 0x80)] : UInt32(byte)
            let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
            output.append(contentsOf: UTF8.encode(scalar)!)
        }
        return output
    }
}

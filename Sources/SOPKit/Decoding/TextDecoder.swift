/// The outcome of decoding: the text, or the reason it cannot be read as text.
public enum DecodingResult: Sendable {
    /// The input was decoded; `diagnostics` note any assumption (e.g. Windows-1252).
    case text(SourceText, diagnostics: [Diagnostic])
    /// The input is not text SOPKit can read (empty, binary, too large).
    case failure(Diagnostic)
}

/// Turns the bytes of an input file into `SourceText`, detecting the encoding.
///
/// UTF-8 with or without BOM, UTF-16 LE/BE with BOM (and without, when the pattern of zero bytes
/// shows it), and Windows-1252 when the bytes are not valid UTF-8.
public enum TextDecoder {
    /// Inputs larger than this are refused (32 MiB): no SOP file comes near it.
    public static let maximumInputBytes = 32 * 1024 * 1024

    /// Decodes `data`, read from `file`.
    public static func decode(_ data: [UInt8], file: String) -> DecodingResult {
        if data.count > maximumInputBytes {
            return .failure(Diagnostic(
                .inputTooLarge,
                "input is \(data.count) bytes, larger than the limit of \(maximumInputBytes) bytes",
                file: file, at: .wholeFile))
        }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return finish(Array(data.dropFirst(3)), .utf8WithBOM, file: file, notes: [])
        }
        if data.starts(with: [0xFF, 0xFE]) {
            return finish(utf16(data.dropFirst(2), littleEndian: true), .utf16LittleEndian, file: file, notes: [])
        }
        if data.starts(with: [0xFE, 0xFF]) {
            return finish(utf16(data.dropFirst(2), littleEndian: false), .utf16BigEndian, file: file, notes: [])
        }
        // Input without a 0 byte is never UTF-16 without a byte-order mark (`utf16WithoutBOM` needs
        // zero bytes at one parity), so the scan's NUL flag decides whether to look for that pattern.
        let scan = UTF8Scan(data)
        if scan.hasNUL {
            guard let littleEndian = utf16WithoutBOM(data) else { return .failure(binary(file)) }
            let note = Diagnostic(
                .decodedAsUTF16WithoutBOM,
                "input has no byte-order mark but its zero bytes show UTF-16 \(littleEndian ? "LE" : "BE"); decoded as such",
                file: file, at: .wholeFile)
            return finish(
                utf16(data[...], littleEndian: littleEndian),
                littleEndian ? .utf16LittleEndian : .utf16BigEndian, file: file, notes: [note])
        }
        if scan.isValid {
            return finish(data, scanned: scan, file: file)
        }
        let note = Diagnostic(
            .decodedAsWindows1252, "input is not valid UTF-8; decoded as Windows-1252", file: file, at: .wholeFile)
        return finish(Windows1252.utf8(from: data), .windows1252, file: file, notes: [note])
    }

    private static func finish(_ utf8: [UInt8], _ encoding: TextEncoding, file: String, notes: [Diagnostic])
        -> DecodingResult
    {
        if isBlank(utf8) {
            return .failure(emptyInput(file))
        }
        if looksBinary(utf8) {
            return .failure(binary(file))
        }
        return .text(SourceText(file: file, bytes: utf8, encoding: encoding), diagnostics: notes)
    }

    /// `finish(utf8, .utf8, file:, notes: [])` of input that `scan` read: its control count, line table
    /// and tab count are taken from the scan instead of being worked out again.
    private static func finish(_ utf8: [UInt8], scanned scan: UTF8Scan, file: String) -> DecodingResult {
        if isBlank(utf8) {
            return .failure(emptyInput(file))
        }
        if scan.countedControls * 32 > min(utf8.count, binaryCheckLength) {
            return .failure(binary(file))
        }
        return .text(
            SourceText(file: file, bytes: utf8, encoding: .utf8, lineRanges: scan.lineRanges, tabCount: scan.tabCount),
            diagnostics: [])
    }

    /// Whether `utf8` holds nothing but spaces, tabs, line ends, vertical tabs and form feeds.
    private static func isBlank(_ utf8: [UInt8]) -> Bool {
        utf8.allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    }

    /// The error for an input of `file` that is empty or holds only white space.
    private static func emptyInput(_ file: String) -> Diagnostic {
        Diagnostic(.emptyInput, "input is empty or holds only white space", file: file, at: .wholeFile)
    }

    /// The error for an input of `file` that is binary, not text.
    private static func binary(_ file: String) -> Diagnostic {
        Diagnostic(.binaryInput, "input is binary, not text (control bytes or NUL bytes found)", file: file, at: .wholeFile)
    }

    /// How many bytes at the start of an input `looksBinary` judges (64 KiB).
    static let binaryCheckLength = 65_536

    /// More than 1 in 32 of the first 64 KiB being C0 controls other than tab, line ends and form feed.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let count = min(bytes.count, binaryCheckLength)
        let controls = bytes.withUnsafeBufferPointer { controlCount(UnsafeBufferPointer(rebasing: $0[..<count])) }
        return controls * 32 > count
    }

    /// How many bytes of `bytes` are C0 controls other than tab, LF, CR and form feed, counted eight
    /// bytes at a time from exact per-byte masks.
    static func controlCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var controls = 0
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // The top bit of a byte of `below` is set exactly when that byte of `word` is under 0x20:
                // its low seven bits plus 0x60 stay under 0x80 (no carry leaves a byte) and its top bit is 0.
                let below = ~((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) & ~word & 0x8080_8080_8080_8080
                if below != 0 {
                    let allowed = SourceText.equalBytes(word, 0x09) | SourceText.equalBytes(word, 0x0A)
                        | SourceText.equalBytes(word, 0x0C) | SourceText.equalBytes(word, 0x0D)
                    controls += (below & ~allowed).nonzeroBitCount
                }
                index += 8
            }
        }
        while index < bytes.count {
            if isCountedControl(bytes[index]) { controls += 1 }
            index += 1
        }
        return controls
    }

    /// Whether `byte` is a C0 control other than tab, LF, CR and form feed.
    @inline(__always)
    private static func isCountedControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
    }

    /// Recognises BOM-less UTF-16 by its zero bytes: text in Latin script has a zero in every
    /// other byte. Returns whether it is little-endian, or nil when it is not UTF-16.
    static func utf16WithoutBOM(_ data: [UInt8]) -> Bool? {
        let count = min(data.count, 4096)
        guard count >= 8, count % 2 == 0 || data.count > 4096 else { return nil }
        let (zerosAtEven, zerosAtOdd) = data.withUnsafeBufferPointer {
            zeroCounts(UnsafeBufferPointer(rebasing: $0[..<count]))
        }
        let pairs = count / 2
        if zerosAtOdd * 10 >= pairs * 7, zerosAtEven * 10 < pairs { return true }
        if zerosAtEven * 10 >= pairs * 7, zerosAtOdd * 10 < pairs { return false }
        return nil
    }

    /// How many bytes of `bytes` are 0 at even and at odd offsets. Eight bytes at a time (an even
    /// offset each time) are passed over while none of them is 0.
    static func zeroCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> (even: Int, odd: Int) {
        var even = 0
        var odd = 0
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if SourceText.hasByte(word, 0) {
                    for offset in index..<(index + 8) where bytes[offset] == 0 {
                        if offset % 2 == 0 { even += 1 } else { odd += 1 }
                    }
                }
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] == 0 {
                if index % 2 == 0 { even += 1 } else { odd += 1 }
            }
            index += 1
        }
        return (even, odd)
    }

    /// The UTF-8 of the UTF-16 code units in `bytes` (a last odd byte is dropped), each unpaired
    /// surrogate replaced by U+FFFD, as `String(decoding:as: UTF16.self)` repairs them; transcoded
    /// unit by unit without building a string, written straight into an array of the largest size the
    /// units can give (three bytes a unit: a lone surrogate's U+FFFD; a pair gives four for two units).
    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input in
            [UInt8](unsafeUninitializedCapacity: input.count / 2 * 3) { output, written in
                var count = 0
                func unit(at index: Int) -> UInt32 {
                    let first = UInt32(input[index])
                    let second = UInt32(input[index + 1])
                    return littleEndian ? first | second << 8 : first << 8 | second
                }
                func write(_ byte: UInt32) {
                    output[count] = UInt8(truncatingIfNeeded: byte)
                    count += 1
                }
                var index = 0
                while index + 1 < input.count {
                    let value = unit(at: index)
                    index += 2
                    switch value {
                    case 0..<0x80:
                        write(value)
                    case 0x80..<0x800:
                        write(0xC0 | value >> 6)
                        write(0x80 | value & 0x3F)
                    case 0xD800..<0xDC00:
                        guard index + 1 < input.count, case let low = unit(at: index), (0xDC00..<0xE000).contains(low) else {
                            write(0xEF)
                            write(0xBF)
                            write(0xBD)
                            continue
                        }
                        index += 2
                        let scalar = 0x10000 + ((value - 0xD800) << 10 | (low - 0xDC00))
                        write(0xF0 | scalar >> 18)
                        write(0x80 | scalar >> 12 & 0x3F)
                        write(0x80 | scalar >> 6 & 0x3F)
                        write(0x80 | scalar & 0x3F)
                    case 0xDC00..<0xE000:
                        write(0xEF)
                        write(0xBF)
                        write(0xBD)
                    default:
                        write(0xE0 | value >> 12)
                        write(0x80 | value >> 6 & 0x3F)
                        write(0x80 | value & 0x3F)
                    }
                }
                written = count
            }
        }
    }
}

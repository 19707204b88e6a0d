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
        if let littleEndian = utf16WithoutBOM(data) {
            let note = Diagnostic(
                .decodedAsUTF16WithoutBOM,
                "input has no byte-order mark but its zero bytes show UTF-16 \(littleEndian ? "LE" : "BE"); decoded as such",
                file: file, at: .wholeFile)
            return finish(
                utf16(data[...], littleEndian: littleEndian),
                littleEndian ? .utf16LittleEndian : .utf16BigEndian, file: file, notes: [note])
        }
        let scan = UTF8Scan(data)
        if scan.hasNUL {
            return .failure(binary(file))
        }
        if scan.isValid {
            return finish(data, .utf8, file: file, notes: [])
        }
        let note = Diagnostic(
            .decodedAsWindows1252, "input is not valid UTF-8; decoded as Windows-1252", file: file, at: .wholeFile)
        return finish(Windows1252.utf8(from: data), .windows1252, file: file, notes: [note])
    }

    private static func finish(_ utf8: [UInt8], _ encoding: TextEncoding, file: String, notes: [Diagnostic])
        -> DecodingResult
    {
        if utf8.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
            return .failure(Diagnostic(.emptyInput, "input is empty or holds only white space", file: file, at: .wholeFile))
        }
        if looksBinary(utf8) {
            return .failure(binary(file))
        }
        return .text(SourceText(file: file, bytes: utf8, encoding: encoding), diagnostics: notes)
    }

    private static func binary(_ file: String) -> Diagnostic {
        Diagnostic(.binaryInput, "input is binary, not text (control bytes or NUL bytes found)", file: file, at: .wholeFile)
    }

    /// More than 1 in 32 of the first 64 KiB being C0 controls other than tab, line ends and form feed.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            controls += 1
        }
        return controls * 32 > sample.count
    }

    /// Recognises BOM-less UTF-16 by its zero bytes: text in Latin script has a zero in every
    /// other byte. Returns whether it is little-endian, or nil when it is not UTF-16.
    private static func utf16WithoutBOM(_ data: [UInt8]) -> Bool? {
        let sample = data.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 || data.count > 4096 else { return nil }
        var zerosAtEven = 0
        var zerosAtOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        let pairs = sample.count / 2
        if zerosAtOdd * 10 >= pairs * 7, zerosAtEven * 10 < pairs { return true }
        if zerosAtEven * 10 >= pairs * 7, zerosAtOdd * 10 < pairs { return false }
        return nil
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}

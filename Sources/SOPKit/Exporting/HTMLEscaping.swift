/// Escaping of text from the input for HTML and XML, shared by the HTML, index and BPMN exporters.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, so that it reads as
    /// text both in element content and in quoted attribute values, in HTML and in XML. Control
    /// characters that XML 1.0 forbids (and U+FFFE, U+FFFF) are dropped. Works on UTF-8 bytes and
    /// returns `text` itself when nothing needs escaping.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsAttention) else { return text }
        let output = text.utf8.withContiguousStorageIfAvailable(escaped) ?? Array(text.utf8).withUnsafeBufferPointer(escaped)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` escaped as `escape(_:)` does to `output`.
    static func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            if bytes.contains(where: needsAttention) {
                escape(bytes, into: &output)
            } else {
                output.append(contentsOf: bytes)
            }
        }
    }

    /// The escaped bytes of UTF-8 text.
    private static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        escape(bytes, into: &output)
        return output
    }

    /// Appends the escaped bytes of UTF-8 text to `output`.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x22: output.append(contentsOf: "&quot;".utf8)
            case 0x27: output.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0D: output.append(byte)
            case ..<0x20: continue
            case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && bytes[index + 1] & 0xFE == 0xBE:
                index += 2
            default: output.append(byte)
            }
        }
    }

    /// Whether a byte is escaped or dropped, or may start U+FFFE or U+FFFF.
    private static func needsAttention(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF: true
        case 0x09, 0x0A, 0x0D: false
        default: byte < 0x20
        }
    }
}

/// Escaping of text from the input for HTML and XML, shared by the HTML, index and BPMN exporters.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, so that it reads as
    /// text both in element content and in quoted attribute values, in HTML and in XML. Control
    /// characters that XML 1.0 forbids (and U+FFFE, U+FFFF) are dropped. Works on UTF-8 bytes and
    /// returns `text` itself when nothing needs escaping.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsAttention) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            let sink = ByteSink(capacity: bytes.count + 16)
            escape(bytes, into: sink)
            return sink.string
        }
    }

    /// Appends `text` escaped as `escape(_:)` does to `sink`.
    static func escape(_ text: String, into sink: ByteSink) {
        var text = text
        text.withUTF8 { escape($0, into: sink) }
    }

    /// Appends the escaped bytes of UTF-8 text to `sink`: the runs that need nothing copied as they
    /// are, the others replaced or dropped byte by byte.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into sink: ByteSink) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard needsAttention(byte) else {
                index += 1
                continue
            }
            if byte == 0xEF, !(index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] & 0xFE == 0xBE) {
                index += 1
                continue
            }
            sink.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            index += 1
            switch byte {
            case 0x26: sink.append("&amp;" as StaticString)
            case 0x3C: sink.append("&lt;" as StaticString)
            case 0x3E: sink.append("&gt;" as StaticString)
            case 0x22: sink.append("&quot;" as StaticString)
            case 0x27: sink.append("&#39;" as StaticString)
            case 0xEF: index += 2
            default: break
            }
            runStart = index
        }
        sink.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
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

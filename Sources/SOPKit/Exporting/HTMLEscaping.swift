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

    /// Appends the escaped bytes of UTF-8 text to `sink`: the runs that need nothing (found eight bytes
    /// at a time while they are plain ASCII, see `isPlainWord`; the last bytes of a text of eight or
    /// more in the word that ends it, tested once) copied as they are, the others replaced or dropped
    /// byte by byte.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into sink: ByteSink) {
        var runStart = 0
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        var lastWordTested = false
        while index < bytes.count {
            if index + 8 <= bytes.count {
                if isPlainWord(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
            } else if bytes.count >= 8, !lastWordTested {
                lastWordTested = true
                if isPlainWord(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)) {
                    index = bytes.count
                    continue
                }
            }
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

    /// Whether none of the eight bytes of `word` needs attention: each is from 0x20 to 0x7E and is none
    /// of `&`, `<`, `>`, `"` and `'`. (A word that fails this may still need nothing, such as a tab or
    /// letters outside ASCII; those are then looked at one by one.)
    @inline(__always) static func isPlainWord(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- ones &* 0x20) & ~word
        let atLeastDelete = word | (word &+ ones)
        let special = SourceText.firstMatches(word, 0x22) | SourceText.firstMatches(word, 0x26)
            | SourceText.firstMatches(word, 0x27) | SourceText.firstMatches(word, 0x3C) | SourceText.firstMatches(word, 0x3E)
        return (belowSpace | atLeastDelete) & highs == 0 && special == 0
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

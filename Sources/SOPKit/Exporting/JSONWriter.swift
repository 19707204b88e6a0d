/// A streaming JSON writer: keys in the order written, two-space indentation when pretty, no
/// trailing white space, strings escaped per RFC 8259 (plus U+2028/U+2029 for embedding in scripts).
///
/// The JSON is written into a `ByteSink`, which a copied writer copies before writing again, so that
/// writers are values.
public struct JSONWriter: Sendable {
    /// The JSON written so far.
    public var bytes: [UInt8] { sink.bytes }
    /// The JSON written so far followed by a line feed, as a file holding it ends.
    var bytesEndingWithNewline: [UInt8] { sink.bytes(followedBy: 0x0A) }
    private var sink: ByteSink
    private let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has a member yet.
    private var hasMembers = false
    /// `hasMembers` of each open container around the innermost one, outermost first.
    private var outerHasMembers: [Bool] = []
    private var afterKey = false

    /// Creates a writer; `pretty` indents with two spaces.
    public init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        sink = ByteSink(capacity: capacity)
    }

    /// The sink, copied first if another writer shares it.
    private mutating func uniqueSink() -> ByteSink {
        if !isKnownUniquelyReferenced(&sink) { sink = sink.copy() }
        return sink
    }

    private mutating func beforeValue(_ sink: ByteSink) {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if hasMembers { sink.append(UInt8(ascii: ",")) }
        hasMembers = true
        newline(sink)
    }

    private func newline(_ sink: ByteSink) {
        guard pretty else { return }
        sink.append(0x0A)
        sink.append(0x20, repeated: 2 * depth)
    }

    private mutating func open(_ bracket: UInt8) {
        let sink = uniqueSink()
        beforeValue(sink)
        sink.append(bracket)
        if depth > 0 { outerHasMembers.append(hasMembers) }
        depth += 1
        hasMembers = false
    }

    private mutating func close(_ bracket: UInt8) {
        let sink = uniqueSink()
        let closedHasMembers = hasMembers
        depth -= 1
        hasMembers = depth > 0 ? outerHasMembers.removeLast() : false
        if closedHasMembers { newline(sink) }
        sink.append(bracket)
    }

    /// Opens an object.
    public mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// Closes the innermost object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array.
    public mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes an object key; the next value belongs to it.
    public mutating func key(_ name: String) {
        let sink = uniqueSink()
        beforeValue(sink)
        Self.appendString(name, to: sink)
        sink.append(UInt8(ascii: ":"))
        if pretty { sink.append(0x20) }
        afterKey = true
    }

    /// Writes a string.
    public mutating func string(_ value: String) {
        let sink = uniqueSink()
        beforeValue(sink)
        Self.appendString(value, to: sink)
    }

    /// Writes a string, or null.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        let sink = uniqueSink()
        beforeValue(sink)
        sink.append(decimal: value)
    }

    /// Writes an integer, or null.
    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Writes a number in its shortest decimal form, or null.
    public mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        let sink = uniqueSink()
        beforeValue(sink)
        sink.append(NumberFormatting.decimal(value))
    }

    /// Writes null.
    public mutating func null() {
        let sink = uniqueSink()
        beforeValue(sink)
        sink.append("null" as StaticString)
    }

    /// Writes an array of strings.
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Writes a key and a string (or null).
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    /// Writes a key and a string given as its UTF-8 bytes.
    public mutating func field(_ name: String, utf8 value: [UInt8]) {
        key(name)
        let sink = uniqueSink()
        beforeValue(sink)
        sink.append(UInt8(ascii: "\""))
        value.withUnsafeBufferPointer { Self.appendEscaped($0, to: sink) }
        sink.append(UInt8(ascii: "\""))
    }

    /// Writes a value already encoded as JSON on one line (by a writer that is not pretty), as is.
    public mutating func encoded(_ json: [UInt8]) {
        let sink = uniqueSink()
        beforeValue(sink)
        json.withUnsafeBufferPointer { sink.append($0) }
    }

    /// Writes a key and an integer (or null).
    public mutating func field(_ name: String, _ value: Int?) {
        key(name)
        int(value)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private static func appendString(_ value: String, to sink: ByteSink) {
        sink.append(UInt8(ascii: "\""))
        var contiguous = value
        contiguous.withUTF8 { appendEscaped($0, to: sink) }
        sink.append(UInt8(ascii: "\""))
    }

    /// Bytes that may need escaping in a JSON string: quote, backslash, controls, DEL, and 0xE2 (which
    /// starts U+2028 and U+2029).
    private static let mayNeedEscape: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2
    }

    private static func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>, to sink: ByteSink) {
        mayNeedEscape.withUnsafeBufferPointer { mayNeedEscape in
            var runStart = 0
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                guard mayNeedEscape[Int(byte)] else {
                    index += 1
                    continue
                }
                if byte == 0xE2 {
                    guard index + 2 < count, buffer[index + 1] == 0x80, buffer[index + 2] & 0xFE == 0xA8 else {
                        index += 1
                        continue
                    }
                }
                sink.append(UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                index += 1
                switch byte {
                case 0x22: sink.append("\\\"" as StaticString)
                case 0x5C: sink.append("\\\\" as StaticString)
                case 0x0A: sink.append("\\n" as StaticString)
                case 0x0D: sink.append("\\r" as StaticString)
                case 0x09: sink.append("\\t" as StaticString)
                case 0xE2:
                    sink.append("\\u202" as StaticString)
                    sink.append(buffer[index + 1] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                    index += 2
                default:
                    sink.append("\\u00" as StaticString)
                    sink.append(hex[Int(byte >> 4)])
                    sink.append(hex[Int(byte & 0xF)])
                }
                runStart = index
            }
            sink.append(UnsafeBufferPointer(rebasing: buffer[runStart..<count]))
        }
    }
}

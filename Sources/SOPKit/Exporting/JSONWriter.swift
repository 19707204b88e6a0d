/// A streaming JSON writer: keys in the order written, two-space indentation when pretty, no
/// trailing white space, strings escaped per RFC 8259 (plus U+2028/U+2029 for embedding in scripts).
public struct JSONWriter: Sendable {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// For each open container: whether it has a member yet, and whether it is an object.
    private var stack: [(hasMembers: Bool, isObject: Bool)] = []
    private var afterKey = false

    /// Creates a writer; `pretty` indents with two spaces.
    public init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard !stack.isEmpty else { return }
        if stack[stack.count - 1].hasMembers { bytes.append(UInt8(ascii: ",")) }
        stack[stack.count - 1].hasMembers = true
        newline()
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<stack.count { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Opens an object.
    public mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        stack.append((false, true))
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        let container = stack.removeLast()
        if container.hasMembers { newline() }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Opens an array.
    public mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        stack.append((false, false))
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        let container = stack.removeLast()
        if container.hasMembers { newline() }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes an object key; the next value belongs to it.
    public mutating func key(_ name: String) {
        beforeValue()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    /// Writes a string.
    public mutating func string(_ value: String) {
        beforeValue()
        appendString(value)
    }

    /// Writes a string, or null.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        beforeValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes an integer, or null.
    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Writes a number in its shortest decimal form, or null.
    public mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        beforeValue()
        bytes.append(contentsOf: NumberFormatting.decimal(value).utf8)
    }

    /// Writes null.
    public mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
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
        beforeValue()
        bytes.append(UInt8(ascii: "\""))
        value.withUnsafeBufferPointer { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a value already encoded as JSON on one line (by a writer that is not pretty), as is.
    public mutating func encoded(_ json: [UInt8]) {
        beforeValue()
        bytes.append(contentsOf: json)
    }

    /// Writes a key and an integer (or null).
    public mutating func field(_ name: String, _ value: Int?) {
        key(name)
        int(value)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var contiguous = value
        contiguous.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Bytes that may need escaping in a JSON string: quote, backslash, controls, DEL, and 0xE2 (which
    /// starts U+2028 and U+2029).
    private static let mayNeedEscape: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2
    }

    private mutating func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        let mayNeedEscape = Self.mayNeedEscape
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
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
            index += 1
            switch byte {
            case 0x22: bytes.append(contentsOf: "\\\"".utf8)
            case 0x5C: bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0xE2:
                bytes.append(contentsOf: "\\u202".utf8)
                bytes.append(buffer[index + 1] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                index += 2
            default:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            }
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<count]))
    }
}

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

    /// Ends the JSON with a line feed and hands over the buffer holding it, without copying it; the
    /// writer is done.
    mutating func finishWithNewline() -> ExportedBytes {
        let sink = uniqueSink()
        sink.append(0x0A)
        return ExportedBytes(sink)
    }
    private var sink: ByteSink
    private let pretty: Bool
    /// Whether the writer indents (see `init(pretty:capacity:)`).
    var isPretty: Bool { pretty }
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
    @inline(__always)
    private mutating func uniqueSink() -> ByteSink {
        if !isKnownUniquelyReferenced(&sink) { sink = sink.copy() }
        return sink
    }

    @inline(__always)
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

    /// A line feed followed by the indentation of 32 levels: the start of it is what `newline` writes
    /// up to that depth, in one copy.
    private static let lineFeedAndIndentation: StaticString = "\n                                                                "

    @inline(__always)
    private func newline(_ sink: ByteSink) {
        guard pretty else { return }
        Self.appendNewline(indentedTo: depth, to: sink)
    }

    /// Appends a line feed and the two-space indentation of `depth` levels.
    @inline(__always)
    fileprivate static func appendNewline(indentedTo depth: Int, to sink: ByteSink) {
        let length = 1 + 2 * depth
        lineFeedAndIndentation.withUTF8Buffer { lineFeedAndIndentation in
            if length <= lineFeedAndIndentation.count {
                sink.append(UnsafeBufferPointer(rebasing: lineFeedAndIndentation[..<length]))
            } else {
                sink.append(0x0A)
                sink.append(0x20, repeated: 2 * depth)
            }
        }
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

    /// Writes an object key known when the program is written, which needs no escaping (ASCII
    /// letters, digits and punctuation other than `"` and `\\`); the next value belongs to it. The same
    /// bytes as `key(_:)` writes for it, without scanning it for escapes.
    public mutating func constantKey(_ name: StaticString) {
        assert(name.withUTF8Buffer { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C } })
        let sink = uniqueSink()
        var comma = false
        var newline = false
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            comma = hasMembers
            hasMembers = true
            newline = pretty
        }
        Self.appendConstantKey(name, comma: comma, newlineIndentedTo: newline ? depth : nil, pretty: pretty, to: sink)
        afterKey = true
    }

    /// Appends a key known when the program is written, with what goes before it: a comma when
    /// `comma`, a line feed and the indentation of `depth` levels when `depth` is given, then the
    /// quoted name, a colon and, when `pretty`, a space. The same bytes as appending each piece in
    /// turn, with one capacity check for all of them.
    @inline(__always)
    fileprivate static func appendConstantKey(
        _ name: StaticString, comma: Bool, newlineIndentedTo depth: Int?, pretty: Bool, to sink: ByteSink
    ) {
        let lineLength = depth.map { 1 + 2 * $0 } ?? 0
        name.withUTF8Buffer { name in
            sink.append(atMost: 1 + lineLength + name.count + 4) { target in
                var length = 0
                if comma {
                    target[0] = UInt8(ascii: ",")
                    length = 1
                }
                if lineLength > 0 {
                    lineFeedAndIndentation.withUTF8Buffer { lineFeedAndIndentation in
                        if lineLength <= 32 {
                            ByteSink.copyShort(
                                from: UnsafeRawPointer(lineFeedAndIndentation.baseAddress!), to: UnsafeMutableRawPointer(target + length),
                                count: lineLength)
                        } else {
                            target[length] = 0x0A
                            (target + length + 1).initialize(repeating: 0x20, count: lineLength - 1)
                        }
                    }
                    length += lineLength
                }
                target[length] = UInt8(ascii: "\"")
                length += 1
                if let start = name.baseAddress, name.count > 0 {
                    if name.count <= 32 {
                        ByteSink.copyShort(from: UnsafeRawPointer(start), to: UnsafeMutableRawPointer(target + length), count: name.count)
                    } else {
                        (target + length).initialize(from: start, count: name.count)
                    }
                    length += name.count
                }
                target[length] = UInt8(ascii: "\"")
                target[length + 1] = UInt8(ascii: ":")
                length += 2
                if pretty {
                    target[length] = 0x20
                    length += 1
                }
                return length
            }
        }
    }

    /// Writes a constant key (see `constantKey(_:)`) and a string (or null).
    public mutating func constantField(_ name: StaticString, _ value: String?) {
        constantKey(name)
        string(value)
    }

    /// Writes a constant key (see `constantKey(_:)`) and an integer (or null).
    public mutating func constantField(_ name: StaticString, _ value: Int?) {
        constantKey(name)
        int(value)
    }

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
        sink.append(decimal: value)
    }

    /// Writes a string whose bytes `write` appends, quoted and not escaped: for ASCII text that needs
    /// no escaping (as for `constantKey(_:)`), written without building a string.
    mutating func plainString(_ write: (ByteSink) -> Void) {
        let sink = uniqueSink()
        beforeValue(sink)
        sink.append(UInt8(ascii: "\""))
        write(sink)
        sink.append(UInt8(ascii: "\""))
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

    /// Writes an object whose members `body` writes through a `FixedKeyObject`: the same bytes as
    /// `beginObject()`, `constantKey(_:)` and a value for each member, and `endObject()`, without the
    /// writer's bookkeeping for each member (the object holds no containers).
    mutating func fixedKeyObject(_ body: (inout FixedKeyObject) -> Void) {
        let sink = uniqueSink()
        beforeValue(sink)
        sink.append(UInt8(ascii: "{"))
        var object = FixedKeyObject(sink: sink, pretty: pretty, memberDepth: depth + 1)
        body(&object)
        object.close()
    }

    /// Writes a key and an integer (or null).
    public mutating func field(_ name: String, _ value: Int?) {
        key(name)
        int(value)
    }

    /// `value` as `string(_:)` writes it: quoted and escaped.
    static func quoted(_ value: String) -> [UInt8] {
        let sink = ByteSink(capacity: value.utf8.count + 2)
        appendString(value, to: sink)
        return sink.bytes
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `value` quoted and escaped. Its UTF-8 is read in place when the string is stored as
    /// UTF-8 (a short string from a copy on the stack).
    static func appendString(_ value: String, to sink: ByteSink) {
        sink.append(UInt8(ascii: "\""))
        var contiguous = value
        contiguous.withUTF8 { appendEscaped($0, to: sink) }
        sink.append(UInt8(ascii: "\""))
    }

    /// Whether a byte may need escaping in a JSON string: quote, backslash, controls, DEL, and 0xE2
    /// (which starts U+2028 and U+2029).
    @inline(__always) private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2
    }

    /// Whether none of the eight bytes of `word` may need escaping: each is from 0x20 to 0x7E and is
    /// neither a quote nor a backslash. (A word that fails this may still hold only safe bytes, such
    /// as letters outside ASCII; those are then looked at one by one.)
    @inline(__always) static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- ones &* 0x20) & ~word
        let atLeastDelete = word | (word &+ ones)
        return (belowSpace | atLeastDelete) & highs == 0 && SourceText.firstMatches(word, 0x22) == 0
            && SourceText.firstMatches(word, 0x5C) == 0
    }

    /// Appends `buffer` escaped: the runs that need nothing (found eight bytes at a time while they
    /// are plain ASCII; the last bytes of a text of eight or more in the word that ends it, tested
    /// once) copied as they are.
    static func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>, to sink: ByteSink) {
        var runStart = 0
        var index = 0
        let count = buffer.count
        let raw = UnsafeRawBufferPointer(buffer)
        var lastWordTested = false
        while index < count {
            if index + 8 <= count {
                if isPlainASCII(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
            } else if count >= 8, !lastWordTested {
                lastWordTested = true
                if isPlainASCII(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) {
                    index = count
                    continue
                }
            }
            let byte = buffer[index]
            guard mayNeedEscape(byte) else {
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

/// The members of an object that `JSONWriter.fixedKeyObject(_:)` writes: keys known when the program is
/// written, each followed by one value that is not a container.
struct FixedKeyObject {
    private let sink: ByteSink
    private let pretty: Bool
    /// The depth of the members: one more than the object's.
    private let memberDepth: Int
    private var hasMembers = false

    fileprivate init(sink: ByteSink, pretty: Bool, memberDepth: Int) {
        self.sink = sink
        self.pretty = pretty
        self.memberDepth = memberDepth
    }

    /// Writes a key as `JSONWriter.constantKey(_:)` does (ASCII that needs no escaping); one value
    /// must follow.
    mutating func key(_ name: StaticString) {
        assert(name.withUTF8Buffer { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C } })
        JSONWriter.appendConstantKey(
            name, comma: hasMembers, newlineIndentedTo: pretty ? memberDepth : nil, pretty: pretty, to: sink)
        hasMembers = true
    }

    /// Writes a string, quoted and escaped.
    func string(_ value: String) { JSONWriter.appendString(value, to: sink) }

    /// Writes a string whose bytes `write` appends, quoted and not escaped, as
    /// `JSONWriter.plainString(_:)` does.
    func plainString(_ write: (ByteSink) -> Void) {
        sink.append(UInt8(ascii: "\""))
        write(sink)
        sink.append(UInt8(ascii: "\""))
    }

    /// Writes a string, quoted and escaped, or null.
    func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an integer.
    func int(_ value: Int) { sink.append(decimal: value) }

    /// Writes an integer, or null.
    func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Writes a number as `JSONWriter.number(_:)` does: in its shortest decimal form, or null when it
    /// is nil or not finite.
    func number(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        sink.append(decimal: value)
    }

    /// Writes null.
    func null() { sink.append("null" as StaticString) }

    /// Writes an array of strings as `JSONWriter.strings(_:)` does: each on a line of its own, one level
    /// deeper than the members, when pretty; `[]` when empty.
    func strings(_ values: [String]) {
        sink.append(UInt8(ascii: "["))
        for index in values.indices {
            if index > 0 { sink.append(UInt8(ascii: ",")) }
            if pretty { JSONWriter.appendNewline(indentedTo: memberDepth + 1, to: sink) }
            JSONWriter.appendString(values[index], to: sink)
        }
        if !values.isEmpty, pretty { JSONWriter.appendNewline(indentedTo: memberDepth, to: sink) }
        sink.append(UInt8(ascii: "]"))
    }

    /// Writes an object whose members `body` writes, as the value of the last key: the same bytes as
    /// `JSONWriter.fixedKeyObject(_:)` writes for it there.
    func object(_ body: (inout FixedKeyObject) -> Void) {
        sink.append(UInt8(ascii: "{"))
        var object = FixedKeyObject(sink: sink, pretty: pretty, memberDepth: memberDepth + 1)
        body(&object)
        object.close()
    }

    /// Writes a value already encoded as JSON on one line, as is.
    func encoded(_ json: [UInt8]) { json.withUnsafeBufferPointer { sink.append($0) } }

    /// Writes a value already encoded as JSON on one line, as is, from a buffer.
    func encoded(_ json: UnsafeBufferPointer<UInt8>) { sink.append(json) }

    /// The number of bytes the writer holds so far, the object's included (where a value starts or ends).
    var count: Int { sink.count }

    /// Closes the object, as `JSONWriter.endObject()` does.
    fileprivate func close() {
        if hasMembers, pretty { JSONWriter.appendNewline(indentedTo: memberDepth - 1, to: sink) }
        sink.append(UInt8(ascii: "}"))
    }
}

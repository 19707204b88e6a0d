/// The diagnostics of one input encoded as JSON once, for outputs that write them more than once: an
/// import writes all of them, on one line, in its report, and those concerning each SOP, pretty, in
/// that SOP's JSON. Each value (the message escaped, the path quoted) is encoded here once; writing the
/// diagnostics again copies the values, pretty or not.
///
/// This is the one place that knows a diagnostic object's members: `JSONExporter` writes diagnostics
/// through it.
public struct EncodedDiagnostics: Sendable {
    /// The diagnostics as one JSON array on one line, as a writer that is not pretty writes it.
    public let compactArray: [UInt8]
    /// Each diagnostic's line (0 for the whole file).
    private let lines: [Int]
    /// For each diagnostic, the start and the end in `compactArray` of each of its values, in the order
    /// of its members: `membersPerObject` pairs per diagnostic.
    private let valueBounds: [Int]

    /// The number of members of a diagnostic object.
    private static let membersPerObject = 6

    /// Encodes `diagnostics`; the path of `file`, which most of them name, is quoted once for all of them.
    /// The array is on one line, so each member's key and the punctuation before it are constant bytes,
    /// appended at once (the same bytes as a writer that is not pretty writes, member by member).
    public init(_ diagnostics: [Diagnostic], mostlyNaming file: String) {
        let sink = ByteSink(capacity: 16 + 320 * diagnostics.count)
        var bounds: [Int] = []
        bounds.reserveCapacity(2 * Self.membersPerObject * diagnostics.count)
        var quotedFile: [UInt8]?
        sink.append(UInt8(ascii: "["))
        for index in diagnostics.indices {
            let quoted: [UInt8]
            if diagnostics[index].file == file {
                quoted = quotedFile ?? JSONWriter.quoted(file)
                quotedFile = quoted
            } else {
                quoted = JSONWriter.quoted(diagnostics[index].file)
            }
            sink.append(index == 0 ? "{\"severity\":\"" : ",{\"severity\":\"")
            bounds.append(sink.count - 1)
            sink.append(diagnostics[index].severity.constantName)
            sink.append(UInt8(ascii: "\""))
            bounds.append(sink.count)
            sink.append(",\"code\":" as StaticString)
            bounds.append(sink.count)
            JSONWriter.appendString(diagnostics[index].code.rawValue, to: sink)
            bounds.append(sink.count)
            sink.append(",\"message\":" as StaticString)
            bounds.append(sink.count)
            JSONWriter.appendString(diagnostics[index].message, to: sink)
            bounds.append(sink.count)
            sink.append(",\"file\":" as StaticString)
            bounds.append(sink.count)
            quoted.withUnsafeBufferPointer { sink.append($0) }
            bounds.append(sink.count)
            sink.append(",\"line\":" as StaticString)
            bounds.append(sink.count)
            sink.append(decimal: diagnostics[index].line)
            bounds.append(sink.count)
            sink.append(",\"column\":" as StaticString)
            bounds.append(sink.count)
            sink.append(decimal: diagnostics[index].column)
            bounds.append(sink.count)
            sink.append(UInt8(ascii: "}"))
        }
        sink.append(UInt8(ascii: "]"))
        compactArray = sink.bytes
        lines = diagnostics.map(\.line)
        valueBounds = bounds
    }

    /// The number of diagnostics.
    public var count: Int { lines.count }

    /// Whether a diagnostic on `line` concerns `sop`: it points at one of the SOP's lines, or at the
    /// whole file (line 0).
    public static func diagnostic(onLine line: Int, concerns sop: SOP) -> Bool {
        line == 0 || (line >= sop.source.startLine && line <= sop.source.endLine)
    }

    /// Writes the diagnostics as an array (pretty or not, as `writer` is).
    func write(into writer: inout JSONWriter) {
        write(into: &writer) { _ in true }
    }

    /// Writes the diagnostics that concern `sop` (see `diagnostic(onLine:concerns:)`) as an array.
    func write(concerning sop: SOP, into writer: inout JSONWriter) {
        write(into: &writer) { Self.diagnostic(onLine: $0, concerns: sop) }
    }

    /// Writes the diagnostics whose line `isIncluded` accepts as an array: the whole compact array when
    /// all of them are and `writer` is not pretty, otherwise object by object from their values.
    private func write(into writer: inout JSONWriter, linesWhere isIncluded: (Int) -> Bool) {
        if !writer.isPretty, lines.allSatisfy(isIncluded) { return writer.encoded(compactArray) }
        writer.beginArray()
        compactArray.withUnsafeBufferPointer { bytes in
            for index in lines.indices where isIncluded(lines[index]) { writeObject(index, from: bytes, into: &writer) }
        }
        writer.endArray()
    }

    /// Writes the object of the diagnostic at `index` from its values in `bytes` (`compactArray`).
    func writeObject(_ index: Int, from bytes: UnsafeBufferPointer<UInt8>, into writer: inout JSONWriter) {
        let first = 2 * Self.membersPerObject * index
        func value(_ member: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[valueBounds[first + 2 * member]..<valueBounds[first + 2 * member + 1]])
        }
        writer.fixedKeyObject { object in
            object.key("severity")
            object.encoded(value(0))
            object.key("code")
            object.encoded(value(1))
            object.key("message")
            object.encoded(value(2))
            object.key("file")
            object.encoded(value(3))
            object.key("line")
            object.encoded(value(4))
            object.key("column")
            object.encoded(value(5))
        }
    }
}

@testable import SOPKit
import Testing

/// An object written member by member through `JSONWriter.fixedKeyObject(_:)` has the same bytes as
/// the one `beginObject()`, `constantKey(_:)`, a value for each key and `endObject()` write, pretty or
/// not, at any depth, first in its container or after other members, with or without members.
@Suite struct FixedKeyObjectTests {
    /// Strings to write: empty, plain ASCII, to escape, outside ASCII, and long enough for word steps.
    static let texts = ["", "note", "SOP601", "step 3 \"Terima\" \\ ok", "é, ñ and ‘quotes’", "tab\there\nline\u{2028}",
        "the output of step 12 (\"Surat permohonan yang sudah lengkap\") shares nothing", "\u{7F}\u{01}"]

    /// Writes the members, the same for both writers, after opening `depth` arrays (the last with
    /// `before` values first), and returns the bytes.
    private static func written(
        pretty: Bool, depth: Int, before: Int, members: Int, text: String, fixed: Bool
    ) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        for _ in 0..<depth { writer.beginArray() }
        for value in 0..<before { writer.int(value) }
        if fixed {
            writer.fixedKeyObject { object in
                if members > 0 {
                    object.key("severity")
                    object.string("warning")
                }
                if members > 1 {
                    object.key("message")
                    object.string(text)
                }
                if members > 2 {
                    object.key("file")
                    object.encoded(JSONWriter.quoted(text))
                }
                if members > 3 {
                    object.key("line")
                    object.int(-12_345)
                    object.key("column")
                    object.int(7)
                }
            }
        } else {
            writer.beginObject()
            if members > 0 { writer.constantField("severity", "warning") }
            if members > 1 { writer.constantField("message", text) }
            if members > 2 {
                writer.constantKey("file")
                writer.encoded(JSONWriter.quoted(text))
            }
            if members > 3 {
                writer.constantField("line", -12_345)
                writer.constantField("column", 7)
            }
            writer.endObject()
        }
        writer.int(99)
        for _ in 0..<depth { writer.endArray() }
        return writer.bytes
    }

    @Test(arguments: texts) func fixedKeyObjectWritesWhatTheWriterWrites(_ text: String) {
        for pretty in [false, true] {
            for depth in [1, 2, 3, 33, 40] {
                for before in [0, 2] {
                    for members in 0...4 {
                        let fixed = Self.written(pretty: pretty, depth: depth, before: before, members: members, text: text, fixed: true)
                        let reference = Self.written(
                            pretty: pretty, depth: depth, before: before, members: members, text: text, fixed: false)
                        #expect(fixed == reference, "\(text) pretty: \(pretty) depth: \(depth) before: \(before) members: \(members)")
                    }
                }
            }
        }
    }

    @Test func aTopLevelFixedKeyObjectIsWrittenAsTheWriterWritesIt() {
        for pretty in [false, true] {
            var fixed = JSONWriter(pretty: pretty)
            fixed.fixedKeyObject { object in
                object.key("code")
                object.string("SOP101")
            }
            var reference = JSONWriter(pretty: pretty)
            reference.beginObject()
            reference.constantField("code", "SOP101")
            reference.endObject()
            #expect(fixed.bytes == reference.bytes, "pretty: \(pretty)")
        }
    }

    @Test(arguments: Severity.allCases) func constantNameIsTheRawValue(_ severity: Severity) {
        #expect(severity.constantName.description == severity.rawValue)
    }
}

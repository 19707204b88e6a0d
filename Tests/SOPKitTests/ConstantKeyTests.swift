@testable import SOPKit
import Testing

/// A key known when the program is written (`constantKey(_:)`, and `FixedKeyObject.key(_:)` inside a
/// fixed-key object) has the bytes of the same key written through `key(_:)`, which quotes and escapes
/// it: pretty or not, first in its object or after other members, at the top level and at depths on
/// both sides of the indentation that one short copy covers.
@Suite struct ConstantKeyTests {
    /// Writes `before` members and then the member `name` in an object inside `depth` arrays, the
    /// member's key written as a constant or through `key(_:)`.
    private static func written(pretty: Bool, depth: Int, before: Int, name: StaticString, constant: Bool) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        for _ in 0..<depth { writer.beginArray() }
        writer.beginObject()
        for member in 0..<before { writer.field("m\(member)", member) }
        if constant { writer.constantKey(name) } else { writer.key(name.description) }
        writer.int(1)
        writer.endObject()
        for _ in 0..<depth { writer.endArray() }
        return writer.bytes
    }

    static let names: [StaticString] = ["a", "id", "schemaVersion", "performerConfidence", "a key longer than thirty-two bytes in all"]

    @Test(arguments: [0, 1, 2, 3, 12, 13, 14, 15, 16, 17, 30, 31, 32, 33, 40])
    func constantKeysAreWrittenAsTheirQuotedNames(_ depth: Int) {
        for name in Self.names {
            for pretty in [false, true] {
                for before in [0, 1, 2] {
                    let constant = Self.written(pretty: pretty, depth: depth, before: before, name: name, constant: true)
                    let general = Self.written(pretty: pretty, depth: depth, before: before, name: name, constant: false)
                    #expect(constant == general, "\(name) depth \(depth) pretty: \(pretty) before: \(before)")
                }
            }
        }
    }

    @Test(arguments: [0, 1, 14, 15, 16, 31, 32, 40])
    func fixedKeyObjectKeysAreWrittenAsTheirQuotedNames(_ depth: Int) {
        for pretty in [false, true] {
            var fixed = JSONWriter(pretty: pretty)
            var general = JSONWriter(pretty: pretty)
            for _ in 0..<depth {
                fixed.beginArray()
                general.beginArray()
            }
            fixed.fixedKeyObject { object in
                for name in Self.names {
                    object.key(name)
                    object.int(2)
                }
            }
            general.beginObject()
            for name in Self.names { general.field(name.description, 2) }
            general.endObject()
            for _ in 0..<depth {
                fixed.endArray()
                general.endArray()
            }
            #expect(fixed.bytes == general.bytes, "depth \(depth) pretty: \(pretty)")
        }
    }

    @Test func aTopLevelConstantKeyIsItsQuotedName() {
        for pretty in [false, true] {
            var constant = JSONWriter(pretty: pretty)
            var general = JSONWriter(pretty: pretty)
            constant.constantKey("schemaVersion")
            general.key("schemaVersion")
            #expect(constant.bytes == general.bytes)
            #expect(String(decoding: constant.bytes, as: UTF8.self) == (pretty ? "\"schemaVersion\": " : "\"schemaVersion\":"))
        }
    }
}

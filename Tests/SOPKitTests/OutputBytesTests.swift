import Foundation
@testable import SOPKit
import Testing

/// The byte buffer the exporters write into, and the JSON writer built on it, give the same bytes as
/// the array-based code they replaced.
@Suite struct OutputBytesTests {
    @Test(arguments: [0, 1, -1, 9, 10, -10, 99, 100, 12_345, -67_890, Int.max, Int.min, Int.min + 1])
    func decimalsAreWrittenAsStringWritesThem(_ value: Int) {
        let sink = ByteSink(capacity: 1)
        sink.append(decimal: value)
        #expect(sink.bytes == Array(String(value).utf8))
    }

    @Test func appendsGrowTheBufferAndKeepTheBytes() {
        let sink = ByteSink(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<200 {
            sink.append(UInt8(truncatingIfNeeded: round))
            expected.append(UInt8(truncatingIfNeeded: round))
            sink.append("<td>" as StaticString)
            expected += Array("<td>".utf8)
            sink.append("é\u{2028}ß text \(round)")
            expected += Array("é\u{2028}ß text \(round)".utf8)
            sink.append(0x20, repeated: round % 7)
            expected += Array(repeating: 0x20, count: round % 7)
            Array("run".utf8).withUnsafeBufferPointer { sink.append($0) }
            expected += Array("run".utf8)
        }
        sink.append("" as StaticString)
        sink.append("")
        sink.append(0x20, repeated: 0)
        #expect(sink.count == expected.count)
        #expect(sink.bytes == expected)
        #expect(sink.bytes(followedBy: 0x0A) == expected + [0x0A])
        let copy = sink.copy()
        copy.append(UInt8(ascii: "x"))
        #expect(sink.bytes == expected, "a copy does not share the bytes")
        #expect(copy.bytes == expected + [UInt8(ascii: "x")])
    }

    /// The JSON of a nested value written by the writer, pretty or not, against Foundation's reading
    /// of it and against the exact layout the writer has always had.
    @Test func nestedValuesKeepTheirLayout() throws {
        for pretty in [false, true] {
            var writer = JSONWriter(pretty: pretty)
            writer.beginObject()
            writer.field("a", "x\"y")
            writer.key("empty object")
            writer.beginObject()
            writer.endObject()
            writer.key("empty array")
            writer.beginArray()
            writer.endArray()
            writer.key("list")
            writer.beginArray()
            writer.int(-3)
            writer.null()
            writer.beginObject()
            writer.field("n", 7)
            writer.field("none", nil as Int?)
            writer.key("d")
            writer.number(2.5)
            writer.endObject()
            writer.strings(["p", "q"])
            writer.endArray()
            writer.field("raw", utf8: Array("r\n\u{1}".utf8))
            writer.key("encoded")
            writer.encoded(Array("[1,2]".utf8))
            writer.endObject()
            let text = String(decoding: writer.bytes, as: UTF8.self)
            let expected = pretty
                ? """
                {
                  "a": "x\\"y",
                  "empty object": {},
                  "empty array": [],
                  "list": [
                    -3,
                    null,
                    {
                      "n": 7,
                      "none": null,
                      "d": 2.5
                    },
                    [
                      "p",
                      "q"
                    ]
                  ],
                  "raw": "r\\n\\u0001",
                  "encoded": [1,2]
                }
                """
                : #"{"a":"x\"y","empty object":{},"empty array":[],"list":[-3,null,{"n":7,"none":null,"d":2.5},["p","q"]],"raw":"r\n\u0001","encoded":[1,2]}"#
            #expect(text == expected)
            #expect(writer.bytesEndingWithNewline == writer.bytes + [0x0A])
            _ = try JSONSerialization.jsonObject(with: Data(writer.bytes))
        }
    }

    @Test func aCopiedWriterWritesOnItsOwn() {
        var first = JSONWriter(pretty: false)
        first.beginArray()
        first.int(1)
        var second = first
        second.int(2)
        second.endArray()
        first.int(3)
        first.endArray()
        #expect(String(decoding: first.bytes, as: UTF8.self) == "[1,3]")
        #expect(String(decoding: second.bytes, as: UTF8.self) == "[1,2]")
    }

    @Test(arguments: [
        "", "/", "a", "sops/x.html", "sops/a-b_c.1.html", "/abs", "a:b", "http://x", "a\\b", "..", "../x", "a/..",
        "a/../b", "a/...", "...", "a/.b", "a//b", "//", "a/", "./a", ".", "a/..x", "x../", "\r\n..", "..\r\n", "a/..\r\n",
        "é/..", "é", "a/\u{301}..", "/\u{301}a", ":\u{301}", "..\u{301}", "a/..\u{301}/b", "\u{301}/..",
    ])
    func linksAreRelativeByBytesAsByCharacters(_ link: String) {
        #expect(SiteIndexExporter.isRelative(link) == SiteIndexExporter.isRelativeByCharacters(link), "\(link)")
    }

    @Test func indexRowsLinkRelativePagesOnly() {
        let entry = SiteIndexExporter.Entry(link: "", title: "A & B", number: "1", agency: nil, steps: 2, total: nil,
            status: "ok", source: "in.txt")
        let row = SiteIndexExporter.RowWithoutLink(entry)
        #expect(row.row(link: "sops/a.html").hasPrefix("<tr class=\"ok\"><td><a href=\"sops/a.html\">A &amp; B</a></td><td>1</td>"))
        #expect(row.row(link: "../a.html").hasPrefix("<tr class=\"ok\"><td>A &amp; B</td><td>1</td>"))
        #expect(row.row(link: "sops/a.html").hasSuffix("<td class=\"file\">in.txt</td></tr>\n"))
    }

    /// The Markdown escaping as it was written before: byte by byte.
    static func markdownByBytes(_ text: String) -> String {
        let special = Array("\\`*_[]<>|~&#!{}$".utf8)
        var output: [UInt8] = []
        for byte in text.utf8 {
            if special.contains(byte) { output.append(0x5C) }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    @Test(arguments: [
        "", "a", "*", "**", "a*b", "*a*", "plain text", "|a|b|", "\\", "é*ü", "[x](y)", "<b>&amp;</b>", "#1 ! {x} $5 ~a~ `c`",
        "_é_", "\u{301}*", "ß\r\n|", String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
    ])
    func markdownEscapingAgreesWithBytes(_ text: String) {
        #expect(MarkdownExporter.escape(text) == Self.markdownByBytes(text), "\(text)")
    }
}

@testable import SOPKit
import Testing

/// `SeparatorFolding.fold` writes the runs of non-separator bytes joined by single spaces, mapped.
@Suite struct SeparatorFoldingTests {
    static func folded(_ text: String, isSeparator: (UInt8) -> Bool, map: (UInt8) -> UInt8 = { $0 }) -> String {
        let source = Array(text.utf8)
        var target = [UInt8](repeating: 0, count: source.count)
        let count = source.withUnsafeBufferPointer { source in
            target.withUnsafeMutableBufferPointer { SeparatorFolding.fold(source, into: $0, isSeparator: isSeparator, map: map) }
        }
        return String(decoding: target[..<count], as: UTF8.self)
    }

    @Test(arguments: [
        ("", ""), (" ", ""), ("   ", ""), ("a", "a"), (" a ", "a"), ("a  b", "a b"), ("\ta\t\tb\t", "a b"),
        ("  Nomor   SOP  ", "Nomor SOP"), ("é  —", "é —"), ("a\u{A0}b", "a\u{A0}b"), ("a \n b", "a \n b"),
    ])
    func foldsSpacesAndTabs(text: String, expected: String) {
        #expect(Self.folded(text, isSeparator: { $0 == 0x20 || $0 == 0x09 }) == expected)
    }

    @Test func mapsTheKeptBytes() {
        let lowered = Self.folded("  Dasar--HUKUM: 1 ", isSeparator: { !FoldedKey.isASCIIAlphanumeric($0) }) {
            $0 &- 0x41 < 26 ? $0 | 0x20 : $0
        }
        #expect(lowered == "dasar hukum 1")
    }

    @Test func agreesWithSplitAndJoinOnLongText() {
        let text = String(repeating: "kata  lain\t", count: 2_000)
        let expected = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        #expect(Self.folded(text, isSeparator: { $0 == 0x20 || $0 == 0x09 }) == expected)
    }
}

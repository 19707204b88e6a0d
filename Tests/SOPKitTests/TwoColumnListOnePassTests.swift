@testable import SOPKit
import Testing

/// `TwoColumnList.Lines` reading each line in one pass over its markers (deciding each numbered
/// item's column on the columns as they stood before the line) gives the items that the reader it
/// replaced gave: that reader gathered the line's markers, then every piece of the line with its
/// column, and only then added the pieces to the columns. The reference below is that reader, on
/// Strings, with the markers of `OCRIdentityListBytesTests.markersByteByByte`. The markers themselves,
/// found one at a time from the end of the one before (`TwoColumnList.nextMarker`), agree with that
/// byte-by-byte reference on lines with runs of spaces.
@Suite struct TwoColumnListOnePassTests {
    static let spacedLines: [String] = [
        "", " ", String(repeating: " ", count: 7), String(repeating: " ", count: 8), String(repeating: " ", count: 17),
        "1. a" + String(repeating: " ", count: 12) + "1. b", "x" + String(repeating: " ", count: 9) + "2) y",
        String(repeating: " ", count: 8) + "\u{A0}3. z", String(repeating: " ", count: 10) + "é 4. z",
        String(repeating: " ", count: 9) + "\t5. z", "6." + String(repeating: " ", count: 16),
        String(repeating: " ", count: 15) + "7.", "a \u{A0} " + String(repeating: " ", count: 8) + "\u{301}8. b",
        String(repeating: "kata 7. lain" + String(repeating: " ", count: 11), count: 200),
    ]

    @Test(arguments: spacedLines) func markersAfterSpaceRunsAgree(_ line: String) {
        let bytes = Array(line.utf8)
        let found = bytes.withUnsafeBufferPointer(TwoColumnList.markers(in:))
        let reference = OCRIdentityListBytesTests.markersByteByByte(bytes)
        #expect(found.map(\.number) == reference.map(\.number) && found.map(\.start) == reference.map(\.start)
            && found.map(\.end) == reference.map(\.end), "\(line.debugDescription)")
    }

    /// Random lines with long runs of spaces give the markers of the byte-by-byte reference.
    @Test func markersOfRandomSpacedLinesAgree() {
        let pieces: [[UInt8]] = [[0x31], [0x32], [0x2E], [0x29], Array(repeating: 0x20, count: 9), [0x20], [0x09], [0x61],
                                 Array("é".utf8), Array("\u{A0}".utf8), Array("\u{301}".utf8), Array(repeating: 0x20, count: 3)]
        var state: UInt64 = 0x5851_F42D_4C95_7F2D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(30) { bytes += pieces[next(pieces.count)] }
            let found = bytes.withUnsafeBufferPointer(TwoColumnList.markers(in:))
            let reference = OCRIdentityListBytesTests.markersByteByByte(bytes)
            #expect(found.map(\.number) == reference.map(\.number) && found.map(\.start) == reference.map(\.start)
                && found.map(\.end) == reference.map(\.end), "\(bytes)")
        }
    }

    /// One list of the reference reader: its items and numbering (the bytes tests' reference list).
    typealias ReferenceColumn = TwoColumnListBytesTests.Reference.Column

    /// The items of each of `columns` lists read from `lines` by the reader before the one-pass one.
    static func referenceSplit(_ lines: [String], columns: Int) -> [[String]] {
        var left = ReferenceColumn()
        var right = ReferenceColumn()
        var current = 0
        for line in lines {
            let bytes = Array(line.utf8)
            func trimmed(_ start: Int, _ end: Int) -> String {
                var start = start
                var end = end
                while start < end, TextFolding.isASCIIWhitespace(bytes[start]) { start += 1 }
                while end > start, TextFolding.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            let markers = OCRIdentityListBytesTests.markersByteByByte(bytes)
            var segments: [(column: Int, text: String, numbered: Bool)] = []
            var cursor = 0
            for (position, marker) in markers.enumerated() {
                let before = trimmed(cursor, marker.start)
                if !before.isEmpty { segments.append((-1, before, false)) }
                let end = position + 1 < markers.count ? markers[position + 1].start : bytes.count
                let atLineStart = before.isEmpty && segments.isEmpty
                let column: Int
                if columns == 1 {
                    column = 0
                } else if atLineStart, marker.number == left.expected, left.numbered || !left.started,
                    !(right.started && marker.number == right.expected && current == 1 && marker.number > 1)
                {
                    column = 0
                } else if marker.number == right.expected || (!right.started && marker.number == 1) {
                    column = 1
                } else {
                    column = atLineStart ? 0 : 1
                }
                segments.append((column, trimmed(marker.end, end), true))
                cursor = end
            }
            if markers.isEmpty { segments.append((-1, trimmed(0, bytes.count), false)) }
            for segment in segments {
                if segment.numbered {
                    if segment.column == 0 {
                        left.start(segment.text, numbered: true)
                    } else {
                        right.start(segment.text, numbered: true)
                    }
                    current = segment.column
                    continue
                }
                let target = segment.column >= 0 ? segment.column : (segments.count > 1 ? 0 : current)
                if target == 0 {
                    if left.startsNewItem(segment.text) {
                        left.start(segment.text, numbered: false)
                    } else {
                        left.extend(segment.text)
                    }
                    current = 0
                } else {
                    right.extend(segment.text)
                }
            }
        }
        return columns == 1 ? [left.items] : [left.items, right.items]
    }

    static func expectAgreement(_ lines: [String]) {
        for columns in [1, 2] {
            #expect(TwoColumnList.split(lines, columns: columns) == referenceSplit(lines, columns: columns),
                    "\(lines) \(columns)")
        }
    }

    @Test func listTablesAgree() {
        for list in TwoColumnListBytesTests.lists + TwoColumnListBytesTests.settledItemLists {
            Self.expectAgreement(list.map { OCRLine(number: 1, text: $0).text })
        }
    }

    @Test func corpusLinesAgree() {
        let lines = OCRFrontBytesTests.corpusLines.map { OCRLine(number: 1, text: $0).text }
        var start = 0
        var length = 0
        while start < lines.count {
            let end = min(start + [1, 3, 7, 12, 2, 25][length % 6], lines.count)
            Self.expectAgreement(Array(lines[start..<end]))
            start = end
            length += 1
        }
    }

    /// Edge lines: empty, markers only, text before a marker, markers the right list expects, tabs,
    /// non-ASCII text (é, —, ’, NBSP), a marker after a space followed by é, and very long lines.
    @Test func edgeListsAgree() {
        let lists: [[String]] = [
            [], [""], ["", "1.", "2)"], ["1. a 1. b", "2. c 2. d", "3. e"], ["x 1. a", "b 2. c 1. d", "2. e 3. f"],
            ["1. a", "1. b", "2. c", "2. d", "3. e 2. f"], ["2. a 1. b", "1. c", "3. d 2. e"],
            ["Peraturan\tDaerah 1. Sarjana", "\t2. Memahami\t", "tentang 3. x"],
            ["1. é — 1. ’a’", "2.\u{A0}b 2. c", "3. é 3) d"], ["Undang-", "Undang Nomor 1", "Peraturan Bupati", "a,", "Keputusan"],
            [String(repeating: "kata 7. lain ", count: 300), String(repeating: "x", count: 4_000) + " 9. akhir"],
            ["1. a", "b", "2. c 1. d", "e", "3. f 2. g", "h 3. i"],
        ]
        for list in lists { Self.expectAgreement(list) }
    }

    /// Random lines over the words that matter to the reader give the same items both ways.
    @Test func randomListsAgree() {
        let words = ["1.", "2.", "3)", "1)", "12.", "Peraturan", "Undang-", "Undang", "nomor", "a,", "B", "é", "—",
                     "’s", "\u{A0}", "\t", "", "Keputusan", "4.", "x-"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<400 {
            var lines: [String] = []
            for _ in 0..<next(6) {
                lines.append((0..<next(8)).map { _ in words[next(words.count)] }.joined(separator: " "))
            }
            Self.expectAgreement(lines)
        }
    }
}

@testable import SOPKit
import Testing

/// The OCR identity block's byte readings agree with the readings they replaced: list
/// markers found by passing over the inside of words, NIP digits counted on the line's bytes in
/// place, and list items appended straight from a column's bytes.
@Suite struct OCRIdentityListBytesTests {
    /// The list-marker loop before words were passed over whole: the reference for `appendMarkers`.
    static func markersByteByByte(_ bytes: [UInt8]) -> [TwoColumnList.Marker] {
        var markers: [TwoColumnList.Marker] = []
        let count = bytes.count
        func isLone(_ index: Int) -> Bool { index + 1 == count || bytes[index + 1] < 0x80 }
        func isDigit(_ index: Int) -> Bool { bytes[index] >= 0x30 && bytes[index] <= 0x39 && isLone(index) }
        var index = 0
        var atWordStart = true
        while index < count {
            if atWordStart, isDigit(index) {
                var end = index
                var number = 0
                while end < count, isDigit(end), end - index < 3 {
                    number = number * 10 + Int(bytes[end] - 0x30)
                    end += 1
                }
                if end - index <= 2, end < count, bytes[end] == 0x2E || bytes[end] == 0x29, isLone(end) {
                    let after = end + 1
                    if after == count || (bytes[after] == 0x20 && isLone(after)) {
                        markers.append((number, index, after))
                        index = after
                        atWordStart = false
                        continue
                    }
                }
            }
            atWordStart = bytes[index] == 0x20 && isLone(index)
            index += 1
        }
        return markers
    }

    static let edgeTexts = [
        "", " ", "1.", "1. ", "1.a", "12. x", "123. x", "1)\tx", "\t1. x", "1.\u{A0}x", "x 1. y 2) z",
        "é 3. x", "3. é", "1.\u{301} a", "1\u{301}. a", "a  4.  b", "Dasar\u{A0}Hukum 1. UU — 2. PP’s",
        "1. Undang-Undang Nomor 23 Tahun 2014 1. Pendidikan D3/S1", "NIP. 19800101 200501 1 001",
        String(repeating: "kata 7. lain ", count: 400), String(repeating: "x", count: 5_000) + " 9. akhir",
    ]

    /// The marker reader agrees with its byte-by-byte reference (which, like it, turns down a marker
    /// whose space is followed by a byte outside ASCII, as in "3. é").
    @Test(arguments: edgeTexts) func markersAgreeWithReferences(_ text: String) {
        let found = Array(text.utf8).withUnsafeBufferPointer(TwoColumnList.markers(in:))
        let reference = Self.markersByteByByte(Array(text.utf8))
        #expect(found.map(\.number) == reference.map(\.number) && found.map(\.start) == reference.map(\.start)
            && found.map(\.end) == reference.map(\.end), "\(text.debugDescription)")
    }

    /// Random lines over an alphabet of the bytes markers care about (digits, ".", ")", space, tab,
    /// letters, and bytes of é, NBSP and a combining mark) give the same markers both ways.
    @Test func markersOfRandomLinesAgreeWithReference() {
        let alphabet: [[UInt8]] = [[0x31], [0x32], [0x39], [0x2E], [0x29], [0x20], [0x20], [0x09], [0x61], [0x5A],
                                   Array("é".utf8), Array("\u{A0}".utf8), Array("\u{301}".utf8)]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(24) { bytes += alphabet[next(alphabet.count)] }
            let found = bytes.withUnsafeBufferPointer(TwoColumnList.markers(in:))
            let reference = Self.markersByteByByte(bytes)
            #expect(found.map(\.number) == reference.map(\.number) && found.map(\.start) == reference.map(\.start)
                && found.map(\.end) == reference.map(\.end), "\(bytes)")
        }
    }

    /// The NIP digits as read before the line's bytes were read in place: the characters' reading for
    /// every text.
    static func nipDigitsByCharacters(_ text: String) -> String? {
        let digits = text.filter { $0.isASCII && $0.isNumber }
        guard digits.count >= 15, digits.count <= 20 else { return nil }
        let characters = Array(digits)
        guard let start = characters.indices.dropLast().first(where: {
            (characters[$0] == "1" && characters[$0 + 1] == "9") || (characters[$0] == "2" && characters[$0 + 1] == "0")
        }) else { return nil }
        let trimmed = String(characters[start...])
        return trimmed.count >= 15 ? trimmed : nil
    }

    @Test(arguments: edgeTexts + [
        "NIP 19800101\t200501 1 001", "NIP.\u{A0}19800101 200501 1 001", "19800101 200501 1 0\u{301}01",
        "Nama — 19800101 200501 1 001 é", "1234567890123456789012", "09800101 200501 1 001 2",
        String(repeating: "é", count: 300) + " 19800101 200501 1 001", "196512311990031005",
        "00000 19700101 199003 1", "0000 19700101 199003 1 0", "2019700101199003100", "9 1 9700101199003100",
        "NIP 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6", "x 20", "19 1", "NIP 19700101 199003 1 005 nama 1",
    ])
    func nipDigitsAgreeWithCharacters(_ text: String) {
        #expect(OCRIdentityParser.nipDigits(text) == Self.nipDigitsByCharacters(text), "\(text.debugDescription)")
    }

    /// A column's items appended to a list are the items `Lines.items` gives for that column, after
    /// what the list already held.
    @Test(arguments: [1, 2]) func appendedItemsAreTheColumnsItems(_ columns: Int) {
        let lists = [
            ["1. Undang-Undang Nomor 1 1. Sarjana", "Tahun 2020 2. Memahami", "2. Peraturan Daerah"],
            ["Peraturan Bupati Nomor 3", "tentang Tata Kerja", "Keputusan Kepala Dinas"],
            [], ["1. é —", "2. ’a’\u{A0}b"],
        ]
        for list in lists {
            var lines = TwoColumnList.Lines()
            lines.start(columns: columns)
            for line in list { lines.read(line) }
            #expect(lines.columnCount == columns)
            for column in 0..<columns {
                var appended = ["earlier item"]
                lines.appendItems(ofColumn: column, to: &appended)
                #expect(appended == ["earlier item"] + lines.items[column], "\(list) \(column)")
            }
        }
    }
}

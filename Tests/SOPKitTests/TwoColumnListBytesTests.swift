@testable import SOPKit
import Testing

extension TwoColumnList {
    /// The list markers of a line as ranges of its text, for the tests that compare them with the
    /// markers found character by character.
    static func markers(in line: OCRLine) -> [(number: Int, range: Range<String.Index>)] {
        var text = line.text
        let found = text.withUTF8 { markers(in: $0) }
        let utf8 = line.text.utf8
        return found.map { marker in
            (marker.number, utf8.index(utf8.startIndex, offsetBy: marker.start)..<utf8.index(utf8.startIndex, offsetBy: marker.end))
        }
    }
}

/// `TwoColumnList.split`, which keeps byte offsets and one byte buffer per column, agrees with the
/// String-based reading it replaced (kept here as the reference), on numbered, unnumbered and
/// two-column lists with non-ASCII letters, combining marks, hyphens and commas at item ends.
@Suite struct TwoColumnListBytesTests {
    /// The reference: the String-based split, item by item.
    enum Reference {
        struct Column {
            var items: [String] = []
            var expected = 1
            var numbered = false
            var started: Bool { !items.isEmpty }

            mutating func start(_ text: String, numbered isNumbered: Bool) {
                items.append(text)
                if isNumbered {
                    numbered = true
                    expected += 1
                }
            }

            mutating func extend(_ text: String) {
                guard !text.isEmpty else { return }
                if items.isEmpty {
                    items.append(text)
                } else if items[items.count - 1].hasSuffix("-") {
                    items[items.count - 1] += text
                } else {
                    items[items.count - 1] += " " + text
                }
            }

            /// Whether an unnumbered line starts a new item of this list.
            func startsNewItem(_ text: String) -> Bool {
                guard !numbered else { return false }
                guard let last = items.last else { return true }
                if let first = text.first, first.isLowercase || first.isNumber { return false }
                if last.hasSuffix(",") || last.hasSuffix("-") { return false }
                return LegalReferenceParser.startsLikeRegulation(text) || !LegalReferenceParser.startsLikeRegulation(last)
            }
        }

        static func split(_ lines: [OCRLine], columns: Int) -> [[String]] {
            var left = Column()
            var right = Column()
            var current = 0
            for line in lines {
                let markers = ByteLevelHelperTests.markersByCharacters(line.text)
                var cursor = line.text.startIndex
                var segments: [(column: Int, text: String, numbered: Bool)] = []
                for (position, marker) in markers.enumerated() {
                    let before = TextFolding.trim(line.text[cursor..<marker.1.lowerBound])
                    if !before.isEmpty { segments.append((-1, before, false)) }
                    let end = position + 1 < markers.count ? markers[position + 1].1.lowerBound : line.text.endIndex
                    let text = TextFolding.trim(line.text[marker.1.upperBound..<end])
                    let atLineStart = before.isEmpty && segments.isEmpty
                    let column: Int
                    if columns == 1 {
                        column = 0
                    } else if atLineStart, marker.0 == left.expected, left.numbered || !left.started,
                        !(right.started && marker.0 == right.expected && current == 1 && marker.0 > 1)
                    {
                        column = 0
                    } else if marker.0 == right.expected || (!right.started && marker.0 == 1) {
                        column = 1
                    } else {
                        column = atLineStart ? 0 : 1
                    }
                    segments.append((column, text, true))
                    cursor = end
                }
                if markers.isEmpty { segments.append((-1, TextFolding.trim(line.text), false)) }
                for segment in segments {
                    if segment.numbered {
                        if segment.column == 0 { left.start(segment.text, numbered: true) } else { right.start(segment.text, numbered: true) }
                        current = segment.column
                        continue
                    }
                    let target = segment.column >= 0 ? segment.column : (segments.count > 1 ? 0 : current)
                    if target == 0 {
                        if startsNewItem(segment.text, after: left) {
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

        static func startsNewItem(_ text: String, after column: Column) -> Bool {
            guard !column.numbered else { return false }
            guard let last = column.items.last else { return true }
            if let first = text.first, first.isLowercase || first.isNumber { return false }
            if last.hasSuffix(",") || last.hasSuffix("-") { return false }
            return LegalReferenceParser.startsLikeRegulation(text) || !LegalReferenceParser.startsLikeRegulation(last)
        }
    }

    /// Lists of lines, each read as one column and as two.
    static let lists: [[String]] = [
        [],
        [""],
        ["1. Undang-Undang Nomor 9 Tahun 2015 1. Pendidikan D3/S1", "tentang Pemerintahan Daerah 2. Memahami tugas", "2. Peraturan Bupati Nomor 5 3. Teliti"],
        ["Undang-Undang Nomor 9 Tahun 2015 tentang", "Pemerintahan Daerah", "Peraturan Bupati Landak Nomor 36", "Tahun 2015"],
        ["Peraturan Daerah Nomor 3 Tahun 2010 tentang Pelayanan Kesehat-", "an Masyarakat", "Keputusan Menteri Nomor 12,", "Tahun 2015"],
        ["1. Komputer 1. Data pemohon", "2. Printer 2. Arsip", "3. ATK", "4. Jaringan internet 3. Laporan"],
        ["1.", "Peraturan Presiden", "2) Perda Nomor 5", "12. lompat 13. lagi"],
        ["a. huruf", "5. mulai dari lima", "1. satu 2. dua 3. tiga", "x 1. kanan"],
        ["Peraturan é-", "\u{301}lanjutan", "Perbup Nomor 5 Tahun 2010 \u{0600}-", "sambungan", "Perda Nomor 1 Tahun 2009 ﬁ,", "teks"],
        ["Undang-Undang Nomor 1", "ékstra teks", "Éntri baru", "١٢ angka", "½ bagian", "\u{301}tanda", "\r\ncrlf"],
        ["Undang-Undang Nomor 1", "-", "Peraturan Menteri", "Nomor 5,", "Keputusan", "pedoman -", "Peraturan"],
        [" \t1. spasi  ", "\t 2)\tdua", "3.  tiga 4. empat", "1.\u{301} bukan", "1\u{301}. bukan", "10. sepuluh 11. sebelas"],
        ["Dokumen Pendukung", "Catatan hasil", "Peraturan Gubernur", "lampiran", "Salinan Peraturan Walikota Nomor 2"],
    ] + settledItemLists

    /// Lists whose last item is read again and again after it starts with more than 60 plain ASCII
    /// bytes (the answer `lastItemStartsLikeRegulation` keeps), and items just around that length,
    /// with a non-ASCII byte, a CR or a tab in their first 61 bytes, followed by new items.
    static let settledItemLists: [[String]] = {
        let regulation = "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana"
        let plain = "Dokumen pendukung yang harus dilengkapi oleh pemohon sebelum pelayanan dimulai"
        let head = "Peraturan Bupati Nomor 5 Tahun 2010 tentang "
        let padded = { (length: Int) in head + String(repeating: "x", count: length - head.utf8.count) }
        return [
            [regulation, "Diubah Dengan", "Terakhir Kali", "Peraturan Menteri Dalam Negeri Nomor 5", "Berlaku", "Juga"],
            [plain, "Catatan", "Berkas", "Formulir Lengkap Dengan Tanda Tangan Dan Cap Basah Dari Kantor Desa", "Arsip", "Lagi"],
            [padded(59), "Satu", "Dua", padded(60), "Tiga", "Empat", padded(61), "Lima", "Enam", padded(62), "Tujuh"],
            ["Peraturan" + String(repeating: "a", count: 50) + "é tentang pelayanan", "Satu", "Dua"],
            ["Catatan" + String(repeating: "a", count: 52) + "é tentang pelayanan", "Satu", "Dua"],
            ["Peraturan Daerah Nomor 3\r\nTahun 2010 tentang Retribusi Pelayanan Pasar Kota", "Dan Lainnya", "Serta"],
            ["Keputusan\tMenteri Nomor 12 Tahun 2015 tentang Pedoman Pelayanan Publik Terpadu", "Satu", "Dua"],
            ["Catatan\tpendukung yang harus dilengkapi oleh pemohon sebelum pelayanan dimulai", "Satu", "Dua"],
            [String(repeating: "Peraturan Menteri ", count: 40), "Lampiran", "Berkas", "1. nomor", "Akhir"],
        ]
    }()

    @Test(arguments: lists) func splitAgreesWithStrings(_ texts: [String]) {
        let lines = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        for columns in [1, 2] {
            #expect(TwoColumnList.split(lines.map(\.text), columns: columns) == Reference.split(lines, columns: columns), "\(texts) \(columns)")
        }
    }

    /// The text after a list label is kept as `OCRLine.tokensJoined` of it: the text a line read from
    /// it would have, without reading its tokens.
    @Test(arguments: ["1. Undang-Undang", "a  b", "\ta\tb\t", " x ", "Perda Nomor 3", "é  —\u{00A0}’ x", "1.\t2.", "x ", "  "])
    func columnLineTextIsTheTextOfItsLine(_ rest: String) {
        #expect(OCRLine.tokensJoined(rest) == OCRLine(number: 1, text: rest).text, "\(rest.debugDescription)")
    }

    @Test func splitOfCorpusIdentityLinesAgreesWithStrings() {
        let lines = OCRFrontBytesTests.corpusLines.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        for start in stride(from: 0, to: lines.count, by: 7) {
            let chunk = Array(lines[start..<min(start + 7, lines.count)])
            for columns in [1, 2] {
                #expect(TwoColumnList.split(chunk.map(\.text), columns: columns) == Reference.split(chunk, columns: columns))
            }
        }
    }

    @Test(arguments: ["", "a", "z", "A", "0", "9", " ", "-", "é", "É", "e\u{301}", "a\u{301}", "1\u{301}", "١", "½", "\r\n", "ﬁ", "ß", "Σ"])
    func lowercaseOrNumberStartAgreesWithFirstCharacter(_ text: String) {
        var bytes = text
        let found = bytes.withUTF8 { TwoColumnList.startsWithLowercaseOrNumber($0) }
        #expect(found == (text.first.map { $0.isLowercase || $0.isNumber } ?? false), "\(text.debugDescription)")
    }
}

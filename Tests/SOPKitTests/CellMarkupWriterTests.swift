@testable import SOPKit
import Testing

/// The cell cleaner's markup pass (`CellCleaner.cleanMarkup`, one buffer with plain runs copied whole)
/// agrees with the byte-by-byte builder it replaced, kept here as the reference: on HTML lists (with
/// and without `<li>`, closed and reopened, with text after them), breaks, inline tags, unknown and
/// broken tags, entities, no-break spaces, control bytes, tabs, non-ASCII text, empty and long cells,
/// at every alignment of an eight-byte word.
@Suite struct CellMarkupWriterTests {
    /// The cleaner before the markup writer: every byte appended one at a time to the lead, the
    /// current item or a space, items collected as byte arrays and the text joined from strings.
    struct ReferenceBuilder {
        var lead: [UInt8] = []
        var items: [[UInt8]] = []
        var current: [UInt8] = []
        var inList = false
        var sawListItemTag = false
        var pendingSpace = false

        mutating func appendSpace() { pendingSpace = true }

        mutating func append(_ byte: UInt8) {
            if inList {
                if pendingSpace, !current.isEmpty { current.append(0x20) }
                current.append(byte)
            } else {
                if pendingSpace, !lead.isEmpty { lead.append(0x20) }
                lead.append(byte)
            }
            pendingSpace = false
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            for byte in UTF8.encode(scalar)! { append(byte) }
        }

        mutating func flushItem() {
            if !current.isEmpty { items.append(current) }
            current = []
            pendingSpace = false
        }

        mutating func apply(_ tag: CellCleaner.Tag) {
            switch tag {
            case .listOpen:
                flushItem()
                inList = true
            case .listClose:
                flushItem()
            case .itemOpen:
                flushItem()
                inList = true
                sawListItemTag = true
            case .itemClose:
                flushItem()
            case .breaking:
                if inList { flushItem() } else { pendingSpace = true }
            case .inline:
                break
            }
        }

        mutating func cell(line: Int, column: Int) -> Cell {
            flushItem()
            let leadText = String(decoding: lead, as: UTF8.self)
            if items.isEmpty && !inList {
                return Cell(text: leadText, line: line, column: column)
            }
            let itemTexts = items.map { String(decoding: $0, as: UTF8.self) }
            var text = leadText
            for item in itemTexts {
                if !text.isEmpty { text += " " }
                text += item
            }
            return Cell(
                text: text, line: line, column: column, leadText: leadText, listItems: itemTexts,
                hasGluedList: inList && !sawListItemTag)
        }
    }

    /// The reference cleaning of `bytes[range]`, a non-empty cell, byte by byte.
    static func referenceClean(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Cell {
        var builder = ReferenceBuilder()
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"):
                if let (tag, next) = CellCleaner.Tag.read(bytes, at: index, end: end) {
                    builder.apply(tag)
                    index = next
                } else {
                    builder.append(byte)
                    index += 1
                }
            case UInt8(ascii: "&"):
                if let (scalar, next) = CellCleaner.Entity.read(bytes, at: index, end: end) {
                    if scalar == "\u{A0}" || scalar == " " {
                        builder.appendSpace()
                    } else {
                        builder.append(scalar)
                    }
                    index = next
                } else {
                    builder.append(byte)
                    index += 1
                }
            case 0x00...0x20, 0x7F:
                builder.appendSpace()
                index += 1
            case 0xC2 where index + 1 < end && bytes[index + 1] == 0xA0:
                builder.appendSpace()
                index += 2
            default:
                builder.append(byte)
                index += 1
            }
        }
        return builder.cell(line: 7, column: 3)
    }

    /// Cells with markup of every kind the cleaner reads, and edge cases around them.
    static let cells: [String] = [
        "<b>x</b>", "<p>", "<br>", "&amp;", "&", "<", "&nbsp;", "\u{A0}<b></b>", "<ol></ol>", "<ol>", "<li>", "</li>",
        "<p style=\"text-align: center;\">DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU</p>",
        " <b>H. YAN ERY, S.Pt, M.Si</b> NIP. 19700930 199703 1 003",
        "Peralatan :<ol><li>Komputer</li><li>Printer &amp; kertas</li></ol>",
        "<ol><li>Peraturan Presiden Nomor 8 Tahun 2006</li> <li> Peraturan  Menteri\tNomor 5 </li></ol>",
        "Dasar Hukum<ul>1. Undang-Undang Nomor 25 Tahun 2009 2. Peraturan Pemerintah Nomor 96 Tahun 2012</ul>",
        "<ol><li>satu</li></ol>sesudah daftar", "lead<br>berikut<p>paragraf</p>akhir", "<ul><li>a<br>b</li></ul>",
        "<ol><li>a</li></ol><ol><li>b</li></ol>", "teks <ol>glued one<br>glued two</ol> ekor",
        "<li>tanpa ol</li><li></li><li>  </li>", "<ol>  <li>\u{A0}spasi&nbsp;&#160;x</li></ol>",
        "a&lt;b&gt;c &quot;d&quot; &apos;e&apos; &ndash; &mdash; &hellip; &bull; &deg; &#x2192; &#8212; &#65; &#128512;",
        "&unknown; &#1; &#xZZ; &; &#; &amp &toolongentityname;", "<script>alert(1)</script>", "<img src=x>",
        "<b", "<b x", "< b>", "<1>", "<o:p></o:p>", "<H1>Judul</H1>", "<SPAN style='x'>é</SPAN>",
        "Émile <i>Érard</i> — dan ’kutip’ Ñandú", "a\u{1}b\u{7F}c\rd\ne", "\u{C2}\u{B0}<b>\u{C2}</b>\u{C2}",
        "x\u{C2}\u{A0}\u{C2}\u{A0}y", "abcdefgh ijklmnop<br>qrstuvwx  yzabcdef", "abcdefg hijklmn opqrstu vwxyz12<p>",
        "<ol><li>abcdefgh ijklmnop qrstuvwx</li><li>12345678 90123456</li></ol>",
        "kalimat panjang " + String(repeating: "kata kata kata ", count: 120) + "<br>akhir",
        "<ol>" + String(repeating: "<li>butir yang cukup panjang untuk melewati batas</li>", count: 40) + "</ol>",
        "<p>" + String(repeating: "a", count: 2000) + "</p>", "<" + String(repeating: "b", count: 1100) + ">",
        "<b " + String(repeating: "x", count: 1100) + ">teks",
    ]

    /// Fragments that random cells are made of.
    static let fragments: [String] = [
        "a", "kata", " ", "  ", "\t", "<b>", "</b>", "<p>", "</p>", "<br>", "<br/>", "<ol>", "</ol>", "<ul>", "</ul>",
        "<li>", "</li>", "&amp;", "&nbsp;", "&#8212;", "&x;", "&", "<", ">", "é", "—", "’", "\u{A0}", "\u{C2}",
        "\u{1}", "\u{7F}", "abcdefgh", "1. ", "Nomor 5", ":",
    ]

    /// The cleaner and the reference agree on `text`, shifted to every alignment of an eight-byte word.
    static func expectAgreement(_ text: String) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return }
        for shift in 0..<8 {
            let padded = Array(repeating: UInt8(ascii: "x"), count: shift) + bytes + [UInt8(ascii: "y")]
            padded.withUnsafeBufferPointer { buffer in
                let range = shift..<(shift + bytes.count)
                let cleaned = CellCleaner.clean(buffer, range, line: 7, column: 3, isKnownClean: false)
                #expect(cleaned == referenceClean(buffer, range), "\(text) shifted \(shift)")
            }
        }
    }

    @Test(arguments: cells) func markupCellsAgreeWithTheReference(_ text: String) {
        Self.expectAgreement(text)
    }

    @Test func randomCellsAgreeWithTheReference() {
        var generator = SplitMix(seed: 0x5EED_CE11)
        for _ in 0..<3000 {
            let count = Int.random(in: 1...24, using: &generator)
            var text = ""
            for _ in 0..<count { text += Self.fragments.randomElement(using: &generator)! }
            Self.expectAgreement(text)
        }
    }

    @Test func plainRunsStopWhereCleaningIsNeeded() {
        let cases: [(String, Int)] = [
            ("abc", 3), ("ab cd", 5), ("ab  cd", 2), ("ab ", 2), ("ab <", 2), ("ab&", 2), ("abcdefgh ijklmnop", 17),
            ("abcdefg  hijk", 7), ("abcdefgh\u{1}x", 8), ("abcdefg\u{A0}", 7), ("abcdefgÂ\u{A0}", 9), ("x°y", 1), ("é ü", 5),
            ("abcdefghijklmno ", 15),
        ]
        for (text, end) in cases {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(CellCleaner.plainRunEnd(buffer, from: 1, end: bytes.count) == end, "\(text)")
            }
        }
    }
}

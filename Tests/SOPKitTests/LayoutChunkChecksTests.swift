@testable import SOPKit
import Testing

/// The layout chunk checks read on bytes agree with the readings they replaced: the header words
/// and strong labels prefiltered once per chunk, the footer folded on the stack from ASCII bytes, the
/// number label turned down by its first byte and the legend filter turned down by the first letter.
/// The texts are edge cases (empty, non-ASCII — é, —, ’, no-break spaces — tabs, control bytes, very
/// long) and random ones.
@Suite struct LayoutChunkChecksTests {
    /// The pieces random texts are made of: header, label, footer and legend words, separators, digits,
    /// non-ASCII scalars and control bytes.
    static let pieces = [
        " ", "  ", "\t", "/", ":", "-", "(", ")", ".", "1", "12", "é", "—", "’", "\u{A0}", "\u{301}", "\u{1}", "\u{7F}",
        "No", "Nomor", "nomer", "SOP", "Kegiatan", "AKTIVITAS", "aktifitas", "Uraian", "Tugas", "Waktu", "Mutu", "Baku",
        "Pelaksana", "Output", "Keterangan", "Kelengkapan", "Persyaratan", "Dokumen", "ini", "telah", "ditandatangani",
        "Pindai", "kode", "QR", "Mulai", "selesai", "simbol", "Jumlah", "x", "Menerima", "berkas", "abcdefghijklmnopq",
        "kegiatanx", "Ñomor", "é1",
    ]

    /// A text of `count` pieces drawn with `generator`.
    static func randomText(_ count: Int, _ generator: inout SplitMix) -> String {
        var text = ""
        for _ in 0..<count { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
        return text
    }

    /// Edge cases, long texts and random texts.
    static let texts: [String] = {
        var texts = [
            "", " ", "a", "é", "\t", "\u{A0}", "No", "No SOP", "Nomor SOP :", "Kegiatan", "Uraian Kegiatan", "a b c kegiatan",
            "a b c d kegiatan", "a b c é", "a b c d é", "x é", "xé", "Xomor SOP", "1 Nomor", "\u{A0}Nomor SOP",
            "* Dokumen ini telah ditandatangani secara elektronik", "Pindai kode QR", "Dokumen ini ditandatangani é",
            String(repeating: "-", count: 70) + " dokumen ini ditandatangani", "dokumen\r ini ditandatangani",
            "Mulai / selesai", "Keterangan simbol", "xMulai é", "1. é", "Kete\u{301}rangan",
            String(repeating: "Menerima berkas permohonan ", count: 40), String(repeating: "é’—\u{A0}", count: 40),
            String(repeating: "a", count: 17) + " kegiatan", "abcdefgh kegiatan", "abcdefg\tkegiatan",
        ]
        var generator = SplitMix(seed: 17)
        for count in 1...400 { texts.append(randomText(count % 12 + 1, &generator)) }
        return texts
    }()

    @Test func headerWordsAnswerAsTheirTexts() {
        for text in Self.texts {
            let chunk = LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)
            #expect(LayoutHeader.kind(of: chunk) == LayoutHeader.kind(of: text), "\(text.debugDescription)")
            #expect(LayoutHeader.isGroupLabel(chunk) == LayoutHeader.isGroupLabel(text), "\(text.debugDescription)")
        }
    }

    @Test func footerOnBytesAgreesWithTheText() {
        for text in Self.texts {
            let chunk = LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)
            #expect(LayoutLine.isFooter(chunk) == LayoutLine.isFooter(text), "\(text.debugDescription)")
            let head = Array(text.utf8).withUnsafeBufferPointer(LayoutLine.isFooter(asciiHead:))
            if let head { #expect(head == LayoutLine.isFooter(text), "\(text.debugDescription)") }
            #expect((head == nil) == (LayoutLine.asciiHead(of: text, characters: 60) == nil), "\(text.debugDescription)")
        }
    }

    @Test func numberLabelAgreesWithEveryLabel() {
        for text in Self.texts {
            let chunk = LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)
            let strong = Vocabulary.identityLabel(at: text).flatMap { $0.isWeak ? nil : $0 }
            #expect(LayoutLabel.strong(chunk) == strong, "\(text.debugDescription)")
            #expect(LayoutLabel.strongNumber(chunk) == strong.flatMap { $0.label == .number ? $0 : nil }, "\(text.debugDescription)")
        }
    }

    /// The legend test of `LayoutLine.tableBodyReading`, on the letters of the whole key.
    static func spellsLegend(_ text: String) -> Bool {
        let letters = TextFolding.key(text).filter(\.isLetter)
        return letters == "mulaiselesai" || letters.hasPrefix("keterangansimbol") || letters.hasPrefix("keteranganlambang")
    }

    @Test func legendFilterLetsEveryLegendThrough() {
        let legends = ["Mulai / selesai", "MULAI-SELESAI", "1. Keterangan simbol", "Keterangan Lambang:", "(mulai/selesai)"]
        for text in Self.texts + legends where Self.spellsLegend(text) {
            #expect(Array(text.utf8).withUnsafeBufferPointer(LayoutLine.mayHoldLegendLetters(utf8:)), "\(text.debugDescription)")
        }
        for text in Self.texts + legends {
            let line = LayoutLine(number: 1, page: 0, chunks: [LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)])
            if Self.spellsLegend(text) { #expect(line.tableBodyReading == .closesTable, "\(text.debugDescription)") }
        }
    }
}

/// `LayoutLine.isLegendLabel(asciiBytes:)`, the legend labels read on ASCII bytes, agrees with the
/// letters of the whole key (`isLegendLabel(_:)`) on legend words cut, joined, misspelt and padded,
/// and leaves every text with a byte outside ASCII to the key.
@Suite struct LayoutLegendLabelTests {
    /// Pieces of legend labels and their near misses.
    static let pieces = [
        "Mulai", "mulai", "MULAI", "selesai", "Selesai", "selesa", "selesaii", "/", " / ", "-", "Keterangan", "KETERANGAN",
        "keterangan", "Ketera", "ngan", "simbol", "Simbol", "simbo", "lambang", "Lambang", "lamban", "g", "s", "1.", "(",
        ")", ":", " ", "  ", "\t", "é", "\u{A0}", "\u{301}", "’", "x", "@", "[", "`", "{", "\u{7F}", "\u{1}", "2",
    ]

    @Test func asciiReadingAgreesWithTheKeyLetters() {
        var texts = [
            "", " ", "Mulai / selesai", "mulaiselesai", "mulai selesai x", "mulai selesai é", "Keterangan simbol",
            "KETERANGAN SIMBOL-SIMBOL", "Keterangan Lambang:", "keterangan lamban", "keterangansimbo", "(mulai/selesai)",
            "1 mulai 2 selesai 3", "Mulai\u{A0}/\u{A0}selesai", "Kete\u{301}rangan simbol", "mulaiselesaii",
        ]
        // Two legend words and their near misses, with every separator and tail.
        for head in ["Mulai", "mulai", "MULAI", "Mula", "Mulaii", "Keterangan", "Ketera ngan", "keterangann", "(1) Mulai"] {
            for separator in ["", " ", "/", " / ", "-", "é", "1", "\u{A0}"] {
                for word in ["selesai", "Selesai", "selesa", "selesaii", "simbol", "Simbol", "simbo", "lambang", "lamban", "simbolé"] {
                    for tail in ["", ":", " x", "2", "é", "s", "-simbol"] { texts.append(head + separator + word + tail) }
                }
            }
        }
        var generator = SplitMix(seed: 23)
        for count in 0..<40_000 {
            var text = ""
            for _ in 0..<(count % 9 + 1) { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
            texts.append(text)
        }
        for text in texts {
            let expected = LayoutLine.isLegendLabel(text)
            let read = Array(text.utf8).withUnsafeBufferPointer(LayoutLine.isLegendLabel(asciiBytes:))
            #expect((read == nil) == text.utf8.contains { $0 >= 0x80 }, "\(text.debugDescription)")
            if let read { #expect(read == expected, "\(text.debugDescription)") }
            // No piece spells a total-time label, so the line closes the table exactly when it is a legend.
            let line = LayoutLine(number: 1, page: 0, chunks: [LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)])
            #expect((line.tableBodyReading == .closesTable) == expected, "\(text.debugDescription)")
        }
    }
}

@testable import SOPKit
import Testing

/// The footer and total-time checks of layout lines compare the folded key byte by byte as it is
/// folded: the same answers as folding the whole key first, kept here as the reference.
@Suite struct LayoutFooterAndTotalTests {
    /// `LayoutLine.isFooter` as it read before: the key's first 32 bytes folded, then compared.
    static func referenceIsFooter(_ text: String) -> Bool {
        guard let first = LayoutLine.firstKeyByte(of: text), first == 0x64 || first == 0x70 else { return false }
        if let head = LayoutLine.asciiHead(of: text, characters: 60) {
            let phrases = ["dokumen ini telah ditandatangani", "pindai kode qr", "dokumen ini ditandatangani"]
            return FoldedKey.withPrefix(of: head, capacity: 32) { key, _ in
                phrases.contains { key.starts(with: $0.utf8) }
            }
        }
        let key = TextFolding.key(text.prefix(60))
        return key.hasPrefix("dokumen ini telah ditandatangani") || key.hasPrefix("pindai kode qr")
            || key.hasPrefix("dokumen ini ditandatangani")
    }

    /// `LayoutLine.isTotalLabel` as it read before: the whole key built, trimmed and looked up.
    static func referenceIsTotalLabel(_ text: String) -> Bool {
        let labels: Set<String> = [
            "jumlah", "total", "jumlah waktu", "total waktu", "jumlah waktu penyelesaian", "total waktu penyelesaian",
        ]
        return labels.contains(TextFolding.trim(TextFolding.key(text), punctuation: [":"]))
    }

    static let longTail = String(repeating: "kata panjang ", count: 12)

    static let texts: [String] = [
        "", " ", ":", "d", "p", "D", "P", "do", "pi", "dokumen", "dokumen ini", "Dokumen ini telah", "pindai kode",
        "pindai kode q", "pindai kode qr", "* Pindai kode QR untuk memeriksa", "PINDAI-KODE-QR",
        "* Dokumen ini telah ditandatangani secara elektronik", "dokumen ini ditandatangani", "DOKUMEN, INI TELAH DITANDATANGANI",
        "Dokumen\u{A0}ini\u{A0}ditandatangani", "dokumen\tini\tditandatangani", "dokumen  ini   telah ditandatangani",
        "dokumenini ditandatangani", "Dökumen ini ditandatangani", "dokumen ini ditandatangani — sah", "Pemohon",
        "Petugas menerima berkas", "Dinas Pendidikan", "pindai’ kode qr", "pindai kode qr\u{301}", "pindai kode qré",
        "1 Dokumen ini telah ditandatangani", "(dokumen ini ditandatangani)", "Dokumen ini telah ditandatangani" + longTail,
        String(repeating: "-", count: 70) + "dokumen ini ditandatangani", "dokumen" + String(repeating: " ", count: 70) + "ini",
        "Jumlah", "jumlah", "JUMLAH", "Total", "total :", "Jumlah waktu", "Jumlah Waktu :", "Jumlah waktu:", ": Total waktu :",
        "Jumlah waktu penyelesaian", "TOTAL WAKTU PENYELESAIAN", "Total\twaktu", "Jumlah\u{A0}waktu", "jumlah-waktu",
        "Jumlah waktu\u{2003}", "Jumlah waktu é", "Jumlah waktu 3 hari", "Jumlahwaktu", "Total waktu penyelesaian" + longTail,
        "Tidak", "Terima berkas", "Jumlah\u{301}", "Ｊumlah", "total\u{1}waktu", "jumlah waktu\u{7F}", "Tanda terima",
    ]

    @Test func footerGetsTheAnswerOfTheWholeKey() {
        for text in Self.texts {
            #expect(LayoutLine.isFooter(text) == Self.referenceIsFooter(text), "\(text.debugDescription)")
        }
    }

    @Test func totalLabelGetsTheAnswerOfTheWholeKey() {
        for text in Self.texts {
            #expect(LayoutLine.isTotalLabel(text) == Self.referenceIsTotalLabel(text), "\(text.debugDescription)")
        }
    }

    @Test func keyComparisonsAgreeWithTheWholeKey() {
        let phrases = ["jumlah", "jumlah waktu", "pindai kode qr", "dokumen ini telah ditandatangani", "a", "a 1", "ab"]
        var texts = Self.texts.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        // Every text of up to four bytes over an alphabet of letters, digits, separators and control bytes.
        let alphabet: [UInt8] = [0x61, 0x41, 0x62, 0x31, 0x20, 0x09, 0x01, 0x3A, 0x2D, 0x7F]
        var pending: [[UInt8]] = [[]]
        while let bytes = pending.popLast() {
            texts.append(String(decoding: bytes, as: UTF8.self))
            if bytes.count < 4 { pending += alphabet.map { bytes + [$0] } }
        }
        texts.append(String(repeating: "Jumlah  waktu\t", count: 200))
        for text in texts {
            let key = TextFolding.key(text)
            for phrase in phrases {
                #expect(TextFolding.keyHasPrefix(text, phrase) == key.utf8.starts(with: phrase.utf8), "\(text.debugDescription) \(phrase)")
                #expect(TextFolding.keyMatches(text, phrase) == (key == phrase), "\(text.debugDescription) \(phrase)")
            }
        }
    }

    /// `LayoutLine.keyOfASCII(_:startsWith:)`, which folds the key only as far as it compares it, answers
    /// as folding the whole key first (`FoldedKey.foldASCII`) and comparing its start: every text of up
    /// to five bytes over an alphabet of letters in both cases, digits, separators and control bytes,
    /// and generated texts of up to 80 bytes made of the phrases' words, their near misses and
    /// separators.
    @Test func footerPhraseComparisonAgreesWithTheFoldedKey() {
        let phrases: [StaticString] = [
            "dokumen ini telah ditandatangani", "pindai kode qr", "dokumen ini ditandatangani", "a", "a 1", "ab", "a b",
        ]
        var texts: [[UInt8]] = []
        let alphabet: [UInt8] = [0x61, 0x41, 0x62, 0x31, 0x20, 0x09, 0x01, 0x3A, 0x2A, 0x7F]
        var pending: [[UInt8]] = [[]]
        while let bytes = pending.popLast() {
            texts.append(bytes)
            if bytes.count < 5 { pending += alphabet.map { bytes + [$0] } }
        }
        let words = ["Dokumen", "dokumen", "ini", "INI", "telah", "ditandatangani", "ditandatangan", "Pindai", "kode", "QR",
                     "q", "r", "dokumenini", "*", "-", "1", "a", "b"]
        let separators = [" ", "  ", "\t", ", ", "-", "", "*", "\u{1}"]
        var generator = SplitMix(seed: 23)
        for _ in 0..<20_000 {
            var text = Bool.random(using: &generator) ? "" : separators.randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                text += words.randomElement(using: &generator)! + separators.randomElement(using: &generator)!
            }
            texts.append(Array(text.utf8.prefix(80)))
        }
        for bytes in texts {
            bytes.withUnsafeBufferPointer { bytes in
                let key = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { buffer in
                    Array(buffer[..<FoldedKey.foldASCII(bytes, into: buffer)])
                }
                for phrase in phrases {
                    let expected = key.starts(with: UnsafeBufferPointer(start: phrase.utf8Start, count: phrase.utf8CodeUnitCount))
                    #expect(LayoutLine.keyOfASCII(bytes, startsWith: phrase) == expected, "\(Array(bytes)) \(phrase)")
                }
            }
        }
    }

    @Test(arguments: Fixtures.corpusInputs)
    func corpusChunksGetTheAnswersOfTheWholeKey(path: String) {
        guard case .text(let source, _) = TextDecoder.decode(Fixtures.bytes(path), file: path) else { return }
        for line in LayoutLine.lines(of: source) {
            for chunk in line.chunks {
                #expect(LayoutLine.isFooter(chunk.text) == Self.referenceIsFooter(chunk.text))
                #expect(LayoutLine.isTotalLabel(chunk.text) == Self.referenceIsTotalLabel(chunk.text))
            }
        }
    }
}

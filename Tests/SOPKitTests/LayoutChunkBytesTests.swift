import Testing

@testable import SOPKit

/// Layout chunks keep their text as a range of bytes and the parsers read them through `withUTF8`: each
/// question asked of a chunk's bytes must answer as the question asked of its text did, on edge cases
/// and on every chunk of the corpus.
@Suite struct LayoutChunkBytesTests {
    /// Texts with the shapes the byte readings decide on: empty, step numbers, marks, labels, footers,
    /// header words, text outside ASCII (é, —, ’, no-break space, combining marks), tabs and long text.
    static let texts: [String] = [
        "", " ", ":", "1", "1.", "12)", "1 .", "123", "1234", "1.2", ".1", "1..", "(1)", "(12)", "(a)", "(", "()", "(1",
        "(\u{301}1)", "v", "V", "x", "√", "✓", "->", "<-", "|", "^", "Ya", "Tidak", "tidak setuju", "ok", "→", "—",
        "Nomor SOP", "NOMOR SOP :", "No.", "Tanggal Pembuatan", "Disahkan oleh", "NAMA SOP", "Dasar Hukum",
        "Peralatan/Perlengkapan", "Keterangan", "Pelaksana", "Mutu Baku", "Kegiatan", "Uraian Kegiatan",
        "Waktu", "Output", "Kelengkapan", "* Dokumen ini telah ditandatangani secara elektronik",
        "Pindai kode QR", "dokumen", "Jumlah waktu", "Mulai / selesai", "Keterangan simbol", "é", "É", "ü",
        "Perencanaan é", "Kepala\u{A0}Badan", "Kepala\tBadan", "e\u{301}", "\u{301}", "’", "Seksi’s", "1 hari",
        "3 hari kerja", "Teknis/KAK. 3 hari kerja", "Data-data yang diperlukan. 1 hari kerja", "1. Persiapan",
        "1.Persiapan", "10) Rapat", "non-", "organik", "Survei/", "Pengadmini", "strasi", "Kepegawaia", "n",
        "a b c d e f g h i j k l m n o p", String(repeating: "Kepala Seksi Pelayanan ", count: 50),
        String(repeating: "é ", count: 40), "\u{FFFD}\u{FFFD}C", "Sesuai kebutuhan", "setengah hari", "Setengah  jam",
        "Tentatif", "-", "—", "– –", " 2 jam", "(1 hari)", "½ hari", "Bervariasi", "insidentil", "Fleksibel", "flexible",
        "Kondisional", "Menyesuaikan", "Disesuaikan", "Tidak tentu", "Tergantung", "situasional", "15 menit",
        "1-2 hari", "1 s/d 3 hari", "2 x 24 jam", "Surat", "x hari", "\u{A0}3 hari", "Ésesuai", "sesuai\u{301}",
        "1 hari kerja setelah berkas diterima lengkap", "0,5 hari", "…1 hari",
    ]

    /// The chunks of every line of every corpus input that decodes to text.
    static func corpusChunks() -> [LayoutChunk] {
        var chunks: [LayoutChunk] = []
        for path in Fixtures.corpusInputs {
            guard case .text(let source, _) = TextDecoder.decode(Fixtures.bytes(path), file: path) else { continue }
            for line in LayoutLine.lines(of: source) { chunks += line.chunks }
        }
        return chunks
    }

    /// The chunk of `text` as its own bytes and as a range in the middle of other bytes.
    static func chunks(of text: String) -> [LayoutChunk] {
        let count = text.unicodeScalars.count
        let padded = Array("xx  ".utf8) + Array(text.utf8) + Array("  yy".utf8)
        return [
            LayoutChunk(text: text, start: 10, end: 10 + count),
            LayoutChunk(storage: padded, bytes: 4..<(4 + text.utf8.count), start: 10, end: 10 + count),
        ]
    }

    /// `chunks(of:)` of every one of `texts`.
    static func textChunks() -> [LayoutChunk] {
        texts.flatMap(chunks(of:))
    }

    @Test func theTextIsTheBytesOfTheRange() {
        for text in Self.texts {
            let chunks = Self.chunks(of: text)
            for chunk in chunks {
                #expect(chunk.text == text)
                #expect(chunk.utf8Count == text.utf8.count)
                #expect(chunk.withUTF8 { Array($0) } == Array(text.utf8))
                #expect(chunk.isByte(0x3A) == (text == ":"))
            }
            #expect(chunks[1] == chunks[0] && chunks[1].hashValue == chunks[0].hashValue)
        }
        // Texts that are canonically equivalent but not byte for byte are equal, as their strings are.
        let composed = LayoutChunk(text: "é", start: 0, end: 1)
        let decomposed = LayoutChunk(text: "e\u{301}", start: 0, end: 1)
        #expect(composed == decomposed)
        #expect(Set([composed, decomposed]).count == 1)
        #expect(composed != LayoutChunk(text: "é", start: 0, end: 2))
        #expect(composed != LayoutChunk(text: "e", start: 0, end: 1))
    }

    @Test func stepNumbersReadOnBytes() {
        for text in Self.texts + Self.corpusChunks().map(\.text) {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(StepNumber.parse(utf8:)) == StepNumber.parse(text), "\(text.debugDescription)")
        }
    }

    @Test func splitsCutTheBytesWhereTheScalarsWereCut() {
        // Every column of the edge cases; around each space of the corpus chunks (a cut needs one).
        var cases: [(LayoutChunk, [Int])] = Self.textChunks().map { ($0, Array(($0.start - 1)...($0.end + 1))) }
        for chunk in Self.corpusChunks() {
            let spaces = chunk.text.unicodeScalars.enumerated().filter { $0.element == " " }.map { chunk.start + $0.offset + 1 }
            if !spaces.isEmpty { cases.append((chunk, spaces.flatMap { [$0 - 2, $0, $0 + 1] })) }
        }
        for (chunk, columns) in cases {
            for column in columns {
                for tolerance in [0, 1, 3] {
                    let split = chunk.split(near: column, tolerance: tolerance)
                    let reference = Self.referenceSplit(chunk, near: column, tolerance: tolerance)
                    #expect(split?.0.text == reference?.0.text && split?.1.text == reference?.1.text)
                    #expect(split?.0 == reference?.0 && split?.1 == reference?.1, "\(chunk.text.debugDescription) \(column)")
                }
            }
            let scalars = chunk.text.unicodeScalars.count
            for offset in Set([0, 1, 2, 3, scalars / 2, scalars - 1, scalars]) where offset >= 0 && offset <= scalars {
                let rest = chunk.dropping(scalars: offset)
                #expect(rest.text == String(chunk.text.unicodeScalars.dropFirst(offset)))
                #expect(rest.start == chunk.start + offset && rest.end == chunk.end)
            }
        }
    }

    @Test func cellBytesGrowAsFromTheirTexts() {
        let pieces = Self.texts + ["pengadministrasian", "kepegawaian"]
        for previous in pieces {
            for piece in pieces {
                var text = previous
                LayoutText.append(piece, to: &text)
                var bytes = Array(previous.utf8)
                Array(piece.utf8).withUnsafeBufferPointer { LayoutText.append(utf8: $0, toBytes: &bytes) }
                #expect(bytes == Array(text.utf8), "\(previous.debugDescription) + \(piece.debugDescription)")
            }
        }
    }

    @Test func chunkQuestionsAnswerAsTheirTexts() {
        for chunk in Self.textChunks() + Self.corpusChunks() {
            let text = chunk.text
            let label = text.description
            #expect(LayoutMarkFilter.mark(of: chunk) == Mark.classify(text), "\(label)")
            #expect(LayoutHeader.kind(of: chunk) == LayoutHeader.kind(of: text), "\(label)")
            #expect(LayoutHeader.isGroupLabel(chunk) == LayoutHeader.isGroupLabel(text), "\(label)")
            #expect(LayoutHeader.isColumnNumber(chunk) == LayoutHeader.isColumnNumber(text), "\(label)")
            #expect(LayoutHeaderWords.mayStart(chunk) == LayoutHeaderWords.mayStart(text), "\(label)")
            if LayoutHeader.kind(of: text) == .activity { #expect(LayoutHeaderWords.mayBeActivity(chunk), "\(label)") }
            #expect(LayoutLine.isFooter(chunk) == LayoutLine.isFooter(text), "\(label)")
            #expect(chunk.withUTF8(FoldedKey.firstKeyByte(utf8:)) == TextFolding.key(text).utf8.first, "\(label)")
            let letters = TextFolding.key(text).filter(\.isLetter)
            if letters.hasPrefix("mulai") || letters.hasPrefix("keter") {
                #expect(chunk.withUTF8(LayoutLine.mayHoldLegendLetters(utf8:)), "\(label)")
            }
            if !chunk.withUTF8(LayoutTableParser.mayBeDuration(utf8:)) { #expect(!DurationParser.looksLikeDuration(text), "\(label)") }
            let key = TextFolding.key(text)
            for (first, second) in [("d", "o"), ("p", "i"), ("j", "u"), ("t", "o")] where key.hasPrefix(first + second) {
                let may = chunk.withUTF8 { LayoutLine.keyMayStart($0, UInt8(ascii: first.unicodeScalars.first!), UInt8(ascii: second.unicodeScalars.first!)) }
                #expect(may, "\(label) \(first)\(second)")
            }
            if LayoutLine.isTotalLabel(text) { #expect(LayoutLine(number: 1, page: 0, chunks: [chunk]).tableBodyReading == .closesTable, "\(label)") }
            let strong = Vocabulary.identityLabel(at: text).flatMap { $0.isWeak ? nil : $0 }
            #expect(LayoutLabel.strong(chunk) == strong, "\(label)")
            #expect(LayoutLabel.strongNumber(chunk) == strong.flatMap { $0.label == .number ? $0 : nil }, "\(label)")
        }
    }

    /// `LayoutChunk.split(near:tolerance:)` as it was written on the text's scalars: the definition the
    /// byte-level cut follows.
    static func referenceSplit(_ chunk: LayoutChunk, near column: Int, tolerance: Int) -> (LayoutChunk, LayoutChunk)? {
        let start = chunk.start
        guard start < column, column < chunk.end else { return nil }
        let text = chunk.text
        let scalars = text.unicodeScalars
        var best: (offset: Int, space: String.Index)?
        var offset = 0
        var index = scalars.startIndex
        while index != scalars.endIndex, start + offset + 1 - column <= tolerance {
            if scalars[index] == " " {
                let distance = abs(start + offset + 1 - column)
                if distance <= tolerance, best.map({ abs(start + $0.offset + 1 - column) > distance }) ?? true {
                    best = (offset, index)
                }
            }
            offset += 1
            index = scalars.index(after: index)
        }
        guard let (cut, space) = best else { return nil }
        let left = String(scalars[..<space])
        let right = String(scalars[scalars.index(after: space)...])
        return (
            LayoutChunk(text: left, start: start, end: start + cut),
            LayoutChunk(text: right, start: start + cut + 1, end: chunk.end)
        )
    }
}

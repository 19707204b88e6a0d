@testable import SOPKit
import Testing

/// The byte-level paths of the layout and tabular parsers agree with the `Character`-based
/// definitions they stand in front of, on texts with non-ASCII letters, combining marks, no-break
/// spaces, CR LF, empty texts and texts at the length limits.
@Suite struct LayoutParserBytesTests {
    /// Short cell texts: marks, arrows, branch labels and ordinary words.
    static let markTexts = [
        "", " ", "v", "V", "x", "X", "*", "o", "O", "w", "vv", "v ", " v", "\u{221A}", "\u{2713}", "\u{00D7}", "\u{2022}",
        "->", "-->", "<-", "|", "^", "- -", "→", "↓ ", "-→", "\u{2013}", "a", "Ya", "YA", "ya.", "(Ya)", "Tidak", "tidak",
        "Tidak Setuju", "tidak  setuju", "tidak-setuju", "Yes", "No", "no.", "No SOP", "Tdk", "Y", "T", "OK", "ok!", "Setuju",
        "ye\u{301}s", "Ya\u{301}", "y\u{301}", "v\u{301}", "x\r\n", "\r\n", "1", "1.", "0123456789abcdef", "0123456789abcdefg",
        "tidak setujuuuuu", "Tidak\u{00A0}Setuju", "Kepala Dinas", "é", "\u{212A}", "–>",
        // Keys a byte longer or shorter than a branch label, or sharing its first eight bytes.
        "Tidak Setujux", "Tidak Setuj", "tidak se", "TIDAK SETUJA", "yess", "Yaa", "oke", "Setujuu", "t-d-k", "(tdk)",
        "n o", "TidakSetuju", "tidak se tuju",
        // Performer marks outside ASCII, followed by a combining mark, doubled, or next to them.
        "\u{2714}", "\u{25CF}", "\u{25A0}", "\u{2B24}", "\u{2588}", "\u{2612}", "\u{221A}\u{301}", "\u{221A}\u{221A}",
        "\u{2715}", "\u{25D0}", "\u{00D8}", "\u{00D7} ", "\u{10348}",
    ]

    @Test(arguments: markTexts) func markClassificationAgreesWithCharacters(_ text: String) {
        #expect(Mark.classify(text) == Mark.classifyComparingCharacters(text), "\(text.unicodeScalars.map(\.value))")
    }

    @Test func markExamples() {
        #expect(Mark.classify("v") == .performer)
        #expect(Mark.classify("\u{221A}") == .performer)
        #expect(Mark.classify("-->") == .connector)
        #expect(Mark.classify("Tidak Setuju") == .connector)
        #expect(Mark.classify("(Ya)") == .connector)
        #expect(Mark.classify("Kepala") == nil)
        #expect(Mark.classify("vv") == nil)
    }

    /// `Mark.isConnectorKey` of keys packed as the byte reading packs them (first byte lowest, zero past
    /// the end): each branch label is one; keys a byte longer or shorter, differing in a byte, or sharing
    /// the first eight bytes of "tidak setuju" are not.
    @Test func connectorKeysComparedAsTwoWords() {
        let cases: [(String, Bool)] = [
            ("ya", true), ("tidak", true), ("yes", true), ("no", true), ("tdk", true), ("y", true), ("t", true),
            ("ok", true), ("setuju", true), ("tidak setuju", true), ("", false), ("yaa", false), ("tida", false),
            ("n", false), ("o", false), ("tidaks", false), ("setujux", false), ("tidak se", false), ("tidak setuj", false),
            ("tidak setujuu", false), ("tidak setuja", false), ("tidaksetuju", false), ("0123456789abcdef", false),
        ]
        for (key, isConnector) in cases {
            let packed = PackedASCIIWord(key.utf8)!
            #expect(Mark.isConnectorKey(low: packed.low, high: packed.high) == isConnector, "\(key)")
        }
    }

    /// `Mark.isOneNonASCIIPerformerMark` keeps to its definition, the character reading: every scalar of
    /// two or three UTF-8 bytes is one exactly when `classifyComparingCharacters` reads it alone as a
    /// performer mark, so the scalars it lists and `performerMarks` cannot drift apart.
    @Test func nonASCIIPerformerMarksAgreeWithCharacters() {
        var performers = 0
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            let read = Array(text.utf8).withUnsafeBufferPointer(Mark.isOneNonASCIIPerformerMark(utf8:))
            let isPerformer = Mark.classifyComparingCharacters(text) == .performer
            #expect(read == isPerformer, "U+\(String(value, radix: 16, uppercase: true))")
            if read { performers += 1 }
        }
        #expect(performers == 27)
    }

    /// `Mark.isOneNonASCIIPerformerMark` on the bytes of real texts: every performer mark outside ASCII
    /// is one; a mark with a combining mark after it, two marks, other symbols near them, letters outside
    /// ASCII, ASCII marks and a scalar of four bytes are not.
    @Test func nonASCIIPerformerMarksReadFromBytes() {
        let marks = [
            "\u{221A}", "\u{2713}", "\u{2714}", "\u{25CF}", "\u{25A0}", "\u{25C6}", "\u{2666}", "\u{25A1}", "\u{25CB}",
            "\u{25EF}", "\u{2B24}", "\u{2022}", "\u{2610}", "\u{2611}", "\u{2612}", "\u{25AD}", "\u{25AC}", "\u{25B2}",
            "\u{2B1B}", "\u{25C7}", "\u{2662}", "\u{2717}", "\u{2718}", "\u{00D7}", "\u{25FB}", "\u{25FC}", "\u{2588}",
        ]
        let others = [
            "", "v", "x", "\u{221A}\u{301}", "\u{221A}\u{221A}", "\u{2715}", "\u{25D0}", "\u{2192}", "\u{00D8}", "\u{00E9}",
            "\u{00D7} ", "\u{10348}", "\u{2023}", "\u{2589}",
        ]
        for (texts, expected) in [(marks, true), (others, false)] {
            for text in texts {
                let answer = Array(text.utf8).withUnsafeBufferPointer(Mark.isOneNonASCIIPerformerMark(utf8:))
                #expect(answer == expected, "\(text.unicodeScalars.map(\.value))")
                // The ASCII marks are performers read otherwise.
                if !text.utf8.allSatisfy({ $0 < 0x80 }) {
                    #expect((Mark.classify(text) == .performer) == expected, "\(text.unicodeScalars.map(\.value))")
                }
            }
        }
    }

    /// Pieces of cells printed over two lines, broken mid-word or not.
    static let brokenWordPairs: [(String, String)] = [
        ("Pengadmini", "strasi"), ("Kepegawaia", "n"), ("pengadmini", "strasi umum"), ("Bagian pengadmini", "strasi"),
        ("Bagian  pengadmini", "strasi."), ("data", "dan"), ("kepala", "bagian"), ("", "abc"), ("abc", ""), ("", ""),
        ("Surat", "masuk"), ("surat", "Masuk"), ("surat.", "masuk"), ("surat", "(masuk)"), ("admini", "strasi\u{301}"),
        ("admini", "strasi\u{301}x"), ("admini", "strasié"), ("adminé", "strasi"), ("é admini", "strasi"),
        ("e\u{301} admini", "strasi"), ("x\u{301} admini", "strasi"), ("admi-ni", "strasi"), ("admin1", "strasi"),
        ("pengadministra", "si-nya"), ("pengadministra", "si\r\n"), ("pengadministra", "si.\u{301}"), ("pengadministra", "si"),
        ("adminis", "trasikan"), ("ad", "ministrasi"), ("administrasi", "administrasi"), ("Peng", "adaan"),
        (String(repeating: "a", count: 30), String(repeating: "b", count: 12)), ("abcdefghijklmnopqrst", "uvwxyzabcdefghijklmnopq"),
        ("dokumen", "ini"), ("doku", "men"), ("DOKU", "men"), ("doku", "MEN"), ("ª", "b"), ("a", "ª"), ("a\u{00A0}doku", "men"),
        (" doku", "men"), ("doku ", "men"), ("x doku", "men\tx"),
    ]

    @Test(arguments: brokenWordPairs) func brokenWordsAgreeWithCharacters(_ previous: String, _ next: String) {
        #expect(LayoutText.isBrokenWord(previous, next) == LayoutText.isBrokenWordComparingCharacters(previous, next))
    }

    @Test func brokenWordExamples() {
        #expect(LayoutText.isBrokenWord("Kepegawaia", "n"))
        #expect(LayoutText.isBrokenWord("Bagian Pengadmini", "strasi umum"))
        #expect(!LayoutText.isBrokenWord("data", "dan"))
        #expect(!LayoutText.isBrokenWord("Pengadmini", "Strasi"))
    }

    /// `isBrokenASCIIWord` relies on every lexicon word being lower-case ASCII letters held by
    /// `LexiconWordTable` (fewer than 40 bytes).
    @Test func everyLexiconWordIsInTheWordTable() {
        let words = Lexicon.wordChunks.flatMap { $0.split(separator: " ") }
        #expect(!words.isEmpty)
        for word in words {
            #expect(word.utf8.count < 40 && word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "\(word)")
            let held = Array(word.utf8).withUnsafeBufferPointer { LexiconWordTable.shared.containsASCIILetters($0) }
            #expect(held, "\(word)")
        }
    }

    // MARK: Lines, detection and decoding

    /// Pieces that lines of layout text are made of: runs of spaces of every length around eight,
    /// tabs, no-break spaces, control characters, DEL, non-ASCII letters, combining marks, bytes that
    /// are not UTF-8, form feeds, NUL and line ends.
    static let linePieces: [[UInt8]] = [
        [0x20], [0x20, 0x20], Array(repeating: 0x20, count: 7), Array(repeating: 0x20, count: 8),
        Array(repeating: 0x20, count: 9), Array(repeating: 0x20, count: 17), [0x09], [0xC2, 0xA0], [0x01], [0x1F], [0x7F],
        Array("a".utf8), Array("Bc".utf8), Array("Dokumen ini".utf8), Array("pindai".utf8), Array("x.y:z".utf8),
        Array("é".utf8), Array("e\u{301}".utf8), Array("—".utf8), [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x0C], [0x00],
        [0x0A], [0x0D], [0x0B], Array("Kepala Seksi".utf8), Array("1.".utf8),
    ]

    /// Lines made of `linePieces`, from a fixed pseudo-random sequence, with every piece alone.
    static let lines: [[UInt8]] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        var lines: [[UInt8]] = [[]] + linePieces
        for _ in 0..<400 {
            var line: [UInt8] = []
            for _ in 0..<next(12) { line += linePieces[next(linePieces.count)] }
            lines.append(line)
        }
        return lines
    }()

    /// The chunks of a line by its scalars (the repaired text when it is not UTF-8), as `LayoutLine.chunks`
    /// documents them.
    static func chunksByScalars(_ line: [UInt8]) -> [String] {
        var chunks: [String] = []
        var text = ""
        var start = 0
        var length = 0
        var column = 0
        var pendingSpaces = 0
        func close() {
            if length > 0 { chunks.append("\(text)@\(start)-\(start + length)") }
            text = ""
            length = 0
        }
        for scalar in String(decoding: line, as: UTF8.self).unicodeScalars {
            defer { column += 1 }
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" {
                pendingSpaces += 1
                continue
            }
            if scalar.value < 0x20 { continue }
            if length > 0, pendingSpaces == 1 {
                text += " "
                length += 1
            } else if pendingSpaces >= 2 || length == 0 {
                close()
                start = column
            }
            pendingSpaces = 0
            text.unicodeScalars.append(scalar)
            length += 1
        }
        close()
        return chunks
    }

    @Test func chunksAgreeWithScalars() {
        for line in Self.lines {
            let chunks = line.withUnsafeBufferPointer { LayoutLine.chunks(utf8: $0) }
            #expect(chunks.map { "\($0.text)@\($0.start)-\($0.end)" } == Self.chunksByScalars(line), "\(line)")
        }
    }

    /// `LayoutLine.appendChunks` counts the form feeds of the line it cuts (which `lines(of:)` moves the
    /// page by), lines that are not UTF-8 and long runs of form feeds included.
    @Test func chunkingCountsEveryFormFeed() {
        for line in Self.lines + [Array(repeating: 0x0C, count: 19), [0xE2, 0x0C, 0x82, 0x0C, 0xFF, 0x0C]] {
            var chunks: [LayoutChunk] = []
            let formFeeds = line.withUnsafeBufferPointer {
                LayoutLine.appendChunks(storage: line, utf8: $0, line: $0.indices, to: &chunks)
            }
            #expect(formFeeds == line.filter { $0 == 0x0C }.count, "\(line)")
        }
    }

    @Test func spacingAgreesWithChunks() {
        for line in Self.lines where !line.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            let chunks = line.withUnsafeBufferPointer { LayoutLine.chunks(utf8: $0) }
            for needsFooter in [false, true] {
                let spacing = line.withUnsafeBufferPointer { FormatDetector.LineSpacing(of: $0, needsFooter: needsFooter) }
                #expect((spacing == nil) == chunks.isEmpty, "\(line)")
                guard let spacing, let first = chunks.first else { continue }
                let spaced = first.start >= 10 || zip(chunks, chunks.dropFirst()).contains { $1.start - $0.end >= 4 }
                #expect(spacing.isSpaced == spaced, "\(line)")
                if needsFooter, line.allSatisfy({ $0 < 0x80 }) {
                    let firstKey = line.first { $0 >= 0x80 || LayoutBytes.isASCIIAlphanumeric($0) }
                    #expect(spacing.mayBeFooter == (firstKey.map { $0 | 0x20 == 0x64 || $0 | 0x20 == 0x70 } ?? false), "\(line)")
                }
            }
        }
    }

    @Test func spaceAndWordRunsEndWhereTheirBytesEnd() {
        for line in Self.lines {
            line.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    let spaces = bytes[start...].firstIndex { $0 != 0x20 } ?? bytes.count
                    #expect(LayoutBytes.endOfSpaces(bytes, from: start) == spaces)
                    #expect(LayoutBytes.endOfWordRun(bytes, from: start) == Self.endOfWordRunByteByByte(bytes, from: start))
                }
            }
        }
    }

    /// Where a run of words set one space apart ends, read byte by byte: the reference for `endOfWordRun`.
    static func endOfWordRunByteByByte(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        func isWordByte(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x21 && bytes[index] <= 0x7E }
        var index = start
        while index < bytes.count {
            if isWordByte(index) {
                index += 1
            } else if bytes[index] == 0x20, isWordByte(index + 1) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// Long lines of words one space apart, with double spaces, tabs, no-break spaces, DEL and
    /// characters outside ASCII at offsets around the eight-byte words, cut into chunks.
    static let longLines: [[UInt8]] = {
        let sentence = "Menerima berkas permohonan dan memeriksa kelengkapan (SK, KTP) sesuai ketentuan; "
        var lines: [[UInt8]] = [Array(String(repeating: sentence, count: 6).utf8)]
        for insert in ["  ", "\t", "\u{A0}", "\u{7F}", "é", " é", "’", "—", "   ", "\u{1}", " \t", "\t "] {
            for offset in stride(from: 0, to: 90, by: 1) {
                var line = Array(String(repeating: sentence, count: 2).utf8)
                line.insert(contentsOf: Array(insert.utf8), at: offset)
                lines.append(line)
                lines.append(line + Array(" ".utf8))
                lines.append(Array("          ".utf8) + line + Array("    x".utf8))
            }
        }
        return lines
    }()

    @Test func longLinesChunkAsTheirScalars() {
        for line in Self.longLines {
            let chunks = line.withUnsafeBufferPointer { LayoutLine.chunks(utf8: $0) }
            #expect(chunks.map { "\($0.text)@\($0.start)-\($0.end)" } == Self.chunksByScalars(line), "\(line)")
            for needsFooter in [false, true] {
                let spacing = line.withUnsafeBufferPointer { FormatDetector.LineSpacing(of: $0, needsFooter: needsFooter) }
                let spaced = chunks.first.map { first in
                    first.start >= 10 || zip(chunks, chunks.dropFirst()).contains { $1.start - $0.end >= 4 }
                }
                #expect(spacing?.isSpaced == spaced, "\(line)")
            }
            line.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    #expect(LayoutBytes.endOfWordRun(bytes, from: start) == Self.endOfWordRunByteByByte(bytes, from: start))
                }
            }
        }
    }

    @Test func footerSearchAgreesWithEveryStart() {
        let texts = Self.lines + ["* Dokumen ini telah", "xxxxxxxDokumen  ini", "abcdefgPINDAI", "dokumen\u{1}ini", "d", "dokumen ini"]
            .map { Array($0.utf8) }
        for text in texts {
            for cut in 0..<min(text.count + 1, 12) {
                let bytes = Array(text[cut...])
                let reference = bytes.withUnsafeBufferPointer { buffer in
                    buffer.indices.contains { FormatDetector.footerStarts(buffer, at: $0) }
                }
                #expect(bytes.withUnsafeBufferPointer(FormatDetector.mayHoldFooter) == reference, "\(bytes)")
            }
        }
    }

    /// `FormatDetector.footerStartCandidates` against its definition, for every pair of bytes at the
    /// first, a middle and the last two offsets of a word (the last offset's next byte is outside it).
    @Test func footerStartCandidatesKeepEveryPossibleStart() {
        func expected(_ first: UInt8, _ next: UInt8?) -> Bool {
            let lowered = first | 0x20
            guard lowered == 0x64 || lowered == 0x70 else { return false }
            guard let next else { return true }
            return next < 0x20 || next | 0x20 == (lowered == 0x64 ? 0x6F : 0x69)
        }
        for offset in [0, 3, 6, 7] {
            for first in 0...255 {
                for next in 0...255 {
                    var bytes = [UInt8](repeating: 0x78, count: 8)
                    bytes[offset] = UInt8(first)
                    if offset < 7 { bytes[offset + 1] = UInt8(next) }
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let candidates = FormatDetector.footerStartCandidates(word)
                    let isCandidate = candidates & (0x80 << UInt64(offset * 8)) != 0
                    guard isCandidate != expected(UInt8(first), offset < 7 ? UInt8(next) : nil) else { continue }
                    Issue.record("offset \(offset), bytes \(first) \(next)")
                    return
                }
            }
        }
    }

    /// Every start `footerStarts` accepts inside a word of eight bytes is among its candidates, on
    /// footer texts cut at every offset and mixed with non-ASCII text, tabs and control characters.
    @Test func footerStartCandidatesKeepEveryFooterStart() {
        let texts = ["* Dokumen ini telah", "xxxxxxxDokumen  ini", "abcdefgPINDAI", "d\u{1}okumen\u{1}ini", "dokumen ini",
            "p\u{7}indai kode QR", "Pindai—kode", "é DOKUMEN\u{A0}INI", "\tdokumen\tini", "dp dp DO PI do pi pdpdpd"]
            .map { Array($0.utf8) }
        for text in texts {
            for cut in 0..<min(text.count, 9) {
                let bytes = Array(text[cut...]) + Array(repeating: 0x20, count: 16)
                bytes.withUnsafeBufferPointer { buffer in
                    let word = UnsafeRawPointer(buffer.baseAddress!).loadUnaligned(as: UInt64.self)
                    let candidates = FormatDetector.footerStartCandidates(word)
                    for offset in 0..<8 where FormatDetector.footerStarts(buffer, at: offset) {
                        #expect(candidates & (0x80 << UInt64(offset * 8)) != 0, "\(bytes) at \(offset)")
                    }
                }
            }
        }
    }

    @Test func controlAndZeroCountsAgreeWithEveryByte() {
        var texts = Self.lines
        texts.append((0...255).map { UInt8($0) })
        texts.append((0...255).map { UInt8(255 - $0) })
        texts.append([0x00, 0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00, 0x45, 0x00])
        for text in texts {
            for cut in 0..<min(text.count + 1, 9) {
                let bytes = Array(text[cut...])
                let controls = bytes.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }.count
                let even = bytes.indices.filter { $0 % 2 == 0 && bytes[$0] == 0 }.count
                let odd = bytes.indices.filter { $0 % 2 == 1 && bytes[$0] == 0 }.count
                #expect(bytes.withUnsafeBufferPointer(TextDecoder.controlCount) == controls, "\(bytes)")
                let zeros = bytes.withUnsafeBufferPointer(TextDecoder.zeroCounts)
                #expect(zeros.even == even && zeros.odd == odd, "\(bytes)")
                #expect(TextDecoder.looksBinary(bytes) == (controls * 32 > bytes.count))
            }
        }
    }

    // MARK: Texts

    /// Texts with every kind of white space `collapseWhitespace` folds, at the ends and inside.
    static let spacedTexts = ByteLevelHelperTests.texts + [
        "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\r\nb", "a\u{A0}b", "a\u{2003}b", "a\u{3000}b", "a\u{2014}b", "\u{C2}",
        "Â b", "a\u{B}b", "a\u{C}b", "a:b", ":", "", "Dasar Hukum: Undang-Undang", "e\u{301} :", "\u{A0}",
    ]

    /// The header-word filter as it packed every word byte by byte: the reference for `mayStart`.
    static func headerWordMayStartByEveryByte(_ text: String) -> Bool {
        var first = LayoutWord()
        var word = LayoutWord()
        var words = 0
        var hasActivityWord = false
        let bytes = Array(text.utf8)
        for index in 0...bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
            if byte >= 0x80 { return true }
            if LayoutBytes.isASCIIAlphanumeric(byte) {
                if word.count == 0, words == 3 { return first.isIn(LayoutHeaderWords.prefixWords) }
                word.append(byte)
            } else if word.count > 0 {
                words += 1
                if words == 1 { first = word }
                if word.isIn(LayoutHeaderWords.activityWords) { hasActivityWord = true }
                word = LayoutWord()
            }
        }
        return words > 0 && (first.isIn(LayoutHeaderWords.firstWords) || hasActivityWord)
    }

    @Test func headerWordFilterAgreesWithEveryByte() {
        let phrases = [
            "No", "Nomor", "No. Urut", "Kegiatan", "Uraian Kegiatan", "Waktu (menit)", "Mutu Baku", "Pelaksana Kegiatan",
            "Rincian Kegiatan", "Rincian  kegiatan utama", "Rincian kegiatan utama lain", "Kegiatan/Aktivitas", "aktifitas",
            "AKTIVITASX", "KEGIATA", "a b c kegiatan", "a b kegiatan", "Waktu yang dibutuhkan untuk", "x y z waktu",
            "Keterangan\u{301}", "1. Kegiatan", "(1)", "abcdefghijklmnopq", "abcdefghijklmnopqr kegiatan", "nomorabcdefghijkl",
            "Output é", "a b c d é", "é", "-", "", " ", "Kegiatan é",
        ]
        let texts = phrases + Self.spacedTexts + Self.markTexts + Self.lines.map { String(decoding: $0, as: UTF8.self) }
        for text in texts {
            #expect(LayoutHeaderWords.mayStart(text) == Self.headerWordMayStartByEveryByte(text), "\(text)")
        }
    }

    /// The footer test on the text's first 60 characters, folded as a string: the reference for `isFooter`.
    static func isFooterByCharacters(_ text: String) -> Bool {
        guard let first = LayoutLine.firstKeyByte(of: text), first == 0x64 || first == 0x70 else { return false }
        let key = TextFolding.key(text.prefix(60))
        return key.hasPrefix("dokumen ini telah ditandatangani") || key.hasPrefix("pindai kode qr")
            || key.hasPrefix("dokumen ini ditandatangani")
    }

    @Test func footerAgreesWithCharacters() {
        let long = String(repeating: "-", count: 40)
        let texts = [
            "* Dokumen ini telah ditandatangani secara elektronik", "Dokumen ini telah ditandatangan", "Pindai kode QR",
            "pindai  kode-qr ini", "PINDAI KODE Q", "Dokumen ini ditandatangani", "Dokumen ini ditandatangani\u{301}",
            "Dokumen ini telah ditandatangani\u{301}", "Dokume\u{301}n ini telah ditandatangani", "Dokumen\r\nini ditandatangani",
            long + "Pindai kode QR", String(repeating: "-", count: 45) + "Pindai kode QR", "Pindai" + long + "kode qr",
            String(repeating: " ", count: 46) + "pindai kode qr", String(repeating: "*", count: 59) + "pindai kode qr",
            "pindai kode qr" + String(repeating: "é", count: 50), String(repeating: "x", count: 59) + "e\u{301}", "d", "p", "",
            "Proses", "dokumen", "\u{A0}Pindai kode QR", "Pindai\u{A0}kode QR",
        ] + Self.spacedTexts + Self.lines.map { String(decoding: $0, as: UTF8.self) }
        for text in texts {
            #expect(LayoutLine.isFooter(text) == Self.isFooterByCharacters(text), "\(text)")
            let head = LayoutLine.asciiHead(of: text, characters: 60)
            #expect(head == nil || head.map(String.init) == String(text.prefix(60)), "\(text)")
        }
    }

    // MARK: UTF-16

    @Test func utf16TranscodingAgreesWithStringDecoding() {
        let edges: [UInt16] = [0x0000, 0x0041, 0x007F, 0x0080, 0x00E9, 0x07FF, 0x0800, 0x20AC, 0xD7FF, 0xD800, 0xDBFF, 0xDC00,
                               0xDFFF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFF, 0x000A, 0x000D]
        var sequences: [[UInt16]] = [[], [0xD83D, 0xDE00], [0xD83D], [0xDE00], [0xD83D, 0x0041], [0xD83D, 0xD83D, 0xDE00],
                                     [0xDBFF, 0xDFFF], [0xD800, 0xDC00], [0x0041, 0xDC00, 0xD800]]
        sequences += edges.map { [$0] }
        for first in edges { for second in edges { sequences.append([first, second, 0x0041]) } }
        for units in sequences {
            let expected = Array(String(decoding: units, as: UTF16.self).utf8)
            let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let big = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            #expect(TextDecoder.utf16(little[...], littleEndian: true) == expected, "\(units)")
            #expect(TextDecoder.utf16(big[...], littleEndian: false) == expected, "\(units)")
            #expect(TextDecoder.utf16((little + [0x41])[...], littleEndian: true) == expected, "\(units) odd")
            #expect(TextDecoder.utf16(([0xFF] + big)[1...], littleEndian: false) == expected, "\(units) slice")
        }
    }

    @Test func valueTextsAgreeWithCharacters() {
        let texts = Self.spacedTexts + [
            ": 503", "::  x", " : : y", ":\u{301}x", ": \u{301}x", "  :", ":", ": é", ":é", "  \u{A0}x", ": x  y ", ":\r\nx",
        ]
        for text in texts {
            let reference = TextFolding.collapseWhitespace(Substring(text).drop { $0 == ":" || $0 == " " })
            #expect(Array(IdentityBlockParser.valueText(text).utf8) == Array(reference.utf8), "\(text)")
        }
    }

    // MARK: Row alignment

    @Test func nearestIndexAgreesWithFilteringAll() {
        let indexSets: [[Int]] = [[], [0], [5], [2, 3, 4], [1, 4, 7, 10], [3, 9], Array(0..<20), [0, 2, 4, 6, 8, 10, 12]]
        let tests: [(Int) -> Bool] = [{ _ in true }, { _ in false }, { $0 % 2 == 0 }, { $0 % 3 == 1 }, { $0 > 6 }, { $0 < 3 }]
        for indices in indexSets {
            for target in -3...23 {
                for test in tests {
                    for limit in [Int.max, 4, 0] {
                        let passing = indices.filter(test)
                        var expected = passing.min { abs($0 - target) < abs($1 - target) }
                        if let best = expected, abs(best - target) > limit { expected = nil }
                        #expect(RowAligner.nearest(to: target, in: indices, within: limit, where: test) == expected,
                                "\(indices) \(target) \(limit)")
                        // The positions as the aligner holds them: a buffer over part of a larger one.
                        let padded = [-9] + indices + [99]
                        padded.withUnsafeBufferPointer { buffer in
                            let rebased = UnsafeBufferPointer(rebasing: buffer[1..<(padded.count - 1)])
                            #expect(RowAligner.nearest(to: target, in: rebased, within: limit, where: test) == expected,
                                    "\(indices) \(target) \(limit) buffer")
                        }
                    }
                }
            }
        }
    }

    // MARK: Tabular cells

    /// A cell cleaned after its own clean check (`CellCleaner.isAlreadyClean`), as the lexer did
    /// before it checked the cells in its pass over the line.
    static func referenceClean(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int) -> Cell {
        let isClean = !range.isEmpty && CellCleaner.isAlreadyClean(buffer, range)
        return CellCleaner.clean(buffer, range, line: line, column: column, isKnownClean: isClean)
    }

    /// The cells of a line as the lexer cut them byte by byte: the reference for `Lexer.appendCells`.
    static func cellsByEveryByte(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> [Cell] {
        var cells: [Cell] = []
        var cellStart = range.lowerBound
        var column = 1
        var cellColumn = 1
        for index in range {
            if buffer[index] == 0x09 {
                cells.append(referenceClean(buffer, cellStart..<index, line: line, column: cellColumn))
                cellStart = index + 1
                cellColumn = column + 1
            }
            if buffer[index] & 0xC0 != 0x80 { column += 1 }
        }
        cells.append(referenceClean(buffer, cellStart..<range.upperBound, line: line, column: cellColumn))
        return cells
    }

    @Test func cellsAgreeWithEveryByte() {
        var lines = Self.lines
        lines += [Array("No\tKegiatan\t\tWaktu\t<b>x</b>&amp;\t".utf8), Array("\t\t\t\t\t\t\t\t\t".utf8),
                  Array("abcdefg\thijklmnopqrs\tétuvwxyz0123456789\t\u{301}".utf8)]
        for line in lines {
            let padded = [0x41, 0x09] + line + [0x09, 0x42]
            padded.withUnsafeBufferPointer { buffer in
                for range in [0..<padded.count, 2..<(padded.count - 2), 1..<(padded.count - 1)] {
                    var cells: [Cell] = []
                    Lexer.appendCells(buffer, range, line: 3, to: &cells)
                    #expect(cells == Self.cellsByEveryByte(buffer, range, line: 3), "\(line)")
                    #expect(SourceText.countTabs(buffer, range) == buffer[range].filter { $0 == 0x09 }.count)
                }
            }
        }
    }

    @Test func zeroBytesMarkExactlyTheZeroBytes() {
        let bytes: [UInt8] = [0x00, 0x01, 0x7F, 0x80, 0x81, 0xFF, 0x20, 0x00, 0x00, 0x64, 0x70, 0xFE, 0x00, 0x01, 0x00, 0x80]
        for start in 0...(bytes.count - 8) {
            let word = bytes[start..<(start + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let expected = (0..<8).reduce(UInt64(0)) { $0 | (bytes[start + $1] == 0 ? UInt64(0x80) << (8 * UInt64($1)) : 0) }
            #expect(SourceText.zeroBytes(word) == expected, "\(start)")
        }
    }

    @Test func spacedLineCheckAgreesWithEveryByte() {
        var lines = Self.lines
        lines += (0...255).map { [UInt8($0), UInt8($0)] }
        lines += (0...255).map { Array(repeating: 0x41, count: 7) + [UInt8($0), UInt8($0)] }
        lines += [Array("abcdefg  hijklmn".utf8), Array("abcdefgh hijklmn".utf8), Array("abcdefg\u{A0}x".utf8), [0xC2, 0xA0]]
        for line in lines {
            for cut in 0..<min(line.count + 1, 9) {
                let bytes = Array(line[cut...])
                let reference = zip(bytes, bytes.dropFirst()).contains {
                    FormatDetector.isBlankish($0) && FormatDetector.isBlankish($1)
                }
                #expect(bytes.withUnsafeBufferPointer(FormatDetector.mayBeSpaced) == reference, "\(bytes)")
            }
        }
        for byte in 0...255 {
            let word = UInt64(byte) * 0x0101_0101_0101_0101
            #expect((FormatDetector.blankishBytes(word) == 0x8080_8080_8080_8080) == FormatDetector.isBlankish(UInt8(byte)))
            #expect((FormatDetector.blankishBytes(word) == 0) == !FormatDetector.isBlankish(UInt8(byte)))
        }
    }

    @Test func byteCountsAgreeWithEveryByte() {
        for line in Self.lines + [(0...255).map { UInt8($0) }, Array(repeating: 0x0C, count: 19)] {
            for cut in 0..<min(line.count + 1, 9) {
                let bytes = Array(line[cut...])
                for byte: UInt8 in [0x0C, 0x00, 0x20, 0x80, 0xFF] {
                    #expect(bytes.withUnsafeBufferPointer { LayoutBytes.count(of: byte, in: $0) } == bytes.filter { $0 == byte }.count)
                }
            }
        }
    }
}

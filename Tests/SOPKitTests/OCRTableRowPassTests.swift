@testable import SOPKit
import Testing

/// The OCR table's row reading with fewer passes and buffers agrees with the code it replaced: a
/// token's role-word check folded once on its bytes, the numbers of a row's lines kept in flat buffers
/// across rows, the times sign read on its bytes, a line of a table without Mutu Baku read in one
/// pass, lone header words found without joining long blocks, and a block's lines joined as pieces.
@Suite struct OCRTableRowPassTests {
    /// Tokens as they stand in activities: the word tests' tokens, with tabs, runs of punctuation,
    /// capitals, NBSP, CR and words longer than any folding buffer.
    static let tokens = OCRTableWordBytesTests.tokens + [
        "KEPALA\tDINAS", "Kepala..Dinas", "PPK", "P", "PP", "P1", "AB-CD", "ab-CD", "(SEKCAM)", "Sekcam,", "Kab.",
        "Kepala\u{00A0}Dinas", "KEPALA\u{00A0}", "Kepala\r", "\rKepala", String(repeating: "Kepala", count: 12),
        String(repeating: "KEPALA", count: 12), String(repeating: "a-", count: 40), "x", "X", "\u{D7}", "x\u{301}", "xx",
        "\u{D7}\u{301}", "×x", "2x", "-", "|",
    ]

    /// The reference: `OCRTableParser.isRoleWord` as it was, three readings of the token.
    static func isRoleWordReference(_ token: Substring, keys: OCRRoleWordKeys) -> Bool {
        let counts = OCRTableBytes.letterCounts(token)
        if counts.letters >= 2, counts.uppercase == counts.letters { return true }
        return OCRTableBytes.keyIsOne(of: OCRRoleWordKeys.commonRoleWords, token) || keys.containsKey(of: token)
    }

    @Test(arguments: OCRTableWordBytesTests.roleNames) func roleWordAgreesWithItsThreeReadings(_ roles: [String]) {
        let keys = OCRRoleWordKeys(roles: roles)
        for token in Self.tokens {
            let inLine = "x \(token) y"
            for text in [token[...], inLine.dropFirst(2).dropLast(2)] {
                #expect(keys.isRoleWord(text) == Self.isRoleWordReference(text, keys: keys), "\(roles) \(token.debugDescription)")
            }
        }
    }

    /// Tokens of letters only that a role word's length and first letter let through or stop: a word
    /// with one letter changed, one letter more or less, odd capitals, and words of one letter.
    static let letterTokens = [
        "Kepalb", "Kepal", "Kepalaa", "kEPALA", "KePaLa", "Kasi2", "Umun", "Umum", "umum", "Uraian", "LURAh", "Pemohon",
        "Pemohom", "Analis", "Analiz", "Tim", "Tix", "tim", "Z", "Zz", "Kab", "Kac", "Bendahara", "Bendaharb",
        "Pengeluaran", "Pengeluarab", "Loket", "Lokeu", "Instansi", "instansI", "Kepegawaian", "Kepegawaiam", "Ktim",
    ]

    @Test(arguments: OCRTableWordBytesTests.roleNames + [["Uraian Kepegawaian", "Loket Tim", "Z"]])
    func roleWordOfHeldBytesAgreesWithTheReference(_ roles: [String]) {
        let keys = OCRRoleWordKeys(roles: roles)
        for token in Self.tokens + Self.letterTokens {
            let inLine = "x \(token) y"
            for text in [token[...], inLine.dropFirst(2).dropLast(2)] {
                let reference = Self.isRoleWordReference(text, keys: keys)
                var bytesOfText = text
                let fromBytes = bytesOfText.withUTF8 { bytes in keys.isRoleWord(bytes: bytes, of: text) }
                #expect(fromBytes == reference, "\(roles) \(token.debugDescription)")
                #expect(keys.isRoleWord(text) == reference, "\(roles) \(token.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        ("x", true), ("X", true), ("\u{D7}", true), ("", false), ("xx", false), ("x\u{301}", false), ("\u{D7}\u{301}", false),
        ("x ", false), ("*", false), ("\u{C3}", false), ("Ｘ", false), ("2x", false),
    ])
    func timesSignsAreTheThreeSigns(_ text: String, _ isSign: Bool) {
        #expect(OCRTableParser.isTimesSign(text[...]) == isSign, "\(text.debugDescription)")
    }

    @Test func timesSignIsOneOfTheListedTexts() {
        for token in Self.tokens + ByteLevelHelperTests.texts {
            let inLine = "2 \(token) 30"
            for text in [token[...], inLine.dropFirst(2).dropLast(3)] {
                #expect(OCRTableParser.isTimesSign(text) == ["x", "X", "\u{D7}"].contains(text), "\(token.debugDescription)")
            }
        }
    }

    /// The reference: the numbers of one line as `duration(in:)` read them before, one value per line
    /// with arrays of its own.
    struct ReferenceLineNumbers {
        var numbers: [(value: Double, score: Double)?] = []
        var bestBefore: [Int?] = []

        init(_ tokens: OCRTokens) {
            guard tokens.contains(where: { $0.kind == .number }) else { return }
            numbers = tokens.indices.map { index in
                let token = tokens[index]
                guard token.kind == .number, let value = OCRToken.number(token.text.trimmingOCRPunctuation()) else {
                    return nil
                }
                return (value, OCRTableParser.LineNumbers.score(
                    of: value, in: tokens, at: index - tokens.startIndex, adjacent: false))
            }
            var best: Int?
            bestBefore = [nil]
            for (index, number) in numbers.enumerated() {
                if let number, best == nil || number.score > numbers[best!]!.score { best = index }
                bestBefore.append(best)
            }
        }

        func firstBest(before end: Int) -> Int? { bestBefore.isEmpty ? nil : bestBefore[end] }

        func number(at index: Int) -> (value: Double, score: Double)? { numbers.isEmpty ? nil : numbers[index] }
    }

    /// Rows of lines as a table's rest gives them: numbers before and after units, times signs,
    /// ranges, decimals, numbers glued to punctuation, lines without numbers, empty lines, non-ASCII.
    static let rows: [[String]] = [
        [], [""], ["menit"], ["10 menit"], ["2 x 30 menit", "1 hari"], ["Berkas 10", "", "menit | 15 jam"],
        ["0 5 500 501 1000 | 3 menit", "1 l menit", "x 2 X 3 \u{D7} 4 ×5"], ["1-2 hari", "0,5 jam 1.5 jam 2. jam"],
        ["(10) menit", "10| 20| 30|", "1\u{301}0 menit", "é 15 menit"], ["a b c", "d e f", "g h 45", "i 60 j", "k l m n 90"],
        ["12345 menit 99999", "7 7 7 7", "120 90 60 45"],
    ]

    @Test(arguments: rows) func flatNumbersAgreeWithOneArrayPerLine(_ texts: [String]) {
        let lines = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        let rest = lines.map { line in line.tokens[min(1, line.tokens.count)...] }
        var numbers = OCRTableParser.LineNumbers()
        for order in [Array(rest.indices), rest.indices.reversed()] {
            numbers.removeAll(lineCount: rest.count)
            for line in order {
                numbers.read(line: line, rest[line])
                numbers.read(line: line, rest[line])
                Self.expect(numbers, onLine: line, toAnswerAsTheReferenceFor: rest[line], "\(texts)")
            }
        }
    }

    /// Expects what `numbers` holds of line `line` to be what the reference reads in its tokens, `tokens`:
    /// the first best number before every end and the number at every token.
    static func expect(
        _ numbers: OCRTableParser.LineNumbers, onLine line: Int, toAnswerAsTheReferenceFor tokens: OCRTokens,
        _ context: String
    ) {
        let reference = ReferenceLineNumbers(tokens)
        for end in 0...tokens.count {
            #expect(numbers.firstBest(before: end, onLine: line) == reference.firstBest(before: end), "\(context) \(line) \(end)")
        }
        for index in 0..<tokens.count {
            let found = numbers.number(at: index, onLine: line)
            let expected = reference.number(at: index)
            #expect(found?.value == expected?.value && found?.score == expected?.score, "\(context) \(line) \(index)")
        }
    }

    /// The reference: a line of a table without Mutu Baku read in two passes, as `step` read it before:
    /// the Waktu's start (`wordsUpToTime`), then the activity words.
    static func readWithoutMutuBakuReference(
        _ line: OCRLine, timeFrom tokens: OCRTokens, activityFrom activityStart: Int
    ) -> (end: Int, words: [Substring]) {
        var end = tokens.endIndex
        if let time = tokens.firstIndex(where: { token in
            switch token.kind {
            case .unit, .amount, .number: return true
            case .word: return OCRTableBytes.keyHasPrefix(token.text, "disesu")
            default: return false
            }
        }) {
            end = time
            if case .unit = tokens[time].kind, time > tokens.startIndex, OCRTableParser.isMisreadOne(tokens[time - 1].text) {
                end = time - 1
            }
        }
        let words = line.tokens[activityStart...].filter { token in
            token.kind == .word && TextFolding.hasLetters(token.text, atLeast: 2)
                && !TextFolding.keyHasPrefix(token.text, "disesu") && !TextFolding.keyHasPrefix(token.text, "sesuai")
        }.map(\.text)
        return (end, words)
    }

    /// Lines of tables without Mutu Baku: Waktu words before, between and after activity words, cased,
    /// with accents and combining marks, misread ones, row starts, pipes and empty lines.
    static let lineTexts = [
        "", "1. Menerima berkas 10 menit", "2. | Memeriksa berkas l menit selesai", "Disesuaikan", "disesuaikan dengan berkas",
        "Meneliti berkas Disesu", "aikan", "Sesuai kebutuhan", "sesuai aturan 2 jam", "Disésuaikan berkas", "Dise\u{301}suaikan",
        "DISESUAIKAN berkas", "berkas (disesuaikan)", "I bulan berkas", "berkas I bulan", "berkas | 5 | hari", "3 Mengirim surat 1jam",
        "a b c", "Menyesuaikan jadwal", "x 2 x 30 menit", "10. Menandatangani surat keputusan bupati 2 hari Surat",
        "é è ê", "SESUAI", "sesuaikan", "Di sesuaikan", "berkas di-sesuaikan (sesuai) Sesuai, dïsesuaikan sésuai",
    ]

    @Test func lineWithoutMutuBakuAgreesWithTwoPasses() {
        for text in Self.lineTexts {
            let line = OCRLine(number: 1, text: text)
            let count = line.tokens.count
            // The line's tokens as a row reads them, in place in its store (held by `line` to the end).
            let tokens = OCRTableParser.RowTokens(line.recordInPlace)
            for timeStart in Set([0, min(1, count), min(2, count), count]) {
                for activityStart in Set([0, min(1, count), min(3, count), count]) {
                    var activity = OCRWordJoiner()
                    let end = activity.withRoom(for: line.text.utf8.count + 1) {
                        OCRTableParser.readWithoutMutuBaku(
                            tokens, timeFrom: tokens[timeStart...], activityFrom: activityStart, into: &$0)
                    }
                    let expected = Self.readWithoutMutuBakuReference(
                        line, timeFrom: line.tokens[timeStart...], activityFrom: activityStart)
                    #expect(end == expected.end, "\(text.debugDescription) \(timeStart) \(activityStart)")
                    #expect(activity.text == OCRTableParser.joinWords(expected.words), "\(text.debugDescription) \(timeStart) \(activityStart)")
                }
            }
        }
    }

    /// The reference: `OCRTableParser.blocks` as it was, every block's texts joined and folded.
    static func blocksReference(_ lines: [OCRLine]) -> [[Int]] {
        var blocks: [[OCRLine]] = []
        var current: [OCRLine] = []
        var previous: Int?
        for line in lines where !line.isBlank {
            if let previous, line.number > previous + 1, !current.isEmpty {
                blocks.append(current)
                current = []
            }
            current.append(line)
            previous = line.number
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks.filter { block in
            let text = TextFolding.key(block.map(\.text).joined(separator: " "))
            return !["waktu", "no", "aktivitas", "pelaksana", "kegiatan", "keterangan"].contains(text)
        }.map { $0.map(\.number) }
    }

    /// Blocks of header words alone, spread over lines, with punctuation, accents and long texts.
    static let blockTexts: [[String]] = [
        ["Waktu"], ["WAKTU."], ["wak", "tu"], ["- - waktu - -"], ["No"], ["N", "o"], ["Aktivitas"], ["Pelaksana", ""],
        ["Kegiatan"], ["Keterangan"], ["Keterangan", "x"], ["Ke-te-ra-ngan"], ["Wáktu"], ["Waktu\u{00A0}"],
        ["Menerima berkas permohonan dari pemohon"], ["1234567890"], ["12345678901"], ["keterangan1"], [""],
        ["Waktu", "", "No", "", "Menerima berkas", "Kegiatan"],
    ]

    @Test(arguments: blockTexts) func blocksAgreeWithJoinedKeys(_ texts: [String]) {
        let lines = texts.enumerated().map { OCRLine(number: $0.offset * 2 + 1, text: $0.element) }
        let packed = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        for set in [lines, packed] {
            #expect(OCRTableParser.blocks(set).map { $0.map(\.number) } == Self.blocksReference(set), "\(texts)")
        }
    }

    @Test(arguments: OCRTableCellTests.segmentCases) func piecesJoinAsTheirStrings(_ segments: [[String]]) {
        var joiner = OCRWordJoiner()
        var pieces: [String] = []
        for segment in segments {
            let text = segment.joined(separator: " ")
            joiner.append(piece: Array(text.utf8))
            if !text.isEmpty { pieces.append(text) }
        }
        #expect(Array(joiner.text.utf8) == Array(OCRTableParser.joinWords(pieces).utf8), "\(segments)")
    }
}

@testable import SOPKit
import Testing

/// `DurationParser.looksLikeDuration(utf8:)` reads a text's bytes where the layout table parser has
/// them, and `LayoutTableParser.bestSplit` checks each candidate part on those bytes before any chunk
/// is built: both must answer as the string-based reading they replace, on every text.
@Suite struct DurationUTF8Tests {
    /// Pieces the random texts are made of: amounts, units, range words, flexible phrases, and the
    /// characters where bytes and characters differ (no-break space, combining mark, dashes, tabs).
    static let pieces = [
        "1", "2", "30", "0,5", "1.5", " ", " ", "  ", "hari", "Hari", "jam", "menit", "minggu", "bulan", "kerja", "-",
        "\u{2013}", "\u{2014}", "~", "s/d", "S.D.", "sampai", "hingga", "x", "\u{D7}", "/", "(tiga)", "(", ")",
        "setengah", "Setengah ", "sesuai", "Disesuaikan", "tentatif", "kebutuhan", "\u{00A0}", "\u{301}", "é", "’",
        "\t", "Data", "Dokumen", ".", ",", "ſ", "İ", "日", "Häri",
    ]

    /// A text of `count` pieces drawn with `generator`.
    static func randomText(_ count: Int, _ generator: inout SplitMix) -> String {
        (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    /// The texts of `DurationBytesTests`, long texts, and random texts of up to twelve pieces.
    static let texts: [String] = {
        var texts = DurationBytesTests.texts + [
            String(repeating: "1 hari ", count: 300), String(repeating: "é", count: 20), String(repeating: "é", count: 21),
            "\t1 hari", "1\t-\t2 hari", "\u{00A0}setengah hari", "-\u{00A0}", "\u{2014} \u{2013} -",
        ]
        var generator = SplitMix(seed: 17)
        for count in 1...1500 { texts.append(randomText(count % 12 + 1, &generator)) }
        return texts
    }()

    @Test func bytesAnswerAsTheText() {
        for text in Self.texts {
            for unit in [nil, DurationUnit.minute, .day] {
                let bytes = Array(text.utf8)
                let fromBytes = bytes.withUnsafeBufferPointer { DurationParser.looksLikeDuration(utf8: $0, defaultUnit: unit) }
                #expect(fromBytes == DurationParser.looksLikeDuration(text, defaultUnit: unit), "\(text.debugDescription) \(String(describing: unit))")
            }
        }
    }

    @Test func bytesInsideALongerBufferAnswerAsTheText() {
        for text in Self.texts.prefix(400) {
            let bytes = Array("x \(text) y".utf8)
            let fromBytes = bytes.withUnsafeBufferPointer { buffer in
                DurationParser.looksLikeDuration(utf8: UnsafeBufferPointer(rebasing: buffer[2..<(bytes.count - 2)]))
            }
            #expect(fromBytes == DurationParser.looksLikeDuration(text), "\(text.debugDescription)")
        }
    }

    @Test func unitNamesAgreeWithTheListOfEveryName() {
        var words = [
            "", "m", "h", "j", "d", "p", "w", "b", "x", "menit", "mnt", "mt", "min", "minute", "minutes", "minit", "jam", "jm",
            "hour", "hours", "hari", "hr", "hri", "day", "days", "harikerja", "minggu", "mgg", "pekan", "week", "weeks",
            "bulan", "bln", "month", "months", "menitt", "har", "hariker", "jamm", "bulanan", "häri", "é", "semester",
            "tahun", "dokumen", "hari\u{301}", "mín",
        ]
        var generator = SplitMix(seed: 91)
        let letters = Array("abdhijkmnoprstuwéá".unicodeScalars)
        for count in 1...2000 {
            var word = ""
            for _ in 0..<(count % 9 + 1) { word.unicodeScalars.append(letters[Int(generator.next() % UInt64(letters.count))]) }
            words.append(word)
        }
        for word in words {
            #expect(DurationParser.unit(named: word[...]) == ScalarDurationReference.unit(named: word[...]), "\(word)")
            let padded = "x\(word)y"
            let inner = padded.dropFirst().dropLast()
            #expect(DurationParser.unit(named: inner) == ScalarDurationReference.unit(named: inner), "\(word)")
        }
    }

    @Test func bestSplitAgreesWithTheSplitOfEveryCandidate() {
        var generator = SplitMix(seed: 1717)
        var chunkTexts = [
            "Data-data yang diperlukan. 1 hari kerja", "Teknis/KAK. 3 hari kerja", "1 hari Dokumen", "2 jam Surat undangan",
            "setengah hari Berkas", "Berkas setengah hari", "Sesuai kebutuhan Laporan", "Laporan sesuai kebutuhan", "é é 1 hari",
            "Permohonan\u{00A0}2 hari", "a - 1 hari", "x 30 menit - 2 jam y", "", "1", "1 ", String(repeating: "kata ", count: 30) + "1 hari",
        ]
        for count in 1...600 { chunkTexts.append(Self.randomText(count % 16 + 1, &generator)) }
        for text in chunkTexts {
            let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            let scalars = trimmed.unicodeScalars.count
            let padded = Array("  \(trimmed)  ".utf8)
            for start in [0, 3, 17] {
                let chunks = [
                    LayoutChunk(text: trimmed, start: start, end: start + scalars),
                    LayoutChunk(storage: padded, bytes: 2..<(padded.count - 2), start: start, end: start + scalars),
                ]
                for chunk in chunks {
                    for column in (start - 2)...(start + scalars + 10) {
                        for keepRight in [true, false] {
                            let split = LayoutTableParser.bestSplit(chunk, near: column, keepRight: keepRight)
                            let reference = Self.referenceBestSplit(chunk, near: column, keepRight: keepRight)
                            #expect(split.map { [$0.0, $0.1] } == reference.map { [$0.0, $0.1] }, "\(trimmed.debugDescription) \(column) \(keepRight)")
                        }
                    }
                }
            }
        }
    }

    /// `LayoutTableParser.bestSplit` as it was before it read candidates on bytes: each candidate
    /// split built as two chunks, the part read as a string.
    static func referenceBestSplit(_ chunk: LayoutChunk, near column: Int, keepRight: Bool) -> (LayoutChunk, LayoutChunk)? {
        var best: (LayoutChunk, LayoutChunk)?
        var bestDistance = Int.max
        for (offset, scalar) in chunk.text.unicodeScalars.enumerated() where scalar == " " {
            let distance = abs(chunk.start + offset + 1 - column)
            guard distance <= 8, distance < bestDistance,
                let (before, after) = chunk.split(near: chunk.start + offset + 1, tolerance: 0)
            else { continue }
            let candidate = keepRight ? after : before
            if candidate.withUTF8(LayoutTableParser.mayBeDuration(utf8:)), DurationParser.looksLikeDuration(candidate.text) {
                best = (before, after)
                bestDistance = distance
            }
        }
        return best
    }
}

/// `DurationParser.unit(packed:)` looks an ASCII word up on its packed bytes where `unit(named:)`
/// compares strings, and `OCRTableParser.LineNumbers` reuses its buffers from row to row: both must
/// answer as what they replace.
@Suite struct DurationPackedWordTests {
    @Test func packedUnitAgreesWithUnitNamed() {
        var words = DurationParser.unitNames.map(\.name) + [
            "m", "h", "x", "menitt", "har", "hariker", "harikerj", "harikerjaa", "jamm", "bulanan", "semester",
            "abcdefghijklmnop", "minutesminutesmi",
        ]
        var generator = SplitMix(seed: 404)
        let letters = Array("abdhijkmnoprstuwxy".utf8)
        for count in 1...3000 {
            words.append(String(decoding: (0..<(count % 16 + 1)).map { _ in letters[Int(generator.next() % UInt64(letters.count))] }, as: UTF8.self))
        }
        for word in words {
            #expect(DurationParser.unit(packed: PackedASCIIWord(word.utf8)!) == DurationParser.unit(named: word[...]), "\(word)")
        }
    }

    /// One `LineNumbers` read for every row in turn, long rows before short ones and again after,
    /// answers as the reference read afresh for each line.
    @Test func lineNumbersReusedFromRowToRowAgreeWithTheReference() {
        let rows = OCRTableRowPassTests.rows + OCRTableRowPassTests.rows.reversed() + [
            (0..<40).map { "\($0) \($0 * 5) menit" }, ["1"], [], (0..<3).map { "x \($0 + 2) jam" },
        ]
        var numbers = OCRTableParser.LineNumbers()
        for texts in rows {
            let lines = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
            let rest = lines.map { line in line.tokens[min(1, line.tokens.count)...] }
            numbers.removeAll(lineCount: rest.count)
            for line in rest.indices.reversed() {
                numbers.read(line: line, rest[line])
                OCRTableRowPassTests.expect(numbers, onLine: line, toAnswerAsTheReferenceFor: rest[line], "\(texts)")
            }
        }
    }

    @Test func everyListedNameIsKnownToUnitNamed() {
        for (name, unit) in DurationParser.unitNames { #expect(DurationParser.unit(named: name[...]) == unit, "\(name)") }
    }

    @Test func longAndNonASCIIUnitWordsAgreeWithTheScalarParser() {
        let texts = [
            "2 HARI", "2 Harikerja", "3 abcdefghijklmnopq", "3 ABCDEFGHIJKLMNOPQRS hari", "1 x 2 jam", "1 X 2 JAM", "4 x",
            "5 háři", "5 hari\u{301}", "6 \u{212A}", "7 minutesminutesmin", "7 minutesminutesm", "8 - 9 Weeks", "1 jam - 2 hari",
            "2 hari - 1 jam", "\t3\tjam", "3 jam\u{00A0}kerja",
        ]
        for text in texts {
            #expect(DurationParser.measure(of: text, defaultUnit: nil) == ScalarDurationReference.measure(of: text, defaultUnit: nil), "\(text)")
        }
    }
}

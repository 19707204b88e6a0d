@testable import SOPKit
import Testing

/// `Vocabulary.mayBeActivityHeaderWord`, which lets `LineClassifier.isTableHeader` answer most step
/// rows without reading header words, against the header words it stands for.
@Suite struct ActivityHeaderPrecheckTests {
    /// Texts around the header words: every header word, cased and wrapped in punctuation, a no-break
    /// space, tabs, characters outside ASCII (é, —, ’), digits, step text, empty and very long texts.
    static let headerTexts: [String] = {
        let words = Vocabulary.headerWords.map(\.key) + ["Kegiatan", "URAIAN KEGIATAN", "Uraian-Prosedur", "Aktivitas.",
            "Deskripsi Kegiatan", "Langkah  Kegiatan", "waktu é", "Kelengkapan’s", "Mutu—Baku"]
        let leads = ["", "(", "\u{A0}", "\t", "1. ", "é", "— ", "’", "-:", "\u{A0}\u{A0}(", "\u{C2}"]
        let tails = ["", ")", " é", "\u{A0}", "\t:", String(repeating: " panjang", count: 20)]
        var texts = ["", " ", "1", "12.", "Menerima berkas", "é", "—", "\u{A0}", "\t", "(((", "9Kegiatan", "Ékegiatan", "Deskripsiku é", "Deskripsi é", "Kegiatan\u{A0}é",
            String(repeating: "x", count: 500), String(repeating: "(", count: 300) + "Kegiatan"]
        for word in words {
            for lead in leads {
                for tail in tails { texts.append(lead + word + tail) }
            }
        }
        for letter in UInt8(0x41)...UInt8(0x7A) { texts.append(String(decoding: [letter], as: UTF8.self) + "egiatan") }
        return texts
    }()

    /// The first words the check compares with are those of the activity header words, whatever their
    /// case: every other word of the header words, and near misses, are turned down.
    @Test func activityFirstWordsAreThoseOfTheHeaderWords() {
        let activityFirstWords = Set(Vocabulary.headerWords.filter { $0.word == .activity }.map {
            String($0.key.prefix { $0 != " " })
        })
        #expect(activityFirstWords.count == 7)
        let candidates = Vocabulary.headerWords.flatMap { $0.key.split(separator: " ").map(String.init) }
            + ["kegiatann", "kegiata", "uraiam", "prosedur1", "deskripsi", "LANGKAH", "Aktifitas", "k3giatan", "", "a"]
        for word in candidates {
            let expected = activityFirstWords.contains(word.lowercased())
            let answer = Array(word.utf8).withUnsafeBufferPointer(Vocabulary.isActivityFirstWord)
            #expect(answer == expected, "\(word)")
        }
    }

    /// `OCRTableParser.isNumberHeaderWord`, which turns down a token by the first letter of its key,
    /// against the keys it stands for, on the header texts and their words, and on thousands of random
    /// tokens of letters, digits, punctuation, no-break spaces and characters outside ASCII.
    @Test func numberHeaderWordAgreesWithTheKey() {
        let pieces = ["n", "N", "o", "O", "m", "r", "nomor", "No", "NO.", "(", ")", ".", ":", "-", "1", "9", "\u{A0}",
            "\u{C2}", "é", "ñ", "\u{301}", "—", "’", "\t", "x", "a", "Ñ"]
        var tokens = Self.headerTexts.map { $0[...] } + Self.headerTexts.flatMap { $0.split(separator: " ") }
        tokens += ["", "no", "No.", "(No)", "NOMOR", "Nomor:", "n o", "\u{A0}no", "éno", "no\u{301}", "1no", "nomor1"]
        var generator = SplitMix(seed: 0x6E6F_6D6F)
        for round in 0..<20_000 {
            tokens.append((0..<(round % 7 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()[...])
        }
        for token in tokens {
            let expected = TextFolding.keyMatches(token, "no") || TextFolding.keyMatches(token, "nomor")
            #expect(OCRTableParser.isNumberHeaderWord(token) == expected, "\(token.debugDescription)")
        }
    }

    /// `OCRTableParser.isMutuBakuWord`, which turns down a token by the first letter of its key and
    /// reads a plain ASCII one on its bytes (`OCRTableBytes.keyIsOne` of a token's text), against the
    /// keys it stands for, on the header texts and their words, and on thousands of random tokens of
    /// letters, digits, punctuation, no-break spaces, CR and characters outside ASCII, short (inline)
    /// and long, whole strings and slices of longer ones.
    @Test func mutuBakuWordAgreesWithTheKey() {
        let mutuBakuWords: Set<String> = ["kelengkapan", "persyaratan", "mutu", "output", "put", "keterangan"]
        let wordSet = ASCIIWordSet(mutuBakuWords)
        let pieces = ["k", "K", "p", "P", "m", "M", "o", "O", "u", "t", "e", "mutu", "Output", "KELENGKAPAN", "put",
            "keterangan", "Persyaratan", "(", ")", ".", ":", "-", "|", "/", "1", "9", "\u{A0}", "\u{C2}", "é", "\u{301}",
            "—", "’", "\t", "\r", "\r\n", "\u{212A}", "ß", "x", "a", " "]
        var texts = Self.headerTexts + ["", "mutu", "Mutu,", "(Output)", "OUT PUT", "out-put", "\u{A0}put", "éput", "put\u{301}",
            "1mutu", "mutu1", "\u{212A}eterangan", "Kelengkapan\r", String(repeating: "-", count: 40) + "Output"]
        var generator = SplitMix(seed: 0x6D75_7475)
        for round in 0..<20_000 {
            texts.append((0..<(round % 11 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            let inLine = "x \(text) y"
            for token in [text[...], inLine.dropFirst(2).dropLast(2)] + text.split(separator: " ") {
                let expected = mutuBakuWords.contains(TextFolding.key(token))
                #expect(OCRTableParser.isMutuBakuWord(token) == expected, "\(token.debugDescription)")
                #expect(OCRTableBytes.keyIsOne(of: wordSet, token) == expected, "\(token.debugDescription)")
            }
        }
    }

    @Test func noActivityIsRuledOut() {
        var ruledOut = 0
        for text in Self.headerTexts {
            let mayBe = Vocabulary.mayBeActivityHeaderWord(text)
            if Vocabulary.headerWord(text) == .activity { #expect(mayBe, "\(text)") }
            if !mayBe { ruledOut += 1 }
        }
        // The check rules out many texts, so it is not vacuous.
        #expect(ruledOut > Self.headerTexts.count / 4)
        for text in ["1", "Menerima berkas", "é", "", "\u{A0}", "Waktu", "No", "Kepala Dinas", "Pemohon", "Kegiatanku", "Deskripsikan"] {
            #expect(!Vocabulary.mayBeActivityHeaderWord(text), "\(text)")
        }
    }

    /// Lines of four cells (three drawn from header texts, step numbers, step text and empty cells, the
    /// fourth empty or a header word): the header check with its shortcut agrees with reading every
    /// filled cell's header word.
    @Test func headerCheckAgreesWithEveryCell() {
        let texts = ["No", "(Kegiatan)", "\u{A0}Uraian Kegiatan", "Pelaksana", "Mutu Baku", "Waktu", "Output", "Ket",
            "1", "1.", "Menerima berkas", "é", "—", "", "Prosedur", "aktivitas", "Langkah\tKegiatan"]
        for first in texts {
            for second in texts {
                for third in texts {
                    for fourth in ["", "Keterangan", "Kegiatan"] {
                        let cells = [first, second, third, fourth].enumerated().map {
                            Cell(text: $0.element, line: 1, column: $0.offset + 1)
                        }
                        let filled = LineClassifier.filledPositions(of: cells)
                        let expected = TableHeaderLineTests.isTableHeaderReadingEveryCell(cells, filled)
                        #expect(LineClassifier.isTableHeader(LineCells(cells), filled) == expected, "\(cells.map(\.text))")
                    }
                }
            }
        }
    }
}

@testable import SOPKit
@testable import SOPKitCLI
import Testing

/// The byte-level fast paths of the import's exporters give the same bytes as the code they replaced:
/// JSON escaping eight bytes at a time, constant JSON keys, and CSV fields written into a byte buffer.
@Suite struct ImportCostTests {
    /// Texts with every byte that needs escaping or quoting, at every position of an eight-byte word,
    /// and texts outside ASCII.
    static let texts: [String] = {
        var texts = ByteLevelHelperTests.texts + [
            "", "a", "abcdefg", "abcdefgh", "abcdefghi", "0123456789abcdef", "0123456789abcdefX",
            String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }), "\u{2028}a\u{2029}\u{2027}\u{202A}€â\u{80}",
            "tail\u{E2}", "\"\\", "Kepala Dinas Kependudukan dan Pencatatan Sipil", "Surat, \"tanda\" terima\r\n",
            "=SUM(A1)", "+62 812", "-", "@x", "\tx", "\rx", "'x", "é, \"ü\"", "ÅÅÅÅÅÅÅÅÅÅÅÅ", "\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}",
        ]
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", ",", "é", "\u{FFFF}", " ", "~"]
        for special in specials {
            for position in 0..<18 {
                let before = String(repeating: "a", count: position)
                texts.append(before + special + "bcdefghijklmnop")
                texts.append(before + special)
            }
        }
        return texts
    }()

    @Test(arguments: texts) func jsonEscapingAgreesWithScalars(_ text: String) {
        var writer = JSONWriter(pretty: false)
        writer.string(text)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == ByteLevelHelperTests.jsonByScalars(text), "\(text)")
    }

    /// `isPlainASCII` against the byte-by-byte definition, on every byte in every position and on
    /// words mixing bytes around the limits.
    @Test func plainASCIIWordsAgreeWithBytes() {
        func plainByBytes(_ word: UInt64) -> Bool {
            (0..<8).allSatisfy { shift in
                let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))
                return byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C
            }
        }
        let filler = UInt64(0x6161_6161_6161_6161)
        for byte in 0...255 {
            for position in 0..<8 {
                let shift = UInt64(8 * position)
                let word = (filler & ~(0xFF << shift)) | (UInt64(byte) << shift)
                #expect(JSONWriter.isPlainASCII(word) == plainByBytes(word), "\(byte) at \(position)")
            }
        }
        let edges: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xE2, 0xFE, 0xFF]
        for word in edgeWords(from: edges) {
            #expect(JSONWriter.isPlainASCII(word) == plainByBytes(word), "\(String(word, radix: 16))")
        }
    }

    @Test func constantKeysWriteWhatKeysWrite() {
        for pretty in [false, true] {
            var constant = JSONWriter(pretty: pretty)
            var general = JSONWriter(pretty: pretty)
            constant.beginObject()
            general.beginObject()
            constant.constantField("schemaVersion", "1.3")
            general.field("schemaVersion", "1.3")
            constant.constantField("line", 12)
            general.field("line", 12)
            constant.constantField("none", nil as String?)
            general.field("none", nil as String?)
            constant.constantKey("list")
            general.key("list")
            constant.strings(["a", "b"])
            general.strings(["a", "b"])
            constant.constantKey("empty key follows")
            general.key("empty key follows")
            constant.beginObject()
            general.beginObject()
            constant.constantField("", 0)
            general.field("", 0)
            constant.endObject()
            general.endObject()
            constant.endObject()
            general.endObject()
            #expect(constant.bytes == general.bytes, "pretty: \(pretty)")
        }
    }

    /// The reference CSV text field, as the writer wrote it on `String`s before.
    static func csvFieldByStrings(_ value: String) -> [UInt8] {
        var text = value
        if let first = text.utf8.first,
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
        {
            text = "'" + text
        }
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return Array(text.utf8) }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        return bytes + [UInt8(ascii: "\"")]
    }

    @Test(arguments: texts) func csvFieldsAgreeWithStrings(_ text: String) {
        var writer = CSVWriter(byteOrderMark: false, capacity: 1)
        writer.text(text)
        #expect(writer.bytes == Self.csvFieldByStrings(text), "\(text)")
    }

    @Test func csvRowsKeepTheirLayout() {
        var writer = CSVWriter(byteOrderMark: true)
        writer.row(["a", "b,c", "=d"])
        writer.text(nil)
        writer.separator()
        writer.number(nil)
        writer.separator()
        writer.number(-12)
        writer.separator()
        writer.text("")
        writer.endRow()
        writer.append(written: Array("x,y".utf8)[...])
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF] + Array("a,\"b,c\",'=d\r\n,,-12,\r\nx,y".utf8))
    }

    /// Outputs and Kelengkapan as the tables hold them, with stop words, one-letter words, punctuation,
    /// no-break spaces, letters outside ASCII and combining marks.
    static let outputsAndRequirements = [
        "", " ", "-", "Disposisi", "disposisi.", "Surat Disposisi", "Data Awal", "Persiapan /Draft", "draft",
        "dan di ke", "yang untuk dengan", "a b c", "Surat\u{00A0}Permohonan", "surat permohonan", "Berkas (lengkap)",
        "berkas", "Dokumen yang telah diverifikasi", "dokumen terverifikasi", "Café", "cafe", "CAFÉ café",
        "e\u{301}", "Laporan e\u{301}", "laporan", "Nota Dinas, SK", "SK", "sk", "x", "ab", "AB", "1 2", "12",
        "Rekomendasi \u{2013} Izin", "izin", "SURAT-KETERANGAN", "keterangan", "Ölçü", "ölçü", "данные", "Данные",
    ]

    @Test(arguments: outputsAndRequirements) func sharedWordsOnBytesAgreeWithWords(_ output: String) {
        for requirements in Self.outputsAndRequirements {
            #expect(
                ReviewerRules.sharesSignificantWord(output, requirements)
                    == ReviewerRules.sharesSignificantWordComparingWords(output, requirements), "\(output) / \(requirements)")
        }
        #expect(ReviewerRules.sharesSignificantASCIIWord(output, "surat") != nil || output.utf8.contains { $0 >= 0x80 })
    }

    /// Generated texts of several words from a small vocabulary (stop words, one-letter words, words
    /// that differ only in case, length or last letter, digits, punctuation, a few outside ASCII), so
    /// that pairs share a word at any position, or none: the byte reading, which looks for a later word
    /// only behind its mark among the second text's words, agrees with the comparison of words.
    @Test func sharedWordsOnBytesAgreeWithWordsOnGeneratedTexts() {
        let pieces = [
            "surat", "Surat", "SURAT", "surah", "surats", "dan", "di", "yang", "a", "x", "ab", "AB", "ba", "12", "21",
            "berkas", "Berkas", "draft", "drafT", "konsep", "konsepsi", "nota", "dinas", "sk", "SK", "kkr",
            "caf\u{00E9}", "\u{00A0}", "-", ",", ".", "/", "(", ")", " ", " ", " ",
        ]
        var generator = SplitMix(seed: 0x5EA2_0028)
        func text() -> String {
            var text = ""
            for _ in 0..<Int(generator.next() % 9) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 3 != 0 { text += " " }
            }
            return text
        }
        for _ in 0..<30_000 {
            let (output, requirements) = (text(), text())
            #expect(
                ReviewerRules.sharesSignificantWord(output, requirements)
                    == ReviewerRules.sharesSignificantWordComparingWords(output, requirements),
                "\(output.debugDescription) / \(requirements.debugDescription)")
        }
    }

    @Test func sharedWordsExamples() {
        #expect(ReviewerRules.sharesSignificantWord("Surat Disposisi", "disposisi."))
        #expect(!ReviewerRules.sharesSignificantWord("Data dan Berkas", "dan di ke"))
        #expect(!ReviewerRules.sharesSignificantWord("x y", "x y"))
        #expect(ReviewerRules.sharesSignificantWord("Café", "CAFÉ café"))
    }

    /// Two long texts of many distinct words with no word in common: the byte reading looks for at
    /// most `maximumASCIIRescans` words in the second text again and hands over to the hashed words
    /// (nil), so a pair of 64 KiB cells is compared in linear time; a word shared at the very end is
    /// still found.
    @Test func longAlikeTextsAreComparedHashed() {
        // Words of one length, first and last letter: every word of the output has a mark of the
        // requirements' words, so each would send the byte reading through them again.
        let output = (1_000..<5_000).map { "a\($0)z" }.joined(separator: " ")
        let requirements = (5_000..<9_000).map { "a\($0)z" }.joined(separator: " ")
        #expect(ReviewerRules.sharesSignificantASCIIWord(output, requirements) == nil)
        #expect(!ReviewerRules.sharesSignificantWord(output, requirements))
        #expect(ReviewerRules.sharesSignificantWord(output + " bersama", requirements + " Bersama"))
        #expect(ReviewerRules.sharesSignificantASCIIWord("surat a1000z", requirements) == false)
    }

    @Test(arguments: [0, 1, -1, 0.5, -0.5, 2.25, 50, 94, 100, 1e14, -1e14, 1e15, 1e16, 123_456.789, .nan, .infinity, -.infinity, -0.0])
    func decimalsAreWrittenAsNumberFormattingWritesThem(_ value: Double) {
        let sink = ByteSink(capacity: 1)
        sink.append(decimal: value)
        #expect(sink.string == NumberFormatting.decimal(value), "\(value)")
    }

    @Test(arguments: texts + ["SOP-01", "sop-01", "Ärger", "İstanbul", "ß", "A_B.c-D", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{"])
    func outputNameKeysAgreeWithLowercasedStrings(_ name: String) {
        #expect(OutputNames.UsedNames.key(name) == OutputNames.UsedNames.keyOfLowercased(name), "\(name)")
    }

    /// `sanitise` scalar by scalar on strings, as it was written first (the reference of the tests).
    static func sanitiseByScalars(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F:
                output.unicodeScalars.append(scalar)
            case 0x2E:
                if !output.isEmpty, !output.hasSuffix(".") { output.append(".") }
            default:
                if !output.isEmpty, !output.hasSuffix("-") { output.append("-") }
            }
            if output.utf8.count >= OutputNames.maximumStemLength { break }
        }
        while output.hasSuffix(".") || output.hasSuffix("-") { output.removeLast() }
        return output.isEmpty ? "sop" : output
    }

    @Test(arguments: texts + [
        "SOP/01/2023", "../../etc/passwd", "...", "a\u{0}b\nc", "é.é", ".é", "é-", "ÅÅ..--__", String(repeating: "ab.", count: 60),
        String(repeating: "é", count: 120), String(repeating: "a", count: 99) + "é" + "b", String(repeating: "a", count: 99) + ".b",
        String(repeating: "x", count: 100) + "-", "-.-.", "a.-.b", "a\u{301}b", "𝔸b",
    ])
    func sanitisedStemsAgreeWithScalars(_ text: String) {
        #expect(OutputNames.sanitise(text) == Self.sanitiseByScalars(text), "\(text)")
    }

    @Test func indexRowsAgreeWithInterpolatedText() {
        let entries = [
            SiteIndexExporter.Entry(link: "sops/a.html", title: "A & B", number: "1/<2>", agency: nil, steps: 12,
                total: TotalDuration(minutes: 500, flexibleSteps: 2), status: "warnings", source: "in \"x\".txt"),
            SiteIndexExporter.Entry(link: "sops/b.html", title: nil, number: nil, agency: "Dinas 'X'", steps: 0, total: nil,
                status: "ok", source: "é.txt"),
        ]
        for entry in entries {
            var expected = "<td>\(entry.number.map(HTMLEscaping.escape) ?? "—")</td>"
            expected += "<td>\(entry.agency.map(HTMLEscaping.escape) ?? "—")</td><td class=\"number\">\(entry.steps)</td>"
            expected += "<td>\(HTMLEscaping.escape(WorkingTimeText.totalTime(entry.total)))</td>"
            expected += "<td class=\"status\">\(HTMLEscaping.escape(entry.status))</td><td class=\"file\">\(HTMLEscaping.escape(entry.source))</td></tr>\n"
            #expect(SiteIndexExporter.row(entry).hasSuffix("</td>" + expected), "\(entry)")
        }
    }

    @Test(arguments: texts) func asciiTextsAgreeWithBytes(_ text: String) {
        var text = text
        let expected = text.utf8.allSatisfy { $0 < 0x80 }
        #expect(text.withUTF8 { FoldedKey.isASCII($0) } == expected, "\(text)")
    }

    /// Activities with verbs, prefixed non-verbs, digits, separators, letters outside ASCII before and
    /// after the first word, no-break spaces and first words longer than the folded prefix.
    static let activities = [
        "Menerima berkas permohonan", "Dinas menerima berkas", "Terima berkas", "Diklat teknis", "Data diperiksa", "Me",
        "", "...", "“Menerima” berkas", "Mém\u{301}eriksa berkas", "Ber \u{301}kas", String(repeating: "me", count: 40),
        String(repeating: "me", count: 32), String(repeating: "me", count: 32) + " x", String(repeating: "di", count: 31) + "nas",
        "Rekap data", "Buat surat", "Surat dibuat", "MEMERIKSA", "DINAS", "dinas.", "  (1) Memeriksa", "1. Memeriksa", "Ber",
        "Berkas", "Mengirim\u{00A0}surat", "\u{00A0}Mengirim", "Terlampir", "TERLAMPIR berkas", "Periksa-ulang", "Catat é",
        "Catat\té", "Kirimé", "é Kirim", "meny", "menyusun", "Meng2", "ter5ab", "Dokumen", "dokumen x", "Serahkan", "rekap",
    ]

    @Test(arguments: activities) func verbsOnTheASCIIWordAgreeWithTheFoldedPrefix(_ activity: String) {
        let reference = ReviewerRules.startsWithVerbOnFoldedPrefix(activity) ?? ReviewerRules.startsWithVerbComparingCharacters(activity)
        if let decided = ReviewerRules.startsWithVerbOnASCIIWord(activity) {
            #expect(decided == reference, "\(activity)")
        } else {
            #expect(activity.utf8.contains { $0 >= 0x80 }, "\(activity)")
        }
        #expect(ReviewerRules.startsWithVerb(activity) == reference, "\(activity)")
    }
}

@testable import SOPKit
import Testing

/// `OCRRoleHeader.PhraseText` reads a plain ASCII phrase on its bytes, and `OCRRoleHeader.HeaderReading`
/// gives each phrase's header words from the notes of its line's words: the same facts and words as the
/// readings through the phrase's key (`PhraseText(_:key:)`) and `FoldedKey.spaceSeparated`.
@Suite struct OCRRolePhraseBytesTests {
    /// Header lines and phrases of every shape: heads, standalone words, connectors (also cut by
    /// punctuation and in capitals), hyphens, acronyms, digits, known pairs, punctuation alone, tabs
    /// and runs of spaces, a CR, non-ASCII letters, marks and spaces, and a very long phrase.
    static let texts: [String] = [
        "Kepala", "kepala", "KEPALA", "Kepala Dinas", "Evaluasi dan", "Evaluasi DAN", "Evaluasi dan.", "Bidang-",
        "Bidang- Bidang", "Kasat Pol PP", "dan/atau", "dan / atau", "serta", "Atau", "&", "/", "-", "A", "1", "a-b-c",
        "Staf", "Sekretaris", "SEKRETARIS", "sekretaris", "Sekretaris.", "(Sekretaris)", "Perawat", "Dokter Umum",
        "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan", "Kepala Sub Bagian Umum", "..x..", "x.y",
        "Tim Reviu", "Petugas Loket", "Pejabat Pembuat Komitmen", "Kabid2", "2 Kabid", "Kepala\tDinas", "Kepala  Dinas",
        " Kepala ", "Kepala\rDinas", "Kepala De\u{301}sa", "Kepala Désa", "Kepala\u{00A0}Dinas", "Kepala — Dinas",
        "Staf’", "Pelaksana", "Staf Pelaksana", "Kepala | Kasi | Staf", "Kepala Dinas Kasubbag Umum Staf Perencanaan",
        String(repeating: "Kepala Dinas dan ", count: 40) + "Staf",
    ]

    /// The phrases of `texts` as `OCRRoleHeader.phrases` cuts them, and the texts themselves.
    static var phrases: [String] {
        texts.flatMap { OCRRoleHeader.phrases(text: $0) } + texts.filter { !$0.isEmpty }
    }

    @Test func phraseFactsAgreeWithTheKeyReading() {
        for phrase in Self.phrases {
            let byKey = OCRRoleHeader.PhraseText(phrase, key: TextFolding.key(phrase))
            #expect(OCRRoleHeader.PhraseText(phrase) == byKey, "\(phrase.debugDescription)")
        }
    }

    @Test func columnsOfPhrasesAgreeWithTheKeyReading() {
        let phrases = Self.phrases
        for index in phrases.indices.dropLast() {
            let pair = [phrases[index], phrases[index + 1]]
            let onBytes = pair.map(OCRRoleHeader.PhraseText.init)
            let byKey = pair.map { OCRRoleHeader.PhraseText($0, key: TextFolding.key($0)) }
            let column = OCRRoleHeader.ColumnText([0, 1], of: onBytes)
            #expect(column == OCRRoleHeader.ColumnText([0, 1], of: byKey), "\(pair.debugDescription)")
            #expect(column.firstFoldedWord([0, 1], of: onBytes)
                == OCRRoleHeader.ColumnText([0, 1], of: byKey).firstFoldedWord([0, 1], of: byKey), "\(pair.debugDescription)")
        }
    }

    @Test func headerWordsAgreeWithSpaceSeparatedWords() {
        for text in Self.texts + ["", " ", "  a  b  "] {
            var reading = OCRRoleHeader.HeaderReading()
            reading.append(lineText: text)
            for phrase in reading.phrases(ofLine: 0) {
                let words = reading.words[reading.words(ofPhrase: phrase)].map(\.text)
                let expected = FoldedKey.spaceSeparated(reading.phrases[phrase].text[...]).map(String.init)
                #expect(Array(words) == expected, "\(text.debugDescription)")
                #expect(words.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
            }
        }
    }

    /// `OCRTableBytes.spaceSeparatedWord`, followed from word to word, cuts a text's bytes as
    /// splitting them at spaces does (tabs, CR and non-ASCII bytes stay inside words).
    @Test(arguments: texts + ["", " ", "   ", "a", " a", "a ", "a  b", "\t", "é é"])
    func spaceSeparatedWordsAreTheBytesSplitAtSpaces(_ text: String) {
        let bytes = Array(text.utf8)
        let expected = bytes.split(separator: 0x20).map { Array($0) }
        let words = bytes.withUnsafeBufferPointer { buffer in
            var words: [[UInt8]] = []
            var next = OCRTableBytes.spaceSeparatedWord(from: 0, in: buffer)
            while let word = next {
                words.append(Array(buffer[word]))
                next = OCRTableBytes.spaceSeparatedWord(from: word.upperBound, in: buffer)
            }
            return words
        }
        #expect(words == expected, "\(text.debugDescription)")
    }
}

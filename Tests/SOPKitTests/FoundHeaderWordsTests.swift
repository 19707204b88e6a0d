@testable import SOPKit
import Testing

/// The header words the tabular check finds in the first header and hands to the line
/// (`FoundHeaderWords`), against the words looked up again: every word reads back as kept, and a layout
/// read with them is the layout read without them.
@Suite struct FoundHeaderWordsTests {
    static let words: [Vocabulary.HeaderWord?] = [
        nil, .number, .activity, .performersGroup, .qualityGroup, .requirements, .duration, .output, .notes,
    ]

    @Test func wordsReadBackAsKept() {
        for (offset, word) in Self.words.enumerated() {
            for position in [0, 1, 7, 15] {
                var found = FoundHeaderWords()
                found.record(word, at: position)
                // A neighbour kept too does not disturb it.
                found.record(Self.words[(offset + 1) % Self.words.count], at: position == 0 ? 1 : position - 1)
                #expect(found.word(at: position) == .some(word), "\(String(describing: word)) \(position)")
            }
        }
        var found = FoundHeaderWords()
        found.record(.activity, at: 16)
        found.record(.activity, at: -1)
        #expect(found.word(at: 16) == nil && found.word(at: -1) == nil && found.word(at: 3) == nil && found == FoundHeaderWords())
    }

    /// Header rows (one- and two-row headers, wider than the positions kept, with empty cells): the
    /// tabular check finds the header, the classifier hands its words to the line, and the layout read
    /// from it equals the layout read from the bare line.
    @Test func carriedWordsGiveTheSameLayout() {
        let tops: [[String]] = [
            ["No", "Kegiatan", "Kepala Dinas", "Sekretaris", "Kelengkapan", "Waktu", "Output", "Keterangan"],
            ["No", "Aktivitas", "", "", "", "", "", "Mutu Baku", "", "", "Keterangan"],
            ["No.", "Uraian Kegiatan", "Pelaksana", "", "Mutu Baku", "", "", "Ket."],
            ["No", "Kegiatan"] + Array(repeating: "", count: 15) + ["Waktu (jam)", "Output", "Keterangan"],
        ]
        let bottoms: [[String]?] = [
            nil, ["", "", "Kepala Dinas", "Sekretaris", "Kasubbag", "Staf", "Bidang", "Kelengkapan", "Waktu", "Output", ""],
            ["", "", "Kasubag", "Staf", "Kelengkapan", "Waktu (menit)", "Output", ""], nil,
        ]
        for (top, bottom) in zip(tops, bottoms) {
            let texts = [top] + (bottom.map { [$0] } ?? []) + [["1", "Menerima berkas", "√", "", "", "", "", "Berkas", "1 Hari", "Berkas", ""]]
            var lines = texts.enumerated().map { TableLayoutPositionsTests.line($0 + 1, $1) }
            for index in lines.indices { lines[index].kind = .text }
            let check = FormatDetector.tabularCheck(lines[...])
            #expect(check.headerPosition == 0, "\(top)")
            LineClassifier.classify(&lines, after: check)
            #expect(lines[0].headerWords == check.headerWords && check.headerWords != FoundHeaderWords(), "\(top)")
            let bottomLine = bottom == nil ? nil : lines[1]
            let carried = TableLayout(top: lines[0], bottom: bottomLine)
            let bare = TableLayout(top: TableLayoutPositionsTests.line(1, top), bottom: bottomLine)
            #expect(carried.columns == bare.columns && carried.roles == bare.roles && carried.durationUnit == bare.durationUnit, "\(top)")
            for (position, text) in top.enumerated() where !text.isEmpty && position < FoundHeaderWords.positions {
                #expect(lines[0].headerWords.word(at: position) == .some(Vocabulary.headerWord(text)), "\(text)")
            }
        }
    }
}

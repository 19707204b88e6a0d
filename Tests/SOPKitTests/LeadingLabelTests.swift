@testable import SOPKit
import Testing

/// `Line.leadingLabel`, the label `LineClassifier` finds at the start of an identity line's first
/// filled cell and carries with the line: it must give the identity parser exactly what reading the
/// cell again (`Vocabulary.identityLabel(at: cell.leadText)`) gives.
@Suite struct LeadingLabelTests {
    /// Whether the carried match (its value by offset) is the one read: label, flags, where the value
    /// starts and whether it is empty.
    static func isSame(_ carried: Vocabulary.ByteLabelMatch?, _ read: LabelMatch?) -> Bool {
        guard let carried, let read else { return carried == nil && read == nil }
        let start = read.rest.base.utf8.distance(from: read.rest.base.startIndex, to: read.rest.startIndex)
        return carried.label == read.label && carried.hadColon == read.hadColon && carried.isWeak == read.isWeak
            && carried.restStart == start && carried.restIsEmpty == read.rest.isEmpty
    }

    /// Lexes and classifies `text` as a tabular file and checks every identity line's carried label
    /// against the label read again from its first filled cell; returns how many lines carried one.
    static func expectAgreement(_ text: String) -> Int {
        guard case .text(let source, _) = TextDecoder.decode(Array(text.utf8), file: "t.txt") else {
            Issue.record("not decoded")
            return 0
        }
        return expectAgreement(source)
    }

    /// `expectAgreement` of a decoded text.
    static func expectAgreement(_ source: SourceText) -> Int {
        var lines = Lexer.lines(of: source)
        LineClassifier.classify(&lines)
        var carried = 0
        for line in lines where line.kind == .keyValue || line.kind == .listLabel {
            guard let cell = line.firstFilledCell else { continue }
            if case .label = line.leadingLabel { carried += 1 }
            let read = Vocabulary.identityLabel(at: cell.leadText)
            #expect(isSame(line.leadingLabel.match(in: cell), read), "\(line.cells.map(\.text))")
        }
        return carried
    }

    /// Every label phrase, in upper, title and lower case, with each kind of tail (colon, dots, none,
    /// spaces, a non-ASCII letter or mark after it) and each kind of value, alone in its cell or with
    /// its value in the next cell, after an empty cell, and after an agency-like cell: over 60,000 lines.
    @Test func generatedLinesAgree() {
        let tails = ["", " ", ":", " :", " : ", ".", ". :", " .. : ", "\u{301}", " é", ":\u{A0}", "  :  "]
        let values = ["", "503/2020", "Dinas Pendidikan", "- ", "é", ": 12", "1. A 2. B", "\u{301}x", "nomor sop"]
        let spellings: [(String) -> String] = [{ $0 }, { $0.uppercased() }, { $0.capitalized }]
        var carried = 0
        var lineCount = 0
        for phrase in Vocabulary.identityLabelPhrases {
            for spell in spellings {
                var text = ""
                for tail in tails {
                    for value in values {
                        let label = spell(phrase) + tail
                        text += label + value + "\n"
                        text += label + "\t" + value + "\n"
                        text += "\t" + label + value + "\t\n"
                        text += "DINAS PERHUBUNGAN\t" + label + "\t" + value + "\n"
                        text += label + value + "\t\t" + value + "\n"
                        text += "No\tKegiatan\tWaktu\n1\t" + label + value + "\t2 jam\n\n"
                        lineCount += 7
                    }
                }
                carried += Self.expectAgreement(text)
            }
        }
        #expect(lineCount > 60_000)
        #expect(carried > 10_000)
    }

    /// The corpus's tabular files: every identity line's carried label agrees.
    @Test func corpusLinesAgree() {
        var carried = 0
        for path in Fixtures.corpusInputs {
            guard case .text(let source, _) = TextDecoder.decode(Fixtures.bytes(path), file: path), source.tabCount > 0
            else { continue }
            carried += Self.expectAgreement(source)
        }
        #expect(carried > 100)
    }

    /// A label's value trimmed from its offset in the cell's lead text (`trimmingASCIIWhitespace(_:from:)`)
    /// is the value trimmed from the substring cut at that offset, at every offset where a scalar starts.
    @Test func valueTrimmedFromItsOffset() {
        let texts = ["Nomor SOP : 503/2020 ", "Nama SOP:\t Pengarsipan\t", "NIP", " é x ", "Dasar Hukum : \u{A0}x", "Nama: é\u{301} ", ""]
        var compared = 0
        for text in texts {
            let utf8 = text.utf8
            for offset in 0...utf8.count {
                let index = utf8.index(utf8.startIndex, offsetBy: offset)
                guard index.samePosition(in: text.unicodeScalars) != nil || index == text.endIndex else { continue }
                compared += 1
                #expect(
                    IdentityBlockParser.trimmingASCIIWhitespace(text, from: offset)
                        == IdentityBlockParser.trimmingASCIIWhitespace(text[index...]), "\(text.debugDescription) \(offset)")
            }
        }
        #expect(compared > 80)
    }

    /// A label whose value starts past what two bytes hold is left unknown, and read again.
    @Test func farValueIsReadAgain() {
        let text = "Nomor SOP" + String(repeating: " ", count: 70_000) + ": 503"
        let match = Vocabulary.identityLabel(at: text)
        #expect(match != nil)
        let leading = LeadingLabel(match.map(Vocabulary.ByteLabelMatch.init), tookWeak: false)
        #expect(leading == .unknown)
        let cell = Cell(text: text, line: 1, column: 1)
        #expect(Self.isSame(leading.match(in: cell), match))
    }

    /// A classified identity line that carries its label is equal to, and hashes like, the same line
    /// made by `Line.init`, which carries none; a line with other cells or another kind is not equal.
    @Test func carriedLabelDoesNotCountInEquality() {
        guard case .text(let source, _) = TextDecoder.decode(Array("Nomor SOP : 503/2020\n".utf8), file: "t.txt") else {
            Issue.record("not decoded")
            return
        }
        var lines = Lexer.lines(of: source)
        LineClassifier.classify(&lines)
        let classified = lines[0]
        guard case .label = classified.leadingLabel else {
            Issue.record("no label carried")
            return
        }
        let made = Line(number: classified.number, cells: classified.cells, kind: classified.kind)
        #expect(made.leadingLabel == .unknown)
        #expect(classified == made)
        #expect(classified.hashValue == made.hashValue)
        #expect(Set([classified, made]).count == 1)
        #expect(classified != Line(number: classified.number, cells: classified.cells, kind: .text))
        #expect(classified != Line(number: classified.number + 1, cells: classified.cells, kind: classified.kind))
    }

    /// A weak label without a colon before a value, found with weak labels taken, is left unknown: the
    /// parser does not take it, and may find a shorter label.
    @Test func weakLabelTakenOnlyByTheClassifierIsUnknown() {
        let match = Vocabulary.identityLabel(at: "Nama Instansi Dinas", allowWeakWithoutColon: true)
        #expect(match?.isWeak == true)
        #expect(LeadingLabel(match.map(Vocabulary.ByteLabelMatch.init), tookWeak: true) == .unknown)
        #expect(LeadingLabel(nil, tookWeak: true) == LeadingLabel.none)
    }
}

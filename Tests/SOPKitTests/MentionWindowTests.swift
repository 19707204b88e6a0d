@testable import SOPKit
import Testing

/// The byte-level window of words before a mention agrees with the `Substring` reading it replaced:
/// the last four pieces between spaces, commas and slashes, each folded by `TextFolding.key`.
@Suite struct MentionWindowTests {
    /// Activities, including pieces that fold to nothing, punctuation runs, CR LF and non-ASCII text.
    static let texts = [
        "", " ", ",", "/", "a", "Memerintahkan Kasubag PPMEP", "diteruskan kepada Kasi SDM Kesehatan",
        "jika tidak lengkap dikembalikan kepada, Staf", "Menerima berkas dari Pemohon/ Staf", "a  b,,c//d e f g h",
        "- ( ) kepada Kasi", "Laporan disampaikan ke-pada KEPALA", "oleh\r\nKepala", "Melalui: Kabid", "Bersama Staf",
        "café kepada Kasi", "kepada café Kasi", "ke\u{301} Kasi", "a \u{301}b c", "x\u{A0}kepada Kasi", "di", "diparaf Kasi",
        "Diperiksa   Kasubbag", "dikembalikan/ke Staf", "DIPERIKSA,KASI", "a.b.c kepada", "“kepada” Kasi", "1. 2. 3. 4. 5.",
    ]

    /// The reference keys of the pieces before a mention at `end`.
    static func referenceWords(_ text: String, before end: String.Index) -> [String] {
        text[..<end].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }).suffix(4).map { TextFolding.key($0) }
    }

    /// The keys `ActivityClauses.forEachKeyBeforeMention` gives before `end`, first piece first; nil
    /// when it reads none.
    static func keys(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> [[UInt8]]? {
        var keys: [[UInt8]] = []
        guard ActivityClauses.forEachKeyBeforeMention(in: bytes, before: end, { keys.append(Array($0)) }) else {
            #expect(keys.isEmpty)
            return nil
        }
        return keys.reversed()
    }

    /// What a key says before a mention, read on the word lists themselves: the kinds of every list of
    /// `ActivityClauses.mentionWordLists` that holds it.
    static func referenceMentionWord(_ key: String) -> ActivityClauses.MentionWord {
        ActivityClauses.mentionWordLists.reduce(into: ActivityClauses.MentionWord()) { said, list in
            if list.1.contains(key) { said.formUnion(list.0) }
        }
    }

    /// What the reference keys say of a mention: all together, the last one, and whether the last one is
    /// a long "di…" word.
    static func referenceWindow(_ reference: [String]) -> (words: ActivityClauses.MentionWord, last: ActivityClauses.MentionWord, lastIsLongDiWord: Bool) {
        var words = ActivityClauses.MentionWord()
        var last = ActivityClauses.MentionWord()
        for key in reference {
            last = Self.referenceMentionWord(key)
            words.formUnion(last)
        }
        let lastKey = reference.last ?? ""
        return (words, last, lastKey.hasPrefix("di") && lastKey.count >= 6)
    }

    @Test(arguments: texts) func windowAgreesWithTheKeysOfThePieces(_ text: String) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            for end in text.indices + [text.endIndex] {
                let offset = text.utf8.distance(from: text.startIndex, to: end)
                let reference = Self.referenceWords(text, before: end)
                guard let keys = Self.keys(bytes, before: offset), let window = ActivityClauses.MentionWindow(bytes, before: offset) else {
                    #expect(text.utf8.contains { $0 >= 0x80 }, "\(text) at \(offset)")
                    #expect(Self.keys(bytes, before: offset) == nil && ActivityClauses.MentionWindow(bytes, before: offset) == nil)
                    continue
                }
                #expect(keys == reference.map { Array($0.utf8) }, "\(text) at \(offset)")
                let expected = Self.referenceWindow(reference)
                #expect(window.words == expected.words, "\(text) at \(offset)")
                #expect(window.last == expected.last, "\(text) at \(offset)")
                #expect(window.count == reference.count, "\(text) at \(offset)")
                #expect(window.lastIsLongDiWord == expected.lastIsLongDiWord, "\(text) at \(offset)")
            }
        }
    }

    @Test func windowExamples() {
        var text = "Dokumen diperiksa, lalu disampaikan kepada Kasi"
        text.withUTF8 { bytes in
            let keysBeforeKasi = Self.keys(bytes, before: bytes.count - 4)
            #expect(keysBeforeKasi?.map { String(decoding: $0, as: UTF8.self) } == ["diperiksa", "lalu", "disampaikan", "kepada"])
            let beforeKasi = ActivityClauses.MentionWindow(bytes, before: bytes.count - 4)
            #expect(beforeKasi?.lastIsLongDiWord == false)
            #expect(beforeKasi?.last == [.kepada, .addressee])
            #expect(beforeKasi?.words == [.kepada, .addressee, .handOffVerb])
            let keysBeforeComma = Self.keys(bytes, before: 17)
            #expect(keysBeforeComma?.map { String(decoding: $0, as: UTF8.self) } == ["dokumen", "diperiksa"])
            let beforeComma = ActivityClauses.MentionWindow(bytes, before: 17)
            #expect(beforeComma?.lastIsLongDiWord == true)
            #expect(beforeComma?.count == 2)
        }
        var accented = "café kepada Kasi"
        accented.withUTF8 { bytes in
            #expect(ActivityClauses.MentionWindow(bytes, before: bytes.count - 4) == nil)
        }
    }

    /// The reference reading of how a mention is made: the keys before it looked up in sets of words.
    static func referenceKind(_ previous: [String], lastIsLongDiWord: Bool, atStart: Bool) -> MentionRole {
        func words(_ kind: ActivityClauses.MentionWord) -> Set<String> {
            Set(ActivityClauses.mentionWordLists.filter { $0.0 == kind }.flatMap(\.1))
        }
        if atStart { return .subject }
        guard let last = previous.last else { return .subject }
        func has(_ kind: ActivityClauses.MentionWord) -> Bool { previous.contains(where: words(kind).contains) }
        if last == "oleh" { return .subject }
        if last == "bersama" || last == "beserta" { return .companion }
        if last == "melalui" || last == "lewat" { return .via }
        if lastIsLongDiWord, previous.count == 1 { return .subject }
        if last == "dari" { return .source }
        if has(.returnVerb) { return .returnedTo }
        if words(.commandVerb).contains(last) || (last == "kepada" && has(.commandVerb)) { return .commanded }
        if ["kepada", "ke", "pada", "untuk"].contains(last) {
            if has(.reportVerb) { return .reportedTo }
            if has(.commandVerb) || has(.commandNoun) { return .commanded }
            if has(.upwardVerb) { return .deliveredTo }
            return .handedTo
        }
        if has(.handOffVerb) { return .handedTo }
        return .other
    }

    /// Windows of keys before a mention: every listed word last and after others, empty keys, and words
    /// that are in no list.
    static let windows: [[String]] = {
        let listed = Array(Set(ActivityClauses.mentionWordLists.flatMap(\.1))).sorted()
        var windows: [[String]] = [[], [""], ["surat"], ["diperiksa"], ["x", "diperiksa"], ["", "kepada"], ["olehnya"]]
        for word in listed + ["surat", "", "diparaf"] {
            windows.append([word])
            windows.append(["memberi", "arahan", word])
            windows.append(["melaporkan", "hasil", word])
            windows.append(["dikembalikan", word, "kepada"])
            windows.append(["menyampaikannya", "", "berkas", word])
            windows.append([word, "surat", "ke"])
        }
        return windows
    }()

    @Test(arguments: windows) func kindAgreesWithTheWordSets(_ window: [String]) {
        var all = ActivityClauses.MentionWord()
        var last = ActivityClauses.MentionWord()
        for key in window {
            last = MentionWindowTests.referenceMentionWord(key)
            all.formUnion(last)
        }
        let lastKey = window.last ?? ""
        for atStart in [false, true] {
            for lastIsLongDiWord in [false, lastKey.hasPrefix("di") && lastKey.count >= 6] {
                let found = ActivityClauses.kind(
                    window: all, last: last, count: window.count, lastIsLongDiWord: lastIsLongDiWord, atStart: atStart)
                #expect(found == Self.referenceKind(window, lastIsLongDiWord: lastIsLongDiWord, atStart: atStart), "\(window)")
            }
        }
    }
}

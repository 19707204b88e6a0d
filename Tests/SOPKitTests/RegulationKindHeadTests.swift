@testable import SOPKit
import Testing

/// `LegalReferenceParser.kind(ofUTF8:)`, which rejects a key whose first word cannot start a kind
/// before walking the prefixes and compares them eight bytes at a time, agrees with the reading it
/// replaced (kept below as a reference copy): every
/// spelling of every kind, near misses, skipped "Salinan"/"Copy", non-ASCII text, tabs, digits, empty
/// and very long text.
@Suite struct RegulationKindHeadTests {
    /// The reference: the parser's kinds, longest prefix first.
    static let referenceKinds: [(prefix: [UInt8], kind: String)] = LegalReferenceParser.kinds
        .map { (Array($0.prefix.utf8), $0.kind) }.sorted { $0.prefix.count > $1.prefix.count }

    /// The reference `kind(ofUTF8:)`: folds up to 64 bytes, then walks every prefix.
    static func referenceKind(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var key: [UInt8] = []
        var pendingSpace = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            guard FoldedKey.isASCIIAlphanumeric(byte) else {
                pendingSpace = true
                continue
            }
            if pendingSpace, !key.isEmpty {
                guard key.count < 64 else { break }
                key.append(0x20)
            }
            pendingSpace = false
            guard key.count < 64 else { break }
            key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return .some(referenceKind(ofASCIIKey: key[...]))
    }

    /// The kind of an ASCII key as `LegalReferenceParser.kind(ofKey:)` answers it, read by this test on its own.
    static func referenceKind(ofASCIIKey key: ArraySlice<UInt8>) -> String? {
        var key = key
        for skipped in ["salinan ", "copy "] where key.starts(with: skipped.utf8) { key = key.dropFirst(skipped.utf8.count) }
        guard !key.isEmpty else { return nil }
        for entry in referenceKinds where key.starts(with: entry.prefix) {
            let end = key.startIndex + entry.prefix.count
            if end == key.endIndex || key[end] == 0x20 { return entry.kind }
        }
        for entry in referenceKinds where entry.prefix.count >= 4 && !entry.prefix.contains(0x20) && key.starts(with: entry.prefix) {
            return entry.kind
        }
        return nil
    }

    /// Every kind's spelling as written, upper-cased, with a following word, glued to a following
    /// word, cut short by a letter, with its last letter changed, and behind "Salinan"/"Copy".
    static let spellingTexts: [String] = referenceKinds.flatMap { entry -> [String] in
        let words = String(decoding: entry.prefix, as: UTF8.self)
        let dashed = words.split(separator: " ").joined(separator: "-")
        return [
            words, dashed.uppercased(), words + " Nomor 3 Tahun 2019", words + "x", String(words.dropLast()),
            String(words.dropLast()) + "q", "Salinan " + words, "Copy " + words, "SALINAN copy " + words,
            "Copy Salinan " + words, "Salinan\t" + words + "\tNomor", "1. " + words, words + "\u{00E9}",
            words + " \u{00E9}", words + "\u{0301}", "\u{2019}" + words, words + "\u{00A0}Daerah",
        ]
    }

    static let otherTexts = [
        "", " ", "\t", "...", "Salinan", "Copy", "Salinan ", "Copy Copy Perda", "Salinan Salinan Perda",
        "Pendidikan D3/S1", "Peraturan\tDaerah", "Per aturan", "Pera", "Perdagangan", "UUD 1945", "U U",
        "PP", "PPK Dinas", "P P", "2019 Peraturan", "Peraturan — Daerah", "Peraturan\u{2014}Daerah",
        "Memahami peraturan", "Surat", "Surat Keterangan", "Keputusan", "Keputusannya", "Instruksi Kerja",
        "\u{00E9}", "caf\u{00E9} Peraturan", "Perátúran", "Per\u{301}aturan", "Peraturan\r\nDaerah",
        String(repeating: "a ", count: 40) + "Peraturan", String(repeating: "-", count: 70) + "Perda",
        "Salinan " + String(repeating: "x", count: 70), "Perpres" + String(repeating: "x", count: 70),
        String(repeating: "Peraturan ", count: 20), String(repeating: "x", count: 200) + "\u{00E9}",
        "Pendidikan " + String(repeating: "x", count: 60) + "\u{00E9}", "Salinan \u{00E9}", "Copy\u{00A0}Perda",
    ]

    @Test(arguments: spellingTexts + otherTexts) func kindAgreesWithReference(_ text: String) {
        var copy = text
        let (onBytes, reference) = copy.withUTF8 { (LegalReferenceParser.kind(ofUTF8: $0), Self.referenceKind(ofUTF8: $0)) }
        if let reference {
            #expect(onBytes == .some(reference), "\(text.debugDescription)")
        } else if let onBytes {
            #expect(onBytes == LegalReferenceParser.kind(ofKey: TextFolding.key(text)), "\(text.debugDescription)")
        }
        #expect(LegalReferenceParser.kind(of: text) == LegalReferenceParser.kind(ofKey: TextFolding.key(text)), "\(text.debugDescription)")
    }

    @Test func everyKindIsFound() {
        for entry in Self.referenceKinds {
            var text = String(decoding: entry.prefix, as: UTF8.self) + " Nomor 1"
            #expect(text.withUTF8 { LegalReferenceParser.kind(ofUTF8: $0) } == .some(entry.kind), "\(text)")
        }
    }
}

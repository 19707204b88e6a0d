@testable import SOPKit
import Testing

/// The lookup of a word of the role lexicon by its bytes finds what the lexicon's dictionary of words
/// finds.
@Suite struct RoleLexiconLookupTests {
    /// Every word of the lexicon, each changed a little (a byte more, a byte less, capitals, another
    /// last letter), words of activities, and non-ASCII, empty and long words.
    static var words: [Substring] {
        let lexicon = RoleLexicon.shared
        var words: [Substring] = []
        for word in lexicon.words {
            words += [
                word, word + "s", word.dropLast(), word.dropFirst(), Substring(word.uppercased()),
                Substring(word.prefix(1).uppercased() + word.dropFirst()), word.dropLast() + "x", word + word,
            ]
        }
        let activity = """
            Kepala Dinas memerintahkan Kasubbag Umum untuk menyiapkan konsep surat; staf mengetik, mencatat dan \
            mengarsipkan berkas permohonan dari pemohon. Jika tidak lengkap dikembalikan kepada Staf & Kasi \
            melalui Sekretaris, PPTK, SDMK, KL, TRC 2024 no 12
            """
        words += activity.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "&" })
        words += [
            "", "a", "&", "x", "ke", "di", "café", "cafe\u{301}", "ke\u{301}pala", "kepala\u{0345}", "\u{212A}epala", "ｋepala",
            "kepala;", "kepala`", "dan ", " dan", "\u{D55C}", "\u{1112}\u{1161}\u{11AB}",
            Substring(String(repeating: "a", count: 40)), Substring(String(repeating: "mengadministrasikan", count: 3)),
            "mengadministrasikan", "mengadministrasikanx", "9", "12", "2024",
        ]
        return words
    }

    @Test func lookupByBytesFindsWhatTheDictionaryFinds() {
        let lexicon = RoleLexicon.shared
        for word in Self.words {
            let found = Array(word.utf8).withUnsafeBufferPointer { lexicon.entryIndex(of: $0) }
            #expect(found == lexicon.entryOfWord[word], "\(word)")
        }
    }
}

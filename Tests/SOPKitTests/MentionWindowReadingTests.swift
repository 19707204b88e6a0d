@testable import SOPKit
import Testing

/// The window of words before a mention read on an ASCII activity's reading (its words and their lexicon
/// entries) agrees with the window read on the activity's bytes, key by key (`MentionWindow(_:before:kindsOfEntry:)`,
/// itself checked against the `Substring` reading in `MentionWindowTests`), at every offset of the text.
@Suite struct MentionWindowReadingTests {
    /// ASCII activities: empty, pieces that fold to nothing or to several runs, punctuation runs, tabs,
    /// CR LF, "&", digits glued to words, capitals, long "di…" words cut short, and a very long text.
    static let texts = [
        "", " ", ",", "/", "a", "&", "Memerintahkan Kasubag PPMEP", "diteruskan kepada Kasi SDM Kesehatan",
        "jika tidak lengkap dikembalikan kepada, Staf", "Menerima berkas dari Pemohon/ Staf", "a  b,,c//d e f g h",
        "- ( ) kepada Kasi", "Laporan disampaikan ke-pada KEPALA", "oleh\r\nKepala", "Melalui: Kabid", "Bersama Staf",
        "di", "diparaf Kasi", "Diperiksa   Kasubbag", "dikembalikan/ke Staf", "DIPERIKSA,KASI", "a.b.c kepada", "1. 2. 3. 4. 5.",
        "kepada\tKasi", "ke\tpada Kasi", "menyampaikan&kepada Kasi", "Staf & Kasi kepada&Sekretaris", "kepada2 Kasi",
        "di-paraf Kasi", "di xyz Kasi", "d iparaf Kasi", "(oleh) Kasi", "OLEH.Kasi", "beserta,,, Staf", "lewat / Kabid",
        String(repeating: "disampaikan kepada Kepala Dinas melalui Sekretaris, ", count: 30),
        "& & & kepada Kasi", "kepada & Kasi", "&kepada Kasi", "kepada&", "- - - - kepada Kasi", "kepada - - - - Kasi",
        ",,, ,,, /// Kasi", "oleh 123 45 Kasi", "a1b2 c3 kepada9 Kasi", "\tkepada\t\t Kasi\t", "x" + String(repeating: " ", count: 90) + "Kasi",
        String(repeating: "diteruskan/", count: 40) + "Kasi", "kepada.Kasi, oleh-Staf/ melalui (Kabid) Kasi",
    ]

    /// The window read on the reading of `text`, and the one read on its bytes, before every offset.
    static func windows(_ text: String) -> [(reading: ActivityClauses.MentionWindow, bytes: ActivityClauses.MentionWindow?)] {
        let reading = RoleText.Reading(text)
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            (0...bytes.count).map { end in
                (
                    ActivityClauses.MentionWindow(reading, before: end, kindsOfEntry: ActivityClauses.mentionWordsOfEntry),
                    ActivityClauses.MentionWindow(bytes, before: end)
                )
            }
        }
    }

    @Test(arguments: texts) func readingWindowAgreesWithTheBytes(_ text: String) {
        for (end, pair) in Self.windows(text).enumerated() {
            #expect(pair.reading == pair.bytes, "\(text.debugDescription) at \(end)")
        }
    }

    /// Random ASCII activities built from mention words in any case, role words, separators, punctuation,
    /// digits, tabs and "&".
    @Test func readingWindowAgreesOnRandomActivities() {
        let pieces = [
            "kepada", "KEPADA", "Ke", "pada", "untuk", "oleh", "dari", "bersama", "Melalui", "lewat", "dikembalikan",
            "memerintahkan", "Menyampaikan", "disposisi", "berkoordinasi", "diparaf", "di", "Kasi", "Staf", "x", "12",
            " ", " ", " ", ",", "/", "-", ".", "(", ")", "&", "\t", "\r\n", ":", "\"",
        ]
        var random = SplitMix(seed: 17)
        for _ in 0..<400 {
            let length = Int(random.next() % 14)
            let text = (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            for (end, pair) in Self.windows(text).enumerated() {
                #expect(pair.reading == pair.bytes, "\(text.debugDescription) at \(end)")
            }
        }
    }

    /// Each entry of the role lexicon says before a mention what its word says in the word lists, and a
    /// key looked up by its bytes in the lexicon says what the word lists say of it: the words of the
    /// lexicon, the mention words changed a little, and keys the lexicon does not know.
    @Test func entriesSayWhatTheirWordsSay() {
        let lexicon = RoleLexicon.shared
        for (word, entry) in lexicon.entryOfWord {
            #expect(ActivityClauses.mentionWordsOfEntry[entry] == MentionWindowTests.referenceMentionWord(String(word)), "\(word)")
        }
        var keys = lexicon.entryOfWord.keys.map(String.init) + ["", "x", "kepadaa", "kepad", "oleh2", "dari dari", "Kepada", "kepadá"]
        for (_, words) in ActivityClauses.mentionWordLists {
            for word in words {
                #expect(lexicon.entryOfWord[Substring(word)] != nil, "\(word)")
                keys += [word + "s", String(word.dropFirst()), String(word.dropLast()), word.uppercased()]
            }
        }
        for key in keys {
            let said = Array(key.utf8).withUnsafeBufferPointer {
                ActivityClauses.mentionWord($0, kindsOfEntry: ActivityClauses.mentionWordsOfEntry)
            }
            #expect(said == MentionWindowTests.referenceMentionWord(key), "\(key)")
        }
    }
}

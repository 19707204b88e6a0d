@testable import SOPKit
import Testing

/// The tags of the role lexicon's words (`RoleLexicon.tagsOfEntry`), a matcher's tags of the words that
/// may start a mention (`RoleMatcher.mentionTagsOfEntry`), and what the walk over an activity's words reads
/// from them (`PerformerInference.wordFacts(of:reading:tagsOfEntry:)`): `RoleMatcher.mayMentionRole(in:tags:)`
/// answers what the walk of `mayMentionRole(in:)` answers.
@Suite struct MentionTagsTests {
    /// The entry of `word` in the shared lexicon.
    static func entry(_ word: Substring) -> Int {
        RoleLexicon.shared.entryOfWord[word]!
    }

    /// Words of the lists and their tags: kinds of work, condition words, both, and words with none.
    static let wordTags: [(Substring, UInt32)] = [
        ("menandatangani", 1), ("mengetik", 2 | 4), ("cap", 4), ("ruangan", 8), ("permohonan", 16), ("memerintahkan", 32),
        ("mengajukan", 64), ("jika", PerformerInference.conditionTag), ("jikalau", PerformerInference.conditionTag),
        ("menerima", 0), ("kepala", 0), ("dan", 0), ("&", 0), ("oleh", 0),
    ]

    @Test func sharedLexiconTagsItsWords() {
        for (word, tags) in Self.wordTags {
            #expect(RoleLexicon.shared.tagsOfEntry[Self.entry(word)] == tags, "\(word)")
        }
        #expect(RoleLexicon.shared.tagsOfEntry.count == RoleLexicon.shared.entries.count)
        #expect(RoleLexicon.shared.tagsOfEntry.allSatisfy { $0 & (RoleLexicon.longWordTag | RoleLexicon.readerTag) == 0 })
    }

    /// The walk of `wordFacts` counts a word with an entry as a word of letters (or the "&" of the
    /// lexicon): no word of the shared lexicon holds a digit.
    @Test func sharedLexiconWordsHoldNoDigit() {
        let words = RoleLexicon.shared.entryOfWord.keys
        #expect(words.count == RoleLexicon.shared.entries.count)
        #expect(words.contains("&"))
        for word in words where word != "&" {
            #expect(!word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }, "\(word)")
        }
    }

    @Test func lexiconTagsLongWordsAndAddsTaggedWords() {
        let long = Substring(String(repeating: "a", count: 33))
        let longest = Substring(String(repeating: "b", count: 32))
        let lexicon = RoleLexicon([], otherWords: ["x", long, longest], wordTags: [("x", 3), ("x", 4), ("new", 8)])
        func tags(_ word: Substring) -> UInt32 { lexicon.tagsOfEntry[lexicon.entryOfWord[word]!] }
        #expect(tags("x") == 7)
        #expect(tags(long) == RoleLexicon.longWordTag)
        #expect(tags(longest) == 0)
        #expect(tags("new") == 8)
        #expect(lexicon.entryOfWord["new"] == lexicon.entries.count - 1)
        #expect(tags("dan") == 0)
    }

    @Test func matcherTagsTheWordsThatMayStartAMention() {
        let matcher = RoleMatcher(roles: ["Kepala Dinas", "Staf", "Verifikator"])
        let tagged = Set(matcher.mentionTagsOfEntry.indices.filter { matcher.mentionTagsOfEntry[$0] & RoleMatcher.startsMentionTag != 0 })
        // First tokens, and words that start a spelling of one ("kadis", "ka", "bupati" for "kepala"; "staff", "jfu" for "staf").
        for word: Substring in ["kepala", "kadis", "ka", "kasubbag", "bupati", "staf", "staff", "jfu", "pelaksana"] {
            #expect(tagged.contains(Self.entry(word)), "\(word)")
        }
        for word: Substring in ["dinas", "sekretaris", "dan", "oleh", "menandatangani", "sub"] {
            #expect(!tagged.contains(Self.entry(word)), "\(word)")
        }
        // The lexicon's own tags are kept.
        #expect(matcher.mentionTagsOfEntry.map { $0 & ~RoleMatcher.startsMentionTag } == RoleLexicon.shared.tagsOfEntry)
        #expect(RoleMatcher(roles: []).mentionTagsOfEntry == RoleLexicon.shared.tagsOfEntry)
    }

    /// Activities and the tags, digit word and clause their walk finds (with the tags of the shared lexicon).
    static let walks: [(String, UInt32, Bool)] = [
        ("", 0, false), ("&", 0, false), ("Menandatangani surat", 1, false), ("MENGETIK dan cap", 6, false),
        ("jika tidak lengkap", PerformerInference.conditionTag, true), ("tahap 2 menandatangani", 1, true),
        ("mengajukan permohonan jikalau", 64 | 16 | PerformerInference.conditionTag, true), ("x1", 0, true),
        ("Menerima berkas é", 0, true), ("jika2 tidak", 0, true), ("dan & oleh", 0, false),
    ]

    @Test func walkReadsTheTagsOfTheWords() {
        for (activity, tags, mayHaveClauses) in Self.walks {
            let reading = RoleText.Reading(activity)
            let found = PerformerInference.wordFacts(of: activity, reading: reading)
            // A text that is not ASCII is not walked.
            #expect(found.tags == (reading.isASCII ? tags : 0), "\(activity)")
            #expect(found.mayHaveClauses == mayHaveClauses, "\(activity)")
        }
    }

    /// `mayMentionRole(in:tags:)` of `activity`, with the tags its walk finds with the matcher's tags.
    static func taggedAnswer(_ matcher: RoleMatcher, _ activity: String) -> Bool {
        let reading = RoleText.Reading(activity)
        let tags = PerformerInference.wordFacts(of: activity, reading: reading, tagsOfEntry: matcher.mentionTagsOfEntry).tags
        return matcher.mayMentionRole(in: reading, tags: tags)
    }

    @Test(arguments: MentionScanStartTests.headers.indices) func taggedAnswerIsTheWalks(_ header: Int) {
        let matcher = RoleMatcher(roles: MentionScanStartTests.headers[header])
        for activity in RoleMentionTriggerTests.activities {
            #expect(Self.taggedAnswer(matcher, activity) == matcher.mayMentionRole(in: RoleText.Reading(activity)), "\(activity)")
        }
        var generator = SplitMix(seed: 0x7A65_0000 + UInt64(header))
        var mentioning = 0
        for _ in 0..<2_000 {
            let activity = MentionScanStartTests.activity(using: &generator)
            let expected = matcher.mayMentionRole(in: RoleText.Reading(activity))
            #expect(Self.taggedAnswer(matcher, activity) == expected, "\(MentionScanStartTests.headers[header]): \(activity)")
            if expected { mentioning += 1 }
        }
        #expect(mentioning > 100, "\(MentionScanStartTests.headers[header])")
    }

    @Test func taggedAnswerExamples() {
        let matcher = RoleMatcher(roles: ["Kepala Dinas", "Kasubbag Umum", "Staf"])
        #expect(Self.taggedAnswer(matcher, "Kadis memberi disposisi"))
        #expect(Self.taggedAnswer(matcher, "diteruskan ke Bupati"))
        #expect(!Self.taggedAnswer(matcher, "Membuat laporan"))
        #expect(!Self.taggedAnswer(matcher, "Mengirim ke BKN"))
        #expect(Self.taggedAnswer(matcher, "Memeriksa KSU"))
        #expect(Self.taggedAnswer(matcher, "Memeriksa " + String(repeating: "a", count: 33)))
        #expect(Self.taggedAnswer(matcher, "Memeriksa berkas pemohon é"))
        #expect(Self.taggedAnswer(RoleMatcher(roles: ["Verifikator"]), "VERIFIKATOR memeriksa"))
        #expect(!Self.taggedAnswer(RoleMatcher(roles: ["Verifikator"]), "Kepala Dinas memeriksa"))
    }
}

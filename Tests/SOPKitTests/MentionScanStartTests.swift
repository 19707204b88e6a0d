@testable import SOPKit
import Testing

/// The role scan of an activity reads terms only from `RoleMatcher.firstWordOfMentionScan(in:)` on
/// (`RoleText.reread(_:fromWord:)`): it must find the same mentions (role, place and strength, those of
/// someone outside the header too) as the scan of the whole text, on generated activities full of
/// spellings that start before a role word ("sub bagian", "ka subbag"), titles, unit starters, fillers,
/// stop words, repeated words, capitals, punctuation and non-ASCII words.
@Suite struct MentionScanStartTests {
    /// Header rows: those of the mention trigger tests and of the unknown first tokens, and rows whose
    /// roles start with a unit that a spelling before it may take in ("Bagian" in "Sub Bagian").
    static let headers: [[String]] = RoleMentionTriggerTests.headers + [
        UnknownFirstTokenLengthTests.roles,
        ["Bagian Umum", "Subbagian Keuangan", "Kepala Bidang", "Pemohon"],
        ["Bidang Pelayanan", "Seksi Data", "Dinas", "Sekretariat"],
        ["Pencatat", "Mencatat Surat", "Berkas"],
        ["Staf Pelaksana", "Pelaksana Teknis", "Unit Pelaksana Teknis", "Petugas"],
    ]

    /// The words activities are made of: every word of the role lexicon, the words of the headers, and
    /// words the lexicon does not know.
    static let words: [String] = {
        var words = RoleLexicon.shared.words.map(String.init)
        for roles in headers {
            for role in roles { words += role.split(separator: " ").map(String.init) }
        }
        words += [
            "memeriksa", "berkas", "surat", "laporan", "data", "abc", "x1", "2024", "ksu", "trc", "sdm", "café", "pénata",
            String(repeating: "a", count: 33), "petugas", "loket", "umum", "keuangan",
        ]
        return words
    }()

    /// What stands between two words.
    static let separators = [" ", " ", " ", " ", ", ", ". ", "/", "-", " & ", " (", ") ", ": ", "  ", "\u{A0}", " é "]

    /// A generated activity of up to 14 words, some repeated, in lower case, capitalised or in capitals.
    static func activity(using generator: inout SplitMix) -> String {
        var text = ""
        var previous = ""
        for index in 0..<Int.random(in: 0...14, using: &generator) {
            if index > 0 { text += separators.randomElement(using: &generator)! }
            var word = Int.random(in: 0..<6, using: &generator) == 0 ? previous : words.randomElement(using: &generator)!
            previous = word
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: word = word.uppercased()
            case 1: word = word.prefix(1).uppercased() + word.dropFirst()
            default: break
            }
            text += word
        }
        return text
    }

    /// The mentions the scan finds on `read`, the canonical tokens of `activity`.
    static func mentions(_ activity: String, matcher: RoleMatcher, read: RoleText) -> [String] {
        var found: [String] = []
        matcher.forEachMention(in: activity, read: read) { role, offsets, strength in
            found.append("\(role.map(String.init) ?? "-") \(offsets) \(strength)")
        }
        return found
    }

    @Test(arguments: headers.indices) func scanFromItsFirstWordFindsTheSameMentions(_ header: Int) {
        let matcher = RoleMatcher(roles: Self.headers[header])
        var generator = SplitMix(seed: 0x5EED_0000 + UInt64(header))
        var partial = RoleText(RoleText.Reading(""))
        var started = 0
        var startedWithMention = 0
        for _ in 0..<6_000 {
            let activity = Self.activity(using: &generator)
            let reading = RoleText.Reading(activity)
            let start = matcher.firstWordOfMentionScan(in: reading)
            partial.reread(reading, fromWord: start)
            let expected = Self.mentions(activity, matcher: matcher, read: RoleText(reading))
            #expect(Self.mentions(activity, matcher: matcher, read: partial) == expected, "\(Self.headers[header]): \(activity)")
            if start > 0 {
                started += 1
                if !expected.isEmpty { startedWithMention += 1 }
            }
        }
        // A header with neither a role that starts with an acronym nor a role that is not ASCII has its
        // scans start after the first word often, many of them finding mentions.
        let roles = Self.headers[header]
        if !roles.contains("TRC"), roles.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            #expect(started > 500 && startedWithMention > 100, "\(roles): \(started), \(startedWithMention)")
        }
    }

    @Test func examples() {
        let matcher = RoleMatcher(roles: ["Bagian Umum", "Kepala Dinas", "Staf"])
        func start(_ text: String) -> Int { matcher.firstWordOfMentionScan(in: RoleText.Reading(text)) }
        #expect(start("memeriksa berkas dan meneruskan kepada Kepala Dinas") == 5)
        #expect(start("memeriksa berkas dan Kepala Dinas") == 2)
        #expect(start("memeriksa berkas sub bagian umum") == 2)
        #expect(start("Bupati memeriksa") == 0)
        #expect(start("memeriksa berkas BERKAS kepada Staf") == 0)
        #expect(start("memeriksa berkas, BERKAS kepada Staf") == 2)
        #expect(start("memeriksa berkas") == 2)
        #expect(start("memeriksa café Staf") == 0)
        #expect(RoleMatcher(roles: ["TRC", "Staf"]).firstWordOfMentionScan(in: RoleText.Reading("memeriksa Staf")) == 0)
    }
}

@testable import SOPKit
import Testing

/// The role header's reconciliation compares candidate names by the numbers of their words instead of
/// their strings, and matches header words on bytes read through pointers: the same answers as the
/// string and array definitions they replaced, on tables that include non-ASCII words, canonically
/// equivalent spellings and empty words.
@Suite struct OCRRoleHeaderWordNumberTests {
    /// Folded words of names as `nameWords` gives them, with the spellings that make bytes and
    /// characters differ.
    static let words = [
        "", "a", "kepala", "dinas", "kasi", "kesejahteraan", "kesejahter", "aan", "dan", "&", "/", "caf\u{E9}",
        "cafe\u{301}", "e\u{301}", "\u{E9}", "staf", "pelaksana", "kasubbag", "perencanaan", "ppmep", "sekretaris",
    ]

    @Test func wordNumbersAreEqualExactlyWhenTheWordsAre() {
        var numbers = OCRRoleEvidence.CandidateWords()
        let given = Self.words.map { numbers.number(of: $0) }
        for (left, leftWord) in Self.words.enumerated() {
            for (right, rightWord) in Self.words.enumerated() {
                #expect((given[left] == given[right]) == (leftWord == rightWord), "\(leftWord) \(rightWord)")
            }
        }
        #expect(given == Self.words.map { numbers.number(of: $0) })
        #expect(numbers.count == Set(Self.words).count + OCRRoleEvidence.CandidateWords.knownNumbers.count
            - Set(Self.words).filter { OCRRoleEvidence.CandidateWords.knownNumbers[$0] != nil }.count)
        #expect(given[2] == OCRRoleEvidence.CandidateWords.knownNumbers["kepala"])
        #expect(given.allSatisfy { $0 < numbers.count })
    }

    /// The definition of `sameWordsClasses` on the names' words as strings, before they were numbered.
    static func sameWordsClassesReference(of mentionWords: [[String]]) -> [Int] {
        let knownWords = RoleVocabulary.knownRoles.map(OCRRoleEvidence.nameWords)
        func firstKnown(_ words: [String]) -> Int? { knownWords.firstIndex(of: words) }
        var classes: [Int] = []
        for (index, words) in mentionWords.enumerated() {
            if let known = firstKnown(words) {
                classes.append(mentionWords.count + known)
            } else {
                classes.append(mentionWords.firstIndex(of: words) ?? index)
            }
        }
        for words in knownWords { classes.append(mentionWords.count + firstKnown(words)!) }
        return classes
    }

    /// Mention names: known role names, their beginnings, names twice, names whose words are equal
    /// only canonically, and names with no words.
    static let mentionTables: [[String]] = [
        [],
        ["Kepala Dinas"],
        ["Kasi Kesejahteraan Sosial", "Kasi Kesejahteraan", "Kasi", "Kepala Dinas", "Kasi Kesejahteraan"],
        ["Kepala  Dinas", "KEPALA DINAS", "Staf Pelaksana", "Staf", "Staf / Pelaksana"],
        ["Kepala Caf\u{E9}", "Kepala Cafe\u{301}", "Kepala Cafe", "", "/", "Lurah"],
        ["Kasubbag Perencanaan", "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan", "Tim Reviu"],
    ]

    @Test(arguments: mentionTables) func sameWordsClassesAgreeWithStrings(_ mentions: [String]) {
        let candidates = OCRRoleEvidence.MentionList(names: mentions).candidates
        #expect(OCRRoleEvidence.sameWordsClasses(of: candidates)
            == Self.sameWordsClassesReference(of: mentions.map(OCRRoleEvidence.nameWords)), "\(mentions)")
    }

    /// The definition of `wordMatch` on byte arrays, before it read the words through pointers.
    static func wordMatchReference(read: [UInt8], wanted: [UInt8]) -> String? {
        guard !read.isEmpty, read.count <= wanted.count + 2 else { return nil }
        if read == wanted { return "" }
        let allowance = min(read.count, wanted.count) >= 9 ? 2 : min(read.count, wanted.count) >= 5 ? 1 : 0
        if allowance > 0, OCRRoleEvidence.missingByteKinds(read, from: wanted) <= allowance,
            OCRRoleEvidence.editDistance(read, wanted, limit: allowance) <= allowance
        {
            return ""
        }
        if read.count >= 4, read.count * 2 >= wanted.count, wanted.starts(with: read) {
            return String(decoding: wanted[read.count...], as: UTF8.self)
        }
        return nil
    }

    /// Header words as read: misread, cut, lengthened and non-ASCII.
    static let readWords = words + [
        "kepaia", "kepa1a", "kesejahteraa", "kesejahteraanx", "sekreta", "perencanaa", "pe1aksana", "kasubag",
        "kasubbagx", "caf", "cafe", "dinasxyz", "xyz", "k\u{E9}pala",
    ]

    @Test func wordMatchAgreesWithArrays() {
        for read in Self.readWords {
            for wanted in Self.words + ["kepalabidang", "perbendaharaan"] {
                let readBytes = Array(read.utf8)
                let wantedBytes = Array(wanted.utf8)
                #expect(OCRRoleEvidence.wordMatch(read: readBytes, wanted: wantedBytes)
                    == Self.wordMatchReference(read: readBytes, wanted: wantedBytes), "\(read) \(wanted)")
            }
        }
    }

    /// Raw words of table rows: role heads in every case, with punctuation, digits, non-ASCII letters,
    /// combining marks and the Kelvin sign, and words that are no role head.
    static let rawWords = [
        "", "|", "Kepala", "kepala", "KEPALA", "Kepala,", "(Kasi", "Kasi.", "Kasubbag", "Staf", "Staff", "Ka", "K",
        "Kepalax", "Kepa1a", "\u{212A}epala", "Ke\u{301}pala", "K\u{301}epala", "Émile", "Pengadministrasi",
        "PENGADMINISTRASI,", "Lurah", "Lurah.", "Camat|", "Dinas", "Menyerahkan", "Pemohon", "Pasien", "Zona",
        "Xkepala", "Bidan-", "Anggota:", "Kepala\u{00A0}Dinas", "Perencana", "Kepala-Dinas", "Tim", "TIM", "Tim1",
    ]

    @Test(arguments: rawWords) func startsRoleNameAgreesWithTheKey(_ word: String) {
        let head = word[...].trimmingOCRPunctuation()
        let expected = head.first?.isUppercase == true && OCRRoleEvidence.roleHeads.contains(TextFolding.key(head).utf8)
        #expect(OCRRoleEvidence.startsRoleName(word[...]) == expected, "\(word.debugDescription)")
    }

    @Test func rolesOfAHeaderWithMentions() {
        let lines = [
            "No Aktivitas Kasi Kesejahter Kepala Mutu Baku",
            "aan Sosial Dinas Waktu Output",
        ].enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        #expect(OCRRoleHeader.roles(rowLines: lines, mentions: ["Kasi Kesejahteraan Sosial", "Kepala Dinas"])
            == ["Kasi Kesejahteraan Sosial", "Kepala Dinas"])
    }
}

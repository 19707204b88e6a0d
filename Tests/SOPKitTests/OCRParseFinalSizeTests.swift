@testable import SOPKit
import Testing

/// Texts of the OCR parser written at their final size, and names compared without a dictionary,
/// against the code they replaced: a role name joined from its parts on the stack (`OCRRoleHeader.joined`)
/// against the name grown part by part, the message of a word repair (`OCRParser.repairMessage`)
/// against string interpolation, and the classes of mentions with the same words searched one by one
/// (`OCRRoleEvidence.sameWordsClasses`) around the count where a dictionary takes over.
@Suite struct OCRParseFinalSizeTests {
    /// `OCRRoleHeader.join` as it was: the name grown part by part, the part itself when the name is
    /// still empty, straight after a name that ends with "-", else after a space.
    static func joinReference(_ parts: [String]) -> String {
        var name = ""
        for part in parts {
            if name.isEmpty {
                name = part
            } else if name.hasSuffix("-") {
                name.append(part)
            } else {
                name.append(" ")
                name.append(part)
            }
        }
        return name
    }

    /// Parts: empty, plain ASCII, ending with "-", a lone "-", non-ASCII (é written both ways, —, ’,
    /// NBSP), a tab, a hyphen after a prepended mark (one character that is no "-"), a hyphen after a
    /// combining mark, and a very long part.
    static let parts: [String] = [
        "", "Kasubbag", "Perencanaan", "Bidang-", "-", "Caf\u{E9}", "Cafe\u{301}-", "Staf\u{2014}", "Kepala\u{2019}s",
        "Staf\u{A0}Umum", "Tim\tReviu", "\u{600}-", "\u{2014}-", "Evaluasi dan", " ",
        String(repeating: "Pelaksana ", count: 300) + "-",
    ]

    @Test func joinedNamesAgreeWithTheNamesGrownPartByPart() {
        var lists: [[String]] = [[]]
        for first in Self.parts {
            lists.append([first])
            for second in Self.parts {
                lists.append([first, second])
                for third in Self.parts { lists.append([first, second, third]) }
            }
        }
        for list in lists {
            #expect(OCRRoleHeader.join(list) == Self.joinReference(list), "\(list)")
            #expect(OCRRoleHeader.joined(count: list.count) { list[$0] }.utf8.elementsEqual(Self.joinReference(list).utf8))
        }
    }

    @Test(arguments: [
        ("", ""), ("Kepla", "Kepala"), ("\"a\"", "b\\c"), ("Caf\u{E9}", "Cafe\u{301}"), ("\u{2014}", "\u{2019}s"),
        (String(repeating: "panjang", count: 100), "x"),
    ])
    func repairMessagesAgreeWithInterpolation(_ original: String, _ replacement: String) {
        let repair = OCRRepair.Repair(original: original, replacement: replacement, offset: 3)
        let message = OCRParser.repairMessage(repair)
        let interpolated = "OCR word \"\(original)\" read as \"\(replacement)\""
        #expect(message == interpolated)
        #expect(message.utf8.elementsEqual(interpolated.utf8))
    }

    /// Distinct mentions just under, at and past the count searched one by one, each repeated later,
    /// with known role names between them.
    @Test(arguments: [0, 1, 63, 64, 65, 66, 130])
    func sameWordsClassesAroundTheSearchLimitAgreeWithStrings(_ distinct: Int) {
        var mentions: [String] = []
        for index in 0..<distinct { mentions.append("Petugas W\(index)x") }
        mentions += ["Kepala Dinas", "Tim Reviu"]
        for index in stride(from: distinct - 1, through: 0, by: -3) { mentions.append("Petugas W\(index)x") }
        mentions += ["Kepala Dinas", "Lurah", "Lurah"]
        let candidates = OCRRoleSameWordsPackingTests.candidates(mentions)
        #expect(OCRRoleEvidence.sameWordsClasses(of: candidates)
            == OCRRoleHeaderWordNumberTests.sameWordsClassesReference(of: mentions.map(OCRRoleEvidence.nameWords)))
    }

    /// The first word of a date label broken over two lines ("Tanggal" / "Pembuatan"), read on its
    /// bytes, against the lower-cased word: cases, the "." of "Tgl.", near misses, punctuation whose
    /// byte differs from a letter's by its case bit, non-ASCII letters and marks, the empty word.
    @Test(arguments: [
        "tanggal", "Tanggal", "TANGGAL", "tAnGgAl", "tgl", "Tgl", "TGL", "tgl.", "TGL.", "Tgl.", "tgl:", "tgl..", "tg1",
        "tgl\u{E}", "TGL\u{E}", "t", "", "tanggal.", "tanggaL:", "tangga", "Tanggal\u{301}", "T\u{E1}nggal",
        "\u{FF54}\u{FF47}\u{FF4C}", "tgL", "tgl\u{2024}", "TGL\u{0}", "4GL", "T@NGGAL", "tanggal ", "\u{212A}gl",
    ])
    func dateWordsAgreeWithTheLowerCasedWord(_ word: String) {
        let expected = ["tanggal", "tgl", "tgl."].contains(word.lowercased())
        #expect(OCRIdentityParser.isDateWord(word[...]) == expected, "\(word.debugDescription)")
        let inLine = "x \(word) y"
        let slice = inLine.dropFirst(2).dropLast(2)
        #expect(OCRIdentityParser.isDateWord(slice) == expected, "\(word.debugDescription)")
    }

    /// The second word of a date label broken over two lines, read on a line's key bytes, against the
    /// key made a String and matched as the words were before: each word, near misses of each length,
    /// upper case, marks, the Kelvin sign and a key of two words.
    @Test(arguments: [
        "pembuatan", "dibuat", "revisi", "efektif", "berlaku", "pengesahan", "disahkan", "pembuatn", "dibuat ",
        "revisl", "efektiv", "berlak", "pengesahan x", "disahkah", "PEMBUATAN", "Revisi", "efe\u{301}ktif",
        "\u{212A}", "berla\u{212A}u", "", "r", "tanggal pembuatan", "pembuatanx", "pengesahann",
    ])
    func dateLabelKeysAgreeWithTheKeyString(_ key: String) {
        let expected: IdentityLabel?
        switch key {
        case "pembuatan", "dibuat": expected = .created
        case "revisi": expected = .revised
        case "efektif", "berlaku": expected = .effective
        case "pengesahan", "disahkan": expected = .approved
        default: expected = nil
        }
        let label = Array(key.utf8).withUnsafeBufferPointer(OCRIdentityParser.dateLabel(completedByKey:))
        #expect(label == expected, "\(key.debugDescription)")
    }
}

@testable import SOPKit
import Testing

/// `OCRRoleEvidence.NameKeys` keeps short ASCII keys packed in words instead of Strings: for every
/// sequence of keys it answers "new" exactly when a `Set<String>` (the code before it) does, including
/// keys outside ASCII that equal ASCII ones as Strings (the Kelvin sign equals "K").
@Suite struct OCRRoleNameKeysTests {
    /// Sequences of keys at the edges: empty keys, keys at and around the packed capacity, repeated
    /// keys, keys outside ASCII (é, —, ’, NBSP, a combining mark) before and after ASCII keys, keys that
    /// equal ASCII keys only as Strings, a tab, a CR LF pair and a very long key.
    static let sequences: [[String]] = [
        [],
        ["", "", "a"],
        ["kepala dinas", "kepala", "kepala dinas", "kasi"],
        [String(repeating: "a", count: 31), String(repeating: "a", count: 32), String(repeating: "a", count: 33),
         String(repeating: "a", count: 32), String(repeating: "a", count: 33), String(repeating: "a", count: 31)],
        ["kepala desa", "kepala désa", "kepala de\u{301}sa", "kepala désa", "kepala desa"],
        ["\u{212A}asi", "Kasi", "kasi", "Kasi"],
        ["Kasi", "kasi", "\u{212A}asi", "Kasi", "\u{212A}asi"],
        ["a;b", "a\u{037E}b", "a;b"],
        ["staf", "staf \u{2014} umum", "staf", "staf\u{00A0}umum", "staf umum", "kasi\u{2019}s", "staf"],
        ["a\tb", "a\tb", "a b", "\r\n", "\r\n", "\r"],
        [String(repeating: "kepala dinas ", count: 300), String(repeating: "kepala dinas ", count: 300), "kepala"],
        // Around the packed keys searched one by one (64): the keys move into a set at the 65th, which
        // still knows every key before it, in order and repeated.
        (0..<64).map { "kasi \($0)" } + ["kasi 0", "kasi 63"],
        (0..<65).map { "kasi \($0)" } + (0..<66).map { "kasi \($0)" } + ["kepala"],
        (0..<130).map { "staf \($0 % 97)" } + ["staf désa", "staf 5", "staf 96", "staf 97"],
        (0..<70).map { "camat \($0)" } + ["\u{212A}asi", "kasi", "camat 1", "Kasi"],
    ]

    @Test(arguments: sequences) func answersAsASetOfStrings(_ keys: [String]) {
        var nameKeys = OCRRoleEvidence.NameKeys()
        var strings: Set<String> = []
        for key in keys {
            #expect(nameKeys.insert(key) == strings.insert(key).inserted, "\(key.debugDescription) in \(keys)")
        }
    }

    /// Keys inserted by their ASCII bytes (as `mentions` inserts the keys of ASCII lines) and as Strings
    /// answer as one `Set<String>`.
    @Test(arguments: sequences) func asciiBytesAndStringsAnswerAsOneSet(_ keys: [String]) {
        var nameKeys = OCRRoleEvidence.NameKeys()
        var strings: Set<String> = []
        for (index, key) in keys.enumerated() {
            var bytes = key
            let isASCII = bytes.withUTF8 { OCRTableBytes.isASCII(bytes: $0) }
            let isNew = isASCII && index % 2 == 0
                ? bytes.withUTF8 { nameKeys.insert(asciiKey: $0) } : nameKeys.insert(key)
            #expect(isNew == strings.insert(key).inserted, "\(key.debugDescription) in \(keys)")
        }
    }
}

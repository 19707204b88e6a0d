@testable import SOPKit
import Testing

/// The role matcher's look-up of a text token among the first tokens of the roles, the byte comparison
/// of tokens and the first byte and length of a token agree with the `Substring`-based code they
/// replaced: the first tokens kept in a dictionary by text, `elementsEqual` and the token's text.
@Suite struct RoleMatcherFirstTokenTests {
    /// A word of 70 letters: longer than the lengths `unknownASCIIFirstTokenLengths` keeps a bit for.
    static let longWord = String(repeating: "abcdefg", count: 10)

    /// Headers whose first tokens the role lexicon does not know: ASCII only, of lengths that words of the
    /// texts share or not, one longer than 63 bytes, and ones with a token that is not ASCII.
    static let headers = [
        ["Operator SIAK", "Verifikator Data", "Kasubbag Umum", "Staf"],
        ["Operator SIAK", "\(longWord) Unit", "Staf"],
        ["Café Manager", "Operator SIAK", "Staf"],
        ["Cafe\u{301} Manager", "Verifikator"],
        ["PPTK", "Bendahara", "TRC Kabupaten"],
        ["Kepala Dinas", "Sekretaris"],
        ["x", "ab", "abc-def", "Staf"],
    ]

    /// Texts whose words have the lengths and bytes of the first tokens and of other words.
    static let texts = [
        "", "operator", "Operator SIAK menginput", "operatur", "operators", "verifikator", "verifikatur data",
        longWord, longWord + "h", String(repeating: "abcdefg", count: 9) + "abcdefh", "café", "cafe\u{301}", "cafe",
        "Kafé", "x", "y", "ab", "ba", "abc-def", "abc def", "abcxdef", "pptk", "PPTK", "trc", "TRC", "kepala", "staf",
        "\t operator\tSIAK ", "Menerima berkas dari Staf, lalu Operator SIAK", "ＯＰＥＲＡＴＯＲ", "operator\u{A0}siak",
        // Words of a first token's length with another first byte, one of the same bit (`byte & 31`).
        "xperator", "Pperator", "0perator", "/perator", "verifikatos", "werifikator", "Vverifikator", "Xb", "Ab",
    ]

    @Test(arguments: headers) func firstTokensAreLookedUpAsInADictionary(_ roles: [String]) {
        let matcher = RoleMatcher(roles: roles)
        var reference: [Substring: [Int]] = [:]
        for (index, role) in roles.enumerated() {
            if let first = RoleText(role).tokenTexts.first { reference[first, default: []].append(index) }
        }
        for text in Self.texts + roles + reference.keys.map(String.init) {
            let read = RoleText(text)
            for index in read.tokens.indices {
                #expect(matcher.roles(withFirstTokenOf: index, in: read) == (reference[read.text(ofToken: index)] ?? []), "\(text)")
            }
        }
    }

    @Test(arguments: texts) func firstByteAndLengthAreThoseOfTheTokenText(_ text: String) {
        let read = RoleText(text)
        for index in read.tokens.indices {
            let tokenText = read.text(ofToken: index)
            #expect(read.firstByte(ofToken: index) == tokenText.utf8.first, "\(text)")
            #expect(read.byteCount(ofToken: index) == tokenText.utf8.count, "\(text)")
            if read.token(index).entry < 0 {
                #expect(read.firstByte(ofUnknownToken: index) == tokenText.utf8.first ?? 0, "\(text)")
            }
        }
    }

    /// First tokens of roles (their indices, -1 for a role without one) and the number of first tokens,
    /// with the first role of each first token and the next role of each role that
    /// `roleChains(byFirstToken:count:)` gives for them.
    static let chains: [(firstTokens: [Int], count: Int, firstRole: [Int], nextRole: [Int])] = [
        ([], 0, [], []),
        ([-1, -1], 0, [], [-1, -1]),
        ([0], 1, [0], [-1]),
        ([0, 1, 0, -1, 1], 2, [0, 1], [2, 4, -1, -1, -1]),
        ([2, 0, -1, 2, 2], 3, [1, -1, 0], [3, -1, -1, 4, -1]),
        ([1, 1, 1, 0], 2, [3, 0], [1, 2, -1, -1]),
    ]

    @Test(arguments: chains.indices) func rolesAreChainedByFirstTokenInOrder(_ index: Int) {
        let chain = Self.chains[index]
        let chained = RoleMatcher.roleChains(byFirstToken: chain.firstTokens, count: chain.count)
        #expect(chained.firstRole == chain.firstRole)
        #expect(chained.nextRole == chain.nextRole)
        for first in 0..<chain.count {
            var walked: [Int] = []
            var role = chained.firstRole[first]
            while role >= 0 {
                walked.append(role)
                role = chained.nextRole[role]
            }
            #expect(walked == chain.firstTokens.indices.filter { chain.firstTokens[$0] == first })
        }
    }

    @Test func sameBytesIsCountAndElementsEqual() {
        let words = ["", "a", "b", "ab", "ba", "abc", "kepala", "kepalA", "café", "cafe\u{301}", "\t", "\u{A0}", Self.longWord, Self.longWordOfBytes]
        for left in words {
            for right in words {
                var leftText = left
                var rightText = right
                let same = leftText.withUTF8 { leftBytes in
                    rightText.withUTF8 { rightBytes in RoleText.sameBytes(leftBytes, rightBytes) }
                }
                #expect(same == Array(left.utf8).elementsEqual(Array(right.utf8)), "\(left) \(right)")
            }
        }
    }

    /// A long word whose last byte differs from `longWord`'s.
    static let longWordOfBytes = String(longWord.dropLast()) + "z"
}

@testable import SOPKit
import Testing

/// The role lexicon built at start-up (words split on their bytes, entries numbered by a builder value)
/// is the one the earlier build gave: the same words in the same order, the same flags, and the same
/// spellings, read here by the earlier algorithm kept as a reference copy.
@Suite struct RoleLexiconBuildTests {
    /// The words, flags and spellings (rest and canonical tokens as words) of the reference build.
    static func referenceFacts(_ variants: [RoleVariant], otherWords: [Substring]) -> [String] {
        var entries: [RoleLexicon.Entry] = []
        var words: [Substring] = []
        var spellings: [[(rest: [Substring], tokens: [Substring], isTitle: Bool)]] = []
        var entryOfWord: [Substring: Int] = [:]
        @discardableResult func update(_ word: Substring, _ change: (inout RoleLexicon.Entry) -> Void = { _ in }) -> Int {
            let index = entryOfWord[word] ?? entries.count
            if index == entries.count {
                entries.append(RoleLexicon.Entry())
                words.append(word)
                spellings.append([])
                entryOfWord[word] = index
            }
            change(&entries[index])
            return index
        }
        for variant in variants {
            let tokens = variant.canonical.map { Substring($0) }
            for token in tokens { update(token) { $0.isNameWord = true } }
            if variant.kind == .title, let first = tokens.first { update(first) { $0.isTitle = true } }
            for spelling in variant.spellings {
                let spellingWords = spelling.split(separator: " ")
                guard let first = spellingWords.first else { continue }
                let rest = Array(spellingWords.dropFirst())
                spellings[update(first)].append((rest, tokens, variant.kind == .title))
                for word in rest { update(word) }
            }
        }
        for word in RoleName.subjectWords { update(word) { $0.isNameWord = true } }
        for word in RoleName.fillerWords { update(word) { $0.isFiller = true } }
        for word in RoleName.stopWords { update(word) { $0.isStop = true } }
        for word in RoleName.unitStarterWords { update(word) { $0.isUnitStarter = true } }
        for word in RoleName.distinctOfficeWords { update(word) { $0.isDistinctOfficeWord = true } }
        for word in RoleName.subUnitWords { update(word) { $0.isSubUnitWord = true } }
        for word in otherWords { update(word) }
        return words.indices.map { index in
            let entry = entries[index]
            let phrases = spellings[index].sorted { $0.rest.count > $1.rest.count }
                .map { "\($0.rest.joined(separator: " ")) -> \($0.tokens.joined(separator: " ")) \($0.isTitle)" }
            return "\(words[index]) \(flags(entry)) [\(phrases.joined(separator: "; "))]"
        }
    }

    /// The flags of an entry, as text.
    static func flags(_ entry: RoleLexicon.Entry) -> String {
        "\(entry.isFiller) \(entry.isStop) \(entry.isTitle) \(entry.isUnitStarter) \(entry.isNameWord) "
            + "\(entry.isDistinctOfficeWord) \(entry.isSubUnitWord)"
    }

    /// The same facts of a built lexicon.
    static func facts(_ lexicon: RoleLexicon) -> [String] {
        lexicon.words.indices.map { index in
            let entry = lexicon.entries[index]
            let phrases = lexicon.phrases[entry.phrases].map { phrase in
                let rest = lexicon.phraseWords[phrase.rest].map { String(lexicon.words[$0]) }.joined(separator: " ")
                let tokens = lexicon.phraseTokens[phrase.tokens].map { String(lexicon.words[$0]) }.joined(separator: " ")
                return "\(rest) -> \(tokens) \(phrase.isTitle)"
            }
            return "\(lexicon.words[index]) \(flags(entry)) [\(phrases.joined(separator: "; "))]"
        }
    }

    @Test func sharedLexiconIsTheReferenceBuild() {
        let otherWords = PerformerInference.lexiconWords + ActivityClauses.lexiconWords
        #expect(Self.facts(RoleLexicon.shared) == Self.referenceFacts(RoleName.variants, otherWords: otherWords))
        for (word, entry) in RoleLexicon.shared.entryOfWord { #expect(RoleLexicon.shared.words[entry] == word) }
    }

    /// Small tables: empty, a spelling of one word, spellings sharing words, and other words that repeat.
    @Test func smallLexiconsAreTheReferenceBuild() {
        let tables: [([RoleVariant], [Substring])] = [
            ([], []), ([], ["x", "y", "x"]),
            ([RoleVariant(.title, ["a"], ["a"])], ["a", "b"]),
            ([RoleVariant(.unit, ["b", "c"], ["bc", "b c", "b  c d"]), RoleVariant(.title, ["c"], ["c b", "c"])], ["d", "oleh"]),
        ]
        for (variants, otherWords) in tables {
            #expect(Self.facts(RoleLexicon(variants, otherWords: otherWords)) == Self.referenceFacts(variants, otherWords: otherWords))
        }
    }
}

/// The lexicon's words laid out for the candidate search of OCR word repair: their letters in one
/// array, their letter sets in another, in the order `Lexicon.candidates` gives them (by length, then
/// by word), so that the search runs over plain numbers instead of entries holding a `String` and an
/// array each.
struct LexiconCandidateTable: Sendable {
    /// The table of `Lexicon.shared`'s words.
    static let shared = LexiconCandidateTable(lexicon: .shared)

    /// Every word's letters as 0 (a) to 25 (z), one word after another.
    let letters: [UInt8]
    /// Per word, where its letters start in `letters`, and one more element: the end of the last word.
    let starts: [Int]
    /// Per word, the 26-bit set of its letters (`Lexicon.mask`).
    let masks: [UInt32]
    /// The words themselves.
    let words: [String]
    /// Per length, the index of the first word of that length or longer; one more element than
    /// the longest length the lexicon keeps.
    let firstOfLength: [Int]

    /// The table of the words `lexicon.candidates` gives, every length at a time.
    init(lexicon: Lexicon) {
        var letters: [UInt8] = []
        var starts: [Int] = []
        var masks: [UInt32] = []
        var words: [String] = []
        var firstOfLength: [Int] = []
        for length in 0...Lexicon.longestLength + 1 {
            firstOfLength.append(words.count)
            guard length >= 1, length <= Lexicon.longestLength else { continue }
            for entry in lexicon.candidates(length: length, spread: 0) {
                precondition(entry.bytes.allSatisfy { $0 >= 0x61 && $0 <= 0x7A })
                starts.append(letters.count)
                letters += entry.bytes.map { $0 - 0x61 }
                masks.append(Lexicon.mask(entry.bytes))
                words.append(entry.word)
            }
        }
        starts.append(letters.count)
        self.letters = letters
        self.starts = starts
        self.masks = masks
        self.words = words
        self.firstOfLength = firstOfLength
    }

    /// The indices of the words whose length is within `spread` of `length`: the words
    /// `Lexicon.candidates(length:spread:)` gives, in its order.
    func indices(length: Int, spread: Int) -> Range<Int> {
        let lengthEnd = firstOfLength.count - 1
        let low = min(max(1, length - spread), lengthEnd)
        let end = max(low, min(lengthEnd, length + spread + 1))
        return firstOfLength[low]..<firstOfLength[end]
    }
}

extension EditCost {
    /// Per read byte, the 26 costs of reading each letter a...z as that byte (`substitution`), so that
    /// a row of the edit distance finds its costs without converting tenths.
    static let letterSubstitutions: [Double] = (0..<256).flatMap { read in
        (0..<26).map { letter in substitution(UInt8(read), UInt8(0x61 + letter)) }
    }

    /// Per read byte, the 26 costs in tenths of reading each letter a...z as that byte when it is
    /// another letter, and 10 (the cost of an insertion, at most what a letter costs) for the letter
    /// itself, for the lower bounds of the candidate search.
    static let letterMisreadingTenths: [UInt8] = (0..<256).flatMap { (read: Int) -> [UInt8] in
        (0..<26).map { (letter: Int) -> UInt8 in
            let meant = UInt8(0x61 + letter)
            guard read != Int(meant) else { return 10 }
            return UInt8((substitution(UInt8(read), meant) * 10).rounded())
        }
    }
}

extension OCRRepair {
    /// How much closer than every other candidate the best one must be for a repair.
    static let clearLead = 0.5

    /// Room for the rounding of sums of costs when a bound in exact tenths is compared with them.
    private static let roundingRoom = 0.01

    /// The lexicon word `read` (lower-cased bytes of a token's core) was most likely meant to be: the
    /// candidate of least cost within `allowed` when every other candidate costs at least `clearLead`
    /// more; nil when there is none or it is not clear. A damaged word is compared with the words
    /// within two letters of its `letterCount` by the weighted edit distance, a clean one with the
    /// words of its length by substitutions alone.
    ///
    /// The same answer as comparing every candidate in turn, with less work. The answer depends only
    /// on the costs within `allowed` (a word is chosen only when its cost is the one least, so the order
    /// of the candidates does not matter), and once a best candidate is known, a candidate costing more
    /// than the runner-up, or more than the best by more than `clearLead`, can change neither the word
    /// chosen nor whether it is clear. So the candidates are taken in the order of a lower bound of
    /// their cost from their letters and length, each cost is worked out only up to that limit, and the
    /// search stops at the first candidate whose bound exceeds it.
    static func closestWord(to read: [UInt8], damaged: Bool, letterCount: Int, allowed: Double) -> String? {
        let table = LexiconCandidateTable.shared
        let candidates = damaged ? table.indices(length: letterCount, spread: 2) : table.indices(length: read.count, spread: 0)
        guard !candidates.isEmpty else { return nil }
        var mostMissing = 0
        while Double(mostMissing + 1) * 0.4 <= allowed + roundingRoom, mostMissing <= 26 { mostMissing += 1 }
        let tokenMask = Lexicon.mask(read)
        let allowedTenths = tenths(allowed)
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 78 + candidates.count) { scratch in
            let tokenCounts = scratch.baseAddress!
            let wordCounts = tokenCounts + 26
            let cheapestMisreadings = wordCounts + 26
            let queue = UnsafeMutableBufferPointer(start: cheapestMisreadings + 26, count: candidates.count)
            UnsafeMutableBufferPointer(start: tokenCounts, count: 52).initialize(repeating: 0)
            UnsafeMutableBufferPointer(start: cheapestMisreadings, count: 26).initialize(repeating: 10)
            var cheapestDeletion = 10
            EditCost.letterMisreadingTenths.withUnsafeBufferPointer { misreadingTenths in
                for byte in read {
                    if byte >= 0x61 && byte <= 0x7A { tokenCounts[Int(byte - 0x61)] += 1 }
                    cheapestDeletion = min(cheapestDeletion, Int((EditCost.deletion(byte) * 10).rounded()))
                    let costs = misreadingTenths.baseAddress! + Int(byte) &* 26
                    for letter in 0..<26 { cheapestMisreadings[letter] = min(cheapestMisreadings[letter], Int(costs[letter])) }
                }
            }
            let misreadings = Misreadings(
                tokenCounts: tokenCounts, wordCounts: wordCounts, cheapest: cheapestMisreadings,
                cheapestDeletion: cheapestDeletion, readCount: read.count)
            return table.letters.withUnsafeBufferPointer { letters in
                table.starts.withUnsafeBufferPointer { starts in
                    var queued = 0
                    table.masks.withUnsafeBufferPointer { masks in
                        for index in candidates where (masks[index] & ~tokenMask).nonzeroBitCount <= mostMissing {
                            let word = UnsafeBufferPointer(rebasing: letters[starts[index]..<starts[index + 1]])
                            let bound = misreadings.leastCostTenths(of: word)
                            guard bound <= allowedTenths else { continue }
                            queue[queued] = bound << 32 | index
                            queued += 1
                        }
                    }
                    var ordered = UnsafeMutableBufferPointer(rebasing: queue[..<queued])
                    ordered.sort()
                    return read.withUnsafeBufferPointer { read in
                        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * (Lexicon.longestLength + 1)) { rows in
                            EditCost.letterSubstitutions.withUnsafeBufferPointer { substitutions in
                                var best: (cost: Double, index: Int)?
                                var second = Double.infinity
                                var limit = allowed
                                var limitTenths = allowedTenths
                                for item in ordered {
                                    guard item >> 32 <= limitTenths else { break }
                                    let index = item & 0xFFFF_FFFF
                                    let word = UnsafeBufferPointer(rebasing: letters[starts[index]..<starts[index + 1]])
                                    let cost = damaged
                                        ? editCost(read: read, word: word, substitutions: substitutions.baseAddress!, limit: limit, rows: rows.baseAddress!)
                                        : substitutionCost(read: read, word: word, substitutions: substitutions.baseAddress!, limit: limit)
                                    guard cost <= limit else { continue }
                                    if let current = best {
                                        if cost < current.cost {
                                            second = current.cost
                                            best = (cost, index)
                                        } else if cost < second {
                                            second = cost
                                        }
                                    } else {
                                        best = (cost, index)
                                    }
                                    if let best {
                                        limit = min(allowed, second, best.cost + clearLead + roundingRoom)
                                        limitTenths = tenths(limit)
                                    }
                                }
                                guard let best, second - best.cost >= clearLead else { return nil }
                                return table.words[best.index]
                            }
                        }
                    }
                }
            }
        }
    }

    /// The most tenths a cost bound in exact tenths may reach and the cost still be within `limit`.
    private static func tenths(_ limit: Double) -> Int {
        Int(((limit + roundingRoom) * 10).rounded(.down))
    }

    /// The weighted edit distance of reading `word` (letters 0...25) as `read`, cell by cell with
    /// `EditCost.substitution`, `EditCost.deletion` and insertions costing 1; stops early (returning
    /// more than `limit`) once a whole row exceeds `limit`. `substitutions` is
    /// `EditCost.letterSubstitutions`; `rows` has room for two rows of the word's length plus one.
    @inline(__always)
    private static func editCost(
        read: UnsafeBufferPointer<UInt8>, word: UnsafeBufferPointer<UInt8>, substitutions: UnsafePointer<Double>,
        limit: Double, rows: UnsafeMutablePointer<Double>
    ) -> Double {
        guard !read.isEmpty else { return Double(word.count) }
        let columns = word.count + 1
        var previous = rows
        var current = rows + columns
        for column in 0..<columns { previous[column] = Double(column) }
        for byte in read {
            let costs = substitutions + Int(byte) &* 26
            let delete = EditCost.deletion(byte)
            current[0] = previous[0] + delete
            var rowMinimum = current[0]
            for column in 1..<columns {
                let substitute = previous[column - 1] + costs[Int(word[column - 1])]
                let value = min(substitute, previous[column] + delete, current[column - 1] + 1)
                current[column] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return rowMinimum }
            swap(&previous, &current)
        }
        return previous[word.count]
    }

    /// The cost of reading `word` (letters 0...25, as long as `read`) as `read` by substitutions alone;
    /// more than `limit` as soon as it exceeds it. `substitutions` is `EditCost.letterSubstitutions`.
    @inline(__always)
    private static func substitutionCost(
        read: UnsafeBufferPointer<UInt8>, word: UnsafeBufferPointer<UInt8>, substitutions: UnsafePointer<Double>, limit: Double
    ) -> Double {
        var cost = 0.0
        for (byte, letter) in zip(read, word) {
            cost += substitutions[Int(byte) &* 26 &+ Int(letter)]
            if cost > limit { return cost }
        }
        return cost
    }
}

/// What the candidate search knows of the read bytes for its lower bound of a candidate's cost, in
/// tenths (`leastCostTenths`).
private struct Misreadings {
    /// How many times each letter a...z occurs in the read bytes.
    let tokenCounts: UnsafeMutablePointer<Int>
    /// 26 zeros, used by `leastCostTenths` and left as zeros.
    let wordCounts: UnsafeMutablePointer<Int>
    /// Per letter a...z, the least cost of a read byte other than that letter read for it, at most
    /// 1 (the cost of leaving it out).
    let cheapest: UnsafeMutablePointer<Int>
    /// The least cost of deleting one of the read bytes, at most 1.
    let cheapestDeletion: Int
    /// The number of read bytes.
    let readCount: Int

    /// A lower bound, in tenths, of the cost of reading `word` (letters 0...25) as the read bytes. A
    /// letter of the word beyond as many as the read bytes hold is read from another byte or inserted,
    /// at least its `cheapest`, or at least 0.4 (a substitution) or 1 (an insertion); the word's excess
    /// length needs insertions, the read bytes' excess deletions (at least `cheapestDeletion`).
    @inline(__always)
    func leastCostTenths(of word: UnsafeBufferPointer<UInt8>) -> Int {
        var unmatched = 0
        var unmatchedCost = 0
        for letter in word {
            let count = wordCounts[Int(letter)] + 1
            wordCounts[Int(letter)] = count
            if count > tokenCounts[Int(letter)] {
                unmatched += 1
                unmatchedCost += cheapest[Int(letter)]
            }
        }
        for letter in word { wordCounts[Int(letter)] = 0 }
        if word.count > readCount { return max(unmatchedCost, 4 * unmatched + 6 * (word.count - readCount)) }
        return unmatchedCost + cheapestDeletion * (readCount - word.count)
    }
}

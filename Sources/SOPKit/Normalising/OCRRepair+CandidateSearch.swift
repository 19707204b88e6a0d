/// The lexicon's words laid out for the candidate search of OCR word repair: their letters in one
/// array, their letter sets in another, their repeated letters in a third, in the lexicon's order (by
/// length, then by word), so that the search runs over plain numbers instead of entries holding a
/// `String` and an array each.
struct LexiconCandidateTable: Sendable {
    /// The table of `Lexicon.shared`'s words.
    static let shared = LexiconCandidateTable(lexicon: .shared)

    /// Every word's letters as 0 (a) to 25 (z), one word after another.
    let letters: [UInt8]
    /// Per word, where its letters start in `letters`, and one more element: the end of the last word.
    let starts: [Int]
    /// Per word, the 26-bit set of its letters (`Lexicon.mask`).
    let masks: [UInt32]
    /// Per word, the sets of its letters that occur in it more than once (`RepeatedLetters`).
    let repeats: [RepeatedLetters]
    /// The lexicon the words are the first `count` of, by the same indices.
    private let lexicon: Lexicon
    /// Per length, the index of the first word of that length or longer; one more element than
    /// the longest length the lexicon keeps.
    let firstOfLength: [Int]

    /// The number of bits set in each 13-bit number, so that the letters a word has and a token lacks
    /// are counted in two look-ups (`missingLetters`) where the machine has no instruction for it.
    /// Each number's count is the count of the number without its lowest bit, plus that bit.
    private static let bitCounts: [UInt8] = {
        var counts = [UInt8](repeating: 0, count: 1 << 13)
        for value in 1..<counts.count { counts[value] = counts[value >> 1] + UInt8(value & 1) }
        return counts
    }()

    /// `(mask & ~tokenMask).nonzeroBitCount` for 26-bit letter sets, read from `bitCounts`.
    @inline(__always)
    static func missingLetters(_ mask: UInt32, _ tokenMask: UInt32, bitCounts: UnsafePointer<UInt8>) -> Int {
        let missing = Int(mask & ~tokenMask)
        return Int(bitCounts[missing & 0x1FFF]) + Int(bitCounts[missing >> 13])
    }

    /// Calls `body` with `bitCounts`.
    static func withBitCounts<Result>(_ body: (UnsafePointer<UInt8>) -> Result) -> Result {
        bitCounts.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// The table of `lexicon`'s words of every length up to `Lexicon.longestLength`: the lexicon's
    /// first words, whose starts it takes as they are, their letters made 0...25 in one pass with
    /// their letter sets.
    init(lexicon: Lexicon) {
        let lastLength = min(Lexicon.longestLength, lexicon.longestWordBytes) + 1
        let count = lexicon.firstOfLength[lastLength]
        let starts = Array(lexicon.starts[...count])
        var letters = [UInt8](repeating: 0, count: starts[count])
        var masks = [UInt32](repeating: 0, count: count)
        var repeats = [RepeatedLetters](repeating: RepeatedLetters(ofLetters: []), count: count)
        lexicon.letters.withUnsafeBufferPointer { bytes in
            letters.withUnsafeMutableBufferPointer { letters in
                for index in 0..<count {
                    let start = starts[index]
                    let end = starts[index + 1]
                    // The starts rise from 0 to `letters.count`, which `bytes` holds at least.
                    precondition(start <= end && end <= letters.count && end <= bytes.count)
                    var mask: UInt32 = 0
                    for position in start..<end {
                        let letter = bytes[position] &- 0x61
                        letters[position] = letter
                        mask |= 1 << UInt32(letter)
                    }
                    masks[index] = mask
                    repeats[index] = RepeatedLetters(ofLetters: UnsafeBufferPointer(rebasing: letters[start..<end]))
                }
            }
        }
        self.letters = letters
        self.starts = starts
        self.masks = masks
        self.repeats = repeats
        self.lexicon = lexicon
        firstOfLength = (0...Lexicon.longestLength + 1).map { lexicon.firstOfLength[min($0, lastLength)] }
    }

    /// The number of words.
    var count: Int { masks.count }

    /// The word at `index`.
    func word(at index: Int) -> String { lexicon.word(at: index) }

    /// The indices of the words whose length is within `spread` of `length`: those
    /// `Lexicon.indices(length:spread:)` gives.
    func indices(length: Int, spread: Int) -> Range<Int> {
        let lengths = self.lengths(length: length, spread: spread)
        return firstOfLength[lengths.lowerBound]..<firstOfLength[lengths.upperBound]
    }

    /// The lengths within `spread` of `length` that the table may hold words of, from 1 up to
    /// `Lexicon.longestLength`; the words of length `length` are `firstOfLength[length]..<firstOfLength[length + 1]`.
    func lengths(length: Int, spread: Int) -> Range<Int> {
        let lengthEnd = firstOfLength.count - 1
        let low = min(max(1, length - spread), lengthEnd)
        return low..<max(low, min(lengthEnd, length + spread + 1))
    }
}

/// The letters a word (letters 0...25) holds more than once, as sets of `Lexicon.mask`: those it holds
/// at least twice and at least three times, so that the candidate search counts the letters a word has
/// beyond as many as the read bytes hold from sets alone (`Misreadings.leastCostTenths(_:wordCount:)`).
/// A word holding a letter four times or more has `beyondThrice` set in `thrice`, and its letters are
/// counted one by one.
struct RepeatedLetters: Sendable, Equatable {
    /// The letters the word holds at least twice.
    let twice: UInt32
    /// The letters the word holds at least three times, with `beyondThrice` when it holds one at least four times.
    let thrice: UInt32

    /// The flag in `thrice` of a word holding a letter at least four times; no letter's bit.
    static let beyondThrice: UInt32 = 1 << 31

    /// The repeated letters of `letters` (each 0...25): each letter goes to the set of the next count
    /// up from the sets it is in already.
    init(ofLetters letters: some Sequence<UInt8>) {
        var once: UInt32 = 0
        var twice: UInt32 = 0
        var thrice: UInt32 = 0
        for letter in letters {
            let bit: UInt32 = 1 << UInt32(letter)
            if thrice & bit != 0 { thrice |= Self.beyondThrice }
            thrice |= twice & bit
            twice |= once & bit
            once |= bit
        }
        self.twice = twice
        self.thrice = thrice
    }
}

extension EditCost {
    /// Per read byte, the 26 costs of reading each letter a...z as that byte (the costs of `EditCost`), so that
    /// a row of the edit distance finds its costs without converting tenths: 0.6 for a byte that is
    /// no letter, 1 for another letter, 0 for the letter itself, 0.4 where `confusedPairs` says so.
    /// Filled from those rules in place, one array for all bytes.
    static let letterSubstitutions: [Double] = {
        var table = [Double](repeating: 0.6, count: 256 * 26)
        for read in 0x61...0x7A {
            for letter in 0..<26 { table[read * 26 + letter] = read == 0x61 + letter ? 0 : 1 }
        }
        forEachLetterConfusion { read, letter in table[read * 26 + letter] = 0.4 }
        return table
    }()

    /// Per read byte, the set of the letters a...z OCR confuses with it, other than the byte itself
    /// (a substitution costing 0.4), one bit per letter as in `Lexicon.mask`, for the candidate
    /// search: a letter is read from a confused byte (0.4), from a byte that is no letter (0.6), from
    /// another letter or inserted (1). Filled in place from `confusedPairs`.
    static let confusedLetterSets: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        forEachLetterConfusion { read, letter in table[read] |= 1 << UInt32(letter) }
        return table
    }()

    /// Calls `body` with each read byte and letter (0 for a ... 25 for z) that `confusedPairs` pairs,
    /// in either direction: the letter meant and the byte read for it.
    private static func forEachLetterConfusion(_ body: (_ read: Int, _ letter: Int) -> Void) {
        for (first, second) in confusedPairs {
            if second >= 0x61, second <= 0x7A { body(Int(first), Int(second - 0x61)) }
            if first >= 0x61, first <= 0x7A { body(Int(second), Int(first - 0x61)) }
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
    ///
    /// Before its edit distance, a candidate is also bounded from the read bytes' side
    /// (`ReadLetters`): the read letters it lacks and the bytes that are no letter must be read for
    /// other letters or deleted; a candidate whose bound exceeds the limit is passed over.
    ///
    /// A clean word under `singleConfusionAllowance` is not searched for: its few possible candidates
    /// are looked up (`closestWordBySingleConfusion`).
    static func closestWord(to read: [UInt8], damaged: Bool, letterCount: Int, allowed: Double) -> String? {
        read.withUnsafeBufferPointer { closestWord(toBytes: $0, damaged: damaged, letterCount: letterCount, allowed: allowed) }
    }

    /// `closestWord(to:damaged:letterCount:allowed:)` of the bytes `read`, read in place, so that a
    /// caller may lower-case a token's core on the stack rather than into an array of its own.
    static func closestWord(toBytes read: UnsafeBufferPointer<UInt8>, damaged: Bool, letterCount: Int, allowed: Double) -> String? {
        if !damaged, allowed < singleConfusionAllowance { return closestWordBySingleConfusion(to: read, allowed: allowed) }
        let table = LexiconCandidateTable.shared
        let lengths = damaged ? table.lengths(length: letterCount, spread: 2) : table.lengths(length: read.count, spread: 0)
        let candidates = table.firstOfLength[lengths.lowerBound]..<table.firstOfLength[lengths.upperBound]
        guard !candidates.isEmpty else { return nil }
        let allowedTenths = tenths(allowed)
        let bucketCount = max(0, allowedTenths) + 2
        let lengthCount = Lexicon.longestLength + 3
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 78 + lengthCount + 2 * candidates.count + bucketCount) { scratch in
            let tokenCounts = scratch.baseAddress!
            let wordCounts = tokenCounts + 26
            let cheapestMisreadings = wordCounts + 26
            let lengthTenths = cheapestMisreadings + 26
            let queue = UnsafeMutableBufferPointer(start: lengthTenths + lengthCount, count: candidates.count)
            let orderedQueue = queue.baseAddress! + candidates.count
            let bucketStarts = UnsafeMutableBufferPointer(start: orderedQueue + candidates.count, count: bucketCount)
            UnsafeMutableBufferPointer(start: tokenCounts, count: 52).initialize(repeating: 0)
            var letters = 0
            var digits = 0
            var confusedLetters: UInt32 = 0
            EditCost.confusedLetterSets.withUnsafeBufferPointer { confusedLetterSets in
                for byte in read {
                    if byte >= 0x61 && byte <= 0x7A {
                        tokenCounts[Int(byte - 0x61)] += 1
                        letters += 1
                    } else if byte >= 0x30 && byte <= 0x39 {
                        digits += 1
                    }
                    confusedLetters |= confusedLetterSets[Int(byte)]
                }
            }
            let readLetters = ReadLetters(of: read)
            for letter in 0..<26 { cheapestMisreadings[letter] = confusedLetters & 1 << UInt32(letter) != 0 ? 4 : 10 }
            let leastDeletionTenths = letters + digits < read.count ? 2 : digits > 0 ? 6 : 10
            for wordCount in 0..<lengthCount {
                lengthTenths[wordCount] = Misreadings.lengthTenths(
                    wordCount: wordCount, readCount: read.count, nonLetters: read.count - letters, digits: digits)
            }
            let misreadings = Misreadings(
                tokenCounts: tokenCounts, wordCounts: wordCounts, cheapest: cheapestMisreadings, lengthTenths: lengthTenths,
                confusedLetters: confusedLetters, readCount: read.count, nonLetters: read.count - letters)
            return table.letters.withUnsafeBufferPointer { letters in
                table.starts.withUnsafeBufferPointer { starts in
                    var queued = 0
                    table.masks.withUnsafeBufferPointer { masks in table.repeats.withUnsafeBufferPointer { repeats in
                        LexiconCandidateTable.withBitCounts { bitCounts in
                            for wordCount in lengths where lengthTenths[wordCount] <= allowedTenths {
                                // Each letter of a candidate that the read bytes lack costs at least 0.4
                                // on top of the lengths' part (`Misreadings.leastCostTenths`): counted once,
                                // they pass over most candidates before the letters are told apart.
                                let lettersSlack = allowedTenths - lengthTenths[wordCount]
                                for index in table.firstOfLength[wordCount]..<table.firstOfLength[wordCount + 1] {
                                    let missing = masks[index] & ~readLetters.once
                                    let missingCount = LexiconCandidateTable.missingLetters(missing, 0, bitCounts: bitCounts)
                                    guard 4 &* missingCount <= lettersSlack else { continue }
                                    var unmatched = misreadings.unmatchedLetters(
                                        missing: missing, count: missingCount, bitCounts: bitCounts)
                                    var bound = misreadings.leastCostTenths(unmatched, wordCount: wordCount)
                                    guard bound <= allowedTenths else { continue }
                                    let repeated = repeats[index]
                                    if repeated.thrice & RepeatedLetters.beyondThrice != 0 {
                                        let word = UnsafeBufferPointer(rebasing: letters[starts[index]..<starts[index + 1]])
                                        bound = misreadings.leastCostTenths(of: word)
                                    } else if repeated.twice != 0 {
                                        misreadings.addUnmatchedLetters(
                                            missing: repeated.twice & ~readLetters.twice, to: &unmatched, bitCounts: bitCounts)
                                        if repeated.thrice != 0 {
                                            misreadings.addUnmatchedLetters(
                                                missing: repeated.thrice & ~readLetters.thrice, to: &unmatched, bitCounts: bitCounts)
                                        }
                                        bound = misreadings.leastCostTenths(unmatched, wordCount: wordCount)
                                    }
                                    guard bound <= allowedTenths else { continue }
                                    queue[queued] = bound << 32 | index
                                    queued += 1
                                }
                            }
                        }
                    } }
                    let ordered = UnsafeMutableBufferPointer(start: orderedQueue, count: queued)
                    sortByBound(UnsafeMutableBufferPointer(rebasing: queue[..<queued]), into: ordered, bucketStarts: bucketStarts)
                    return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * (Lexicon.longestLength + 1)) { rows in
                        EditCost.letterSubstitutions.withUnsafeBufferPointer { substitutions in
                            EditCost.confusedLetterSets.withUnsafeBufferPointer { confusedLetterSets in
                                var best: (cost: Double, index: Int)?
                                var second = Double.infinity
                                var limit = allowed
                                var limitTenths = allowedTenths
                                for item in ordered {
                                    guard item >> 32 <= limitTenths else { break }
                                    let index = item & 0xFFFF_FFFF
                                    guard readLetters.leastCostTenths(
                                        wordLetters: table.masks[index], repeated: table.repeats[index],
                                        confusedLetterSets: confusedLetterSets.baseAddress!) <= limitTenths
                                    else { continue }
                                    let word = UnsafeBufferPointer(rebasing: letters[starts[index]..<starts[index + 1]])
                                    let cost = damaged
                                        ? editCost(
                                            read: read, word: word, substitutions: substitutions.baseAddress!, limit: limit,
                                            limitTenths: limitTenths, leastDeletionTenths: leastDeletionTenths, rows: rows.baseAddress!)
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
                                return table.word(at: best.index)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The allowance under which a candidate compared by substitutions alone is the read word itself
    /// or differs from it in one byte read for a letter OCR confuses with it (0.4): every other
    /// substitution costs 0.6 or 1, and two substitutions 0.8 at least.
    private static let singleConfusionAllowance = 0.6

    /// `closestWord` of a clean word (`damaged` false) for `allowed` under `singleConfusionAllowance`,
    /// without a search: the lexicon words of `read`'s length within `allowed` are `read` itself
    /// (cost 0, when its bytes are letters a...z) and the words that differ from it in one byte, a
    /// letter OCR confuses with that byte (cost 0.4, when `allowed` reaches it; that byte is the one
    /// byte of `read` that is no letter a...z, when there is one). Each of these spellings is looked up
    /// in `LexiconWordTable`, which holds the candidates of every length up to `Lexicon.longestLength`,
    /// by a hash worked out from that of `read` (`LexiconWordTable.hashStep`), without reading the
    /// spelling again. The answer is the one word found; `read` itself with another word (0.4 apart,
    /// under `clearLead`), or two words at 0.4, leave it unclear.
    private static func closestWordBySingleConfusion(to read: UnsafeBufferPointer<UInt8>, allowed: Double) -> String? {
        guard !read.isEmpty, let readStart = read.baseAddress, read.count <= Lexicon.longestLength, allowed >= 0 else {
            return nil
        }
        var nonLetter: Int?
        for position in read.indices where read[position] < 0x61 || read[position] > 0x7A {
            guard nonLetter == nil else { return nil }
            nonLetter = position
        }
        let words = LexiconWordTable.shared
        let state = LexiconWordTable.hashState(of: read)
        let isItself = nonLetter == nil && words.containsASCIILetters(read, hash: LexiconWordTable.finishedHash(state))
        guard 0.4 <= allowed else { return isItself ? String(decoding: read, as: UTF8.self) : nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: read.count) { spelling -> String? in
            spelling.baseAddress!.initialize(from: readStart, count: read.count)
            var confused: String?
            // The weight of the letter at `position` in the hash state: the multiplier to the power
            // of the letters after it.
            var weight: UInt64 = 1
            let confusedLetterSets = EditCost.confusedLetterSets
            for position in read.indices.reversed() {
                defer { weight &*= LexiconWordTable.hashMultiplier }
                if let nonLetter, position != nonLetter { continue }
                let byte = read[position]
                var letters = confusedLetterSets[Int(byte)]
                while letters != 0 {
                    let letter = 0x61 + UInt8(letters.trailingZeroBitCount)
                    letters &= letters - 1
                    let hash = LexiconWordTable.finishedHash(state &+ (UInt64(letter) &- UInt64(byte | 0x20)) &* weight)
                    spelling[position] = letter
                    defer { spelling[position] = byte }
                    guard words.containsASCIILetters(UnsafeBufferPointer(spelling), hash: hash) else { continue }
                    guard confused == nil, !isItself else { return nil }
                    confused = String(decoding: spelling, as: UTF8.self)
                }
            }
            return confused ?? (isItself ? String(decoding: read, as: UTF8.self) : nil)
        }
    }

    /// `queued` (bound << 32 | index, each bound less than `bucketStarts.count - 1`) copied to `ordered`
    /// by bound, a counting sort: bounds are a few dozen tenths at most.
    private static func sortByBound(
        _ queued: UnsafeMutableBufferPointer<Int>, into ordered: UnsafeMutableBufferPointer<Int>,
        bucketStarts: UnsafeMutableBufferPointer<Int>
    ) {
        bucketStarts.initialize(repeating: 0)
        for item in queued { bucketStarts[(item >> 32) + 1] += 1 }
        for bound in bucketStarts.indices.dropFirst() { bucketStarts[bound] += bucketStarts[bound - 1] }
        for item in queued {
            ordered[bucketStarts[item >> 32]] = item
            bucketStarts[item >> 32] += 1
        }
    }

    /// The most tenths a cost bound in exact tenths may reach and the cost still be within `limit`.
    private static func tenths(_ limit: Double) -> Int {
        Int(((limit + roundingRoom) * 10).rounded(.down))
    }

    /// The weighted edit distance of reading `word` (letters 0...25) as `read`, cell by cell with
    /// `EditCost.letterSubstitutions`, `EditCost.deletion` and insertions costing 1, over the cells that
    /// can lie on a reading within `limit`; more than `limit` when the distance is, and then possibly
    /// not the distance itself (stopping early once a whole row exceeds `limit`). `substitutions` is
    /// `EditCost.letterSubstitutions`; `limitTenths` is `tenths(limit)`; `leastDeletionTenths` is the
    /// least `EditCost.deletion` of a byte of `read`, in tenths; `rows` has room for two rows of the
    /// word's length plus one.
    ///
    /// A reading through the cell of `read`'s first `i` bytes and `word`'s first `j` letters makes up
    /// the difference of those lengths before the cell, and that of the rest after it: an insertion
    /// costs 1, a deletion at least `leastDeletionTenths`. That bound depends on `j - i` alone, so the
    /// cells within `limit` lie on a band of diagonals, `diagonals(...)`; the cells beside the band are
    /// kept infinite. A reading within `limit` passes only through cells of the band (its cost is at
    /// least each cell's bound), so its cost comes out as over every cell.
    @inline(__always)
    private static func editCost(
        read: UnsafeBufferPointer<UInt8>, word: UnsafeBufferPointer<UInt8>, substitutions: UnsafePointer<Double>,
        limit: Double, limitTenths: Int, leastDeletionTenths: Int, rows: UnsafeMutablePointer<Double>
    ) -> Double {
        guard !read.isEmpty else { return Double(word.count) }
        guard let band = diagonals(readCount: read.count, wordCount: word.count,
            leastDeletionTenths: leastDeletionTenths, limitTenths: limitTenths)
        else { return .infinity }
        let lastColumn = word.count
        var previous = rows
        var current = rows + lastColumn + 1
        let firstEnd = min(lastColumn, band.upperBound)
        for column in 0...firstEnd { previous[column] = Double(column) }
        if firstEnd < lastColumn { previous[firstEnd + 1] = .infinity }
        for (row, byte) in zip(1..., read) {
            let costs = substitutions + Int(byte) &* 26
            let delete = EditCost.deletion(byte)
            let start = max(0, row + band.lowerBound)
            let end = min(lastColumn, row + band.upperBound)
            var rowMinimum = Double.infinity
            var left = Double.infinity
            var column = start
            if column == 0 {
                left = previous[0] + delete
                current[0] = left
                rowMinimum = left
                column = 1
            }
            while column <= end {
                let substitute = previous[column - 1] + costs[Int(word[column - 1])]
                let value = min(substitute, previous[column] + delete, left + 1)
                current[column] = value
                left = value
                rowMinimum = min(rowMinimum, value)
                column += 1
            }
            if end < lastColumn { current[end + 1] = .infinity }
            if rowMinimum > limit { return rowMinimum }
            swap(&previous, &current)
        }
        return previous[lastColumn]
    }

    /// The diagonals `j - i` of the cells (`read`'s first `i` bytes, `word`'s first `j` letters) whose
    /// bound in `editCost` is within `limitTenths` (in the tenths of `tenths`): a range holding 0 and
    /// `wordCount - readCount`, the diagonals of the least bound; nil when even those exceed it. The
    /// bound of diagonal `k`, with `e = wordCount - readCount` and `d = leastDeletionTenths`: 10·k +
    /// d·(k − e) from max(0, e) up, d·(−k) + 10·(e − k) from min(0, e) down.
    private static func diagonals(readCount: Int, wordCount: Int, leastDeletionTenths: Int, limitTenths: Int) -> ClosedRange<Int>? {
        let excess = wordCount - readCount
        let least = excess >= 0 ? 10 * excess : leastDeletionTenths * -excess
        guard least <= limitTenths else { return nil }
        let step = 10 + leastDeletionTenths
        return -((limitTenths - 10 * excess) / step)...((limitTenths + leastDeletionTenths * excess) / step)
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

/// The read bytes' letters, as sets of `Lexicon.mask`, for a lower bound of the cost of reading a
/// word as them from their side (`leastCostTenths(wordLetters:repeated:confusedLetterSets:)`), which
/// the candidate search asks before working out a candidate's edit distance.
struct ReadLetters {
    /// The letters a...z the read bytes hold.
    let once: UInt32
    /// The letters the read bytes hold at least twice.
    let twice: UInt32
    /// The letters the read bytes hold at least three times.
    let thrice: UInt32
    /// The least cost, in tenths, of the read bytes that are no letter a...z, each read for a letter or
    /// deleted: 0.2 for a byte neither letter nor digit (deleted), 0.4 for a digit OCR confuses with a
    /// letter (`EditCost.confusedLetterSets`), 0.6 for another digit.
    let nonLetterTenths: Int

    /// The letters of `read` (bytes), and the least cost of its bytes that are no letter a...z.
    init(of read: some Collection<UInt8>) {
        var once: UInt32 = 0
        var twice: UInt32 = 0
        var thrice: UInt32 = 0
        var nonLetterTenths = 0
        for byte in read {
            if byte >= 0x61 && byte <= 0x7A {
                let letter: UInt32 = 1 << UInt32(byte - 0x61)
                thrice |= twice & letter
                twice |= once & letter
                once |= letter
            } else if byte >= 0x30 && byte <= 0x39 {
                nonLetterTenths += EditCost.confusedLetterSets[Int(byte)] != 0 ? 4 : 6
            } else {
                nonLetterTenths += 2
            }
        }
        self.once = once
        self.twice = twice
        self.thrice = thrice
        self.nonLetterTenths = nonLetterTenths
    }

    /// A lower bound, in tenths, of the cost of reading the word whose letters are `wordLetters` (as
    /// of `Lexicon.mask`), holding `repeated`, as the read bytes, from the read side: each read byte
    /// not read as the very letter it is costs its least cost, deleted or read for another letter,
    /// and no operation of a reading involves two read bytes. A read letter beyond as many as the
    /// word holds is such a byte: 0.4 when OCR confuses it with a letter of the word
    /// (`confusedLetterSets`, indexed by byte), else 1; they are counted from sets alone, as
    /// `Misreadings.leastCostTenths(_:wordCount:)` counts the word's letters beyond the read bytes'
    /// (a letter the read bytes hold four times or more is counted at most three times, so the bound
    /// stays a lower one). Every byte that is no letter costs its `nonLetterTenths` share.
    @inline(__always)
    func leastCostTenths(wordLetters: UInt32, repeated: RepeatedLetters, confusedLetterSets: UnsafePointer<UInt32>) -> Int {
        nonLetterTenths
            &+ Self.excessTenths(once & ~wordLetters, wordLetters: wordLetters, confusedLetterSets: confusedLetterSets)
            &+ Self.excessTenths(twice & ~repeated.twice, wordLetters: wordLetters, confusedLetterSets: confusedLetterSets)
            &+ Self.excessTenths(thrice & ~repeated.thrice, wordLetters: wordLetters, confusedLetterSets: confusedLetterSets)
    }

    /// The least cost, in tenths, of one read letter of each of `letters` (a set as of `Lexicon.mask`)
    /// not read as itself in a word of `wordLetters`: 4 when OCR confuses it with one of them, else 10.
    @inline(__always)
    static func excessTenths(_ letters: UInt32, wordLetters: UInt32, confusedLetterSets: UnsafePointer<UInt32>) -> Int {
        var left = letters
        var tenths = 0
        while left != 0 {
            let letter = left.trailingZeroBitCount
            left &= left &- 1
            tenths &+= confusedLetterSets[0x61 &+ letter] & wordLetters != 0 ? 4 : 10
        }
        return tenths
    }
}

/// The letters of a candidate word beyond as many as the read bytes hold (or some of them), counted
/// apart by their `Misreadings.cheapest`.
private struct UnmatchedLetters {
    /// The letters whose `cheapest` is 4.
    var confused: Int
    /// The letters whose `cheapest` is 10.
    var unconfused: Int
}

/// What the candidate search knows of the read bytes for its lower bound of a candidate's cost, in
/// tenths (`leastCostTenths`).
private struct Misreadings {
    /// How many times each letter a...z occurs in the read bytes.
    let tokenCounts: UnsafeMutablePointer<Int>
    /// 26 zeros, used by `leastCostTenths` and left as zeros.
    let wordCounts: UnsafeMutablePointer<Int>
    /// Per letter a...z, 4 when a read byte other than that letter is one OCR confuses with it, else
    /// 10 (`EditCost.confusedLetterSets`).
    let cheapest: UnsafeMutablePointer<Int>
    /// Per word length up to `Lexicon.longestLength + 2`, `lengthTenths(wordCount:...)` of the read bytes.
    let lengthTenths: UnsafeMutablePointer<Int>
    /// The set of the letters a...z whose `cheapest` is 4, one bit per letter (`Lexicon.mask`).
    let confusedLetters: UInt32
    /// The number of read bytes.
    let readCount: Int
    /// The number of read bytes that are no letter a...z: each may stand for one letter at 0.6, or be
    /// deleted at 0.2 (0.6 for a digit).
    let nonLetters: Int

    /// A lower bound, in tenths, of the cost of reading `word` (letters 0...25) as the read bytes.
    /// Each letter of the word beyond as many as the read bytes hold is read from another byte or
    /// inserted: 0.4 when it is `cheapest`, else 1 except for as many as there are non-letter bytes,
    /// 0.6 (and at least 0.4 each); the word's excess length needs insertions (1 each); the read
    /// bytes' excess needs deletions, of the cheapest bytes at best (0.2 for a byte neither letter nor
    /// digit, 0.6 for a digit, 1 for a letter).
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
        let unconfused = (unmatchedCost - 4 * unmatched) / 6
        return leastCostTenths(confused: unmatched - unconfused, unconfused: unconfused, wordCount: word.count)
    }

    /// The letters of `missing` (a set as of `Lexicon.mask`) counted apart by their `cheapest`: those
    /// at 4 (`confusedLetters`) and those at 10.
    @inline(__always)
    func unmatchedLetters(missing: UInt32, bitCounts: UnsafePointer<UInt8>) -> UnmatchedLetters {
        UnmatchedLetters(
            confused: LexiconCandidateTable.missingLetters(missing & confusedLetters, 0, bitCounts: bitCounts),
            unconfused: LexiconCandidateTable.missingLetters(missing & ~confusedLetters, 0, bitCounts: bitCounts))
    }

    /// `unmatchedLetters(missing:bitCounts:)` of `missing`, whose letters number `count`: only those at
    /// 10 are counted, the others are the rest.
    @inline(__always)
    func unmatchedLetters(missing: UInt32, count: Int, bitCounts: UnsafePointer<UInt8>) -> UnmatchedLetters {
        let unconfused = LexiconCandidateTable.missingLetters(missing & ~confusedLetters, 0, bitCounts: bitCounts)
        return UnmatchedLetters(confused: count &- unconfused, unconfused: unconfused)
    }

    /// `unmatched` with the letters of `missing` added, counted as `unmatchedLetters(missing:bitCounts:)` counts them.
    @inline(__always)
    func addUnmatchedLetters(missing: UInt32, to unmatched: inout UnmatchedLetters, bitCounts: UnsafePointer<UInt8>) {
        let more = unmatchedLetters(missing: missing, bitCounts: bitCounts)
        unmatched.confused &+= more.confused
        unmatched.unconfused &+= more.unconfused
    }

    /// `leastCostTenths(of:)` of a word of `wordCount` letters whose letters beyond as many as the read
    /// bytes hold are counted in `unmatched`; a lower bound of it when `unmatched` counts fewer of either
    /// kind, as when it counts each letter the read bytes lack once (the letters of the word's
    /// `Lexicon.mask` that the read bytes lack). The letters beyond are counted from sets alone: a
    /// letter the word holds `w` times and the read bytes `t` times is beyond `max(0, w - t)` times, once
    /// for each `k` from 1 to `w` with `t < k`, that is once in each of the sets (the word's letters held
    /// at least `k` times, less the read bytes' letters held at least `k` times) that holds it; a word
    /// with no letter four times or more needs the sets of `k` up to 3 (`RepeatedLetters`).
    @inline(__always)
    func leastCostTenths(_ unmatched: UnmatchedLetters, wordCount: Int) -> Int {
        leastCostTenths(confused: unmatched.confused, unconfused: unmatched.unconfused, wordCount: wordCount)
    }

    /// The bound of `leastCostTenths(of:)` for a word of `wordCount` letters of which `confused` (at
    /// a `cheapest` of 4) and `unconfused` (at 10) are beyond as many as the read bytes hold: it grows
    /// with each of those counts, and is at least 4 for each of them on top of its part for the
    /// lengths, `lengthTenths[wordCount]` (an unconfused letter costs 10, less 4 for a byte that is no
    /// letter), which the candidate search asks first. The counts are a few dozen at most, so the sums
    /// cannot overflow.
    @inline(__always)
    private func leastCostTenths(confused: Int, unconfused: Int, wordCount: Int) -> Int {
        let lettersCost = 4 &* confused &+ 10 &* unconfused &- 4 &* min(nonLetters, unconfused)
        guard wordCount <= readCount else { return max(lettersCost, 4 &* (confused &+ unconfused) &+ lengthTenths[wordCount]) }
        return lettersCost &+ lengthTenths[wordCount]
    }

    /// The part of the bound of `leastCostTenths(of:)` that depends on the lengths alone, for a word
    /// of `wordCount` letters read as `readCount` bytes, `nonLetters` of them no letter a...z and
    /// `digits` of those digits: the word's excess length needs insertions, 1 each, of which 0.6 here
    /// (the other 0.4 is counted with the letters the read bytes lack, each inserted letter being one);
    /// the read bytes' excess needs deletions, of the cheapest bytes at best (0.2 for a byte neither
    /// letter nor digit, 0.6 for a digit, 1 for a letter). Worked out once per length for a search.
    static func lengthTenths(wordCount: Int, readCount: Int, nonLetters: Int, digits: Int) -> Int {
        guard wordCount <= readCount else { return 6 * (wordCount - readCount) }
        let deletions = readCount - wordCount
        let others = nonLetters - digits
        let digitDeletions = min(max(0, deletions - others), digits)
        return 2 * min(deletions, others) + 6 * digitDeletions + 10 * max(0, deletions - others - digits)
    }
}

/// Repairs words that OCR misread, against the lexicon of clean SOP vocabulary: "Pencumpulan" →
/// "Pengumpulan", "1Sposist" → "Disposisi", "Ihdikator" → "Indikator", "LA(KIP" → "LAKIP",
/// "P.enyu_sunan" → "Penyusunan", and misread units after a number ("1 iam" → "1 jam").
///
/// Conservative: a word already in the lexicon, a number, or a short word is never changed; a repair
/// needs one clearly best candidate within an edit cost that grows with the word's length, where
/// the usual OCR confusions (h/n, i/j/l/1, c/g, v/y, o/a …) and stray punctuation cost little.
public enum OCRRepair {
    /// One repair: the token as read, its replacement, and where it was.
    public struct Repair: Sendable, Hashable {
        /// The token as OCR read it.
        public var original: String
        /// What it was repaired to.
        public var replacement: String
        /// 0-based offset of the token in its line, in Unicode scalars.
        public var offset: Int
    }

    /// `line` with its misread words repaired, and the repairs made.
    public static func repairLine(_ line: String) -> (text: String, repairs: [Repair]) {
        let (tokens, repairs) = repairTokens(OCRToken.tokens(of: line))
        return (tokens.map { String($0.text) }.joined(separator: " "), repairs)
    }

    /// The tokens of a line with misread words replaced (columns kept), and the repairs made.
    static func repairTokens(_ tokens: [OCRToken]) -> (tokens: [OCRToken], repairs: [Repair]) {
        var repairs: [Repair] = []
        var output: [OCRToken] = []
        var previousWasNumber = false
        for token in tokens {
            var replacement: String?
            if previousWasNumber, case .unit(let unit) = token.kind {
                let canonical = canonicalUnit(unit)
                let core = token.text.trimmingOCRPunctuation()
                if core.lowercased() != canonical { replacement = canonical }
            } else if case .amount(let value, let unit) = token.kind {
                let core = token.text.trimmingOCRPunctuation()
                let letters = core.drop { $0.isNumber || $0 == "," || $0 == "." }
                if letters.lowercased() != canonicalUnit(unit) {
                    replacement = NumberFormatting.decimal(value) + canonicalUnit(unit)
                }
            } else if token.kind == .word || token.kind == .junk {
                replacement = repairWord(token.text)
            }
            if let replacement, replacement != String(token.text) {
                repairs.append(Repair(original: String(token.text), replacement: replacement, offset: token.offset))
                output += OCRToken.tokens(of: replacement).map {
                    OCRToken(text: $0.text, offset: token.offset + $0.offset, kind: $0.kind)
                }
            } else {
                output.append(token)
            }
            previousWasNumber = token.kind == .number
        }
        return (output, repairs)
    }

    private static func canonicalUnit(_ unit: DurationUnit) -> String {
        switch unit {
        case .minute: "menit"
        case .hour: "jam"
        case .day: "hari"
        case .week: "minggu"
        case .month: "bulan"
        }
    }

    /// The repair of one token, or nil when it should stay as it is.
    static func repairWord(_ token: Substring) -> String? {
        let lexicon = Lexicon.shared
        let leading = token.prefix { !($0.isLetter || $0.isNumber) }
        let trailing = String(token.reversed().prefix { !($0.isLetter || $0.isNumber) }.reversed())
        guard leading.count + trailing.count < token.count else { return nil }
        let core = token.dropFirst(leading.count).dropLast(trailing.count)
        let letters = core.filter(\.isLetter)
        guard letters.count >= 4, letters.count * 10 >= core.count * 7 else { return nil }
        let inner = core.count - letters.count
        guard inner <= 2 else { return nil }
        if inner == 0, lexicon.contains(core) { return nil }
        if inner == 0, let split = splitGlued(core, lexicon: lexicon) { return String(leading) + split + trailing }
        let damaged = inner > 0 || core.unicodeScalars.contains { !$0.isASCII } || hasOddCase(core)
        let bytes = Array(core.lowercased().utf8)
        let allowed = damaged ? allowance(letters: letters.count) + 1.0 : cleanWordAllowance
        guard allowed > 0 else { return nil }
        let tokenMask = Lexicon.mask(bytes)
        var best: (cost: Double, word: String)?
        var second = Double.infinity
        for entry in lexicon.candidates(length: letters.count, spread: 2) {
            let missing = (entry.letterMask & ~tokenMask).nonzeroBitCount
            guard Double(missing) * 0.4 <= allowed + 0.01 else { continue }
            let cost = EditCost.between(bytes, entry.bytes, limit: allowed)
            guard cost <= allowed else { continue }
            if let current = best {
                if cost < current.cost {
                    second = current.cost
                    best = (cost, entry.word)
                } else if cost < second {
                    second = cost
                }
            } else {
                best = (cost, entry.word)
            }
        }
        guard let best, second - best.cost >= 0.5 else { return nil }
        return String(leading) + matchCase(best.word, like: core) + trailing
    }

    /// A word that looks clean (letters only, normal case) may be a real word the lexicon lacks, so
    /// it is only repaired for one confusion of similar letters ("Pencumpulan", "Ihdikator").
    private static let cleanWordAllowance = 0.5

    /// Capitals after lower-case letters inside a word ("SUMmpU", "AlaT"), which OCR makes of stamps.
    private static func hasOddCase(_ word: Substring) -> Bool {
        var sawLower = false
        for character in word.dropFirst() {
            if character.isLowercase { sawLower = true } else if character.isUppercase, sawLower { return true }
        }
        return false
    }

    /// The edit cost a damaged word of `letters` letters may carry, before the allowance for its damage.
    private static func allowance(letters: Int) -> Double {
        switch letters {
        case ..<5: 0.6
        case 5...7: 1.0
        case 8...10: 2.0
        default: 2.5
        }
    }

    /// "PenyusunanRenstra" → "Penyusunan Renstra" when both parts are lexicon words.
    private static func splitGlued(_ word: Substring, lexicon: Lexicon) -> String? {
        let characters = Array(word)
        for index in characters.indices.dropFirst(3) where characters[index].isUppercase
            && characters[index - 1].isLowercase
        {
            let left = String(characters[..<index])
            let right = String(characters[index...])
            if lexicon.contains(left), lexicon.contains(right) || right.count >= 4 {
                return left + " " + right
            }
        }
        return nil
    }

    /// `word` in the letter case of `model`: "pengumpulan" like "Pencumpulan" → "Pengumpulan".
    private static func matchCase(_ word: String, like model: Substring) -> String {
        let letters = model.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return word.uppercased() }
        if let first = model.first(where: \.isLetter), first.isUppercase || model.first?.isNumber == true {
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        return word
    }
}

/// A weighted edit distance tuned to OCR errors.
enum EditCost {
    /// Pairs of letters OCR confuses, folded to lower case.
    private static let confusable: Set<UInt16> = {
        let pairs = ["il", "ij", "lj", "i1", "l1", "o0", "ao", "ec", "cg", "nh", "hb", "uv", "vy", "mn", "rn",
            "s5", "b6", "gq", "tf", "ft", "eo", "ce", "ae", "ti", "it", "ri", "ur", "nu", "ii", "kh", "pq", "dc"]
        var set: Set<UInt16> = []
        for pair in pairs {
            let bytes = Array(pair.utf8)
            set.insert(UInt16(bytes[0]) << 8 | UInt16(bytes[1]))
            set.insert(UInt16(bytes[1]) << 8 | UInt16(bytes[0]))
        }
        return set
    }()

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func substitution(_ read: UInt8, _ meant: UInt8) -> Double {
        if read == meant { return 0 }
        if confusable.contains(UInt16(read) << 8 | UInt16(meant)) { return 0.4 }
        if !isLetter(read) { return 0.6 }
        return 1
    }

    private static func deletion(_ read: UInt8) -> Double {
        if read >= 0x30 && read <= 0x39 { return 0.6 }
        return isLetter(read) ? 1 : 0.2
    }

    /// The cost of reading `meant` as `read`; stops early (returning more than `limit`) when it cannot
    /// stay within `limit`.
    static func between(_ read: [UInt8], _ meant: [UInt8], limit: Double) -> Double {
        let columns = meant.count + 1
        var previous = [Double](repeating: 0, count: columns)
        var current = [Double](repeating: 0, count: columns)
        for column in 0..<columns { previous[column] = Double(column) }
        for row in 1...max(1, read.count) where !read.isEmpty {
            current[0] = previous[0] + deletion(read[row - 1])
            var rowMinimum = current[0]
            for column in 1..<columns {
                let substitute = previous[column - 1] + substitution(read[row - 1], meant[column - 1])
                let delete = previous[column] + deletion(read[row - 1])
                let insert = current[column - 1] + 1
                current[column] = min(substitute, delete, insert)
                rowMinimum = min(rowMinimum, current[column])
            }
            if rowMinimum > limit { return rowMinimum }
            swap(&previous, &current)
        }
        return read.isEmpty ? Double(meant.count) : previous[meant.count]
    }
}

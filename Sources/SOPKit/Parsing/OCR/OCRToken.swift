/// A whitespace-separated token of an OCR line, classified by what it looks like.
struct OCRToken: Sendable, Hashable {
    /// What a token looks like.
    enum Kind: Sendable, Hashable {
        /// Letters (possibly with inner "-", "/", "." or digits, as in "bahan-bahan", "D3/S1").
        case word
        /// A number: "10", "0,5", "2.".
        case number
        /// A duration unit, possibly misread ("menit", "iam", "Menit|").
        case unit(DurationUnit)
        /// A number glued to a unit ("1jam", "1iam").
        case amount(Double, DurationUnit)
        /// A table border "|".
        case pipe
        /// Symbol debris of drawn shapes and borders ("-", "_-", "\/", "l‘", "J").
        case junk
    }

    /// The token as written.
    var text: Substring
    /// 0-based offset of the token in its line, in Unicode scalars.
    var offset: Int
    /// What it looks like.
    var kind: Kind

    /// Whether the token is text a column can hold (a word or a number).
    var isText: Bool {
        switch kind {
        case .word, .number: true
        default: false
        }
    }

    /// Splits `line` into classified tokens.
    static func tokens(of line: String) -> [OCRToken] {
        var tokens: [OCRToken] = []
        var offset = 0
        var start: String.Index?
        var startOffset = 0
        for index in line.indices {
            if line[index] == " " {
                if let begin = start {
                    tokens.append(classify(line[begin..<index], offset: startOffset))
                    start = nil
                }
            } else if start == nil {
                start = index
                startOffset = offset
            }
            offset += line[index].unicodeScalars.count
        }
        if let begin = start { tokens.append(classify(line[begin...], offset: startOffset)) }
        return tokens
    }

    static func classify(_ text: Substring, offset: Int) -> OCRToken {
        OCRToken(text: text, offset: offset, kind: kind(of: text))
    }

    private static func kind(of text: Substring) -> Kind {
        if text.allSatisfy({ $0 == "|" || $0 == "!" || $0 == "I" }) && text.contains("|") { return .pipe }
        var letters = 0
        var digits = 0
        var others = 0
        for character in text {
            if character.isLetter {
                letters += 1
            } else if character.isNumber {
                digits += 1
            } else {
                others += 1
            }
        }
        let core = text.trimmingOCRPunctuation()
        if digits > 0, letters == 0, OCRToken.number(core) != nil { return .number }
        if let unit = OCRUnits.unit(of: core) { return .unit(unit) }
        if letters > 0, let amount = OCRUnits.gluedAmount(core) { return .amount(amount.0, amount.1) }
        if letters >= 2, letters * 2 >= letters + digits + others { return .word }
        if letters == 1, others == 0, digits == 0 { return .junk }
        if digits > 0, letters + others <= 1 { return .number }
        return .junk
    }

    /// The value of a number token ("10", "0,5", "2."); of a range ("1-2") its upper bound.
    static func number(_ text: Substring) -> Double? {
        if let dash = text.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" }), dash != text.startIndex {
            guard let low = number(text[..<dash]), let high = number(text[text.index(after: dash)...]) else { return nil }
            return max(low, high)
        }
        var value = 0.0
        var scale = 0.0
        var digits = 0
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                if scale > 0 {
                    value += Double(digit) * scale
                    scale /= 10
                } else {
                    value = value * 10 + Double(digit)
                }
                digits += 1
            } else if character == "," || character == ".", scale == 0, digits > 0 {
                scale = 0.1
            } else {
                return nil
            }
        }
        return digits > 0 && digits <= 4 ? value : nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing punctuation that OCR attaches to words ("menit|", "(IKU)").
    func trimmingOCRPunctuation() -> SubSequence {
        var slice = self[...]
        while let first = slice.first, !(first.isLetter || first.isNumber) { slice = slice.dropFirst() }
        while let last = slice.last, !(last.isLetter || last.isNumber) { slice = slice.dropLast() }
        return slice
    }
}

/// Duration units as OCR writes them, misread letters included.
enum OCRUnits {
    private static let variants: [String: DurationUnit] = [
        "menit": .minute, "menlt": .minute, "rnenit": .minute, "menil": .minute, "meni": .minute, "merit": .minute,
        "mnt": .minute, "menif": .minute, "menjt": .minute, "rnenlt": .minute, "menitt": .minute,
        "jam": .hour, "iam": .hour, "jarn": .hour, "lam": .hour, "jum": .hour, "jam.": .hour,
        "hari": .day, "har": .day, "harl": .day, "hari.": .day, "han": .day, "hati": .day, "hri": .day,
        "minggu": .week, "rninggu": .week, "mingqu": .week, "pekan": .week,
        "bulan": .month, "bulon": .month, "bln": .month,
    ]

    /// The unit a token names.
    static func unit(of text: some StringProtocol) -> DurationUnit? {
        variants[text.lowercased()]
    }

    /// "1jam", "1iam", "30menit", "ljam" (1 misread as l): a number glued to a unit.
    static func gluedAmount(_ text: some StringProtocol) -> (Double, DurationUnit)? {
        if let first = text.first, first == "l" || first == "I" || first == "L", let unit = unit(of: text.dropFirst()) {
            return (1, unit)
        }
        let digits = text.prefix { $0.isNumber || $0 == "," || $0 == "." }
        guard !digits.isEmpty, let value = OCRToken.number(Substring(digits)) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let unit = unit(of: rest) else { return nil }
        return (value, unit)
    }
}

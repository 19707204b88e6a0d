/// The Nomor Induk Pegawai of a civil servant: 18 digits, birth date (8), appointment month (6),
/// sex (1: male, 2: female) and a serial number (3).
public enum NIP {
    /// The digits of a NIP written with or without spaces after "NIP", "NIP." or "NIP :".
    /// Returns the digits of the longest run of digits and spaces, or nil when there is none.
    public static func digits(in text: some StringProtocol) -> String? {
        guard case .some(.some(let digits)) = text.utf8.withContiguousStorageIfAvailable(asciiDigits) else {
            return characterDigits(in: text)
        }
        return digits
    }

    /// `digits(in:)` of ASCII text read on its UTF-8 bytes (each byte is then one character, and "\r\n"
    /// ends a run as either of its bytes does): `.some(nil)` when there is no NIP, nil when a byte is
    /// not ASCII and the characters must decide.
    static func asciiDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var bestStart = 0
        var bestEnd = 0
        var bestCount = 0
        var runStart = 0
        var runEnd = 0
        var runCount = 0
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            if byte >= 0x30, byte <= 0x39 {
                if runCount == 0 { runStart = index }
                runCount += 1
                runEnd = index + 1
            } else if byte != 0x20 || runCount == 0 {
                if runCount > bestCount { (bestStart, bestEnd, bestCount) = (runStart, runEnd, runCount) }
                runCount = 0
            }
        }
        if runCount > bestCount { (bestStart, bestEnd, bestCount) = (runStart, runEnd, runCount) }
        guard bestCount >= 8 else { return .some(nil) }
        let run = UnsafeBufferPointer(rebasing: bytes[bestStart..<bestEnd])
        return String(unsafeUninitializedCapacity: bestCount) { output in
            var length = 0
            for byte in run where byte != 0x20 {
                output[length] = byte
                length += 1
            }
            return length
        }
    }

    /// `digits(in:)` read character by character, for text that is not ASCII.
    private static func characterDigits(in text: some StringProtocol) -> String? {
        var best = ""
        var current = ""
        var lastWasDigit = false
        for character in text {
            if character.isASCII, character.isNumber {
                current.append(character)
                lastWasDigit = true
            } else if character == " ", lastWasDigit || !current.isEmpty {
                continue
            } else {
                if current.count > best.count { best = current }
                current = ""
                lastWasDigit = false
            }
        }
        if current.count > best.count { best = current }
        return best.count >= 8 ? best : nil
    }

    /// A defect of a NIP.
    public enum Problem: Sendable, Hashable {
        /// Not 18 digits.
        case length(Int)
        /// The first eight digits are not a plausible birth date.
        case birthDate(String)
        /// Digits 9–14 are not a plausible appointment year and month, or come before the birth date.
        case appointmentDate(String)
        /// Digit 15 is neither 1 nor 2.
        case sexDigit(Character)
    }

    /// The defects of `nip` (digits only); `referenceYear` bounds the plausible years.
    public static func problems(of nip: String, referenceYear: Int = 2100) -> [Problem] {
        // Eighteen ASCII digits are eighteen bytes, each one character; anything else is counted in characters.
        let utf8 = nip.utf8
        guard utf8.count == 18, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return [.length(nip.count)] }
        // The digits are read where they are stored; a copy only for a string not stored as UTF-8.
        return utf8.withContiguousStorageIfAvailable { problems(ofDigits: $0, referenceYear: referenceYear) }
            ?? Array(utf8).withUnsafeBufferPointer { problems(ofDigits: $0, referenceYear: referenceYear) }
    }

    /// `problems(of:referenceYear:)` of eighteen ASCII digits.
    static func problems(ofDigits digits: UnsafeBufferPointer<UInt8>, referenceYear: Int) -> [Problem] {
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        func text(_ range: Range<Int>) -> String { String(decoding: digits[range], as: UTF8.self) }
        var problems: [Problem] = []
        let birthYear = number(0..<4)
        let birthMonth = number(4..<6)
        let birthDay = number(6..<8)
        let birthValid = birthYear >= 1900 && birthYear <= referenceYear && birthMonth >= 1 && birthMonth <= 12
            && birthDay >= 1 && birthDay <= IndonesianDate.daysIn(month: birthMonth, year: birthYear)
        if !birthValid { problems.append(.birthDate(text(0..<8))) }
        let appointmentYear = number(8..<12)
        let appointmentMonth = number(12..<14)
        let appointmentValid = appointmentYear >= 1940 && appointmentYear <= referenceYear
            && appointmentMonth >= 1 && appointmentMonth <= 12
            && (!birthValid || appointmentYear >= birthYear + 15)
        if !appointmentValid { problems.append(.appointmentDate(text(8..<14))) }
        if digits[14] != UInt8(ascii: "1") && digits[14] != UInt8(ascii: "2") {
            problems.append(.sexDigit(Character(Unicode.Scalar(digits[14]))))
        }
        return problems
    }
}

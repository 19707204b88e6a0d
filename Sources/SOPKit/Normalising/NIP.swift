/// The Nomor Induk Pegawai of a civil servant: 18 digits, birth date (8), appointment month (6),
/// sex (1: male, 2: female) and a serial number (3).
public enum NIP {
    /// The digits of a NIP written with or without spaces after "NIP", "NIP." or "NIP :".
    /// Returns the digits of the longest run of digits and spaces, or nil when there is none.
    public static func digits(in text: some StringProtocol) -> String? {
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
        let digits = Array(nip)
        guard digits.count == 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return [.length(digits.count)]
        }
        func number(_ range: Range<Int>) -> Int { Int(String(digits[range]))! }
        var problems: [Problem] = []
        let birthYear = number(0..<4)
        let birthMonth = number(4..<6)
        let birthDay = number(6..<8)
        let birthValid = birthYear >= 1900 && birthYear <= referenceYear && birthMonth >= 1 && birthMonth <= 12
            && birthDay >= 1 && birthDay <= IndonesianDate.daysIn(month: birthMonth, year: birthYear)
        if !birthValid { problems.append(.birthDate(String(digits[0..<8]))) }
        let appointmentYear = number(8..<12)
        let appointmentMonth = number(12..<14)
        let appointmentValid = appointmentYear >= 1940 && appointmentYear <= referenceYear
            && appointmentMonth >= 1 && appointmentMonth <= 12
            && (!birthValid || appointmentYear >= birthYear + 15)
        if !appointmentValid { problems.append(.appointmentDate(String(digits[8..<14]))) }
        if digits[14] != "1" && digits[14] != "2" { problems.append(.sexDigit(digits[14])) }
        return problems
    }
}

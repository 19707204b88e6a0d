@testable import SOPKit

extension EditCost {
    /// The cost of reading `meant` as `read`, in tenths, as `EditCost` defines it: 0 for the same byte,
    /// 4 for bytes OCR confuses (`confusedPairs`), 10 when `read` is a letter a...z, 6 otherwise (a
    /// non-letter read for a letter). The reference that `letterSubstitutions` and `confusedLetterSets`
    /// are checked against.
    static func substitutionTenths(_ read: UInt8, _ meant: UInt8) -> Int {
        if read == meant { return 0 }
        if confusedPairs.contains(where: { $0 == (read, meant) || $0 == (meant, read) }) { return 4 }
        return read >= 0x61 && read <= 0x7A ? 10 : 6
    }

    /// The cost of reading `meant` as `read` (`substitutionTenths` in units).
    static func substitution(_ read: UInt8, _ meant: UInt8) -> Double {
        Double(substitutionTenths(read, meant)) / 10
    }
}

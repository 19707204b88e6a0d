extension OCRTableParser {
    /// The tokens of a line of a table row, or a run of them, read in place in the line's store
    /// (`OCRTokenRun`): valid while the row's lines are held, which they are for the whole step read
    /// from them.
    typealias RowTokens = OCRTokenRun

    /// A line of a table row that is not blank: its number, and its record, read in place in its
    /// line's store (valid while the row's lines are held). Sendable as `RowTokens` is.
    struct RowLine: @unchecked Sendable {
        /// The line's number in the file.
        let number: Int
        /// The line's record in its store.
        let record: UnsafeMutablePointer<OCRLine.Record>
    }
}

/// Tokens of a line whose texts' bytes are read in place (`withTextBytes(at:_:)`), without a copy of
/// a token's text: a table row's runs (`OCRTokenRun`) and a line's own tokens (`OCRTokens`, the lines
/// of a table printed column by column), as the Waktu's readers (`OCRTableParser.duration`,
/// `LineNumbers`) take them.
protocol OCRTokenTextBytes: OCRTokenPositions {
    /// `body` of the UTF-8 bytes of the text of the token at `position` (checked against the bounds),
    /// read in place.
    func withTextBytes<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
}

extension OCRTokenRun: OCRTokenTextBytes {
    /// `body` of the UTF-8 bytes of the text of the token at `position` (checked against the bounds),
    /// read in place where the line's store keeps the token: the text is not copied, so no count of
    /// references is taken and given back for it. A token's text is a slice of a native string, whose
    /// bytes `OCRToken.withTextUTF8` reads where they are, leaving the token's notes as they are.
    @inline(__always)
    func withTextBytes<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        UnsafeMutablePointer(mutating: address(of: position)).pointee.withTextUTF8(body)
    }
}

extension OCRTokens: OCRTokenTextBytes {
    /// `body` of the UTF-8 bytes of the text of the token at `position` (checked against the bounds),
    /// read in place where the line's store keeps the token, which these tokens hold.
    func withTextBytes<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        precondition(position >= startIndex && position < endIndex, "OCR token index out of range")
        return withUnsafeBufferPointer { tokens in
            UnsafeMutablePointer(mutating: tokens.baseAddress! + (position - startIndex)).pointee.withTextUTF8(body)
        }
    }
}

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

/// The tokens of an OCR line, or a run of them, indexed by their positions in the line (a run's
/// `startIndex` is the position of its first token), sliced into runs of the same kind: `OCRTokens`,
/// which holds its line's store, and `OCRTableParser.RowTokens`, which reads the tokens of a table
/// row's line in place. The Waktu's readers (`duration`, `LineNumbers`) take either: a row's runs of
/// `RowTokens`, read without a count of references taken for each run it cuts, keeps and reads, and
/// the lines of a table printed column by column (`blockSteps`).
protocol OCRTokenPositions: RandomAccessCollection where Element == OCRToken, Index == Int, SubSequence == Self {}

extension OCRTokens: OCRTokenPositions {}

extension OCRTableParser {
    /// The tokens at positions `startIndex..<endIndex` of a line, read in place in the line's store
    /// without holding it: valid only while a line of that store is held (the row's lines, for the
    /// step read from them). A plain value, so that keeping, copying and emptying runs of them costs
    /// no count of references. Sendable as the step scratch that keeps them is (`StepScratch`, pooled
    /// across threads): a scratch is emptied of them before it is given back.
    struct RowTokens: OCRTokenPositions, @unchecked Sendable {
        /// The line's first token (position 0).
        private let base: UnsafePointer<OCRToken>
        /// The position of the first token: 0 for a whole line, the position in the line for a run.
        let startIndex: Int
        /// The position after the last token.
        let endIndex: Int
        /// The positions of the tokens, as a range.
        typealias Indices = Range<Int>

        /// All the tokens of the line whose record is `record`, read in place.
        init(_ record: UnsafeMutablePointer<OCRLine.Record>) {
            self.init(base: record.pointee.tokens, bounds: 0..<record.pointee.tokenCount)
        }

        /// The tokens at `bounds` of the line whose first token is at `base`.
        private init(base: UnsafePointer<OCRToken>, bounds: Range<Int>) {
            self.base = base
            startIndex = bounds.lowerBound
            endIndex = bounds.upperBound
        }

        /// The token at `position` (checked against the bounds, as an array's subscript is).
        subscript(position: Int) -> OCRToken {
            unsafeAddress {
                precondition(position >= startIndex && position < endIndex, "OCR token index out of range")
                return base + position
            }
        }

        /// The tokens at `bounds`, indexed as here (checked against the bounds, as an array's slice is).
        subscript(bounds: Range<Int>) -> RowTokens {
            precondition(bounds.lowerBound >= startIndex && bounds.upperBound <= endIndex, "OCR token range out of range")
            return RowTokens(base: base, bounds: bounds)
        }
    }

    /// A line of a table row that is not blank: its number, and its record, read in place in its
    /// line's store (valid while the row's lines are held). Sendable as `RowTokens` is.
    struct RowLine: @unchecked Sendable {
        /// The line's number in the file.
        let number: Int
        /// The line's record in its store.
        let record: UnsafeMutablePointer<OCRLine.Record>
    }
}

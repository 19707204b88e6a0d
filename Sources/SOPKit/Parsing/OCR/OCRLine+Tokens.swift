/// Classified tokens of an OCR line, read in place where its `OCRLine.Parts` store them (after the
/// parts' header, in the same allocation): all of them, indexed from 0 (`OCRLine.tokens`), or a run
/// of them, its own subsequence, indexed as in the line (like an `ArraySlice`). A value holding the
/// parts, so that it stays valid for as long as it is kept, like an array; Sendable as its line is
/// (`OCRLine`). A token is reached through an address, so that reading one of its fields copies
/// neither the token nor its text.
struct OCRTokens: RandomAccessCollection, Equatable, @unchecked Sendable {
    /// The parts whose tokens these are.
    let parts: OCRLine.Parts
    /// The position of the first token: 0 for a whole line, the position in the line for a run.
    let startIndex: Int
    /// The position after the last token.
    let endIndex: Int
    /// The positions of the tokens, as a range (a collection of a range of positions, like an array's).
    typealias Indices = Range<Int>

    /// All the tokens of `parts`.
    init(parts: OCRLine.Parts) {
        self.init(parts: parts, bounds: 0..<parts.tokenCount)
    }

    /// The tokens of `parts` at `bounds`.
    private init(parts: OCRLine.Parts, bounds: Range<Int>) {
        self.parts = parts
        startIndex = bounds.lowerBound
        endIndex = bounds.upperBound
    }

    /// The token at `position` (checked against the bounds, as an array's subscript is).
    subscript(position: Int) -> OCRToken {
        unsafeAddress {
            precondition(position >= startIndex && position < endIndex, "OCR token index out of range")
            return UnsafePointer(parts.withUnsafeMutablePointerToElements { $0 + position })
        }
    }

    /// The tokens at `bounds`, indexed as here (checked against the bounds, as an array's slice is).
    subscript(bounds: Range<Int>) -> OCRTokens {
        precondition(bounds.lowerBound >= startIndex && bounds.upperBound <= endIndex, "OCR token range out of range")
        return OCRTokens(parts: parts, bounds: bounds)
    }

    /// Calls `body` with the tokens as a buffer, valid only during the call.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<OCRToken>) throws -> Result) rethrows -> Result {
        try parts.withUnsafeMutablePointerToElements { tokens in
            try body(UnsafeBufferPointer(start: tokens + startIndex, count: endIndex - startIndex))
        }
    }

    /// Tokens are equal when they hold equal tokens in the same order.
    static func == (lhs: OCRTokens, rhs: OCRTokens) -> Bool {
        lhs.elementsEqual(rhs)
    }
}

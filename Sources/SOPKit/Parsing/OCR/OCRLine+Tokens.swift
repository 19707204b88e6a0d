/// Classified tokens of an OCR line, read in place where its `OCRLine.Store` keeps them (one run of a
/// chunk of the store's tokens per line): all of them, indexed from 0 (`OCRLine.tokens`), or a run of
/// them, its own subsequence, indexed as in the line (like an `ArraySlice`). A value holding the store,
/// so that it stays valid for as long as it is kept, like an array (a store's tokens never move);
/// Sendable as its line is (`OCRLine`). A token is reached through an address, so that reading one of
/// its fields copies neither the token nor its text.
struct OCRTokens: RandomAccessCollection, Equatable, @unchecked Sendable {
    /// The store whose tokens these are.
    let store: OCRLine.Store
    /// The line's first token (position 0), in a chunk of the store's tokens.
    private let base: UnsafeMutablePointer<OCRToken>
    /// The position of the first token: 0 for a whole line, the position in the line for a run.
    let startIndex: Int
    /// The position after the last token.
    let endIndex: Int
    /// The positions of the tokens, as a range (a collection of a range of positions, like an array's).
    typealias Indices = Range<Int>

    /// All `count` tokens of a line of `store`, the first of them at `tokens`.
    init(store: OCRLine.Store, tokens: UnsafeMutablePointer<OCRToken>, count: Int) {
        self.init(store: store, base: tokens, bounds: 0..<count)
    }

    /// The tokens at `bounds` of the line of `store` whose first token is at `base`.
    private init(store: OCRLine.Store, base: UnsafeMutablePointer<OCRToken>, bounds: Range<Int>) {
        self.store = store
        self.base = base
        startIndex = bounds.lowerBound
        endIndex = bounds.upperBound
    }

    /// The token at `position` (checked against the bounds, as an array's subscript is).
    subscript(position: Int) -> OCRToken {
        unsafeAddress {
            precondition(position >= startIndex && position < endIndex, "OCR token index out of range")
            return UnsafePointer(base + position)
        }
    }

    /// The tokens at `bounds`, indexed as here (checked against the bounds, as an array's slice is).
    subscript(bounds: Range<Int>) -> OCRTokens {
        precondition(bounds.lowerBound >= startIndex && bounds.upperBound <= endIndex, "OCR token range out of range")
        return OCRTokens(store: store, base: base, bounds: bounds)
    }

    /// Calls `body` with the tokens as a buffer, valid only during the call.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<OCRToken>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(store) {
            try body(UnsafeBufferPointer(start: base + startIndex, count: endIndex - startIndex))
        }
    }

    /// Tokens are equal when they hold equal tokens in the same order.
    static func == (lhs: OCRTokens, rhs: OCRTokens) -> Bool {
        lhs.elementsEqual(rhs)
    }
}

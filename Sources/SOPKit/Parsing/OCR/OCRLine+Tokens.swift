/// The tokens of an OCR line, or a run of them, indexed by their positions in the line (a run's
/// `startIndex` is the position of its first token), sliced into runs of the same kind: `OCRTokens`,
/// which holds its line's store, and `OCRTokenRun`, which reads the tokens in place without holding
/// it. The Waktu's readers (`OCRTableParser.duration`, `LineNumbers`) take either: a table row's runs
/// of `OCRTokenRun`, read without a count of references taken for each run it cuts, keeps and reads,
/// and the lines of a table printed column by column (`blockSteps`).
protocol OCRTokenPositions: RandomAccessCollection where Element == OCRToken, Index == Int, SubSequence == Self {}

/// The tokens at positions `startIndex..<endIndex` of a line, read in place in the line's store
/// without holding it: valid only while a line of that store is held (as `OCRTokens` holds it, or the
/// lines of a table row for the step read from them: `OCRTableParser.RowTokens`). A plain value, so
/// that keeping, copying and emptying runs of them costs no count of references. Sendable as the
/// buffers that keep it are (the OCR table's step scratch, pooled across threads, is emptied of them
/// before it is given back).
struct OCRTokenRun: OCRTokenPositions, @unchecked Sendable {
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
    init(base: UnsafePointer<OCRToken>, bounds: Range<Int>) {
        self.base = base
        startIndex = bounds.lowerBound
        endIndex = bounds.upperBound
    }

    /// The address of the token at `position`, checked against the bounds as an array's subscript is.
    @inline(__always)
    func address(of position: Int) -> UnsafePointer<OCRToken> {
        precondition(position >= startIndex && position < endIndex, "OCR token index out of range")
        return base + position
    }

    /// The token at `position` (checked against the bounds, as an array's subscript is).
    subscript(position: Int) -> OCRToken {
        unsafeAddress { address(of: position) }
    }

    /// The tokens at `bounds`, indexed as here (checked against the bounds, as an array's slice is).
    subscript(bounds: Range<Int>) -> OCRTokenRun {
        precondition(bounds.lowerBound >= startIndex && bounds.upperBound <= endIndex, "OCR token range out of range")
        return OCRTokenRun(base: base, bounds: bounds)
    }

    /// The tokens as a buffer.
    var buffer: UnsafeBufferPointer<OCRToken> {
        UnsafeBufferPointer(start: base + startIndex, count: endIndex - startIndex)
    }
}

/// Classified tokens of an OCR line, read in place where its `OCRLine.Store` keeps them (one run of a
/// chunk of the store's tokens per line): all of them, indexed from 0 (`OCRLine.tokens`), or a run of
/// them, its own subsequence, indexed as in the line (like an `ArraySlice`). A run (`OCRTokenRun`) and
/// the store, so that it stays valid for as long as it is kept, like an array (a store's tokens never
/// move); Sendable as its line is (`OCRLine`). A token is reached through an address, so that reading
/// one of its fields copies neither the token nor its text.
struct OCRTokens: OCRTokenPositions, Equatable, @unchecked Sendable {
    /// The store whose tokens these are.
    let store: OCRLine.Store
    /// The tokens, read in place in the store.
    private let run: OCRTokenRun
    /// The position of the first token: 0 for a whole line, the position in the line for a run.
    var startIndex: Int { run.startIndex }
    /// The position after the last token.
    var endIndex: Int { run.endIndex }
    /// The positions of the tokens, as a range (a collection of a range of positions, like an array's).
    typealias Indices = Range<Int>

    /// All `count` tokens of a line of `store`, the first of them at `tokens`.
    init(store: OCRLine.Store, tokens: UnsafeMutablePointer<OCRToken>, count: Int) {
        self.init(store: store, run: OCRTokenRun(base: tokens, bounds: 0..<count))
    }

    /// The tokens of `run`, of a line of `store`.
    private init(store: OCRLine.Store, run: OCRTokenRun) {
        self.store = store
        self.run = run
    }

    /// The token at `position` (checked against the bounds, as an array's subscript is).
    subscript(position: Int) -> OCRToken {
        unsafeAddress { run.address(of: position) }
    }

    /// The tokens at `bounds`, indexed as here (checked against the bounds, as an array's slice is).
    subscript(bounds: Range<Int>) -> OCRTokens {
        OCRTokens(store: store, run: run[bounds])
    }

    /// Calls `body` with the tokens as a buffer, valid only during the call.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<OCRToken>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(store) { try body(run.buffer) }
    }

    /// Tokens are equal when they hold equal tokens in the same order.
    static func == (lhs: OCRTokens, rhs: OCRTokens) -> Bool {
        lhs.elementsEqual(rhs)
    }
}

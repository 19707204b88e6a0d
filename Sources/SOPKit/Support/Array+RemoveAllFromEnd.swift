extension Array {
    /// `removeAll(keepingCapacity: true)`, one element at a time from the end: for an array of a few
    /// elements (the lines, token runs and units of an OCR table row), cheaper than the generic
    /// `replaceSubrange` that `removeAll(keepingCapacity:)` runs (a couple of hundred instructions
    /// however few elements); for a long array, `removeAll(keepingCapacity:)` is the cheaper.
    mutating func removeAllFromEnd() {
        while !isEmpty { removeLast() }
    }
}

extension RandomAccessCollection where Element: Comparable, Index == Int {
    /// Whether `value` is an element of this collection, which must be sorted ascending: a binary
    /// search, without hashing.
    func sortedContains(_ value: Element) -> Bool {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < endIndex && self[low] == value
    }
}

extension Array where Element: Comparable {
    /// Whether `value` is an element of this array, which must be sorted ascending: a binary search,
    /// without hashing.
    func sortedContains(_ value: Element) -> Bool {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}

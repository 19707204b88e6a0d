/// The role names of an SOP, or the performers of a step, searched where they stand.
extension Array where Element == String {
    /// Whether `name` is one of the names (`contains(_:)`), each compared where it stands in the array:
    /// iterating the array would copy each name, a retain and a release.
    func containsInPlace(_ name: String) -> Bool {
        withUnsafeBufferPointer { names in
            for index in names.indices where names[index] == name { return true }
            return false
        }
    }
}

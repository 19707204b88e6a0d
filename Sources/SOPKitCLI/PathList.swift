/// The paths of the files below one folder, sorted as `[String].sorted()` sorts them, kept as the
/// UTF-8 bytes of each path after the folder's prefix, one after another in one buffer.
///
/// An import of a hundred thousand files holds every path from start to end; as Strings each path is
/// an object of its own (about 130 bytes for an 80-byte path, and 16 more in the array), here it is
/// its bytes after the shared prefix and the end offset, so the memory an import holds per input
/// stays a small part of its peak. Each path is made into a String only when it is read.
struct PathList: RandomAccessCollection, Sendable {
    /// The part every path starts with: the folder and one slash.
    let prefix: String
    /// The bytes of every path after `prefix`, in order.
    private var bytes: [UInt8] = []
    /// Where each path's bytes end in `bytes` (each starts where the one before ends).
    private var ends: [Int] = []

    /// An empty list of paths that all start with `prefix`.
    init(prefix: String) {
        self.prefix = prefix
    }

    /// The index of the first path.
    var startIndex: Int { 0 }

    /// The index after the last path.
    var endIndex: Int { ends.count }

    /// The path at `position`, the prefix included.
    subscript(position: Int) -> String {
        prefix + String(decoding: relativeBytes(position), as: UTF8.self)
    }

    /// Appends `path`, which must start with `prefix`.
    mutating func append(_ path: String) {
        precondition(path.utf8.starts(with: prefix.utf8), "a path outside the listed folder")
        bytes += path.utf8.dropFirst(prefix.utf8.count)
        ends.append(bytes.count)
    }

    /// The same paths in the order `[String].sorted()` gives their Strings. Paths whose bytes are all
    /// ASCII are compared byte by byte, which is how Strings of ASCII compare; when any path holds
    /// other bytes, every comparison is made on Strings, so canonically equivalent spellings order as
    /// `String` orders them.
    func sorted() -> PathList {
        let allASCII = bytes.allSatisfy { $0 < 0x80 }
        let order = indices.sorted { left, right in
            if allASCII {
                return relativeBytes(left).lexicographicallyPrecedes(relativeBytes(right))
            }
            return String(decoding: relativeBytes(left), as: UTF8.self)
                < String(decoding: relativeBytes(right), as: UTF8.self)
        }
        var sorted = PathList(prefix: prefix)
        sorted.bytes.reserveCapacity(bytes.count)
        sorted.ends.reserveCapacity(ends.count)
        for position in order {
            sorted.bytes += relativeBytes(position)
            sorted.ends.append(sorted.bytes.count)
        }
        return sorted
    }

    /// The bytes of the path at `position` after the prefix.
    private func relativeBytes(_ position: Int) -> ArraySlice<UInt8> {
        bytes[(position == 0 ? 0 : ends[position - 1])..<ends[position]]
    }
}

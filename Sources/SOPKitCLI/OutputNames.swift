import SOPKit

/// Safe, unique names for output files.
enum OutputNames {
    /// The longest name stem written (bytes), well under every file system's limit.
    static let maximumStemLength = 100

    /// The file name of `path` without folder and extension, sanitised.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let withoutExtension = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return sanitise(withoutExtension == "-" ? "stdin" : withoutExtension)
    }

    /// A name stem that is safe everywhere: ASCII letters, digits, "-", "_" and "." (never leading),
    /// no "..", no separators or control characters, at most `maximumStemLength` bytes, never empty.
    ///
    /// Works on the UTF-8 bytes: every byte of a scalar outside ASCII is read as the scalar is (a "-"
    /// after anything but another "-"), and a run of them gives one "-", as the scalar alone does.
    static func sanitise(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumStemLength) { output in
                var count = 0
                for byte in bytes {
                    switch byte {
                    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F:
                        output[count] = byte
                        count += 1
                    case 0x2E:
                        if count > 0, output[count - 1] != 0x2E {
                            output[count] = 0x2E
                            count += 1
                        }
                    default:
                        if count > 0, output[count - 1] != 0x2D {
                            output[count] = 0x2D
                            count += 1
                        }
                    }
                    if count >= maximumStemLength { break }
                }
                while count > 0, output[count - 1] == 0x2E || output[count - 1] == 0x2D { count -= 1 }
                return count == 0 ? "sop" : String(decoding: UnsafeBufferPointer(rebasing: output[..<count]), as: UTF8.self)
            }
        }
    }

    /// The names already given in one run, compared case-insensitively. Kept as 64-bit FNV-1a hashes
    /// of the lower-cased names (a stable hash, so runs are reproducible) with the next free suffix of
    /// each stem, so that memory stays small and a stem shared by thousands of SOPs costs no search.
    struct UsedNames {
        private var used: Set<UInt64> = []
        private var nextSuffix: [UInt64: Int] = [:]

        /// `stem`, or `stem-2`, `stem-3`, … the first not yet used; records it. Each candidate is
        /// hashed once, and the stem itself (the usual answer) only as the key of its suffix.
        mutating func unique(_ stem: String) -> String {
            let stemKey = Self.key(stem)
            var counter = nextSuffix[stemKey] ?? 1
            var candidate = stem
            var candidateKey = stemKey
            if counter > 1 {
                candidate = "\(stem)-\(counter)"
                candidateKey = Self.key(candidate)
            }
            while !used.insert(candidateKey).inserted {
                counter += 1
                candidate = "\(stem)-\(counter)"
                candidateKey = Self.key(candidate)
            }
            nextSuffix[stemKey] = counter + 1
            return candidate
        }

        /// Records a name given in an earlier run.
        mutating func insert(_ name: String) {
            used.insert(Self.key(name))
        }

        /// The FNV-1a hash of the lower-cased name. An ASCII name (every sanitised stem is one) is
        /// lower-cased byte by byte, as `lowercased()` does it, without building the lower-cased string.
        static func key(_ name: String) -> UInt64 {
            let asciiHash = name.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes {
                    guard byte < 0x80 else { return nil }
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
                }
                return hash
            }
            if let hash = asciiHash ?? nil { return hash }
            return keyOfLowercased(name)
        }

        /// The FNV-1a hash of `name.lowercased()`.
        static func keyOfLowercased(_ name: String) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in name.lowercased().utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return hash
        }
    }
}

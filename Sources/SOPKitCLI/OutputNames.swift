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
    static func sanitise(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F:
                output.unicodeScalars.append(scalar)
            case 0x2E:
                if !output.isEmpty, !output.hasSuffix(".") { output.append(".") }
            default:
                if !output.isEmpty, !output.hasSuffix("-") { output.append("-") }
            }
            if output.utf8.count >= maximumStemLength { break }
        }
        while output.hasSuffix(".") || output.hasSuffix("-") { output.removeLast() }
        return output.isEmpty ? "sop" : output
    }

    /// The names already given in one run, compared case-insensitively. Kept as 64-bit FNV-1a hashes
    /// of the lower-cased names (a stable hash, so runs are reproducible) with the next free suffix of
    /// each stem, so that memory stays small and a stem shared by thousands of SOPs costs no search.
    struct UsedNames {
        private var used: Set<UInt64> = []
        private var nextSuffix: [UInt64: Int] = [:]

        /// `stem`, or `stem-2`, `stem-3`, … the first not yet used; records it.
        mutating func unique(_ stem: String) -> String {
            let stemKey = Self.key(stem)
            var counter = nextSuffix[stemKey] ?? 1
            var candidate = counter == 1 ? stem : "\(stem)-\(counter)"
            while used.contains(Self.key(candidate)) {
                counter += 1
                candidate = "\(stem)-\(counter)"
            }
            used.insert(Self.key(candidate))
            nextSuffix[stemKey] = counter + 1
            return candidate
        }

        /// Records a name given in an earlier run.
        mutating func insert(_ name: String) {
            used.insert(Self.key(name))
        }

        /// The FNV-1a hash of the lower-cased name.
        private static func key(_ name: String) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in name.lowercased().utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return hash
        }
    }
}

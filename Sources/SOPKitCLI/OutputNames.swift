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

    /// `stem`, or `stem-2`, `stem-3`, … when already in `used` (compared case-insensitively); records it.
    static func unique(_ stem: String, in used: inout Set<String>) -> String {
        var candidate = stem
        var counter = 2
        while used.contains(candidate.lowercased()) {
            candidate = "\(stem)-\(counter)"
            counter += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }
}

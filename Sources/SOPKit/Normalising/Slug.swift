/// Stable, file-system-safe identifiers made from SOP numbers and titles.
public enum Slug {
    /// Lower-case ASCII letters and digits joined by single hyphens, at most `maximumLength` long
    /// (cut at a hyphen when possible). Letters with diacritics lose them; other characters separate words.
    public static func make(_ text: some StringProtocol, maximumLength: Int = 60) -> String {
        var output = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let folded = fold(scalar)
            if let folded {
                if pendingHyphen, !output.isEmpty { output.append("-") }
                pendingHyphen = false
                output.append(folded)
            } else {
                pendingHyphen = true
            }
            // Every character of the slug is one ASCII byte.
            if output.utf8.count >= maximumLength { break }
        }
        if output.utf8.count > maximumLength {
            output = String(output.prefix(maximumLength))
        }
        if output.utf8.count == maximumLength, let lastHyphen = output.lastIndex(of: "-"),
            output.distance(from: output.startIndex, to: lastHyphen) > maximumLength / 2
        {
            output = String(output[..<lastHyphen])
        }
        while output.hasSuffix("-") { output.removeLast() }
        return output
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return Character(scalar)
        case 0x41...0x5A: return Character(Unicode.Scalar(scalar.value + 32)!)
        case 0xC0...0xC5, 0xE0...0xE5: return "a"
        case 0xC8...0xCB, 0xE8...0xEB: return "e"
        case 0xCC...0xCF, 0xEC...0xEF: return "i"
        case 0xD2...0xD6, 0xF2...0xF6: return "o"
        case 0xD9...0xDC, 0xF9...0xFC: return "u"
        case 0xC7, 0xE7: return "c"
        case 0xD1, 0xF1: return "n"
        default: return nil
        }
    }

    /// The id of an SOP: the slug of its number and title ("503-02-dpm-ptsp-penyusunan-…"), or "sop-N".
    public static func sopID(number: String?, title: String?, ordinal: Int) -> String {
        let numberSlug = number.map { make($0, maximumLength: 30) } ?? ""
        let titleSlug = title.map { make($0, maximumLength: 60) } ?? ""
        let joined = [numberSlug, titleSlug].filter { !$0.isEmpty }.joined(separator: "-")
        return joined.isEmpty ? "sop-\(ordinal)" : joined
    }

    /// `ids` made unique by appending "-2", "-3", … to repeats, in order.
    public static func uniqued(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        // The counter after the last one tried for each id: as `seen` only grows, the suffixes below it
        // are still taken, so the search for an id's next copy starts there rather than at 2 (which
        // made n copies of one id cost n² look-ups).
        var nextCounter: [String: Int] = [:]
        return ids.map { id in
            var candidate = id
            var counter = nextCounter[id] ?? 2
            while seen.contains(candidate) {
                candidate = "\(id)-\(counter)"
                counter += 1
            }
            nextCounter[id] = counter
            seen.insert(candidate)
            return candidate
        }
    }
}

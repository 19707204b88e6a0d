/// Stable, file-system-safe identifiers made from SOP numbers and titles.
public enum Slug {
    /// Lower-case ASCII letters and digits joined by single hyphens, at most `maximumLength` long
    /// (cut at a hyphen when possible). Letters with diacritics lose them; other characters separate words.
    public static func make(_ text: some StringProtocol, maximumLength: Int = 60) -> String {
        let utf8 = text.utf8
        precondition(maximumLength >= 0, "Can't take a prefix of negative length.")
        let capacity = Swift.min(maximumLength, utf8.count) + 1
        return String(unsafeUninitializedCapacity: capacity) { output in
            if let end = utf8.withContiguousStorageIfAvailable({ writeSlug(of: $0, maximumLength: maximumLength, to: output, at: 0) }) {
                return end
            }
            return Array(utf8).withUnsafeBufferPointer { writeSlug(of: $0, maximumLength: maximumLength, to: output, at: 0) }
        }
    }

    /// The id of an SOP: the slug of its number and title ("503-02-dpm-ptsp-penyusunan-…"), or "sop-N".
    public static func sopID(number: String?, title: String?, ordinal: Int) -> String {
        let joined = String(unsafeUninitializedCapacity: numberLength + 1 + titleLength + 1) { output in
            var end = 0
            if var number {
                end = number.withUTF8 { writeSlug(of: $0, maximumLength: numberLength, to: output, at: 0) }
            }
            if var title {
                let start = end == 0 ? 0 : end + 1
                let titleEnd = title.withUTF8 { writeSlug(of: $0, maximumLength: titleLength, to: output, at: start) }
                if titleEnd > start {
                    if start > 0 { output[end] = UInt8(ascii: "-") }
                    end = titleEnd
                }
            }
            return end
        }
        return joined.isEmpty ? "sop-\(ordinal)" : joined
    }

    /// The longest slug of an SOP number in an id.
    private static let numberLength = 30

    /// The longest slug of an SOP title in an id.
    private static let titleLength = 60

    /// Writes `make(text, maximumLength:)` of the UTF-8 bytes of `text` into `output` from `start` on,
    /// and returns where it ends. `output` must hold `start + min(maximumLength, bytes.count) + 1` bytes:
    /// the slug may run one byte past `maximumLength` (a hyphen and a letter) before it is cut.
    ///
    /// ASCII letters and digits are lower-cased; a Latin-1 letter with a diacritic (lead byte 0xC3) is
    /// folded to its base letter; every other byte (ASCII separators, bytes of other scalars) stands for
    /// a hyphen, written only between two folded characters.
    private static func writeSlug(
        of bytes: UnsafeBufferPointer<UInt8>, maximumLength: Int, to output: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        var end = start
        let limit = start + maximumLength
        var pendingHyphen = false
        var index = 0
        let count = bytes.count
        slugBytes.withUnsafeBufferPointer { slugBytes in
            while index < count {
                var folded = slugBytes[Int(bytes[index])]
                index += 1
                if folded == latin1Lead {
                    // The Latin-1 letter's second byte gives its base letter; at the end, the lead separates.
                    folded = index < count ? latin1BaseLetters[Int(bytes[index] & 0x1F)] : 0
                    index = Swift.min(index + 1, count)
                }
                guard folded != 0 else {
                    pendingHyphen = true
                    continue
                }
                if pendingHyphen, end > start {
                    output[end] = UInt8(ascii: "-")
                    end += 1
                }
                pendingHyphen = false
                output[end] = folded
                end += 1
                if end >= limit { break }
            }
        }
        if end > limit { end = limit }
        if end == limit {
            var hyphen = end - 1
            while hyphen >= start, output[hyphen] != UInt8(ascii: "-") { hyphen -= 1 }
            if hyphen >= start, hyphen - start > maximumLength / 2 { end = hyphen }
        }
        while end > start, output[end - 1] == UInt8(ascii: "-") { end -= 1 }
        return end
    }

    /// What `writeSlug` makes of each byte, by its value: an ASCII letter or digit in lower case,
    /// `latin1Lead` for 0xC3 (the lead byte of the Latin-1 letters U+00C0…U+00FF), and 0 for every other
    /// byte (ASCII separators, bytes of other scalars), which stands for a hyphen.
    private static let slugBytes: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        if byte == 0xC3 { return latin1Lead }
        guard byte < 0x80, TextFolding.isASCIIAlphanumeric(byte) else { return 0 }
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The mark in `slugBytes` of the lead byte 0xC3, whose letter the next byte names.
    private static let latin1Lead: UInt8 = 0xFF

    /// The base letter of each Latin-1 letter U+00C0…U+00FF (by its low five bits, the same for upper
    /// and lower case), or 0 for Æ, Ð, ×, Ø, Ý, Þ, ß and their lower-case places, which separate words.
    private static let latin1BaseLetters: [UInt8] = Array("aaaaaa_ceeeeiiii_nooooo__uuuu___".utf8).map {
        $0 == UInt8(ascii: "_") ? 0 : $0
    }

    /// `ids` made unique by appending "-2", "-3", … to repeats, in order.
    public static func uniqued(_ ids: [String]) -> [String] {
        if ids.count <= pairwiseCheckLimit, !hasRepeat(ids) { return ids }
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

    /// The most ids `uniqued` compares pair by pair before it builds its sets: a file holds one SOP or
    /// a few, and comparing those costs less than hashing them.
    private static let pairwiseCheckLimit = 16

    /// Whether two of `ids` are equal (as `String`s compare, the way `Set<String>` tells them apart).
    /// When none are, `uniqued` gives them back unchanged: no id is seen before its own turn.
    private static func hasRepeat(_ ids: [String]) -> Bool {
        for later in ids.indices.dropFirst() where ids[..<later].contains(ids[later]) { return true }
        return false
    }
}

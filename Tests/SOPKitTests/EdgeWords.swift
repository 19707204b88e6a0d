/// `count` eight-byte words drawn deterministically (a fixed linear congruential sequence) from
/// `edges` and the capital letters after "A", for the tests that compare an eight-byte check with its
/// byte-by-byte definition.
func edgeWords(from edges: [UInt8], count: Int = 20_000) -> [UInt64] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var words: [UInt64] = []
    words.reserveCapacity(count)
    for _ in 0..<count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        var word: UInt64 = 0
        for position in 0..<8 {
            let pick = Int((state >> UInt64(4 * position + 3)) & 0x1F)
            let byte = pick < edges.count ? edges[pick] : UInt8(0x41 + pick)
            word |= UInt64(byte) << UInt64(8 * position)
        }
        words.append(word)
    }
    return words
}

/// Texts of 0 to 24 characters of plain letters with `special` at each place, once or also at the
/// end: for the tests that compare an escaping that skips plain bytes eight at a time with its
/// byte-by-byte definition, so that `special` falls at every place of a word and after it.
func textsWithSpecialAtEveryPlace(_ special: String) -> [String] {
    var texts: [String] = []
    for length in 0...24 {
        let letters = Array(repeating: "a", count: length)
        texts.append(letters.joined())
        for place in 0..<max(length, 1) {
            var characters = letters
            if characters.isEmpty { characters = [special] } else { characters[place] = special }
            texts.append(characters.joined())
            texts.append(characters.joined() + special)
        }
    }
    return texts
}

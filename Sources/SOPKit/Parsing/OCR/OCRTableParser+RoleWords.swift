/// The words of the role names of an OCR procedure table, as `TextFolding.keyWords` gives them, and
/// whether a token's key is one of them: `Set(roles.flatMap { TextFolding.keyWords($0).map(String.init) })
/// .contains(TextFolding.key(token))`. A key of ASCII bytes is compared by its bytes, folded on the
/// stack without building it, with the words of ASCII bytes (where `String` equality is byte
/// equality); any other pair is compared as strings (canonical equivalence), as the set compared them.
struct OCRRoleWordKeys {
    /// The words of ASCII bytes, by their length in bytes.
    private var asciiWordsByLength: [[[UInt8]]] = []
    /// The words holding a byte that is not ASCII.
    private var otherWords: [String] = []

    /// The words of the keys of `roles`.
    init(roles: [String]) {
        for role in roles {
            for var word in FoldedKey.words(role) {
                let bytes = word.withUTF8 { $0.contains { $0 >= 0x80 } ? nil : Array($0) }
                guard let bytes else {
                    otherWords.append(String(word))
                    continue
                }
                while asciiWordsByLength.count <= bytes.count { asciiWordsByLength.append([]) }
                asciiWordsByLength[bytes.count].append(bytes)
            }
        }
    }

    /// Whether `TextFolding.key(token)` is one of the words.
    func containsKey(of token: Substring) -> Bool {
        if asciiWordsByLength.isEmpty, otherWords.isEmpty { return false }
        let answer = FoldedKey.withPrefix(of: token, capacity: 32) { key, isWhole -> Bool? in
            isWhole ? contains(key: key) : nil
        }
        if let answer { return answer }
        return Array(TextFolding.key(token).utf8).withUnsafeBufferPointer(contains(key:))
    }

    /// Whether the key whose UTF-8 bytes are `key` is one of the words.
    private func contains(key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.allSatisfy({ $0 < 0x80 }) else {
            let text = String(decoding: key, as: UTF8.self)
            return otherWords.contains(text)
                || asciiWordsByLength.contains { $0.contains { String(decoding: $0, as: UTF8.self) == text } }
        }
        if key.count < asciiWordsByLength.count, asciiWordsByLength[key.count].contains(where: { $0.elementsEqual(key) }) {
            return true
        }
        guard !otherWords.isEmpty else { return false }
        let text = String(decoding: key, as: UTF8.self)
        return otherWords.contains(text)
    }
}

/// What the key of a role's name (`TextFolding.key`) tells the performer inference: whether the role
/// applies from outside, sees to general affairs, heads a Subbagian or is a team. Read once per role of
/// a role list (`RoleListFacts`); for an ASCII name on the words of its reading, without building the key.
struct RoleKeyFacts: Equatable {
    /// Whether the role is someone from outside who applies or complains (Pemohon, Masyarakat, Pasien):
    /// the key starts with one of `applicantPrefixes`.
    let isApplicant: Bool
    /// Whether "umum" is one of the words of the key (`FoldedKey.words(role)`).
    let namesGeneralAffairs: Bool
    /// Whether the key holds "subbag" or "sub bagian" (`PerformerInference.keyContains`).
    let isSubbagian: Bool
    /// Whether the key starts with "tim".
    let isTeam: Bool

    /// The starts of the keys of roles from outside who apply or complain (Pemohon, Masyarakat, Pasien):
    /// static strings, whose bytes are read without retaining a string.
    static let applicantPrefixes: [StaticString] = ["pemohon", "masyarakat", "pasien", "pengadu", "pelapor", "wajib pajak", "opd pengusul", "pengusul"]

    /// The facts given.
    private init(isApplicant: Bool, namesGeneralAffairs: Bool, isSubbagian: Bool, isTeam: Bool) {
        self.isApplicant = isApplicant
        self.namesGeneralAffairs = namesGeneralAffairs
        self.isSubbagian = isSubbagian
        self.isTeam = isTeam
    }

    /// The facts of `role`, read on its key as a string.
    init(_ role: String) {
        let key = TextFolding.key(role)
        self.init(
            isApplicant: Self.applicantPrefixes.contains { key.hasPrefix($0.description) }, namesGeneralAffairs: FoldedKey.words(role).contains("umum"),
            isSubbagian: PerformerInference.keyContains(key, "subbag") || PerformerInference.keyContains(key, "sub bagian"),
            isTeam: key.hasPrefix("tim"))
    }

    /// `RoleKeyFacts(role)` from `reading`, the reading of `role`. The key of an ASCII name is the words
    /// of its reading other than "&", lower-cased, one space between two (each inserted space stands for
    /// at least one byte of the name that is no letter or digit, so the key is no longer than the name);
    /// it is written into a buffer on the stack and read as bytes, where a key, which holds no carriage
    /// return, has a character per byte. A name that is not ASCII is read on its key as a string.
    init(_ role: String, reading: RoleText.Reading) {
        guard reading.isASCII else {
            self.init(role)
            return
        }
        self = reading.folded.withUnsafeBufferPointer { folded in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, folded.count)) { buffer in
                var count = 0
                var hasUmum = false
                for word in reading.words where folded[word.start] != UInt8(ascii: "&") {
                    if count > 0 {
                        buffer[count] = 0x20
                        count += 1
                    }
                    let wordStart = count
                    for byte in folded[word.start..<word.end] {
                        buffer[count] = byte
                        count += 1
                    }
                    hasUmum = hasUmum || Self.equals(UnsafeBufferPointer(rebasing: buffer[wordStart..<count]), "umum")
                }
                let key = UnsafeBufferPointer(rebasing: buffer[..<count])
                return RoleKeyFacts(
                    isApplicant: Self.applicantPrefixes.contains { Self.hasPrefix(key, $0) }, namesGeneralAffairs: hasUmum,
                    isSubbagian: Self.contains(key, "subbag") || Self.contains(key, "sub bagian"), isTeam: Self.hasPrefix(key, "tim"))
            }
        }
    }

    /// Whether the bytes of `key` are those of the ASCII `word`.
    private static func equals(_ key: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { RoleText.sameBytes(key, $0) }
    }

    /// Whether `key` starts with the bytes of the ASCII `prefix`.
    private static func hasPrefix(_ key: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            key.count >= prefix.count && RoleText.sameBytes(UnsafeBufferPointer(rebasing: key[..<prefix.count]), prefix)
        }
    }

    /// Whether the bytes of the ASCII `part` stand in `key`.
    private static func contains(_ key: UnsafeBufferPointer<UInt8>, _ part: StaticString) -> Bool {
        part.withUTF8Buffer { part in
            guard key.count >= part.count, let first = part.first else { return part.isEmpty }
            for start in 0...(key.count - part.count) where key[start] == first {
                if RoleText.sameBytes(UnsafeBufferPointer(rebasing: key[start..<(start + part.count)]), part) { return true }
            }
            return false
        }
    }
}

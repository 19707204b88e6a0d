extension OCRRoleEvidence {
    /// The keys (`TextFolding.key`) of the role names that `mentions` has collected, answering as a
    /// `Set<String>` answers: a key is new unless a key equal to it as a String was inserted before.
    ///
    /// While every key is ASCII (nearly always), a key of up to `packedCapacity` bytes is kept packed in
    /// words (`PackedKey`), with no String built for it, and a longer one as a String: two ASCII keys are
    /// equal as Strings exactly when their bytes are, and keys of different lengths never are. A key
    /// outside ASCII may equal an ASCII one as a String (the Kelvin sign equals "K"), so the first such
    /// key moves the packed keys into the Strings, which then hold every key.
    ///
    /// A table's mentions bring a few keys (about ten): the packed keys are kept in an array, compared
    /// one after the other as integers without hashing, until they are more than `linearSearchLimit`;
    /// from then on a set holds them, so that a body of thousands of names costs a lookup per key.
    struct NameKeys {
        /// The packed ASCII keys, while `allKeysAreASCII` and they are at most `linearSearchLimit`.
        private var packedList: [PackedKey] = []
        /// The packed ASCII keys, while `allKeysAreASCII`, once they are more than `linearSearchLimit`
        /// (`packedList` is then empty).
        private var packed: Set<PackedKey> = []
        /// The ASCII keys longer than `packedCapacity` while `allKeysAreASCII`; every key after that.
        private var strings: Set<String> = []
        /// Whether every key inserted so far was ASCII.
        private var allKeysAreASCII = true

        /// The most bytes of a key kept packed.
        static let packedCapacity = 32

        /// The most packed keys searched one by one: past them, `packed` answers.
        private static let linearSearchLimit = 64

        /// The keys that room is made for at the first packed key: more than the names of most tables,
        /// so that the list is seldom grown.
        private static let expectedKeys = 16

        /// Forgets every key, keeping the room of the buffers for the keys of another table.
        mutating func removeAll() {
            packedList.removeAll(keepingCapacity: true)
            packed.removeAll(keepingCapacity: true)
            strings.removeAll(keepingCapacity: true)
            allKeysAreASCII = true
        }

        /// Inserts the key given by its bytes, all ASCII; whether it was new.
        mutating func insert(asciiKey key: UnsafeBufferPointer<UInt8>) -> Bool {
            if allKeysAreASCII, let packedKey = PackedKey(key) { return insert(packed: packedKey) }
            return strings.insert(String(decoding: key, as: UTF8.self)).inserted
        }

        /// Inserts a packed ASCII key (while `allKeysAreASCII`); whether it was new. While the keys
        /// are few they are searched in `packedList`; the first key past `linearSearchLimit` moves them
        /// all into `packed`.
        private mutating func insert(packed packedKey: PackedKey) -> Bool {
            guard packed.isEmpty else { return packed.insert(packedKey).inserted }
            for known in packedList where known == packedKey { return false }
            if packedList.count < Self.linearSearchLimit {
                if packedList.isEmpty { packedList.reserveCapacity(Self.expectedKeys) }
                packedList.append(packedKey)
            } else {
                packed.reserveCapacity(2 * Self.linearSearchLimit)
                packed.formUnion(packedList)
                packed.insert(packedKey)
                packedList = []
            }
            return true
        }

        /// Inserts `key`; whether it was new.
        mutating func insert(_ key: String) -> Bool {
            var key = key
            if allKeysAreASCII {
                let asASCII = key.withUTF8 { OCRTableBytes.isASCII(bytes: $0) ? insert(asciiKey: $0) : nil }
                if let isNew = asASCII { return isNew }
                allKeysAreASCII = false
                for packedKey in packedList { strings.insert(packedKey.text) }
                for packedKey in packed { strings.insert(packedKey.text) }
                packedList = []
                packed = []
            }
            return strings.insert(key).inserted
        }

        /// An ASCII key of up to `packedCapacity` bytes: its bytes in four words, zero after its end,
        /// and its length.
        private struct PackedKey: Hashable {
            let first: UInt64
            let second: UInt64
            let third: UInt64
            let fourth: UInt64
            let count: UInt8

            /// The key of `bytes`, nil when they are more than `packedCapacity`.
            init?(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard bytes.count <= NameKeys.packedCapacity else { return nil }
                var lanes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                withUnsafeMutableBytes(of: &lanes) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
                (first, second, third, fourth) = lanes
                count = UInt8(bytes.count)
            }

            /// Feeds the hasher one word that mixes the four words of bytes and the length, instead of
            /// each of them.
            func hash(into hasher: inout Hasher) {
                let mixed = (first &* 0x9E37_79B9_7F4A_7C15 ^ second) &* 0xBF58_476D_1CE4_E5B9
                    ^ (third &* 0x94D0_49BB_1331_11EB ^ fourth) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
                hasher.combine(mixed)
            }

            /// The key as a String.
            var text: String {
                withUnsafeBytes(of: (first, second, third, fourth)) {
                    String(decoding: $0.prefix(Int(count)), as: UTF8.self)
                }
            }
        }
    }
}

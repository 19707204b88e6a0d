@testable import SOPKit
import Testing

/// Words appended through an `OCRWordJoiner.Appender` (the OCR table's activity, a line at a time)
/// join as `append(_:)` joins them, and `copyBytes` copies pieces of every length, short or long.
@Suite struct OCRWordJoinerAppenderTests {
    /// Lines of words, each appended through one appender after the lines before it.
    static let wordLines: [[[String]]] = [
        [["Menerima", "berkas"]],
        [["Kepala", "Dinas-"], ["kesehatan", "dan"]],
        [["a-"], [""], ["b"], ["-"], ["c"]],
        [["é-"], ["é", "x\u{0600}-"], ["y"]],
        [["Pem-", "-bina"], ["Sekretaris", "Daerah", "Kabupaten"]],
        [["menandatangani", "surat", "keputusan", "pengangkatan", "pegawai-"], ["negeri"]],
        [["ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijklmnop", "abcdefghijklmnopq"]],
        [[]],
    ]

    @Test(arguments: wordLines) func appenderJoinsAsAppendDoes(_ lines: [[String]]) {
        var joined = OCRWordJoiner()
        var appended = OCRWordJoiner()
        for words in lines {
            for word in words { joined.append(word[...]) }
            let room = words.reduce(0) { $0 + $1.utf8.count + 1 }
            appended.withRoom(for: room) { appender in
                for word in words {
                    var bytesOfWord = word[...]
                    bytesOfWord.withUTF8 { appender.append(wordBytes: $0, of: word[...]) }
                }
            }
        }
        #expect(appended.bytes == joined.bytes, "\(lines)")
        #expect(appended.textIfAny == joined.textIfAny, "\(lines)")
        #expect(appended.text == OCRTableParser.joinWords(lines.flatMap { $0 }), "\(lines)")
    }

    @Test func appenderJoinsGeneratedWordsAsAppendDoes() {
        let pieces = ["a", "-", "B", "é", "kan", "dan", "x\u{0600}", "surat-", "Kepala", "0"]
        var generator = SplitMix(seed: 0x6A6F_696E)
        for _ in 0..<200 {
            let lines = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                    (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                        .joined()
                }
            }
            var joined = OCRWordJoiner()
            var appended = OCRWordJoiner()
            for words in lines {
                for word in words { joined.append(word[...]) }
                appended.withRoom(for: words.reduce(0) { $0 + $1.utf8.count + 1 }) { appender in
                    for word in words {
                        var bytesOfWord = word[...]
                        bytesOfWord.withUTF8 { appender.append(wordBytes: $0, of: word[...]) }
                    }
                }
            }
            #expect(appended.bytes == joined.bytes, "\(lines)")
            #expect(appended.text == OCRTableParser.joinWords(lines.flatMap { $0 }), "\(lines)")
        }
    }

    /// Pieces of 1 to 40 bytes, ASCII and not, copied into a buffer filled with 0xEE: the piece lands
    /// where it is sent, and no byte before or after it changes.
    @Test(arguments: Array(1...40)) func copyBytesCopiesExactlyThePiece(_ length: Int) {
        let source = (0..<length).map { UInt8(truncatingIfNeeded: 0xC3 &+ $0 &* 37) }
        var target = [UInt8](repeating: 0xEE, count: length + 6)
        source.withUnsafeBufferPointer { piece in
            target.withUnsafeMutableBufferPointer { OCRWordJoiner.copyBytes(piece, to: $0.baseAddress! + 3) }
        }
        #expect(Array(target[..<3]) == [0xEE, 0xEE, 0xEE])
        #expect(Array(target[3..<(3 + length)]) == source)
        #expect(Array(target[(3 + length)...]) == [0xEE, 0xEE, 0xEE])
    }
}

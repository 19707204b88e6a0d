@testable import SOPKit
import Testing

/// Messages written by `MessageBytes` are the strings that the string interpolation they replaced gave.
@Suite struct MessageBytesTests {
    static let numbers = [0, 1, 9, 10, 11, 59, 60, 61, 99, 100, 479, 480, 481, 999, 1000, 12345, 1_000_000, Int.max, -1, -10, -61, -481, Int.min]

    /// The total-time message as the reviewer rules wrote it before, kept as the reference.
    static func referenceTotalTimeMessage(_ total: TotalDuration, stepCount: Int) -> String {
        let flexible = total.flexibleSteps > 0 ? ", plus \(total.flexibleSteps) step\(total.flexibleSteps == 1 ? "" : "s") of flexible time" : ""
        return "the procedure takes \(total.minutes) working minutes (\(total.iso8601)) over \(stepCount) steps\(flexible)"
    }

    @Test(arguments: numbers) func numbersAreWrittenAsInterpolated(_ number: Int) {
        #expect(MessageBytes.written { $0.write(number) } == "\(number)")
    }

    @Test(arguments: numbers) func totalTimeMessageAgreesWithInterpolation(_ minutes: Int) {
        for flexibleSteps in [0, 1, 2, 11] {
            for stepCount in [0, 1, 12, 1000] {
                let total = TotalDuration(minutes: minutes, flexibleSteps: flexibleSteps)
                #expect(
                    ReviewerRules.totalTimeMessage(total, stepCount: stepCount)
                        == Self.referenceTotalTimeMessage(total, stepCount: stepCount))
            }
        }
    }

    /// `write(iso8601:)` writes the total's `iso8601` string, and `write(byte:)` one byte.
    @Test func iso8601AndBytesAreWrittenAsTheirStrings() {
        let rows: [(minutes: Int, expected: String)] = [
            (0, "PT0M"), (1, "PT1M"), (59, "PT59M"), (60, "PT1H"), (61, "PT1H1M"), (479, "PT7H59M"), (480, "P1D"),
            (481, "P1DT1M"), (540, "P1DT1H"), (6740, "P14DT20M"), (9600, "P20D"),
        ]
        for row in rows {
            let total = TotalDuration(minutes: row.minutes, flexibleSteps: 0)
            #expect(MessageBytes.written { $0.write(iso8601: total) } == row.expected)
            #expect(total.iso8601 == row.expected)
        }
        for minutes in Self.numbers {
            let total = TotalDuration(minutes: minutes, flexibleSteps: 1)
            #expect(MessageBytes.written { $0.write(iso8601: total) } == total.iso8601, "\(minutes)")
        }
        #expect(MessageBytes.written { message in
            message.write(byte: UInt8(ascii: "("))
            message.write(7)
            message.write(byte: UInt8(ascii: ")"))
        } == "(7)")
    }

    /// `write(contentsOf:bytes:)` writes the characters at those byte offsets of the text.
    @Test func textBytesAreWrittenAsTheirSubstring() {
        let rows: [(text: String, offsets: Range<Int>, expected: String)] = [
            ("Menerima berkas", 0..<8, "Menerima"), ("Menerima berkas", 9..<15, "berkas"), ("Menerima berkas", 3..<3, ""),
            ("  Café — x", 2..<7, "Café"), ("  Café — x", 8..<11, "—"), ("", 0..<0, ""),
            (String(repeating: "panjang ", count: 100), 792..<799, "panjang"),
        ]
        for row in rows {
            #expect(MessageBytes.written { $0.write(contentsOf: row.text, bytes: row.offsets) } == row.expected, "\(row.text)")
        }
    }

    /// `write(excerptOf:)` writes `ProcedureTableParser.excerpt(text)`: texts of 60 bytes or fewer whole,
    /// longer ASCII texts cut to 57 bytes and "...", and texts outside ASCII or with "\r\n" (one
    /// character of two bytes) cut to 57 characters.
    @Test func excerptsAreWrittenAsExcerptMakesThem() {
        let sixty = String(repeating: "abcdefghij", count: 6)
        let rows: [(text: String, expected: String)] = [
            ("", ""), ("Surat", "Surat"), (sixty, sixty), (sixty + "k", String(sixty.prefix(57)) + "..."),
            (String(repeating: "é", count: 30), String(repeating: "é", count: 30)),
            (String(repeating: "é", count: 60), String(repeating: "é", count: 60)),
            (String(repeating: "é", count: 61), String(repeating: "é", count: 57) + "..."),
            (String(repeating: "\r\n", count: 31), String(repeating: "\r\n", count: 31)),
            (String(repeating: "\r\n", count: 60) + "x", String(repeating: "\r\n", count: 57) + "..."),
            (String(repeating: "a\r", count: 40), String(String(repeating: "a\r", count: 40).prefix(57)) + "..."),
            (String(repeating: "x", count: 56) + "\r\nabc", String(repeating: "x", count: 56) + "\r\nabc"),
            (String(repeating: "x", count: 56) + "\r\nabcd", String(repeating: "x", count: 56) + "\r\n" + "..."),
        ]
        for row in rows {
            #expect(ProcedureTableParser.excerpt(row.text) == row.expected, "\(row.text.debugDescription)")
            let written = MessageBytes.written { message in
                message.write("(\"")
                message.write(excerptOf: row.text)
                message.write("\")")
            }
            #expect(written.utf8.elementsEqual("(\"\(row.expected)\")".utf8), "\(row.text.debugDescription)")
        }
    }

    @Test func textsAndLiteralsAreWrittenAsInterpolated() {
        let texts = ["", "a", "é", "Café — ’kutip’\u{A0}NBSP\ttab", "Disetujui?", String(repeating: "panjang é ", count: 500)]
        #expect(MessageBytes.written { _ in } == "")
        for text in texts {
            for number in [0, 7, -3, 123_456] {
                let written = MessageBytes.written { message in
                    message.write("step ")
                    message.write(number)
                    message.write(" decides \"")
                    message.write(contentsOf: text)
                    message.write("\" but — states only one branch")
                }
                #expect(written == "step \(number) decides \"\(text)\" but — states only one branch")
                #expect(written.utf8.count == "step \(number) decides \"\(text)\" but — states only one branch".utf8.count)
            }
        }
    }

    /// Messages whose bytes end just before, at and just after the end of the stack buffer
    /// (`MessageBytes.stackCapacity`), with the piece that crosses it a text, a number, a literal or
    /// one byte, are the strings that interpolation gives: a longer message is written again whole.
    @Test func messagesAtTheEdgeOfTheStackBufferAreWrittenAsInterpolated() {
        let capacity = MessageBytes.stackCapacity
        for length in (capacity - 8)...(capacity + 8) {
            let text = String(repeating: "é", count: length / 4) + String(repeating: "x", count: length - length / 4 * 2)
            #expect(text.utf8.count == length)
            for number in [5, 12_345, -678] {
                let written = MessageBytes.written { message in
                    message.write(contentsOf: text)
                    message.write(number)
                    message.write(byte: UInt8(ascii: "|"))
                    message.write(" — end")
                }
                #expect(written == "\(text)\(number)| — end", "\(length) \(number)")
                let leading = MessageBytes.written { message in
                    message.write(number)
                    message.write(contentsOf: text)
                    message.write(byte: UInt8(ascii: "|"))
                }
                #expect(leading == "\(number)\(text)|", "\(length) \(number)")
            }
        }
    }
}

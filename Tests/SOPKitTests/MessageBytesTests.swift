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
}

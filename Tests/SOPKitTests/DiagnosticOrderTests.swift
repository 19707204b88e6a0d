@testable import SOPKit
import Testing

/// `sortByLocation` and `sortedByLocation`, sorting keys and moving the diagnostics along the cycles of
/// the permutation, give the order that sorting the diagnostics with their offsets gave: by location,
/// then code, then the original order.
@Suite struct DiagnosticOrderTests {
    /// The reference: the diagnostics with their offsets, sorted.
    static func sortedByElements(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            if lhs.element.location != rhs.element.location { return lhs.element.location < rhs.element.location }
            if lhs.element.code != rhs.element.code { return lhs.element.code.rawValue < rhs.element.code.rawValue }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    @Test(arguments: [0, 1, 2, 3, 7, 21, 40, 200]) func keysSortLikeElements(_ count: Int) {
        let codes: [DiagnosticCode] = [.noSteps, .missingOutput, .noRoles, .stepNumberGap, .totalTime, .noSOPFound]
        var generator = SplitMix(seed: 0xD1A6_0029 &+ UInt64(count))
        for _ in 0..<20 {
            let diagnostics = (0..<count).map { index in
                Diagnostic(codes.randomElement(using: &generator)!, "message \(index) é", file: index % 3 == 0 ? "a.txt" : "b.txt",
                    at: SourceLocation(line: Int.random(in: 0..<4, using: &generator), column: Int.random(in: 0..<3, using: &generator)))
            }
            let expected = Self.sortedByElements(diagnostics)
            #expect(diagnostics.sortedByLocation() == expected)
            var inPlace = diagnostics
            inPlace.sortByLocation()
            #expect(inPlace == expected)
            #expect(expected.sortedByLocation() == expected)
            var reversed = Array(expected.reversed())
            #expect(reversed.sortedByLocation() == Self.sortedByElements(reversed))
            reversed.sortByLocation()
            #expect(reversed == Self.sortedByElements(Array(expected.reversed())))
        }
    }

    /// Equal locations order by code number, then by position; lines come before columns; huge and zero
    /// locations sort like any other.
    @Test func explicitOrders() {
        func diagnostic(_ code: DiagnosticCode, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(code, message, file: "f.txt", at: SourceLocation(line: line, column: column))
        }
        let rows: [(input: [Diagnostic], expectedMessages: [String])] = [
            ([], []),
            ([diagnostic(.totalTime, 3, 1, "a")], ["a"]),
            ([diagnostic(.totalTime, 3, 1, "a"), diagnostic(.noSOPFound, 3, 1, "b")], ["b", "a"]),
            ([diagnostic(.missingOutput, 2, 9, "a"), diagnostic(.missingOutput, 2, 9, "b"), diagnostic(.missingOutput, 2, 1, "c")],
             ["c", "a", "b"]),
            ([diagnostic(.noSteps, 10, 1, "a"), diagnostic(.noSteps, 9, 50, "b"), diagnostic(.noSteps, 0, 0, "c")], ["c", "b", "a"]),
            ([diagnostic(.noRoles, Int.max, Int.max, "a"), diagnostic(.noRoles, Int.max, 1, "b"), diagnostic(.emptyInput, 1, 1, "ü")],
             ["ü", "b", "a"]),
            // A cycle of three and a swap: positions 0→2→1→0 and 3↔4.
            ([diagnostic(.noSteps, 2, 1, "c"), diagnostic(.noSteps, 3, 1, "d"), diagnostic(.noSteps, 1, 1, "b"),
              diagnostic(.noSteps, 5, 1, "f"), diagnostic(.noSteps, 4, 1, "e")], ["b", "c", "d", "e", "f"]),
        ]
        for row in rows {
            var sorted = row.input
            sorted.sortByLocation()
            #expect(sorted.map(\.message) == row.expectedMessages)
            #expect(row.input.sortedByLocation().map(\.message) == row.expectedMessages)
        }
    }

    /// Packed keys hold line, column, code number and position from the highest bits down; a location
    /// or count too large for its bits (or negative) gives nil, and the sort falls back to the keys.
    @Test func packedKeysHoldTheFieldsInTheirBits() {
        func diagnostic(_ code: DiagnosticCode, _ line: Int, _ column: Int) -> Diagnostic {
            Diagnostic(code, "é", file: "f.txt", at: SourceLocation(line: line, column: column))
        }
        let rows: [(input: [Diagnostic], expected: [UInt64]?)] = [
            ([], []),
            ([diagnostic(.noSOPFound, 0, 0)], [1 << 14]),
            ([diagnostic(.totalTime, 3, 1), diagnostic(.missingDuration, 2, 9)],
             [3 << 40 | 1 << 24 | 606 << 14, 2 << 40 | 9 << 24 | 401 << 14 | 1]),
            ([diagnostic(.noSteps, (1 << 24) - 1, (1 << 16) - 1)],
             [UInt64((1 << 24) - 1) << 40 | UInt64((1 << 16) - 1) << 24 | UInt64(DiagnosticCode.noSteps.number) << 14]),
            ([diagnostic(.noSteps, 1, 1), diagnostic(.noSteps, 1 << 24, 1)], nil),
            ([diagnostic(.noSteps, 1, 1 << 16)], nil),
            ([diagnostic(.noSteps, -1, 1)], nil),
            ([diagnostic(.noSteps, 1, -1)], nil),
            (Array(repeating: diagnostic(.noSteps, 1, 1), count: 1 << 14), (0..<(1 << 14)).map { 1 << 40 | 1 << 24 | 201 << 14 | UInt64($0) }),
            (Array(repeating: diagnostic(.noSteps, 1, 1), count: (1 << 14) + 1), nil),
        ]
        for row in rows {
            #expect(row.input.withUnsafeBufferPointer(DiagnosticOrderKey.packedKeys(of:)) == row.expected)
        }
        // Past the packed range the order is still by line, column, code and position.
        var unpacked = [diagnostic(.noSteps, 1 << 30, 2), diagnostic(.totalTime, 1, 1 << 20), diagnostic(.noSOPFound, 1, 1 << 20)]
        unpacked.sortByLocation()
        #expect(unpacked.map(\.code) == [.noSOPFound, .totalTime, .noSteps])
        var many = (0..<((1 << 14) + 3)).map { diagnostic(.noSteps, 5 - $0 % 5, 1) }
        many.sortByLocation()
        #expect(many.map(\.line) == (0..<((1 << 14) + 3)).map { 5 - $0 % 5 }.sorted())
    }

    /// Each code's number is the three digits of its raw value, so that numbers order codes as raw values do.
    @Test func codeNumbersAreTheRawDigits() {
        let rows: [(DiagnosticCode, Int)] = [
            (.noSOPFound, 1), (.rowRealigned, 10), (.rolesFromDrawing, 23), (.missingTitle, 100),
            (.unparsedLegalReference, 120), (.performerNotInHeader, 304), (.missingDuration, 401), (.totalTime, 606),
        ]
        for (code, number) in rows { #expect(code.number == number) }
        for code in DiagnosticCode.allCases {
            #expect(code.rawValue.utf8.count == 6 && code.rawValue.hasPrefix("SOP"))
            #expect(Int(code.rawValue.dropFirst(3)) == code.number)
        }
        for lhs in DiagnosticCode.allCases {
            for rhs in DiagnosticCode.allCases { #expect((lhs.number < rhs.number) == (lhs.rawValue < rhs.rawValue)) }
        }
    }
}

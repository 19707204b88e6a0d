@testable import SOPKit
import Testing

/// `sortedByLocation` sorting positions gives the order that sorting the diagnostics with their offsets
/// gave: by location, then code, then the original order.
@Suite struct DiagnosticOrderTests {
    /// The reference: the diagnostics with their offsets, sorted.
    static func sortedByElements(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            if lhs.element.location != rhs.element.location { return lhs.element.location < rhs.element.location }
            if lhs.element.code != rhs.element.code { return lhs.element.code.rawValue < rhs.element.code.rawValue }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    @Test(arguments: [0, 1, 2, 3, 7, 40, 200]) func positionsSortLikeElements(_ count: Int) {
        let codes: [DiagnosticCode] = [.noSteps, .missingOutput, .noRoles, .stepNumberGap]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(count)
        func next(_ limit: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % limit
        }
        for _ in 0..<20 {
            let diagnostics = (0..<count).map { index in
                Diagnostic(codes[next(codes.count)], "message \(index)", file: index % 3 == 0 ? "a.txt" : "b.txt",
                    at: SourceLocation(line: next(4), column: next(3)))
            }
            #expect(diagnostics.sortedByLocation() == Self.sortedByElements(diagnostics))
            let sorted = Self.sortedByElements(diagnostics)
            #expect(sorted.sortedByLocation() == sorted)
            let reversed = Array(sorted.reversed())
            #expect(reversed.sortedByLocation() == Self.sortedByElements(reversed))
        }
    }
}

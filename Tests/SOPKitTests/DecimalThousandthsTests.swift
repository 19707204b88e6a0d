@testable import SOPKit
import Testing

/// Numbers of thousandths written from their digits by `ByteSink.append(decimal:)` (a Double): the same
/// text as `String(value)`, which it wrote for every number that is not whole before, and as
/// `NumberFormatting.decimal`.
@Suite struct DecimalThousandthsTests {
    static func appended(_ value: Double) -> String {
        let sink = ByteSink(capacity: 1)
        sink.append(decimal: value)
        return sink.string
    }

    /// What `append(decimal:)` wrote before: whole numbers from their integer, everything else as
    /// `String(value)`.
    static func reference(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    @Test func everyThousandthUpToAHundredAgreesWithStrings() {
        for thousandths in -100_000...100_000 {
            let value = Double(thousandths) / 1000
            #expect(Self.appended(value) == Self.reference(value), "\(thousandths)")
        }
    }

    @Test func largeAndEdgeValuesAgreeWithStrings() {
        var values: [Double] = [0.001, -0.001, 0.1, 0.2, 0.3, 0.7, 0.85, 0.95, 1.005, 2.675, 999_999.999, -999_999.999, 999_999.5,
            1_000_000.5, 1_000_000.25, 123_456.789, 0.0005, 0.0001, 1e-7, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e15 + 0.5, .leastNonzeroMagnitude,
            .nan, .infinity, -.infinity, -0.0, 0, 1e15, 1e16, .pi, .greatestFiniteMagnitude, .leastNormalMagnitude]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let thousandths = Double(Int64(bitPattern: state) % 1_000_000_000)
            values.append(thousandths / 1000)
            values.append(thousandths / 1000 + 1e-9)
            values.append(Double(bitPattern: state >> 2))
        }
        for value in values {
            #expect(Self.appended(value) == Self.reference(value), "\(value)")
        }
    }

    @Test func thousandthsAreFoundOnlyForTheirNearestDoubles() {
        #expect(ByteSink.thousandths(0.85) == 850)
        #expect(ByteSink.thousandths(-2.5) == -2_500)
        #expect(ByteSink.thousandths(0.1 + 0.2) == nil)
        #expect(ByteSink.thousandths(0.0005) == nil)
        #expect(ByteSink.thousandths(1e6) == nil)
        #expect(ByteSink.thousandths(.nan) == nil)
        #expect(ByteSink.thousandths(.infinity) == nil)
    }
}

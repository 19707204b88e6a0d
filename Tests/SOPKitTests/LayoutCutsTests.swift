@testable import SOPKit
import Testing

/// `LayoutTableParser.cuts` counts the occupancy of each column from the chunks' starts and ends, and
/// `gap` keeps its chosen run as it meets them; the code before (a count per column of every chunk,
/// a list of runs) is kept here as the reference, and both must place every cut alike.
@Suite struct LayoutCutsTests {
    /// The reference `gap`: every run listed, then chosen.
    static func referenceGap(_ occupancy: [Int], _ range: Range<Int>, choosing choice: LayoutTableParser.GapChoice, starts: [Bool]) -> Int {
        let clamped = range.clamped(to: 0..<occupancy.count)
        guard !clamped.isEmpty else { return range.lowerBound }
        let least = clamped.map { occupancy[$0] }.min()!
        var runs: [Range<Int>] = []
        var column = clamped.lowerBound
        while column < clamped.upperBound {
            guard occupancy[column] == least else {
                column += 1
                continue
            }
            let start = column
            while column < clamped.upperBound, occupancy[column] == least { column += 1 }
            runs.append(start..<column)
        }
        let chosen: Range<Int>
        switch choice {
        case .widest:
            let flush = runs.filter { starts[$0.upperBound] }
            let candidates = flush.isEmpty ? runs : flush
            chosen = candidates.reduce(candidates[0]) { $1.count > $0.count ? $1 : $0 }
        case .first: chosen = runs[0]
        case .last: chosen = runs[runs.count - 1]
        }
        return chosen.lowerBound + chosen.count / 2
    }

    /// The reference occupancy and chunk starts of `cuts`: each chunk that is not a mark counted on
    /// every column it covers.
    static func referenceOccupancy(_ lines: [LayoutLine], columns: [LayoutColumn]) -> (occupancy: [Int], starts: [Bool]) {
        let width = (lines.flatMap(\.chunks).map(\.end).max() ?? 0) + 2
        var occupancy = [Int](repeating: 0, count: max(width, (columns.map(\.end).max() ?? 0) + 2))
        var starts = [Bool](repeating: false, count: occupancy.count + 1)
        for line in lines {
            for chunk in line.chunks where Mark.classify(chunk.text) == nil {
                for column in chunk.start..<min(chunk.end, occupancy.count) { occupancy[column] += 1 }
                if chunk.start < starts.count { starts[chunk.start] = true }
            }
        }
        return (occupancy, starts)
    }

    /// The reference `cuts`: the new `cuts` with the reference occupancy and gap.
    static func referenceCuts(_ columns: [LayoutColumn], lines: [LayoutLine], durations: Range<Int>?) -> [Int] {
        let (occupancy, starts) = referenceOccupancy(lines, columns: columns)
        var cuts = [0]
        for index in 1..<max(columns.count, 1) {
            let left = columns[index - 1]
            let right = columns[index]
            var lower = left.center
            var upper = right.start
            var choice = LayoutTableParser.GapChoice.widest
            if right.kind == .duration, let durations {
                upper = durations.lowerBound + 1
                lower = min(lower, upper - 1)
                choice = .last
            }
            if left.kind == .duration, let durations {
                lower = durations.upperBound
                upper = max(right.start, lower + 1)
                choice = .first
            }
            lower = max(lower, cuts[index - 1] + 1)
            cuts.append(upper <= lower ? lower : referenceGap(occupancy, lower..<upper, choosing: choice, starts: starts))
        }
        return cuts
    }

    /// A small deterministic generator of pseudo-random numbers.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func gapAgreesWithListingTheRuns() {
        var generator = Generator(state: 7)
        for _ in 0..<3000 {
            let width = 1 + generator.next(40)
            let occupancy = (0..<width).map { _ in generator.next(3) }
            let starts = (0...width).map { _ in generator.next(3) == 0 }
            let lower = generator.next(width + 4) - 2
            let range = lower..<(lower + generator.next(width + 2))
            for choice in [LayoutTableParser.GapChoice.widest, .first, .last] {
                #expect(LayoutTableParser.gap(occupancy, range, choosing: choice, starts: starts)
                    == Self.referenceGap(occupancy, range, choosing: choice, starts: starts), "\(occupancy) \(range) \(choice)")
            }
        }
    }

    @Test func cutsAgreeWithCountingEveryColumn() {
        let columns = [
            LayoutColumn(kind: .number, start: 0, end: 2), LayoutColumn(kind: .activity, start: 5, end: 13),
            LayoutColumn(kind: .role(0), start: 30, end: 36), LayoutColumn(kind: .role(1), start: 40, end: 46),
            LayoutColumn(kind: .requirements, start: 52, end: 63), LayoutColumn(kind: .duration, start: 70, end: 75),
            LayoutColumn(kind: .output, start: 82, end: 88), LayoutColumn(kind: .notes, start: 95, end: 105),
        ]
        let texts = ["Menyiapkan", "dokumen", "√", "1 hari", "Surat", "X", "v", "Draf surat", "Keterangan", "é"]
        var generator = Generator(state: 11)
        // One scratch for all the pages, as the parser keeps it from page to page: the pages' widths
        // differ, so it is cut down and grown again, and must hold nothing of the page before.
        var scratch = LayoutTableParser.CutsScratch()
        for page in 0..<200 {
            var lines: [LayoutLine] = []
            for number in 0..<generator.next(12) {
                var chunks: [LayoutChunk] = []
                var column = generator.next(6)
                while column < 120, generator.next(5) != 0 {
                    let text = texts[generator.next(texts.count)]
                    let end = column + text.unicodeScalars.count
                    chunks.append(LayoutChunk(text: text, start: column, end: end))
                    column = end + 2 + generator.next(20)
                }
                lines.append(LayoutLine(number: number + 1, page: page, chunks: chunks))
            }
            let durations: Range<Int>? = generator.next(3) == 0 ? nil : (66 + generator.next(8))..<(74 + generator.next(8))
            #expect(LayoutTableParser.cuts(for: columns, lines: lines, durations: durations, scratch: &scratch)
                == Self.referenceCuts(columns, lines: lines, durations: durations), "page \(page)")
        }
    }

    @Test func cutsScratchResetsToEachWidth() {
        var scratch = LayoutTableParser.CutsScratch()
        #expect(scratch.occupancy.isEmpty && scratch.starts.isEmpty)
        // Widths that grow, shrink to nothing and grow past every one before; each reset follows a
        // page that left every entry written.
        for width in [3, 1, 0, 5, 2, 9, 9, 4] {
            scratch.reset(width: width)
            #expect(scratch.occupancy == [Int](repeating: 0, count: width), "width \(width)")
            #expect(scratch.starts == [Bool](repeating: false, count: width + 1), "width \(width)")
            for column in scratch.occupancy.indices { scratch.occupancy[column] = column - 2 }
            for column in scratch.starts.indices { scratch.starts[column] = true }
        }
    }
}

import Foundation
@testable import SOPKitCLI
import Testing

/// The previous run's resume state is indexed without holding its rows, and its rows are read back
/// from the file exactly as they were recorded, also after the file has been replaced by a new one.
struct PreviousImportStateTests {
    /// A state record as `BatchImporter` writes it: a JSON header line, the rows, a line feed.
    static func record(_ file: String, rows: [String]) -> String {
        let lengths = rows.map { String($0.utf8.count) }.joined(separator: ",")
        return #"{"file":"\#(file)","modified":5,"size":7,"outputs":["sops/a.json"],"names":["a"],"#
            + #""status":"ok","counts":{"sops":1},"rowLengths":[\#(lengths)]}"# + "\n" + rows.joined() + "\n"
    }

    /// Runs `body` with the path of a state file holding `text`, in a temporary folder removed when
    /// `body` returns or throws.
    func withStateFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        try withTemporaryFolder("previous-state") { folder in
            let path = folder.appendingPathComponent(BatchImporter.stateFile).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return try body(path)
        }
    }

    @Test func recordsAreIndexedAndTheirRowsReadBack() throws {
        let first = ["a,1\n", "1,x\n2,y\n", #"{"input":"a.txt"}"#, "| a.txt |", "<tr>a</tr>\n"]
        let second = ["b,1\n", "", #"{"input":"b\n.txt"}"#, "| b |", "<tr>b é</tr>\n"]
        try withStateFile(Self.record("in/a.txt", rows: first) + Self.record("in/b.txt", rows: second)) { path in
            let state = try #require(PreviousImportState(path: path))
            #expect(!FileManager.default.fileExists(atPath: path), "the new run writes its own state under the same name")
            try Data("replaced".utf8).write(to: URL(fileURLWithPath: path))
            #expect(state.paths.sorted() == ["in/a.txt", "in/b.txt"])
            let a = try #require(state.record(for: "in/a.txt"))
            #expect(a.input.modified == 5 && a.input.size == 7 && a.input.outputs == ["sops/a.json"] && a.input.names == ["a"])
            #expect(a.input.status == "ok" && a.input.counts == ["sops": 1])
            #expect(state.rows(of: a) == first.map { Array($0.utf8) })
            #expect(state.rows(of: try #require(state.record(for: "in/b.txt"))) == second.map { Array($0.utf8) })
        }
    }

    /// Ways a state file is damaged, and how many records are still read from it.
    enum Damage: String, CaseIterable {
        case cutInTheRowsOfTheLastRecord, lastRecordWithoutItsLineFeed, headerThatIsNotJSON, rowLengthPastTheRows

        var kept: Int { self == .headerThatIsNotJSON ? 0 : 1 }

        func apply(_ text: String) -> String {
            switch self {
            case .cutInTheRowsOfTheLastRecord: String(text.dropLast(5))
            case .lastRecordWithoutItsLineFeed: String(text.dropLast())
            case .headerThatIsNotJSON: "not json\n" + text
            case .rowLengthPastTheRows: text.replacingOccurrences(of: "[4,4,4,4,4]}\nbbb", with: "[4,4,4,4,400]}\nbbb")
            }
        }
    }

    @Test(arguments: Damage.allCases) func readingStopsAtTheFirstDamagedRecord(_ damage: Damage) throws {
        let rows = ["aaa\n", "bbb\n", "ccc\n", "ddd\n", "eee\n"]
        let other = ["bbb\n", "ccc\n", "ddd\n", "eee\n", "fff\n"]
        let text = Self.record("a.txt", rows: rows) + Self.record("b.txt", rows: other)
        #expect(damage.apply(text) != text)
        try withStateFile(damage.apply(text)) { path in
            let state = try #require(PreviousImportState(path: path))
            #expect(state.paths.count == damage.kept)
            if damage.kept == 1 { #expect(state.rows(of: try #require(state.record(for: "a.txt"))) == rows.map { Array($0.utf8) }) }
        }
    }

    @Test func noStateFileMeansNothingToResume() {
        #expect(PreviousImportState(path: "/nonexistent/\(UUID().uuidString)/state") == nil)
    }
}

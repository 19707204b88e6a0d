import Foundation
import SOPKit
@testable import SOPKitCLI
import Testing

/// The command line keeps to the contract: commands, output formats, exit codes, messages.
@Suite(.serialized) struct CLITests {
    let seed = Fixtures.corpusFile("000")

    @Test func convertToEveryFormat() {
        for format in ["json", "markdown", "csv", "text", "html", "mermaid", "bpmn"] {
            let console = RecordingConsole()
            #expect(console.run(["convert", seed, "--to", format]) == 0, "\(format)")
            #expect(!console.output.isEmpty)
        }
    }

    @Test func convertExitsOneWhenAnInputHasErrors() {
        let console = RecordingConsole()
        #expect(console.run(["convert", Fixtures.corpusFile("017"), "--to", "json"]) == 1)
        #expect(console.error.contains("[SOP110]"))
    }

    @Test func usageErrorsExitTwo() {
        for arguments in [
            ["convert", seed, "--to", "xml"], ["convert", seed], ["convert", "--to", "json"], ["frobnicate"], [],
            ["convert", seed, "--to", "json", "--bogus"], ["validate", seed, "--format", "yaml"], ["import", "corpus"],
        ] {
            let console = RecordingConsole()
            #expect(console.run(arguments) == 2, "\(arguments)")
            #expect(!console.error.isEmpty, "\(arguments) explains itself")
        }
    }

    @Test func missingPathExitsTwoAndNamesIt() {
        let console = RecordingConsole()
        #expect(console.run(["validate", "corpus/no-such-file.txt"]) == 2)
        #expect(console.error.contains("corpus/no-such-file.txt"))
    }

    @Test func emptyAndBinaryInputsGetDiagnostics() throws {
        try withTemporaryFolder("sopkit-tests") { folder in
            let empty = folder.appendingPathComponent("empty.txt")
            let binary = folder.appendingPathComponent("binary.txt")
            try Data().write(to: empty)
            try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01, 0x02, 0x00]).write(to: binary)
            let console = RecordingConsole()
            #expect(console.run(["validate", empty.path, binary.path]) == 1)
            #expect(console.output.contains("empty.txt:0:0: error: [SOP004]"))
            #expect(console.output.contains("binary.txt:0:0: error: [SOP003]"))
        }
    }

    @Test func validateTextIsCompilerStyle() {
        let console = RecordingConsole()
        #expect(console.run(["validate", seed]) == 0)
        let first = console.output.split(separator: "\n").first ?? ""
        #expect(first.hasPrefix("\(seed):"))
        let parts = first.split(separator: ":", maxSplits: 4)
        #expect(Int(parts[1]) != nil && Int(parts[2]) != nil)
        #expect(first.contains(" [SOP"))
        #expect(console.error.contains("1 file, 1 SOP:"))
    }

    @Test func validateJSONAndStrict() throws {
        let console = RecordingConsole()
        #expect(console.run(["validate", seed, "--format", "json"]) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["files"] == 1 && summary["errors"] == 0)
        #expect(summary["warnings"]! > 0)
        let strict = RecordingConsole()
        #expect(strict.run(["validate", seed, "--strict"]) == 1)
    }

    @Test func standardInput() {
        let console = RecordingConsole(input: Fixtures.bytes(seed))
        #expect(console.run(["convert", "-", "--to", "csv"]) == 0)
        #expect(console.output.split(separator: "\r\n").count == 11)
    }

    @Test func outputFileAndFolder() throws {
        try withTemporaryFolder("sopkit-tests") { folder in
            let file = folder.appendingPathComponent("one.json")
            #expect(RecordingConsole().run(["convert", seed, "--to", "json", "-o", file.path]) == 0)
            #expect(try Data(contentsOf: file).count > 1000)
            let perInput = folder.appendingPathComponent("each/")
            #expect(RecordingConsole().run([
                "convert", seed, Fixtures.corpusFile("001"), "--to", "markdown", "-o", perInput.path + "/",
            ]) == 0)
            let names = try FileManager.default.contentsOfDirectory(atPath: perInput.path).sorted()
            #expect(names == ["000_7c0994d11aebd731.md", "001_e603b82cb368b190.md"])
        }
    }

    @Test func importWritesEverySOPAndAReport() throws {
        try withTemporaryFolder("sopkit-tests") { out in
            let console = RecordingConsole()
            let code = console.run(["import", "corpus", "--out", out.path])
            #expect(code == 1, "some corpus inputs have errors")
            let allInputs = (Fixtures.corpusInputs + Fixtures.corpusPDFs).sorted()
            #expect(console.output.hasPrefix("imported \(allInputs.count) files:"))
            let report = try #require(try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any])
            let inputs = try #require(report["inputs"] as? [[String: Any]])
            #expect(inputs.map { $0["file"] as? String } == allInputs.map { Optional($0) })
            for input in inputs {
                #expect(["ok", "warnings", "failed"].contains(input["status"] as? String))
            }
            let sops = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("sops").path)
            let sopCount = allInputs.reduce(0) { $0 + Fixtures.document($1).sops.count }
            #expect(sops.filter { $0.hasSuffix(".json") }.count == sopCount)
            #expect(sops.filter { $0.hasSuffix(".md") }.count == sopCount)
            #expect(sops.filter { $0.hasSuffix(".csv") }.count == sopCount)
            #expect(sops.filter { $0.hasSuffix(".html") }.count == sopCount)
            let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
            let links = sops.filter { $0.hasSuffix(".html") }.map { "<a href=\"sops/\($0)\">" }
            #expect(links.allSatisfy { index.contains($0) }, "the index links every SOP page")
            #expect(index.components(separatedBy: "<tr class=").count - 1 == sopCount)
            #expect(!sops.contains { $0.hasPrefix(".") }, "no temporary file left behind")
            let steps = try String(contentsOf: out.appendingPathComponent("steps.csv"), encoding: .utf8)
            let stepCount = allInputs.reduce(0) { $0 + Fixtures.document($1).sops.reduce(0) { $0 + $1.steps.count } }
            #expect(try CSVReader.rows(steps).count == stepCount + 1)
        }
    }

    @Test func importIsTheSameWhateverTheJobsAndResumes() throws {
        try withTemporaryFolder("sopkit-tests") { one in
            try withTemporaryFolder("sopkit-tests") { four in
                #expect(RecordingConsole().run(["import", "corpus", "--out", one.path, "--jobs", "1", "--quiet"]) == 1)
                let console = RecordingConsole()
                #expect(console.run(["import", "corpus", "--out", four.path, "--jobs", "4"]) == 1)
                let inputCount = Fixtures.corpusInputs.count + Fixtures.corpusPDFs.count
                #expect(console.error.contains("import: \(inputCount)/\(inputCount) files"))
                let names = try FileManager.default.subpathsOfDirectory(atPath: one.path).sorted()
                #expect(names == (try FileManager.default.subpathsOfDirectory(atPath: four.path).sorted()))
                for name in names where !FileSystemProbe.isDirectory(one.appendingPathComponent(name).path) {
                    #expect(FileManager.default.contents(atPath: one.appendingPathComponent(name).path)
                        == FileManager.default.contents(atPath: four.appendingPathComponent(name).path), "\(name)")
                }
                #expect(names.contains("report.md"))
                let resumed = RecordingConsole()
                #expect(resumed.run(["import", "corpus", "--out", one.path, "--resume", "--quiet"]) == 1)
                #expect(resumed.output.contains("\(inputCount) unchanged since the last run"))
                #expect(resumed.error.isEmpty)
                #expect(FileManager.default.contents(atPath: one.appendingPathComponent("index.html").path)
                    == FileManager.default.contents(atPath: four.appendingPathComponent("index.html").path), "the index after a resume")
                #expect(RecordingConsole().run(["import", "corpus", "--out", one.path, "--jobs", "0"]) == 2)
            }
        }
    }

    @Test func resumeAfterACrashCutTheStateImportsTheRestAgain() throws {
        try withTemporaryFolder("sopkit-tests") { complete in
            try withTemporaryFolder("sopkit-tests") { cut in
                #expect(RecordingConsole().run(["import", "corpus", "--out", complete.path, "--quiet"]) == 1)
                #expect(RecordingConsole().run(["import", "corpus", "--out", cut.path, "--quiet"]) == 1)
                let statePath = cut.appendingPathComponent(BatchImporter.stateFile).path
                let state = try #require(FileManager.default.contents(atPath: statePath))
                try Data(state.prefix(state.count / 2)).write(to: URL(fileURLWithPath: statePath))
                let resumed = RecordingConsole()
                #expect(resumed.run(["import", "corpus", "--out", cut.path, "--resume", "--quiet"]) == 1)
                let inputCount = Fixtures.corpusInputs.count + Fixtures.corpusPDFs.count
                let skipped = try #require(resumed.output.split(separator: ";").last?.split(separator: " ").first.flatMap { Int($0) })
                #expect(skipped > 0 && skipped < inputCount, "the inputs recorded before the cut are skipped, the others imported")
                let names = try FileManager.default.subpathsOfDirectory(atPath: complete.path).sorted()
                #expect(names == (try FileManager.default.subpathsOfDirectory(atPath: cut.path).sorted()))
                for name in names where !FileSystemProbe.isDirectory(complete.appendingPathComponent(name).path) {
                    #expect(FileManager.default.contents(atPath: complete.appendingPathComponent(name).path)
                        == FileManager.default.contents(atPath: cut.appendingPathComponent(name).path), "\(name)")
                }
            }
        }
    }

    @Test func foldersListTheirInputsButNotHiddenOnesOrLinkedFolders() throws {
        try withTemporaryFolder("sopkit-tests") { root in
            let manager = FileManager.default
            for folder in ["a/b", ".hidden", "real", "folder.txt"] {
                try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            for file in ["x.txt", ".h.txt", "a/y.TXT", "a/b/z.txt", ".hidden/w.txt", "real/r.txt", "other.md", "doc.Pdf"] {
                try Data("x".utf8).write(to: root.appendingPathComponent(file))
            }
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked").path,
                withDestinationPath: root.appendingPathComponent("real").path)
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder.txt").path,
                withDestinationPath: root.appendingPathComponent("real").path)
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked-file.txt").path,
                withDestinationPath: root.appendingPathComponent("x.txt").path)
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("broken.txt").path,
                withDestinationPath: root.appendingPathComponent("missing").path)
            let files = Array(try FileSystem.files(in: root.path, extensions: Inputs.extensions))
            let relative = files.map { String($0.dropFirst(root.path.count + 1)) }
            #expect(relative == ["a/b/z.txt", "a/y.TXT", "broken.txt", "doc.Pdf", "linked-file.txt", "real/r.txt", "x.txt"])
            #expect(Array(try FileSystem.files(in: root.path + "/", extensions: Inputs.extensions)) == files.map {
                root.path + "/" + $0.dropFirst(root.path.count + 1) })
            #expect(try FileSystem.files(in: root.appendingPathComponent("linked").path, extensions: Inputs.extensions).isEmpty,
                "a linked folder given as the folder lists nothing, as Foundation's enumerator did")
            #expect(throws: IOError.self) { try FileSystem.files(in: root.appendingPathComponent("missing").path, extensions: [".txt"]) }
        }
    }

    @Test func readingGivesTheBytesAndTheFingerprintOfTheFile() throws {
        try withTemporaryFolder("sopkit-tests") { folder in
            for size in [0, 1, 4095, 4096, 70_000] {
                let path = folder.appendingPathComponent("input-\(size).txt").path
                let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                let read = try FileSystem.readWithFingerprint(path)
                #expect(read.bytes == bytes)
                let fingerprint = try #require(FileSystem.fingerprint(path))
                #expect(read.fingerprint.size == fingerprint.size && read.fingerprint.modified == fingerprint.modified)
                #expect(fingerprint.size == size)
            }
            let missing = folder.appendingPathComponent("missing.txt").path
            #expect(throws: IOError.self) { try FileSystem.read(missing) }
            do throws(IOError) {
                _ = try FileSystem.read(missing)
            } catch {
                #expect(error.message == "cannot read '\(missing)': no such file or directory")
            }
        }
    }

    @Test func helpAndVersion() {
        let console = RecordingConsole()
        #expect(console.run(["--version"]) == 0)
        #expect(console.output.hasPrefix("sopkit "))
        for command in ["convert", "validate", "import"] {
            let help = RecordingConsole()
            #expect(help.run([command, "--help"]) == 0)
            #expect(help.output.contains("USAGE: sopkit \(command)"))
            let viaHelp = RecordingConsole()
            #expect(viaHelp.run(["help", command]) == 0)
            #expect(viaHelp.output == help.output)
        }
    }

    @Test func outputNamesAreSafe() {
        #expect(OutputNames.sanitise("../../etc/passwd") == "etc-passwd")
        #expect(OutputNames.sanitise("a\u{0}b\nc") == "a-b-c")
        #expect(OutputNames.sanitise("...") == "sop")
        #expect(OutputNames.sanitise(String(repeating: "x", count: 500)).utf8.count <= 100)
    }

    @Test func outputNamesAreUnique() {
        var used = OutputNames.UsedNames()
        used.insert("Given-Earlier")
        let stems = ["sop-a", "SOP-A", "sop-a-3", "sop-a", "sop-a", "given-earlier", "sop-b", "sop-a-2"]
        let names = stems.map { used.unique($0) }
        #expect(names == ["sop-a", "SOP-A-2", "sop-a-3", "sop-a-4", "sop-a-5", "given-earlier-2", "sop-b", "sop-a-2-2"])
    }

    @Test func uniqueNamesAgreeWithTheSearchThatHashedEachCandidateTwice() {
        var used = OutputNames.UsedNames()
        var reference = UniqueNamesReference()
        let stems = ["sop", "SOP", "sop-2", "Sop", "sop-3", "x", "x-2", "X", "", "é", "É", "sop-2-2", "sop-2", "a-b", "A-B"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2000 {
            let stem = round < stems.count ? stems[round] : stems.randomElement(using: &generator)!
            if round % 7 == 3 {
                let name = "\(stem)-\(round % 5 + 2)"
                used.insert(name)
                reference.insert(name)
            } else {
                #expect(used.unique(stem) == reference.unique(stem), "\(stem)")
            }
        }
    }

    /// `OutputNames.UsedNames.unique` as it was before each candidate was hashed once.
    struct UniqueNamesReference {
        private var used: Set<UInt64> = []
        private var nextSuffix: [UInt64: Int] = [:]

        mutating func unique(_ stem: String) -> String {
            let stemKey = OutputNames.UsedNames.key(stem)
            var counter = nextSuffix[stemKey] ?? 1
            var candidate = counter == 1 ? stem : "\(stem)-\(counter)"
            while used.contains(OutputNames.UsedNames.key(candidate)) {
                counter += 1
                candidate = "\(stem)-\(counter)"
            }
            used.insert(OutputNames.UsedNames.key(candidate))
            nextSuffix[stemKey] = counter + 1
            return candidate
        }

        mutating func insert(_ name: String) {
            used.insert(OutputNames.UsedNames.key(name))
        }
    }

    @Test func markdownRowsAgreeWithTheInterpolatedRow() {
        let all = EncodedDiagnosticsTests.diagnostics(file: "a.txt")
        let errors = all.filter { $0.severity == .error }
        let choices = [[], all.filter { $0.severity != .error }, Array(errors.prefix(1)), errors, all, Array(all.reversed())]
        let counts = [["sops": 0, "errors": 0, "warnings": 0], ["sops": 12, "errors": 345, "warnings": -1], [:]]
        for path in JSONWriterFastPathTests.paths + ["sop_*[x]*|`#`.txt", String(repeating: "é—’\u{A0}\t", count: 3000)] {
            for diagnostics in choices {
                for count in counts {
                    let row = BatchImporter.markdownRow(path, status: "warnings", counts: count, diagnostics: diagnostics)
                    let reference = Self.interpolatedMarkdownRow(path, status: "warnings", counts: count, diagnostics: diagnostics)
                    #expect(row == Array(reference.utf8), "\(path)")
                }
            }
        }
    }

    /// `BatchImporter.markdownRow` as it was before it appended bytes: the row interpolated into strings.
    static func interpolatedMarkdownRow(_ path: String, status: String, counts: [String: Int], diagnostics: [Diagnostic]) -> String {
        var row = "| \(MarkdownExporter.escape(path)) | \(status) | \(counts["sops"] ?? 0) | \(counts["errors"] ?? 0) | \(counts["warnings"] ?? 0) |"
        let errorCount = diagnostics.count(of: .error)
        if let first = diagnostics.first(where: { $0.severity == .error }) {
            let more = errorCount > 1 ? " (and \(errorCount - 1) more)" : ""
            row += " \(first.line):\(first.column) [\(first.code.rawValue)] \(MarkdownExporter.escape(first.message))\(more) |"
        } else {
            row += " |"
        }
        return row
    }

    @Test func thousandsOfSOPsWithOneNameGetConsecutiveSuffixes() {
        var used = OutputNames.UsedNames()
        let names = (0..<5000).map { _ in used.unique("pelayanan") }
        #expect(names.first == "pelayanan")
        #expect(names.last == "pelayanan-5000")
        #expect(Set(names).count == 5000)
    }
}

/// Folder checks for the tests.
enum FileSystemProbe {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// docs/RULES.md documents every diagnostic code with its name and severity.
@Suite struct RulesDocumentationTests {
    @Test(arguments: DiagnosticCode.allCases)
    func everyCodeIsDocumented(code: DiagnosticCode) throws {
        let rules = String(decoding: Fixtures.bytes("docs/RULES.md"), as: UTF8.self)
        let row = try #require(rules.split(separator: "\n").first { $0.hasPrefix("| \(code.rawValue) |") })
        #expect(row.contains("| \(code.title) |"))
        #expect(row.contains("| \(code.defaultSeverity.rawValue) |"))
    }
}

import Foundation
import SOPKit
@testable import SOPKitCLI
import Testing

/// Reads a SARIF log back with Foundation's JSON parser.
enum SARIFLog {
    /// The top-level object of `bytes`.
    static func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    /// The one run of `log`.
    static func run(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try #require(log["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    /// The rules of the run's driver.
    static func rules(_ run: [String: Any]) throws -> [[String: Any]] {
        let tool = try #require(run["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        return try #require(driver["rules"] as? [[String: Any]])
    }

    /// The run's results.
    static func results(_ run: [String: Any]) throws -> [[String: Any]] {
        try #require(run["results"] as? [[String: Any]])
    }

    /// The physical location of a result's first location.
    static func physicalLocation(_ result: [String: Any]) throws -> [String: Any] {
        let locations = try #require(result["locations"] as? [[String: Any]])
        try #require(locations.count == 1)
        return try #require(locations[0]["physicalLocation"] as? [String: Any])
    }
}

/// The SARIF log of `sopkit validate --format sarif`: valid JSON in SARIF 2.1.0's shape, one result per
/// diagnostic pointing at its rule, file, line and column, the same bytes every time.
@Suite struct SARIFTests {
    /// Corpus files with errors (004, 017), warnings and notes, and a whole-file note (012).
    static let inputs = ["000", "004", "012", "017"].map(Fixtures.corpusFile)

    @Test(arguments: inputs)
    func logHasOneResultPerDiagnostic(input: String) throws {
        let document = Fixtures.document(input)
        let log = try SARIFLog.object(SARIFExporter.export([document]))
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try SARIFLog.run(log)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        #expect(artifacts.count == 1)
        #expect((artifacts[0]["location"] as? [String: Any])?["uri"] as? String == input)
        #expect(artifacts[0]["sourceLanguage"] == nil)
        let rules = try SARIFLog.rules(run)
        let results = try SARIFLog.results(run)
        try #require(results.count == document.diagnostics.count, "\(input)")
        for (result, diagnostic) in zip(results, document.diagnostics) {
            let ruleIndex = try #require(result["ruleIndex"] as? Int)
            try #require(rules.indices.contains(ruleIndex))
            #expect(result["ruleId"] as? String == diagnostic.code.rawValue)
            #expect(rules[ruleIndex]["id"] as? String == diagnostic.code.rawValue)
            #expect(result["level"] as? String == diagnostic.severity.rawValue)
            #expect((result["message"] as? [String: Any])?["text"] as? String == diagnostic.message)
            let location = try SARIFLog.physicalLocation(result)
            let artifact = try #require(location["artifactLocation"] as? [String: Any])
            #expect(artifact["uri"] as? String == input)
            #expect(artifact["index"] as? Int == 0)
            let region = location["region"] as? [String: Any]
            if diagnostic.line == 0 {
                #expect(region == nil, "a whole-file diagnostic has no region")
            } else {
                #expect(region?["startLine"] as? Int == diagnostic.line)
                #expect(region?["startColumn"] as? Int == diagnostic.column)
            }
        }
    }

    @Test func rulesDescribeEveryCodeInCodeOrder() throws {
        let run = try SARIFLog.run(try SARIFLog.object(SARIFExporter.export([Fixtures.document(Self.inputs[0])])))
        let rules = try SARIFLog.rules(run)
        try #require(rules.count == DiagnosticCode.allCases.count)
        for (rule, code) in zip(rules, DiagnosticCode.allCases) {
            #expect(rule["id"] as? String == code.rawValue)
            #expect(rule["name"] as? String == code.title)
            #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == code.summary)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] as? String == code.summary)
            #expect(rule["helpUri"] as? String == "docs/RULES.md#" + code.rawValue.lowercased())
            let configuration = rule["defaultConfiguration"] as? [String: Any]
            #expect(configuration?["level"] as? String == code.defaultSeverity.rawValue)
        }
        let tool = try #require(run["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "sopkit")
        #expect(driver["version"] as? String == SOPKit.version)
        #expect(driver["semanticVersion"] as? String == SOPKit.version)
    }

    @Test func wholeFileDiagnosticHasNoRegion() throws {
        let document = Fixtures.document(text: "", file: "empty.txt")
        try #require(document.diagnostics.map(\.code) == [.emptyInput])
        let results = try SARIFLog.results(try SARIFLog.run(try SARIFLog.object(SARIFExporter.export([document]))))
        let location = try SARIFLog.physicalLocation(try #require(results.first))
        #expect(location["region"] == nil)
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "empty.txt")
        #expect(results.first?["level"] as? String == "error")
    }

    @Test func severalInputsGetOneArtifactEach() throws {
        let documents = [Fixtures.document(Self.inputs[0]), Fixtures.document(Self.inputs[3]),
                         Fixtures.document(Self.inputs[0])]
        let run = try SARIFLog.run(try SARIFLog.object(SARIFExporter.export(documents)))
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        let uris = artifacts.map { ($0["location"] as? [String: Any])?["uri"] as? String }
        #expect(uris == [Self.inputs[0], Self.inputs[3]], "an input given twice is one artifact")
        let results = try SARIFLog.results(run)
        #expect(results.count == documents.reduce(0) { $0 + $1.diagnostics.count })
        for result in results {
            let artifact = try #require(try SARIFLog.physicalLocation(result)["artifactLocation"] as? [String: Any])
            let index = try #require(artifact["index"] as? Int)
            #expect(uris[index] == artifact["uri"] as? String)
        }
    }

    @Test func artifactURIsArePercentEncoded() {
        #expect(SARIFExporter.uri(forPath: "corpus/000_7c0994d11aebd731.txt") == "corpus/000_7c0994d11aebd731.txt")
        #expect(SARIFExporter.uri(forPath: "sop baru/100%.txt") == "sop%20baru/100%25.txt")
        #expect(SARIFExporter.uri(forPath: "c:ü#1?.txt") == "c%3A%C3%BC%231%3F.txt")
        #expect(SARIFExporter.uri(forPath: "/tmp/sop.txt") == "file:///tmp/sop.txt")
        #expect(SARIFExporter.uri(forPath: "-") == "-")
    }

    @Test(arguments: DiagnosticCode.allCases)
    func everyCodeHasASummary(code: DiagnosticCode) {
        #expect(!code.summary.isEmpty)
        #expect(!code.summary.contains("\n"), "one line")
        #expect(code.summary.hasSuffix("."), "a sentence")
    }
}

/// `validate --format sarif` through the command line. These tests belong to the serialized CLI suite
/// because running a command changes the working directory.
extension CLITests {
    @Test func validateSARIFKeepsTheExitCodes() throws {
        let clean = RecordingConsole()
        #expect(clean.run(["validate", seed, "--format", "sarif"]) == 0)
        #expect(try SARIFLog.object(Array(clean.output.utf8))["version"] as? String == "2.1.0")
        #expect(clean.error.isEmpty, "the log alone, no summary line")
        #expect(RecordingConsole().run(["validate", Fixtures.corpusFile("017"), "--format", "sarif"]) == 1)
        let help = RecordingConsole()
        #expect(help.run(["validate", "--help"]) == 0)
        #expect(help.output.contains("text|json|sarif"))
    }

    @Test func validateSARIFStrictRaisesWarningsToErrors() throws {
        let plain = Fixtures.document(seed)
        let warnings = plain.diagnostics.count(of: .warning)
        try #require(warnings > 0)
        let console = RecordingConsole()
        #expect(console.run(["validate", seed, "--format", "sarif", "--strict"]) == 1)
        let run = try SARIFLog.run(try SARIFLog.object(Array(console.output.utf8)))
        let levels = try SARIFLog.results(run).map { $0["level"] as? String }
        #expect(!levels.contains("warning"))
        #expect(levels.filter { $0 == "error" }.count == plain.diagnostics.count(of: .error) + warnings)
        #expect(levels.filter { $0 == "note" }.count == plain.diagnostics.count(of: .note))
        let noPerformer = try SARIFLog.rules(run).first { $0["id"] as? String == DiagnosticCode.noPerformer.rawValue }
        #expect((noPerformer?["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning",
                "the rule keeps its default level; the result carries the raised one")
    }

    @Test func validateSARIFIsDeterministic() {
        let arguments = ["validate", seed, Fixtures.corpusFile("012"), Fixtures.corpusFile("017"), "--format", "sarif"]
        let first = RecordingConsole()
        let second = RecordingConsole()
        #expect(first.run(arguments) == 1)
        #expect(second.run(arguments) == 1)
        #expect(first.output == second.output)
        #expect(first.output.hasSuffix("}\n"))
        #expect(!first.output.contains(" \n"), "no trailing white space")
    }
}

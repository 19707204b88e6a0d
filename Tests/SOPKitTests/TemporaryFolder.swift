import Foundation
import Testing

/// Runs `body` with a new, empty folder in the system's temporary folder, named `prefix`, a dash and a
/// UUID, and removes the folder with everything in it once `body` has returned or thrown, so that a
/// test leaves nothing behind even when an expectation fails or it throws. The folder is the caller's
/// only while `body` runs: keep no path into it past the call. A folder that cannot be removed is
/// recorded as an issue of the running test.
func withTemporaryFolder<T>(_ prefix: String, _ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer {
        do {
            try FileManager.default.removeItem(at: folder)
        } catch {
            Issue.record("cannot remove the temporary folder \(folder.path): \(error)")
        }
    }
    return try body(folder)
}

/// `withTemporaryFolder` removes its folder, with the files, folders and links made in it, both when
/// the body returns and when it throws.
@Suite struct TemporaryFolderTests {
    /// The error the body throws.
    struct BodyError: Error {}

    /// Fills `folder` with a file, a nested folder holding a file, and a link to the nested folder.
    static func fill(_ folder: URL) throws {
        let nested = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("file.txt"))
        try Data("y".utf8).write(to: nested.appendingPathComponent("file.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link").path,
            withDestinationPath: nested.path)
    }

    @Test func theFolderIsRemovedWhenTheBodyReturnsAndWhenItThrows() throws {
        let returned = try withTemporaryFolder("sopkit-tests") { folder in
            #expect(FileSystemProbe.isDirectory(folder.path))
            #expect(folder.lastPathComponent.hasPrefix("sopkit-tests-"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
            try Self.fill(folder)
            return folder
        }
        #expect(!FileManager.default.fileExists(atPath: returned.path))
        var thrownFrom: URL?
        #expect(throws: BodyError.self) {
            try withTemporaryFolder("sopkit-tests") { folder in
                thrownFrom = folder
                try Self.fill(folder)
                throw BodyError()
            }
        }
        let thrown = try #require(thrownFrom)
        #expect(thrown != returned)
        #expect(!FileManager.default.fileExists(atPath: thrown.path))
    }
}

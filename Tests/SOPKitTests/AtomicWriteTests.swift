import Foundation
@testable import SOPKitCLI
import Testing

/// `FileSystem.writeAtomically` puts the whole file in place or nothing, and leaves no other file in
/// the folder, whether the file is new or replaces one, through an anonymous file or a temporary name.
struct AtomicWriteTests {
    /// The names in `folder`, hidden ones included, sorted.
    func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// The permission bits of the file at `path`.
    func permissions(_ path: String) -> mode_t {
        var information = stat()
        #expect(stat(path, &information) == 0)
        return information.st_mode & 0o777
    }

    @Test(arguments: [true, false])
    func aNewFileHoldsTheBytesUnderItsNameAlone(anonymousFile: Bool) throws {
        try withTemporaryFolder("atomic-write") { folder in
            let path = folder.appendingPathComponent("sop.json").path
            let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
            try FileSystem.writeAtomically(bytes, to: path, anonymousFile: anonymousFile)
            #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
            #expect(try names(in: folder) == ["sop.json"])
            let reference = folder.appendingPathComponent("reference").path
            let descriptor = open(reference, O_WRONLY | O_CREAT, 0o644)
            close(descriptor)
            #expect(permissions(path) == permissions(reference), "the same mode as a file created the usual way")
        }
    }

    @Test(arguments: [true, false])
    func anExistingFileIsReplacedWhole(anonymousFile: Bool) throws {
        try withTemporaryFolder("atomic-write") { folder in
            let path = folder.appendingPathComponent("sop.html").path
            try FileSystem.writeAtomically(Array("old content, longer than the new".utf8), to: path, anonymousFile: anonymousFile)
            try FileSystem.writeAtomically(Array("new".utf8), to: path, anonymousFile: anonymousFile)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
            try FileSystem.writeAtomically([], to: path, anonymousFile: anonymousFile)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
            #expect(try names(in: folder) == ["sop.html"])
        }
    }

    @Test(arguments: [true, false])
    func aFailedWriteNamesThePathAndLeavesNothing(anonymousFile: Bool) throws {
        try withTemporaryFolder("atomic-write") { folder in
            let missing = folder.appendingPathComponent("missing/sop.csv").path
            #expect(throws: IOError.self) { try FileSystem.writeAtomically([1, 2, 3], to: missing, anonymousFile: anonymousFile) }
            let taken = folder.appendingPathComponent("taken")
            try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: false)
            do {
                try FileSystem.writeAtomically([1, 2, 3], to: taken.path, anonymousFile: anonymousFile)
                Issue.record("a folder cannot be replaced by a file")
            } catch let error as IOError {
                #expect(error.message.hasPrefix("cannot write '\(taken.path)'"))
            }
            #expect(try names(in: folder) == ["taken"])
            #expect(try names(in: taken).isEmpty)
        }
    }

    @Test(arguments: [
        ("out/sops/a.json", "out/sops"), ("a.json", "."), ("/a.json", "/"), ("/tmp/a.json", "/tmp"), ("a//b", "a/"),
    ])
    func theFolderOfAPathIsUpToItsLastSlash(path: String, folder: String) {
        #expect(FileSystem.folder(of: path) == folder)
    }
}

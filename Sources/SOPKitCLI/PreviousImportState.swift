import Foundation

/// The state file of the previous run of an import, for `--resume`. When the run starts only the
/// place of each input's header line is indexed; an input's header and batch rows stay in the file and
/// are read back when that input comes up, so a resumed run holds little more than a fresh one (the
/// records of 20,000 inputs are about 200 MB, and held in memory as parsed entries they took 665 MB).
///
/// The file is unlinked once it is open: the new run writes its own state file under the same name,
/// and this one stays readable through its descriptor until the run ends.
final class PreviousImportState: @unchecked Sendable {
    /// One input's record: what decides whether it can be reused, and where its rows are.
    struct Record {
        var input: BatchImporter.RecordedInput
        /// Where the input's five batch rows start in the file.
        var rowsOffset: Int
        /// The byte lengths of its rows: sops.csv, steps.csv, report.json, report.md, index.html.
        var rowLengths: [Int]
    }

    /// Where each input's record is, by input path: the offset and length of its header line.
    private let headers: [String: (offset: Int, length: Int)]
    private let descriptor: Int32

    /// Indexes the state file at `path`; nil when there is none or it cannot be opened. Reading stops
    /// at the first record that is incomplete (cut by a crash) or unreadable; the inputs after it are
    /// imported again.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var information = stat()
        guard fstat(descriptor, &information) == 0 else {
            close(descriptor)
            return nil
        }
        unlink(path)
        self.descriptor = descriptor
        headers = Self.index(descriptor, fileSize: Int(information.st_size))
    }

    deinit { close(descriptor) }

    /// The paths of the inputs recorded, in no particular order.
    var paths: Dictionary<String, (offset: Int, length: Int)>.Keys { headers.keys }

    /// The record of the input at `path`, or nil when there is none or it cannot be read back. Only the
    /// header offsets are held between the index and this call, so that the index stays small.
    func record(for path: String) -> Record? {
        guard let header = headers[path], let bytes = Self.read(descriptor, at: header.offset, count: header.length),
            let record = Self.record(header: bytes, at: header.offset)
        else { return nil }
        return record
    }

    /// The five batch rows of `record`, or nil when they cannot be read back.
    func rows(of record: Record) -> [[UInt8]]? {
        var rows: [[UInt8]] = []
        var offset = record.rowsOffset
        for length in record.rowLengths {
            guard let row = Self.read(descriptor, at: offset, count: length) else { return nil }
            rows.append(row)
            offset += length
        }
        return rows
    }

    /// The record whose header line (without its line feed) is `header`, found at `offset`.
    private static func record(header: [UInt8], at offset: Int) -> Record? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(header)) as? [String: Any],
            let file = object["file"] as? String, let modified = object["modified"] as? Int,
            let size = object["size"] as? Int, let outputs = object["outputs"] as? [String],
            let names = object["names"] as? [String], let status = object["status"] as? String,
            let counts = object["counts"] as? [String: Int], let lengths = object["rowLengths"] as? [Int],
            lengths.count == 5, lengths.allSatisfy({ $0 >= 0 })
        else { return nil }
        return Record(
            input: BatchImporter.RecordedInput(
                path: file, modified: modified, size: size, outputs: outputs, names: names, status: status,
                counts: counts),
            rowsOffset: offset + header.count + 1, rowLengths: lengths)
    }

    /// Where the records of the file open at `descriptor`, of `fileSize` bytes, are: a JSON header line
    /// each (see `BatchImporter.stateRecord`), then its rows and a line feed.
    private static func index(_ descriptor: Int32, fileSize: Int) -> [String: (offset: Int, length: Int)] {
        var headers: [String: (offset: Int, length: Int)] = [:]
        var start = 0
        while start < fileSize, let header = line(descriptor, at: start, size: fileSize),
            let record = record(header: header, at: start)
        {
            let (rowsEnd, overflow) = record.rowLengths.reduce((record.rowsOffset, false)) { sum, length in
                let (total, overflow) = sum.0.addingReportingOverflow(length)
                return (total, sum.1 || overflow)
            }
            guard !overflow, rowsEnd < fileSize, read(descriptor, at: rowsEnd, count: 1) == [0x0A] else { break }
            headers[record.input.path] = (start, header.count)
            start = rowsEnd + 1
        }
        return headers
    }

    /// The bytes from `offset` up to the next line feed (not included), or nil when the file ends first.
    private static func line(_ descriptor: Int32, at offset: Int, size: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = 4096
        while offset + bytes.count < size {
            let count = min(chunk, size - offset - bytes.count)
            guard let read = read(descriptor, at: offset + bytes.count, count: count) else { return nil }
            if let end = read.firstIndex(of: 0x0A) {
                return bytes + read[..<end]
            }
            bytes += read
            chunk *= 2
        }
        return nil
    }

    /// Exactly `count` bytes at `offset`, or nil on an error or a short file.
    private static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            while initialized < count {
                let result = pread(descriptor, buffer.baseAddress! + initialized, count - initialized, off_t(offset + initialized))
                if result > 0 {
                    initialized += result
                } else if result < 0, errno == EINTR {
                    continue
                } else {
                    failed = true
                    return
                }
            }
        }
        return failed ? nil : bytes
    }
}

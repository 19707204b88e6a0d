import SOPKit

/// The libFuzzer entry point: decodes and parses the bytes, validates the result and runs every
/// exporter, then re-reads the canonical text export. Any crash, sanitizer report or hang is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let document = Validator.validate(SOPKit.parse(bytes, file: "fuzz.txt"))
    for format in ExportFormat.allCases {
        _ = SOPKit.export(document, as: format)
    }
    _ = SARIFExporter.export([document])
    _ = ValidationReport.json([document])
    let text = SOPKit.export(document, as: .text)
    _ = Validator.validate(SOPKit.parse(text, file: "fuzz-text.txt"))
    return 0
}

/// libFuzzer's driver, which reads the command line and runs the fuzzing loop.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The program's entry point. The package manager links an executable target's entry point
/// under this name, so it hands the command line to libFuzzer's driver.
@_cdecl("SOPKitFuzz_main")
public func fuzzerMain(
    _ argc: CInt,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}

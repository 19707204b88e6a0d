import Foundation
import SOPKit
import Testing

/// Hostile input gets a diagnostic and the contract's exit code, never a crash or a hang.
@Suite struct HostileInputTests {
    func document(_ bytes: [UInt8]) -> SOPDocument {
        Validator.validate(SOPKit.parse(bytes, file: "hostile.txt"))
    }

    func codes(_ bytes: [UInt8]) -> Set<DiagnosticCode> { Set(document(bytes).diagnostics.map(\.code)) }

    @Test func tooLargeIsRefused() {
        let bytes = [UInt8](repeating: 0x41, count: TextDecoder.maximumInputBytes + 1)
        let document = document(bytes)
        #expect(document.sops.isEmpty)
        #expect(document.diagnostics.map(\.code) == [.inputTooLarge])
    }

    @Test func veryLongLineIsCutAndReported() {
        let line = "1\tMenerima " + String(repeating: "x", count: 5 * 1024 * 1024) + "\t1 jam"
        let bytes = Array(("No\tKegiatan\tStaf\tWaktu\n" + line + "\n").utf8)
        let document = document(bytes)
        let cut = document.diagnostics.filter { $0.code == .lineTooLong }
        #expect(cut.map(\.line) == [2])
        #expect(cut.first?.severity == .error)
        #expect(document.sops.first?.steps.first?.activity.utf8.count ?? .max <= SourceText.maximumLineLength)
    }

    @Test func twoHundredThousandTabs() {
        let bytes = Array(("No\tKegiatan\tStaf\tWaktu\n1\tMenerima berkas" + String(repeating: "\t", count: 200_000) + "1 jam\n").utf8)
        let document = document(bytes)
        #expect(document.sops.count == 1)
        #expect(document.diagnostics.contains { $0.code == .lineTooLong })
    }

    @Test func unclosedAndNestedHTML() {
        let html = String(repeating: "<p><b><ol><li><ul><li>", count: 2000) + String(repeating: "<", count: 5000)
        let bytes = Array(("No\tKegiatan\tStaf\tWaktu\n1\t" + html + " Menerima\t\t1 jam\n2\t<b>x<ol><li>y</b\t\t1 jam\n").utf8)
        let document = document(bytes)
        #expect(document.sops.first?.steps.count == 2)
    }

    @Test func invalidUTF8AndUTF16WithoutBOM() {
        #expect(codes(Array("Nomor SOP\t: 1\n".utf8) + [0xE9, 0xFF, 0xFE, 0x0A]).contains(.decodedAsWindows1252))
        let utf16 = Array("Nomor SOP\t: 1\nNo\tKegiatan\tStaf\tWaktu\n1\tMenerima\t\t1 jam\n".utf16)
            .flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(codes(utf16).contains(.decodedAsUTF16WithoutBOM))
    }

    @Test func binaryAndEmpty() {
        #expect(codes([0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10, 0x11]) == [.binaryInput])
        #expect(codes([]) == [.emptyInput])
    }

    @Test func manyStepsAndContinuationLinesStayLinear() {
        var text = "No\tKegiatan\tKepala Dinas\tStaf\tKelengkapan\tWaktu\tOutput\n"
        for number in 1...3000 {
            text += "\(number)\tMenerima berkas dan meneruskan kepada Staf, jika tidak lengkap dikembalikan\t\t\tBerkas\t1 jam\tBerkas\n"
        }
        let document = document(Array(text.utf8))
        #expect(document.sops.first?.steps.count == 999)
    }

    @Test func ocrGarbage() {
        var text = ""
        var seed: UInt64 = 7
        for number in 1...2000 {
            var words: [String] = []
            for _ in 0..<8 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                words.append(String(repeating: "qzx|;1", count: Int(seed >> 61) + 1))
            }
            text += "\(number). | " + words.joined(separator: " ") + "\n"
        }
        let document = document(Array(text.utf8))
        #expect(document.diagnostics.contains { $0.severity == .error })
    }
}

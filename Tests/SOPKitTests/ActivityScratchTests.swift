@testable import SOPKit
import Testing

/// The performer inference reads activities into buffers kept from SOP to SOP (`ActivityScratch`):
/// what it infers for an SOP must not depend on the SOPs read before it, and a scratch grown for a very
/// long activity is not kept.
@Suite struct ActivityScratchTests {
    /// SOPs whose activities are empty, short and long, in capitals, with tabs, NBSP, an em dash, a
    /// curly apostrophe, "é", digits, "&", conditions and hand-offs, and one activity much longer than
    /// the others.
    static let sops: [SOP] = {
        let roles = [
            ["Kepala Dinas", "Sekretaris", "Kasubag PPMEP", "Staf"], ["Camat", "Kasi Pelayanan", "Staf", "Pemohon"],
            ["Kepala\u{A0}Dinas", "Kabid KL", "Staf’s"],
        ]
        let activities = [
            ["Kepala Dinas memberi disposisi kepada Sekretaris", "Memerintahkan Kasubag PPMEP", "Mengetik konsep surat",
             "Memeriksa konsep, jika tidak lengkap dikembalikan kepada Staf", "Menandatangani surat", ""],
            ["Mengajukan permohonan izin", "MENERIMA berkas\tpermohonan dari Pemohon", "Kasi Pelayanan — memverifikasi berkas",
             String(repeating: "Menyampaikan laporan kepada Camat melalui Kasi Pelayanan ", count: 60), "Mengarsipkan berkas & café"],
            ["Kabid KL menyampaikan kepada Kepala\u{A0}Dinas", "Diparaf oleh Staf’s", "x1 Y2 apabila belum sesuai diperbaiki"],
        ]
        return roles.indices.map { index in
            SOP(
                id: "s\(index)", roles: roles[index],
                steps: activities[index].enumerated().map { Step(number: $0.offset + 1, activity: $0.element, line: $0.offset + 1) },
                source: SourceRange(file: "t", startLine: 1, endLine: activities[index].count))
        }
    }()

    @Test func inferenceDoesNotDependOnTheSOPsBefore() {
        let alone = Self.sops.map { PerformerInference.infer($0) }
        for order in [Array(Self.sops.indices), Self.sops.indices.reversed(), [2, 0, 1, 2, 1, 0]] {
            for index in order {
                #expect(PerformerInference.infer(Self.sops[index]) == alone[index], "\(order) \(index)")
            }
        }
    }

    /// However large the scratches kept are grown, one taken has room for at most `largestKeptText` bytes.
    @Test func scratchGrownPastTheBoundIsNotKept() {
        var scratch = ActivityScratch.take()
        scratch.reading.reread(String(repeating: "Kepala Dinas ", count: ActivityScratch.largestKeptText / 8))
        #expect(scratch.reading.folded.capacity > ActivityScratch.largestKeptText)
        ActivityScratch.keep(scratch)
        #expect(ActivityScratch.take().reading.folded.capacity <= ActivityScratch.largestKeptText)
    }

    /// However many tokens the scratches kept were read into, one taken has room for at most
    /// `largestKeptTokenCount` of them, though its text was within `largestKeptText` bytes.
    @Test func scratchWithRoomForTooManyTokensIsNotKept() {
        var scratch = ActivityScratch.take()
        // Two bytes a word, no word repeating the one before it (which would be kept once), and room for
        // five tokens a word: more tokens than the bound.
        let text = String(repeating: "a b ", count: ActivityScratch.largestKeptText / 8)
        scratch.reading.reread(text)
        scratch.tokens.reread(scratch.reading)
        #expect(scratch.reading.folded.capacity <= ActivityScratch.largestKeptText)
        #expect(scratch.tokens.tokenCount == ActivityScratch.largestKeptText / 4)
        #expect(scratch.tokens.tokenRoom > ActivityScratch.largestKeptTokenCount)
        ActivityScratch.keep(scratch)
        #expect(ActivityScratch.take().tokens.tokenRoom <= ActivityScratch.largestKeptTokenCount)
    }
}

@testable import SOPKit
import Testing

/// A short ASCII token the class cache has noted whole (`OCRToken.ClassCache.notedTokens`) is read as
/// a copy of the noted token moved to its offset: the tokens of a line read with a cache agree with
/// the scalar-by-scalar reference tokenizer and with the line read on its own (texts, offsets, kinds,
/// `plainKnownWord`), and a short token's text is still a string of its own, however full the cache
/// is: the same word at other offsets of a line and in other lines, more distinct words in one line
/// than the cache has room for (nothing noted is forgotten while a line is read), tokens of 15 and 16
/// bytes, units and amounts, bytes beyond ASCII (é, —, ’, NBSP), tabs, empty lines and a very long line.
@Suite struct OCRTokenNotedTokensTests {
    static let lines: [String] = [
        "", "dokumen dokumen  dokumen\tdokumen", "Dokumen DOKUMEN dokumen", "1 iam 2 jam ljam 1jam 0,5hari menit|",
        "1. | Memberi | 10 | menit |", "abcdefghijklmno abcdefghijklmnop abcdefghijklmno abcdefghijklmnop",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g", "é dokumen é—surat ’dokumen’ a\u{A0}b",
        "\t\tsurat  keputusan ", String(repeating: "Pengumpulan data | 1 jam ", count: 400), "Pencumpulan Ihdikator LA(KIP",
    ]

    /// Each token's text, offset, kind and `plainKnownWord`, and whether its text is a string of its own.
    static func described(_ tokens: [OCRToken]) -> [String] {
        tokens.map { token in
            let isOwn = token.text.base.utf8.count == token.text.utf8.count
            return "\(token.text)@\(token.offset):\(token.kind):\(String(describing: token.plainKnownWord)):\(isOwn)"
        }
    }

    @Test(arguments: [0, 4, 8, 64, OCRToken.ClassCache.fileSlotCount]) func notedTokensAgreeWithTheReference(_ slotCount: Int) {
        var classes = OCRToken.ClassCache(slotCount: slotCount)
        for _ in 0..<3 {
            for line in Self.lines {
                let tokens = OCRToken.scan(of: line, classes: &classes).tokens
                #expect(OCRFrontBytesTests.same(tokens, OCRFrontBytesTests.tokensByScalars(line)), "\(line.prefix(40))")
                #expect(Self.described(tokens) == Self.described(OCRToken.tokens(of: line)), "\(line.prefix(40))")
            }
        }
    }

    @Test func shortTokensAreNotedWholeAtOffsetZero() {
        var classes = OCRToken.ClassCache(slotCount: 64)
        _ = OCRToken.scan(of: "surat  surat 1jam abcdefghijklmnop é", classes: &classes)
        let noted = classes.notedTokens
        #expect(noted.map { String($0.text) } == ["surat", "1jam"])
        #expect(noted.allSatisfy { $0.offset == 0 && $0.text.base.utf8.count == $0.text.utf8.count })
        #expect(noted.map(\.kind) == [.word, .amount(1, .hour)])
    }

    @Test func aFullCacheKeepsItsTokensUntilTheNextLine() {
        var classes = OCRToken.ClassCache(slotCount: 4)
        let first = OCRToken.scan(of: "satu dua tiga empat lima satu dua tiga", classes: &classes).tokens
        #expect(classes.notedTokens.map { String($0.text) } == ["satu", "dua", "tiga"])
        #expect(first.map(\.offset) == [0, 5, 9, 14, 20, 25, 30, 34])
        #expect(Self.described(first) == Self.described(OCRToken.tokens(of: "satu dua tiga empat lima satu dua tiga")))
        let second = OCRToken.scan(of: "enam satu", classes: &classes).tokens
        #expect(classes.notedTokens.map { String($0.text) } == ["enam", "satu"])
        #expect(Self.described(second) == Self.described(OCRToken.tokens(of: "enam satu")))
    }

    /// The pass writes a noted token straight where the line's tokens go (`copyNotedToken`): a copy of
    /// the noted token, its text a string of its own, moved to the offset given; the others are cut
    /// after the pass. Lines whose tokens are all copies, partly copies (a long token, a token beyond
    /// ASCII, a token noted on the way) and none.
    @Test(arguments: [
        ("satu dua", 1, 7, "dua", .word, true),
        ("surat 1jam", 1, 40, "1jam", .amount(1, .hour), nil),
        ("| x", 0, 0, "|", .pipe, nil),
    ] as [(String, UInt32, Int, String, OCRToken.Kind, Bool?)])
    func aNotedTokenIsCopiedToItsOffset(
        _ line: String, _ index: UInt32, _ offset: Int, _ text: String, _ kind: OCRToken.Kind, _ plainKnownWord: Bool?
    ) {
        var classes = OCRToken.ClassCache(slotCount: 64)
        _ = OCRToken.scan(of: line, classes: &classes)
        withUnsafeTemporaryAllocation(of: OCRToken.self, capacity: 1) { room in
            classes.copyNotedToken(index, to: room.baseAddress!, offset: offset)
            let copy = room[0]
            #expect(copy.text == text && copy.offset == offset && copy.kind == kind && copy.plainKnownWord == plainKnownWord)
            #expect(copy.text.base.utf8.count == copy.text.utf8.count)
            room.baseAddress!.deinitialize(count: 1)
        }
    }

    @Test(arguments: [
        "dua dua dua", "dua abcdefghijklmnop dua", "dua é dua", "satu dua satu tiga", "é—surat ’dokumen’", "x",
    ]) func copiedAndCutTokensOfALineAgreeWithALineReadOnItsOwn(_ line: String) {
        var classes = OCRToken.ClassCache(slotCount: 64)
        _ = OCRToken.scan(of: "dua satu", classes: &classes)
        let scanned = OCRToken.scan(of: line, classes: &classes).tokens
        let inStore = OCRLine(number: 1, text: line, classes: &classes).tokens
        #expect(Self.described(scanned) == Self.described(OCRToken.tokens(of: line)))
        #expect(Self.described(Array(inStore)) == Self.described(OCRToken.tokens(of: line)))
    }

    /// The room for a line's tokens: half its bytes, rounded up, and one for an empty line; lines of
    /// one-byte tokens fill it.
    @Test(arguments: [(0, 1), (1, 1), (2, 1), (3, 2), (4, 2), (59, 30), (60, 30)])
    func theTokenRoomHoldsTheMostTokensOfALine(_ byteCount: Int, _ capacity: Int) {
        #expect(OCRToken.tokenRoomCapacity(byteCount: byteCount) == capacity)
        let fullest = (0..<capacity).map { _ in "a" }.joined(separator: " ")
        if fullest.utf8.count == byteCount || fullest.utf8.count + 1 == byteCount {
            #expect(OCRToken.tokens(of: fullest).count == capacity)
        }
    }
}

/// Cleans the bytes of one cell: removes the HTML formatting tags that Word-to-HTML exports leave
/// (`<p …>`, `<b>`, `<ol …>`, `<ul …>`, `<li>`, `<br>`, closing tags), keeps list items as items,
/// decodes character entities and folds white space. Unknown tags (`<script>`, `<img …>`) are text.
enum CellCleaner {
    /// The longest tag SOPKit strips; a `<` without `>` within this many bytes is text.
    static let maximumTagLength = 1024

    /// Cleans `bytes[range]`, a cell starting at 1-based `column`; `isKnownClean` tells that the
    /// caller found the cell already clean (`isAlreadyClean`), so that its bytes are taken as they are
    /// and its text is known to be collapsed (`Cell.isKnownCollapsed`).
    static func clean(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int, isKnownClean: Bool
    ) -> Cell {
        // Two tabs side by side (42% of the cells of tabular text): nothing to decode.
        guard !range.isEmpty else { return Cell(text: "", line: line, column: column) }
        if isKnownClean {
            let text = String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[range]))
            return Cell(collapsedText: text, line: line, column: column)
        }
        // Most cells that need cleaning (87% of them in the benchmark sample) hold no markup: only white
        // space to fold, done without the markup writer.
        if !hasMarkup(bytes, range) {
            return Cell(text: foldingWhiteSpace(bytes, range), line: line, column: column)
        }
        return cleanMarkup(bytes, range, line: line, column: column)
    }

    /// The cell of `bytes[range]`, a non-empty cell with markup (`hasMarkup`): one pass that writes the
    /// cleaned bytes into one buffer on the stack (`MarkupWriter`), copying each run of plain text whole,
    /// and makes the cell's strings from ranges of that buffer. The cleaned text is never longer than
    /// the cell's bytes (every byte written beyond a copied one stands for at least one byte read and
    /// dropped), so the buffer is sized from them with room to spare.
    static func cleanMarkup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int) -> Cell {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count * 2 + 16) { storage in
            var writer = MarkupWriter(storage: storage)
            var index = range.lowerBound
            let end = range.upperBound
            while index < end {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "<"):
                    if let (tag, next) = Tag.read(bytes, at: index, end: end) {
                        writer.apply(tag)
                        index = next
                    } else {
                        writer.append(bytes, index..<(index + 1))
                        index += 1
                    }
                case UInt8(ascii: "&"):
                    if let (scalar, next) = Entity.read(bytes, at: index, end: end) {
                        if scalar == "\u{A0}" || scalar == " " {
                            writer.pendingSpace = true
                        } else {
                            writer.append(scalar)
                        }
                        index = next
                    } else {
                        writer.append(bytes, index..<(index + 1))
                        index += 1
                    }
                case 0x00...0x20, 0x7F:
                    writer.pendingSpace = true
                    index += 1
                case 0xC2 where index + 1 < end && bytes[index + 1] == 0xA0:
                    writer.pendingSpace = true
                    index += 2
                default:
                    let runEnd = plainRunEnd(bytes, from: index + 1, end: end)
                    writer.append(bytes, index..<runEnd)
                    index = runEnd
                }
            }
            return writer.cell(line: line, column: column)
        }
    }

    /// Where the run of plain text that continues at `start` ends (at most `end`): bytes that are neither
    /// white space, control bytes, "<", "&" nor 0xC2, and single spaces between two such bytes, which
    /// clean to themselves when the byte before `start` was written. Eight bytes are taken at a time
    /// when none needs cleaning, no two spaces touch and the last is no space.
    static func plainRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        let base = UnsafeRawPointer(bytes.baseAddress)
        while index < end {
            if index + 8 <= end, let base {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let spaces = SourceText.zeroBytes(word ^ 0x2020_2020_2020_2020)
                if !needsCleaning(word), spaces & (spaces << 8) == 0, spaces & 0x8000_0000_0000_0000 == 0 {
                    index += 8
                    continue
                }
            }
            if isPlain(bytes[index]) {
                index += 1
            } else if bytes[index] == 0x20, index + 1 < end, isPlain(bytes[index + 1]) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// Whether `byte` cleans to itself wherever it stands: not white space or a control byte, "<", "&"
    /// or 0xC2 (which may start a no-break space).
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != 0x7F && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&") && byte != 0xC2
    }

    /// Whether `bytes[range]` holds a byte that may start a tag, an entity or a no-break space: "<", "&"
    /// or 0xC2. A cell without one needs no more than `foldingWhiteSpace`. Eight bytes are looked at a
    /// time; the bytes left over at the end one by one.
    static func hasMarkup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= range.upperBound {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if SourceText.hasByte(word, UInt8(ascii: "<")) || SourceText.hasByte(word, UInt8(ascii: "&"))
                    || SourceText.hasByte(word, 0xC2)
                {
                    return true
                }
                index += 8
            }
        }
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0xC2 { return true }
            index += 1
        }
        return false
    }

    /// The cleaned text of a cell without markup (`hasMarkup` false): its runs of white space (bytes up
    /// to 0x20, and 0x7F) folded into single spaces and dropped at both ends, written straight into the
    /// string's storage; the text `cleanMarkup` makes of such a cell, without its buffer.
    static func foldingWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { text in
            SeparatorFolding.fold(UnsafeBufferPointer(rebasing: bytes[range]), into: text) { $0 <= 0x20 || $0 == 0x7F }
        }
    }

    /// True when the cell (a non-empty `range`) needs no work and its text is collapsed
    /// (`TextFolding.isCollapsed`): no tag, entity, control byte, no-break space, no 0xE2 or 0xE3 (which
    /// may start another Unicode space), and no leading, trailing or doubled space. Eight bytes are
    /// looked at a time; the bytes left over at the end one by one.
    static func isAlreadyClean(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if bytes[range.lowerBound] == 0x20 || bytes[range.upperBound - 1] == 0x20 { return false }
        var previousWasSpace = false
        var index = range.lowerBound
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= range.upperBound {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if needsCleaning(word) || SourceText.hasByte(word, 0xE2) || SourceText.hasByte(word, 0xE3) { return false }
                // The top bit of each space byte: a space right after a space, in the word or across
                // the word's start, is a doubled space.
                let spaces = SourceText.zeroBytes(word ^ 0x2020_2020_2020_2020)
                if spaces & (spaces << 8) != 0 || previousWasSpace && spaces & 0x80 != 0 { return false }
                previousWasSpace = spaces & 0x8000_0000_0000_0000 != 0
                index += 8
            }
        }
        while index < range.upperBound {
            let byte = bytes[index]
            index += 1
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            if byte < 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0xC2 || byte == 0x7F
                || byte == 0xE2 || byte == 0xE3
            {
                return false
            }
        }
        return true
    }

    /// Whether one of the eight bytes of `word` makes a cell need cleaning: a control byte (below
    /// 0x20, or 0x7F), "<", "&", or 0xC2 (which starts a no-break space). A byte below 0x20 is found
    /// as one whose subtraction of 0x20 borrows; exact for the question whether any byte is one.
    @inline(__always)
    static func needsCleaning(_ word: UInt64) -> Bool {
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        let hasControl = (word &- lowBits &* 0x20) & ~word & 0x8080_8080_8080_8080 != 0
        return hasControl || SourceText.hasByte(word, UInt8(ascii: "<")) || SourceText.hasByte(word, UInt8(ascii: "&"))
            || SourceText.hasByte(word, 0x7F) || SourceText.hasByte(word, 0xC2)
    }

    /// The top bit of each byte of `word`, eight ASCII bytes (none above 0x7F), that cleans to itself
    /// as far as `needsCleaning` tells: neither a control byte (below 0x20, or 0x7F) nor "<" nor "&";
    /// no other bit. Every byte is below 0x80, so no sum below carries out of its byte: adding 1 and
    /// dropping the top bit takes 0x7F to 0 and a control byte to 1...0x20, which alone stay below
    /// 0x80 when 0x5F is added; a byte's XOR with "<" or "&" plus 0x7F reaches 0x80 unless it is 0.
    @inline(__always)
    static func plainASCIIBytes(_ word: UInt64) -> UInt64 {
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        let noControl = ((word &+ lowBits) & 0x7F7F_7F7F_7F7F_7F7F) &+ lowBits &* 0x5F
        let noLessThan = (word ^ lowBits &* UInt64(UInt8(ascii: "<"))) &+ lowBits &* 0x7F
        let noAmpersand = (word ^ lowBits &* UInt64(UInt8(ascii: "&"))) &+ lowBits &* 0x7F
        return noControl & noLessThan & noAmpersand & 0x8080_8080_8080_8080
    }

    /// Writes the cleaned bytes of a cell with markup into `storage`: first the lead text, then, once a
    /// list opens, each list item, a space before every item that follows text. The cell's text is then
    /// the whole written range, its lead text the part before the list and its items ranges after it.
    private struct MarkupWriter {
        let storage: UnsafeMutableBufferPointer<UInt8>
        /// How many bytes are written.
        var count = 0
        /// Where the lead text ends, once a list opened.
        var leadEnd = 0
        /// Where the item being written starts (when `inList`); it is empty while `count` is there.
        var itemStart = 0
        /// The ranges of the finished list items, none of them empty.
        var items: [Range<Int>] = []
        /// Whether a list opened (`<ol>`, `<ul>` or `<li>`); it stays open to the end of the cell.
        var inList = false
        /// Whether an `<li>` tag was read: a list without one has its items glued together.
        var sawListItemTag = false
        /// Whether white space was read since the last byte written.
        var pendingSpace = false

        init(storage: UnsafeMutableBufferPointer<UInt8>) { self.storage = storage }

        /// Writes `source[range]`, whose first byte is written as a byte after `pendingSpace`, and whose
        /// other bytes clean to themselves after it (`plainRunEnd`).
        mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            writeSeparator()
            precondition(count + range.count <= storage.count)
            (storage.baseAddress! + count).update(from: source.baseAddress! + range.lowerBound, count: range.count)
            count += range.count
        }

        /// Writes the UTF-8 bytes of `scalar` (a decoded entity).
        mutating func append(_ scalar: Unicode.Scalar) {
            writeSeparator()
            for byte in UTF8.encode(scalar)! {
                precondition(count < storage.count)
                storage[count] = byte
                count += 1
            }
        }

        /// Before the first byte of a run: the space of `pendingSpace` within the lead or an item, or
        /// the space between the text so far and a new item.
        private mutating func writeSeparator() {
            let needsSpace: Bool
            if inList, count == itemStart {
                needsSpace = count > 0
            } else {
                needsSpace = pendingSpace && count > 0
            }
            if needsSpace {
                precondition(count < storage.count)
                storage[count] = 0x20
                count += 1
            }
            if inList, count - (needsSpace ? 1 : 0) == itemStart { itemStart = count }
            pendingSpace = false
        }

        /// Ends the item being written, if it holds a byte, and drops pending white space.
        mutating func flushItem() {
            if inList, count > itemStart {
                items.append(itemStart..<count)
                itemStart = count
            }
            pendingSpace = false
        }

        /// Starts the list: what is written from now on belongs to its items.
        private mutating func openList() {
            guard !inList else { return }
            inList = true
            leadEnd = count
            itemStart = count
        }

        /// What a stripped tag does: a list tag ends the item and opens the list, `<li>` too; a break
        /// ends the item in a list and is white space before it; an inline tag does nothing.
        mutating func apply(_ tag: Tag) {
            switch tag {
            case .listOpen:
                flushItem()
                openList()
            case .listClose:
                flushItem()
            case .itemOpen:
                flushItem()
                openList()
                sawListItemTag = true
            case .itemClose:
                flushItem()
            case .breaking:
                if inList { flushItem() } else { pendingSpace = true }
            case .inline:
                break
            }
        }

        /// The string of the written bytes in `range`.
        private func string(_ range: Range<Int>) -> String {
            String(utf8Bytes: UnsafeBufferPointer(rebasing: storage[range]))
        }

        /// The cell of what was written: a plain cell without a list; otherwise its lead text, its items
        /// and the text of both joined by single spaces (the whole written range).
        mutating func cell(line: Int, column: Int) -> Cell {
            flushItem()
            guard inList else { return Cell(text: string(0..<count), line: line, column: column) }
            let leadText = string(0..<leadEnd)
            return Cell(
                text: items.isEmpty ? leadText : string(0..<count), line: line, column: column, leadText: leadText,
                listItems: items.map(string), hasGluedList: !sawListItemTag)
        }
    }

    /// The HTML tags SOPKit strips, by what they do to the text.
    enum Tag {
        case listOpen, listClose, itemOpen, itemClose, breaking, inline

        /// What a tag does, by its name.
        private enum Kind {
            case list, item, breaking, inline
        }

        /// The kind of the tag whose name (at most eight bytes: lower-case letters, digits and ":") is
        /// packed in `name` as `PackedASCIIWord.low` packs it, the first byte lowest and zero past the
        /// last; nil for a name SOPKit does not strip. The names' packed bytes are compared as constants,
        /// without a table to hash into.
        private static func kind(ofName name: UInt64) -> Kind? {
            switch name {
            // ol, ul
            case 0x6C6F, 0x6C75: .list
            // li
            case 0x696C: .item
            // p, br, div, center, h1-h6, table, tbody, thead, tr, td, th, hr
            case 0x70, 0x7262, 0x76_6964, 0x7265_746E_6563, 0x3168, 0x3268, 0x3368, 0x3468, 0x3568, 0x3668,
                0x65_6C62_6174, 0x79_646F_6274, 0x64_6165_6874, 0x7274, 0x6474, 0x6874, 0x7268:
                .breaking
            // b, i, u, em, strong, span, font, sup, sub, small, big, a, s, strike, mark, o:p
            case 0x62, 0x69, 0x75, 0x6D65, 0x676E_6F72_7473, 0x6E61_7073, 0x746E_6F66, 0x70_7573, 0x62_7573,
                0x6C_6C61_6D73, 0x67_6962, 0x61, 0x73, 0x656B_6972_7473, 0x6B72_616D, 0x70_3A6F:
                .inline
            default: nil
            }
        }

        /// Reads a tag starting at `start` (a `<`); nil when it is not a tag SOPKit strips. Its name
        /// (letters lower-cased, at most eight bytes) is collected into a `PackedASCIIWord` as it is
        /// read and its kind told by the word's first eight bytes (`kind(ofName:)`).
        static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Tag, Int)? {
            var index = start + 1
            var closing = false
            if index < end, bytes[index] == UInt8(ascii: "/") {
                closing = true
                index += 1
            }
            var name = PackedASCIIWord()
            while index < end, name.length < 8 {
                let byte = bytes[index] | 0x20
                let isLetter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
                let isDigit = bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
                guard isLetter || (isDigit && name.length > 0) || (bytes[index] == UInt8(ascii: ":") && name.length > 0)
                else { break }
                name.append(isLetter ? byte : bytes[index])
                index += 1
            }
            guard name.length > 0, index < end else { return nil }
            let after = bytes[index]
            guard after == UInt8(ascii: ">") || after == UInt8(ascii: " ") || after == UInt8(ascii: "/")
                || after == 0x09
            else { return nil }
            let limit = min(end, start + maximumTagLength)
            var close = index
            while close < limit, bytes[close] != UInt8(ascii: ">") {
                if bytes[close] == UInt8(ascii: "<") { return nil }
                close += 1
            }
            guard close < limit, let kind = kind(ofName: name.low) else { return nil }
            let tag: Tag
            switch kind {
            case .list: tag = closing ? .listClose : .listOpen
            case .item: tag = closing ? .itemClose : .itemOpen
            case .breaking: tag = .breaking
            case .inline: tag = .inline
            }
            return (tag, close + 1)
        }
    }

    /// HTML character entities: the named ones Word exports use, and numeric ones.
    enum Entity {
        private static let named: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "\u{2013}",
            "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
            "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{B7}", "deg": "\u{B0}", "times": "\u{D7}",
            "radic": "\u{221A}", "rarr": "\u{2192}", "larr": "\u{2190}", "darr": "\u{2193}", "uarr": "\u{2191}",
        ]

        /// Reads an entity starting at `start` (a `&`); nil when it is not one.
        static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Unicode.Scalar, Int)? {
            let limit = min(end, start + 12)
            var index = start + 1
            while index < limit, bytes[index] != UInt8(ascii: ";") {
                let byte = bytes[index]
                let isAlphanumeric = (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "#")
                guard isAlphanumeric else { return nil }
                index += 1
            }
            guard index < limit, index > start + 1 else { return nil }
            let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<index]), as: UTF8.self)
            if body.hasPrefix("#") {
                let digits = body.dropFirst()
                let value: UInt32?
                if digits.first == "x" || digits.first == "X" {
                    value = UInt32(digits.dropFirst(), radix: 16)
                } else {
                    value = UInt32(digits)
                }
                guard let value, value >= 0x20, let scalar = Unicode.Scalar(value) else { return nil }
                return (scalar, index + 1)
            }
            guard let scalar = named[body] else { return nil }
            return (scalar, index + 1)
        }
    }
}

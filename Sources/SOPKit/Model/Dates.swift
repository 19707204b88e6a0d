/// A calendar date that may lack its day or month: "2019-01-14", "2022-01" or "2021".
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2019.
    public var year: Int
    /// The month 1...12, or nil.
    public var month: Int?
    /// The day 1...31, or nil (always nil when `month` is nil).
    public var day: Int?

    /// Creates a date; `day` is dropped when `month` is nil.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// ISO 8601 text: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A year from 0 to 9999 with a month and day
    /// from 0 to 99 (every date a parser reads) is written digit by digit into a string of ten bytes
    /// at most, which needs no allocation; others as `paddedDescription`.
    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0) else {
            return paddedDescription
        }
        let length = month == nil ? 4 : day == nil ? 7 : 10
        return String(unsafeUninitializedCapacity: length) { buffer in
            func store(_ value: Int, digits: Int, at offset: Int) {
                var rest = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            store(year, digits: 4, at: 0)
            if let month {
                buffer[4] = UInt8(ascii: "-")
                store(month, digits: 2, at: 5)
                if let day {
                    buffer[7] = UInt8(ascii: "-")
                    store(day, digits: 2, at: 8)
                }
            }
            return length
        }
    }

    /// `description` for any year, month and day: each part's decimal digits, with zeros in front up
    /// to four digits for the year and two for the month and day.
    var paddedDescription: String {
        var text = Self.padded(year, 4)
        if let month {
            text += "-" + Self.padded(month, 2)
            if let day { text += "-" + Self.padded(day, 2) }
        }
        return text
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Orders by year, month, day; a missing part sorts before any present one.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Whether `self` is certainly after `other`, comparing only the parts both dates have.
    public func isCertainlyAfter(_ other: PartialDate) -> Bool {
        if year != other.year { return year > other.year }
        guard let month, let otherMonth = other.month else { return false }
        if month != otherMonth { return month > otherMonth }
        guard let day, let otherDay = other.day else { return false }
        return day > otherDay
    }
}

/// The four dates of an SOP's identity block.
public struct SOPDates: Sendable, Hashable {
    /// Tanggal Pembuatan.
    public var created: PartialDate?
    /// Tanggal Revisi.
    public var revised: PartialDate?
    /// Tanggal Efektif.
    public var effective: PartialDate?
    /// Tanggal Pengesahan.
    public var approved: PartialDate?

    /// Creates the dates; every one defaults to nil.
    public init(
        created: PartialDate? = nil, revised: PartialDate? = nil, effective: PartialDate? = nil,
        approved: PartialDate? = nil
    ) {
        self.created = created
        self.revised = revised
        self.effective = effective
        self.approved = approved
    }
}

/// Who approved the SOP (Disahkan oleh).
public struct Approver: Sendable, Hashable {
    /// The position, e.g. "Kepala Dinas … Kabupaten Tanjung Jabung Barat".
    public var position: String?
    /// The name with degrees as written, e.g. "H. YAN ERY, S.Pt, M.Si".
    public var name: String?
    /// The NIP, digits only (18 when valid).
    public var nip: String?

    /// Creates an approver; every part defaults to nil.
    public init(position: String? = nil, name: String? = nil, nip: String? = nil) {
        self.position = position
        self.name = name
        self.nip = nip
    }
}

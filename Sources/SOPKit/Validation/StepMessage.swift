/// The messages that most SOPs get from the validation rules ("step 3 has no Output (Mutu Baku)"),
/// written into a string of the right size at once (`MessageBytes`) instead of through string
/// interpolation, and for the usual step numbers written once per process (`StepMessageTable`).
enum StepMessage {
    /// `"step \(number)\(rest)"`.
    static func step(_ number: Int, _ rest: StaticString) -> String {
        MessageBytes.written { message in
            message.write("step ")
            message.write(number)
            message.write(rest)
        }
    }

    /// `"step \(number) has no activity (Kegiatan)"`.
    static let noActivity = StepMessageTable(" has no activity (Kegiatan)")
    /// `"step \(number) has no performer: …"`.
    static let noPerformer = StepMessageTable(
        " has no performer: no role cell is marked and the activity does not tell who acts")
    /// `"step \(number) has no time (Waktu)"`.
    static let noTime = StepMessageTable(" has no time (Waktu)")
    /// `"step \(number) has no Kelengkapan (Mutu Baku)"`.
    static let noRequirements = StepMessageTable(" has no Kelengkapan (Mutu Baku)")
    /// `"step \(number) has no Output (Mutu Baku)"`.
    static let noOutput = StepMessageTable(" has no Output (Mutu Baku)")
}

/// The messages `StepMessage.step(number, rest)` of one `rest` for the step numbers below
/// `tabledCount`, written once, at the first use of the table: a rule that gives such a message to
/// every step of every SOP then shares one string per step number (a copy is a retain) instead of
/// writing, validating and allocating a new one each time. Other numbers are written as they come.
struct StepMessageTable: Sendable {
    /// How many step numbers, from 0, have their message in the table: more than the steps of nearly
    /// every SOP.
    static let tabledCount = 48

    /// What follows the step number.
    private let rest: StaticString
    /// The message of each step number below `tabledCount`, at that number.
    private let messages: [String]

    /// The table of the messages that end with `rest`.
    init(_ rest: StaticString) {
        self.rest = rest
        messages = (0..<Self.tabledCount).map { StepMessage.step($0, rest) }
    }

    /// `StepMessage.step(number, rest)`, from the table when it holds `number`.
    func message(forStep number: Int) -> String {
        number >= 0 && number < messages.count ? messages[number] : StepMessage.step(number, rest)
    }
}

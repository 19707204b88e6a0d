/// The messages that most SOPs get from the validation rules ("step 3 has no Output (Mutu Baku)",
/// "identity block has no Keterkaitan"), written into a string of the right size at once
/// (`MessageBytes`) instead of through string interpolation.
enum StepMessage {
    /// `"step \(number)\(rest)"`.
    static func step(_ number: Int, _ rest: StaticString) -> String {
        MessageBytes.written { message in
            message.write("step ")
            message.write(number)
            message.write(rest)
        }
    }

    /// `"\(first)\(second)"`.
    static func joined(_ first: StaticString, _ second: StaticString) -> String {
        MessageBytes.written { message in
            message.write(first)
            message.write(second)
        }
    }
}

/// The messages that most SOPs get from the validation rules ("step 3 has no Output (Mutu Baku)",
/// "identity block has no Keterkaitan"), written into a string of the right size at once instead of
/// through string interpolation.
enum StepMessage {
    /// `"step \(number)\(rest)"`.
    static func step(_ number: Int, _ rest: StaticString) -> String {
        guard number >= 0 else { return "step \(number)\(rest)" }
        var digitCount = 1
        var remaining = number / 10
        while remaining > 0 {
            digitCount += 1
            remaining /= 10
        }
        return rest.withUTF8Buffer { rest in
            let prefix: StaticString = "step "
            let prefixCount = prefix.utf8CodeUnitCount
            let count = prefixCount + digitCount + rest.count
            return String(unsafeUninitializedCapacity: count) { buffer in
                prefix.withUTF8Buffer { prefix in
                    for index in prefix.indices { buffer[index] = prefix[index] }
                }
                var value = number
                var position = prefixCount + digitCount
                repeat {
                    position -= 1
                    buffer[position] = UInt8(truncatingIfNeeded: value % 10) &+ 0x30
                    value /= 10
                } while value > 0
                let restStart = prefixCount + digitCount
                for index in rest.indices { buffer[restStart + index] = rest[index] }
                return count
            }
        }
    }

    /// `"\(first)\(second)"`.
    static func joined(_ first: StaticString, _ second: StaticString) -> String {
        first.withUTF8Buffer { first in
            second.withUTF8Buffer { second in
                String(unsafeUninitializedCapacity: first.count + second.count) { buffer in
                    for index in first.indices { buffer[index] = first[index] }
                    for index in second.indices { buffer[first.count + index] = second[index] }
                    return first.count + second.count
                }
            }
        }
    }
}

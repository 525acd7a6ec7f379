/// A JSON value whose objects keep their keys in the order written, so that output is
/// deterministic and reads in a natural order.
enum JSONValue: Sendable, Hashable {
  case string(String)
  case int(Int)
  case bool(Bool)
  case array([JSONValue])
  case object([Member])
  case null

  /// One key and value of an object.
  struct Member: Sendable, Hashable {
    let key: String
    let value: JSONValue
  }

  /// An object from key–value pairs, leaving out the pairs whose value is `nil`.
  static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    .object(pairs.compactMap { pair in pair.value.map { Member(key: pair.key, value: $0) } })
  }

  /// Pretty-printed with two-space indentation and a final newline.
  func rendered() -> String {
    var output = ""
    write(to: &output, indent: "")
    output += "\n"
    return output
  }

  private func write(to output: inout String, indent: String) {
    switch self {
    case .string(let text): Self.writeString(text, to: &output)
    case .int(let number): output += String(number)
    case .bool(let flag): output += flag ? "true" : "false"
    case .null: output += "null"
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]"
        return
      }
      let inner = indent + "  "
      output += "[\n"
      for (position, element) in elements.enumerated() {
        output += inner
        element.write(to: &output, indent: inner)
        output += position == elements.count - 1 ? "\n" : ",\n"
      }
      output += indent + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      let inner = indent + "  "
      output += "{\n"
      for (position, member) in members.enumerated() {
        output += inner
        Self.writeString(member.key, to: &output)
        output += ": "
        member.value.write(to: &output, indent: inner)
        output += position == members.count - 1 ? "\n" : ",\n"
      }
      output += indent + "}"
    }
  }

  private static func writeString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}

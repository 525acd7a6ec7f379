/// A JSON document built in memory and written deterministically: object keys sorted, two-space
/// indentation, numbers in their shortest round-trip form. Writing never fails (a non-finite
/// number is written as `null`).
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// An optional string, `null` when absent.
  static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  /// The document as pretty-printed text with sorted keys and a final newline.
  public func rendered() -> String {
    var output = ""
    write(to: &output, indent: 0)
    output.append("\n")
    return output
  }

  private func write(to output: inout String, indent: Int) {
    switch self {
    case .null:
      output.append("null")
    case .bool(let value):
      output.append(value ? "true" : "false")
    case .number(let value):
      output.append(Self.format(value))
    case .string(let value):
      Self.writeString(value, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output.append("[]")
        return
      }
      output.append("[\n")
      for (position, element) in elements.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        element.write(to: &output, indent: indent + 2)
        output.append(position == elements.count - 1 ? "\n" : ",\n")
      }
      output.append(String(repeating: " ", count: indent) + "]")
    case .object(let members):
      guard !members.isEmpty else {
        output.append("{}")
        return
      }
      output.append("{\n")
      let keys = members.keys.sorted()
      for (position, key) in keys.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        Self.writeString(key, to: &output)
        output.append(": ")
        (members[key] ?? .null).write(to: &output, indent: indent + 2)
        output.append(position == keys.count - 1 ? "\n" : ",\n")
      }
      output.append(String(repeating: " ", count: indent) + "}")
    }
  }

  /// Integral values within ±2^53 without a fraction; others in Swift's shortest round-trip form.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) <= 9_007_199_254_740_992 {
      return String(Int64(value))
    }
    return "\(value)"
  }

  private static func writeString(_ value: String, to output: inout String) {
    output.append("\"")
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      case "\u{08}": output.append("\\b")
      case "\u{0C}": output.append("\\f")
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: false)
          output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output.append("\"")
  }
}

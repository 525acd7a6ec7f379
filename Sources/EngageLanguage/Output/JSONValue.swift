/// A JSON document built in memory and written by EngageMap's one JSON convention, which every
/// JSON output follows (model export, diagnostics, SARIF, the rule catalogue, measure reports):
///
/// - object keys sorted (by `String` order), whatever order the document was built in;
/// - two-space indentation, one member or element per line, `"key": value`, and `[]` / `{}` for
///   empty containers;
/// - numbers: integral values within ±2^53 without a fraction, others in Swift's shortest
///   round-trip form (`82.5`, `1e-07`), a non-finite number as `null`;
/// - strings: UTF-8 as is; `"` and `\` escaped, `\n` `\r` `\t` `\b` `\f` as short escapes, other
///   control characters (and DEL) as `\u00XX`; `/` is not escaped;
/// - a final newline.
///
/// Writing never fails; the same value gives the same bytes on every machine. Whether an absent
/// value is written as `null` or left out is each format's own choice (see its documentation).
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// An object from key-value pairs, leaving out pairs whose value is `nil`.
  public static func fields(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    var members: [String: JSONValue] = [:]
    members.reserveCapacity(pairs.count)
    for (key, value) in pairs {
      if let value { members[key] = value }
    }
    return .object(members)
  }

  /// A whole number.
  public static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

  /// An optional string, `null` when absent.
  public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  /// The document as text, ending in a newline.
  public func rendered() -> String {
    var output: [UInt8] = []
    write(to: &output, indent: 0)
    output.append(UInt8(ascii: "\n"))
    return String(decoding: output, as: UTF8.self)
  }

  private func write(to output: inout [UInt8], indent: Int) {
    switch self {
    case .null:
      output.append(contentsOf: "null".utf8)
    case .bool(let value):
      output.append(contentsOf: (value ? "true" : "false").utf8)
    case .number(let value):
      output.append(contentsOf: Self.format(value).utf8)
    case .string(let value):
      Self.writeString(value, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output.append(contentsOf: "[]".utf8)
        return
      }
      output.append(contentsOf: "[\n".utf8)
      for (position, element) in elements.enumerated() {
        Self.writeIndent(indent + 2, to: &output)
        element.write(to: &output, indent: indent + 2)
        if position != elements.count - 1 { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
      }
      Self.writeIndent(indent, to: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else {
        output.append(contentsOf: "{}".utf8)
        return
      }
      output.append(contentsOf: "{\n".utf8)
      let keys = members.keys.sorted()
      for (position, key) in keys.enumerated() {
        Self.writeIndent(indent + 2, to: &output)
        Self.writeString(key, to: &output)
        output.append(contentsOf: ": ".utf8)
        (members[key] ?? .null).write(to: &output, indent: indent + 2)
        if position != keys.count - 1 { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
      }
      Self.writeIndent(indent, to: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func writeIndent(_ count: Int, to output: inout [UInt8]) {
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }

  /// Integral values within ±2^53 without a fraction; others in Swift's shortest round-trip form.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) <= 9_007_199_254_740_992 {
      return String(Int64(value))
    }
    return "\(value)"
  }

  private static func writeString(_ value: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
      case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
      case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
      case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
      case 0x08: output.append(contentsOf: "\\b".utf8)
      case 0x0C: output.append(contentsOf: "\\f".utf8)
      case 0..<0x20, 0x7F:
        let hex = String(byte, radix: 16, uppercase: false)
        output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
      default:
        output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}

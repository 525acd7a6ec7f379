/// A JSON document built in memory and written deterministically: two-space indentation,
/// numbers in their shortest round-trip form, `object` keys sorted and `orderedObject` keys in
/// the order given (for formats read by people in a natural order, such as SARIF). Writing never
/// fails (a non-finite number is written as `null`).
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])
  case orderedObject([Member])

  /// One key and value of an `orderedObject`.
  public struct Member: Sendable, Hashable {
    public let key: String
    public let value: JSONValue
    public init(key: String, value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// An object that keeps its keys in the order written, leaving out pairs whose value is `nil`.
  public static func ordered(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    .orderedObject(pairs.compactMap { pair in pair.value.map { Member(key: pair.key, value: $0) } })
  }

  /// A whole number.
  public static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

  /// An optional string, `null` when absent.
  static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  /// The document as pretty-printed text with sorted keys and a final newline.
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
      let sorted = members.keys.sorted().map { Member(key: $0, value: members[$0] ?? .null) }
      JSONValue.orderedObject(sorted).write(to: &output, indent: indent)
    case .orderedObject(let members):
      guard !members.isEmpty else {
        output.append(contentsOf: "{}".utf8)
        return
      }
      output.append(contentsOf: "{\n".utf8)
      for (position, member) in members.enumerated() {
        Self.writeIndent(indent + 2, to: &output)
        Self.writeString(member.key, to: &output)
        output.append(contentsOf: ": ".utf8)
        member.value.write(to: &output, indent: indent + 2)
        if position != members.count - 1 { output.append(UInt8(ascii: ",")) }
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

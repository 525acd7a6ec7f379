/// How the formatter writes a one-line string: in straight double quotes, escaping only `"`, `\`
/// and a line break (`\"`, `\\`, `\n`); everything else as it is.
public enum StringLiteralText {
  /// `value` as a `"..."` literal whose decoded value is `value`.
  public static func quoted(_ value: String) -> String {
    String(decoding: quotedBytes(value), as: UTF8.self)
  }

  static func quotedBytes(_ value: String) -> [UInt8] {
    var output: [UInt8] = []
    appendQuoted(value, to: &output)
    return output
  }

  /// Appends `value` as a `"..."` literal to `output`.
  static func appendQuoted(_ value: String, to output: inout [UInt8]) {
    output.append(ASCII.quote)
    for byte in value.utf8 {
      switch byte {
      case ASCII.quote, ASCII.backslash: output.append(contentsOf: [ASCII.backslash, byte])
      case ASCII.newline: output.append(contentsOf: [ASCII.backslash, UInt8(ascii: "n")])
      default: output.append(byte)
      }
    }
    output.append(ASCII.quote)
  }
}

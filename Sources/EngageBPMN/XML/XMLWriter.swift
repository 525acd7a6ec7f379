import EngageLanguage

/// Writes an indented XML document element by element: names as given, attribute values and
/// text through the project's one escaper (`MarkupEscaping`), so any title stays literal text and
/// the document stays well-formed.
struct XMLWriter {
  private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  private var openElements: [String] = []

  /// Opens `name`; every `open` is closed by a later `close`.
  mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
    line("<" + name + Self.attributeText(attributes) + ">")
    openElements.append(name)
  }

  mutating func close() {
    guard let name = openElements.popLast() else { return }
    line("</" + name + ">")
  }

  /// An element without content.
  mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
    line("<" + name + Self.attributeText(attributes) + "/>")
  }

  /// An element holding only `content` as text.
  mutating func element(_ name: String, _ attributes: [(String, String?)] = [], content: String) {
    line("<" + name + Self.attributeText(attributes) + ">" + Self.escapedText(content) + "</" + name + ">")
  }

  private mutating func line(_ markup: String) {
    text += String(repeating: "  ", count: openElements.count) + markup + "\n"
  }

  /// Attributes in the order given; those whose value is `nil` are left out.
  private static func attributeText(_ attributes: [(String, String?)]) -> String {
    var result = ""
    for (name, value) in attributes {
      guard let value else { continue }
      result += " " + name + "=\"" + escapedAttribute(value) + "\""
    }
    return result
  }

  /// An attribute value: escaped, and tab, line feed and carriage return as character
  /// references, which an XML parser would otherwise turn into spaces.
  static func escapedAttribute(_ value: String) -> String {
    let escaped = MarkupEscaping.escape(value, in: .attribute)
    guard escaped.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return escaped }
    var result = ""
    for scalar in escaped.unicodeScalars {
      switch scalar {
      case "\t": result += "&#9;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Character data: escaped, and a carriage return as a character reference, which an XML
  /// parser would otherwise turn into a line feed.
  static func escapedText(_ value: String) -> String {
    let escaped = MarkupEscaping.escape(value, in: .text)
    guard escaped.unicodeScalars.contains("\r") else { return escaped }
    var result = ""
    for scalar in escaped.unicodeScalars {
      if scalar == "\r" { result += "&#13;" } else { result.unicodeScalars.append(scalar) }
    }
    return result
  }
}

import EngageLanguage

/// An SVG map from Graphviz made ready to sit inside a page: the XML declaration, doctype and
/// comments before the `<svg>` element removed; every `id` prefixed so that ids stay unique on a
/// page that shows several maps or has ids of its own (and `#fragment` references inside the map
/// follow); every relative link rebased from the directory the map was rendered for to the
/// directory of the page that shows it.
///
/// The map is scanned tag by tag, with quoted attribute values kept whole, so that text or a
/// tooltip that looks like an attribute is never touched.
enum InlineMap {
  static func svg(
    _ bytes: [UInt8], idPrefix: String, renderedFor sourceDirectory: String, shownIn pageDirectory: String
  ) -> String {
    let text = representable(String(decoding: bytes, as: UTF8.self))
    guard let start = text.range(of: "<svg") else { return "" }
    var body = Substring(text[start.lowerBound...])
    while let last = body.last, last.isWhitespace { body.removeLast() }
    var output = ""
    output.reserveCapacity(body.utf8.count + 1024)
    var index = body.startIndex
    while index < body.endIndex {
      guard let open = body[index...].firstIndex(of: "<") else {
        output += body[index...]
        break
      }
      output += body[index..<open]
      if body[open...].hasPrefix("<!--") {
        let end = body[open...].range(of: "-->")?.upperBound ?? body.endIndex
        output += body[open..<end]
        index = end
        continue
      }
      let end = tagEnd(in: body, from: open)
      output += rewriteTag(
        body[open..<end], idPrefix: idPrefix, sourceDirectory: sourceDirectory, pageDirectory: pageDirectory)
      index = end
    }
    return output
  }

  /// `text` with every character XML cannot carry (which Graphviz copies from a tooltip into
  /// the SVG as it is: U+FFFE, U+FFFF, C0 controls) replaced by U+FFFD, as `MarkupEscaping` does.
  static func representable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: MarkupEscaping.isUnrepresentable) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(MarkupEscaping.isUnrepresentable(scalar) ? MarkupEscaping.replacement : scalar)
    }
    return String(scalars)
  }

  /// The index just after the `>` that closes the tag starting at `open`, skipping quoted values.
  private static func tagEnd(in text: Substring, from open: Substring.Index) -> Substring.Index {
    var quote: Character?
    var index = text.index(after: open)
    while index < text.endIndex {
      let character = text[index]
      if let current = quote {
        if character == current { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == ">" {
        return text.index(after: index)
      }
      index = text.index(after: index)
    }
    return text.endIndex
  }

  /// One tag with its `id`, `href`, `xlink:href` and `url(#...)` values rewritten.
  private static func rewriteTag(
    _ tag: Substring, idPrefix: String, sourceDirectory: String, pageDirectory: String
  ) -> String {
    var output = ""
    var index = tag.startIndex
    while index < tag.endIndex {
      guard let quote = tag[index...].firstIndex(where: { $0 == "\"" || $0 == "'" }) else {
        output += tag[index...]
        break
      }
      let before = tag[index..<quote]
      output += before
      let valueStart = tag.index(after: quote)
      let valueEnd = tag[valueStart...].firstIndex(of: tag[quote]) ?? tag.endIndex
      let value = String(tag[valueStart..<valueEnd])
      let name = attributeName(endingBefore: before)
      output.append(tag[quote])
      switch name {
      case "id":
        output += idPrefix + value
      case "href", "xlink:href":
        if value.hasPrefix("#") {
          output += "#" + idPrefix + value.dropFirst()
        } else {
          output += SitePath.rebase(value, writtenIn: sourceDirectory, shownIn: pageDirectory)
        }
      default:
        output += value.replacingOccurrences(of: "url(#", with: "url(#" + idPrefix)
      }
      if valueEnd < tag.endIndex {
        output.append(tag[valueEnd])
        index = tag.index(after: valueEnd)
      } else {
        index = tag.endIndex
      }
    }
    return output
  }

  /// The name of the attribute whose `=` ends `text` (`xlink:href` for ` xlink:href=`).
  private static func attributeName(endingBefore text: Substring) -> String {
    var trimmed = text
    while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
    guard trimmed.last == "=" else { return "" }
    trimmed.removeLast()
    while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
    return String(trimmed.reversed().prefix { !$0.isWhitespace && $0 != "<" }.reversed())
  }
}

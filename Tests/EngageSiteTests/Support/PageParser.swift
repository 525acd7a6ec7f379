import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One page parsed strictly, as XML (the site's pages are well-formed XML as well as HTML): its
/// elements with their attributes, its ids, and its text, for the crawler and the escaping tests.
final class ParsedPage: NSObject, XMLParserDelegate {
  struct Element {
    let name: String
    let attributes: [String: String]
    /// The position of the enclosing element in `elements`.
    let parent: Int?
    /// The element's text (its own and its descendants'), filled when the element ends.
    var text = ""
  }

  private(set) var elements: [Element] = []
  private(set) var ids: [String] = []
  private var open: [Int] = []

  /// The page, or a failure with the parser's line and column.
  static func parse(_ bytes: [UInt8], path: String) throws -> ParsedPage {
    let page = ParsedPage()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = page
    parser.shouldResolveExternalEntities = false
    // swift-corelibs-foundation's `parse()` returns true after some errors it reported (a
    // mismatched end tag): the page is well-formed only when no error was reported at all.
    let finished = parser.parse()
    if let error = page.firstError ?? parser.parserError {
      throw SiteTestError("\(path) is not well-formed at \(page.errorLocation ?? "?"): \(error)")
    }
    guard finished else { throw SiteTestError("\(path) is not well-formed: the parser stopped") }
    return page
  }

  private var firstError: Error?
  private var errorLocation: String?

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    guard firstError == nil else { return }
    firstError = parseError
    errorLocation = "\(parser.lineNumber):\(parser.columnNumber)"
  }

  func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
    self.parser(parser, parseErrorOccurred: validationError)
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if let id = attributes["id"] { ids.append(id) }
    elements.append(Element(name: name, attributes: attributes, parent: open.last))
    open.append(elements.count - 1)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    for index in open { elements[index].text += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    open.removeLast()
  }

  /// The elements named `name`.
  func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

  /// The element with id `id`.
  func element(id: String) -> Element? { elements.first { $0.attributes["id"] == id } }

  /// The elements whose `class` attribute holds `name`.
  func elements(classed name: String) -> [Element] {
    elements.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(name)) }
  }

  /// The elements inside the element with id `id`, in document order.
  func descendants(ofId id: String) -> [Element] {
    guard let root = elements.firstIndex(where: { $0.attributes["id"] == id }) else { return [] }
    return elements.indices.filter { index in
      var ancestor = elements[index].parent
      while let current = ancestor {
        if current == root { return true }
        ancestor = elements[current].parent
      }
      return false
    }.map { elements[$0] }
  }

  /// Every link or resource reference: `href`, `xlink:href`, `src`, `action` values.
  var references: [(element: String, attribute: String, value: String)] {
    elements.flatMap { element in
      ["href", "xlink:href", "src", "action", "srcset", "poster", "data", "formaction"].compactMap { attribute in
        element.attributes[attribute].map { (element.name, attribute, $0) }
      }
    }
  }
}

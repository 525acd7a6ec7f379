import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML document read back for assertions: elements with qualified names as written
/// (`bpmn:task`), attributes, text and children.
final class XMLElementNode {
  let name: String
  let attributes: [String: String]
  var text = ""
  var children: [XMLElementNode] = []

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  subscript(attribute: String) -> String? { attributes[attribute] }

  /// Every element below this one (itself included), depth first in document order.
  var descendants: [XMLElementNode] { [self] + children.flatMap(\.descendants) }

  func all(_ name: String) -> [XMLElementNode] { descendants.filter { $0.name == name } }

  func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

  /// The element with this `id` attribute.
  func element(id: String) -> XMLElementNode? { descendants.first { $0["id"] == id } }
}

/// Parses XML with Foundation's `XMLParser`; `nil` (with the parser's error) when it is not
/// well-formed.
final class XMLTreeReader: NSObject, XMLParserDelegate {
  private var stack: [XMLElementNode] = []
  private(set) var root: XMLElementNode?

  static func read(_ text: String) throws -> XMLElementNode {
    let parser = XMLParser(data: Data(text.utf8))
    let reader = XMLTreeReader()
    parser.delegate = reader
    guard parser.parse(), let root = reader.root else {
      throw XMLTreeError(message: parser.parserError.map { String(describing: $0) } ?? "no root element")
    }
    return root
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    let node = XMLElementNode(name: qualifiedName ?? elementName, attributes: attributes)
    if let parent = stack.last { parent.children.append(node) } else { root = node }
    stack.append(node)
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    _ = stack.popLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.text += string
  }
}

struct XMLTreeError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}

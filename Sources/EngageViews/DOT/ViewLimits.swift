import EngageModel

/// A map too large for Graphviz to lay out in reasonable time (or at all), refused before it
/// reaches Graphviz: which map, what is too large, the count, the limit, and what to do.
public struct ViewTooLargeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The document's path (`process/intake`, `relations`).
  public let path: String
  /// What is counted.
  public let quantity: MapLimits.Quantity
  public let count: Int
  public let limit: Int
  /// The sentence that names the map and says what to do.
  public let message: String

  public var description: String { message }
}

/// Checks a view graph against `MapLimits` before its DOT goes to Graphviz.
public enum ViewLimits {
  /// The limit for a document: by its kind, and for a mega-process map by its path.
  public static func limit(for document: ViewDocument) -> MapLimits.Limit {
    switch document.kind {
    case .landscape: document.path.hasPrefix(megaprocessPrefix) ? MapLimits.megaprocessMap : MapLimits.landscape
    case .process: MapLimits.processMap
    case .relations: MapLimits.relations
    case .measures: MapLimits.measures
    case .engagement: MapLimits.engagement
    }
  }

  /// The size of a view graph as `MapLimits` counts it: every node (in subgraphs too) and every
  /// edge; for the engagement matrix, `nodes` counts the rows of its tables
  /// (`<TR>`), legend included.
  public static func size(of document: ViewDocument) -> MapLimits.Size {
    let graph = document.graph
    var nodes = graph.allNodes.count
    if document.kind == .engagement {
      nodes = graph.allNodes.reduce(0) { total, node in
        guard case .html(let markup)? = node.attributes["label"] else { return total }
        return total + occurrences(of: Array("<TR>".utf8), in: Array(markup.utf8))
      }
    }
    return MapLimits.Size(nodes: nodes, edges: graph.edges.count)
  }

  /// The error for `document` when it is larger than its limit; `nil` when it may be laid out.
  public static func check(_ document: ViewDocument) -> ViewTooLargeError? {
    guard let excess = size(of: document).excess(over: limit(for: document)) else { return nil }
    return ViewTooLargeError(
      path: document.path, quantity: excess.quantity, count: excess.count, limit: excess.limit,
      message: message(document, excess.quantity, count: excess.count, limit: excess.limit))
  }

  static let megaprocessPrefix = "megaprocess/"

  static func message(_ document: ViewDocument, _ quantity: MapLimits.Quantity, count: Int, limit: Int) -> String {
    let what: String
    switch quantity {
    case .nodes: what = document.kind == .engagement ? "rows" : "boxes"
    case .edges: what = "lines"
    }
    let size = "\(grouped(count)) \(what); EngageMap lays out at most \(grouped(limit)) \(what) per"
    let id = document.path.split(separator: "/").dropFirst().joined(separator: "/")
    switch document.kind {
    case .process:
      return "the map of process '\(id)' has \(size) process map, beyond which Graphviz takes minutes or fails; "
        + "split the process into smaller processes linked by hand-overs (a flow to another process)"
    case .landscape where document.path.hasPrefix(megaprocessPrefix):
      return "the map of mega-process '\(id)' has \(size) mega-process map, beyond which Graphviz takes minutes or fails; "
        + "split the mega-process into smaller ones"
    case .landscape:
      return "the landscape has \(size) landscape, beyond which Graphviz takes minutes or fails; "
        + "lower --collapse-above (default \(ViewOptions.defaultCollapseThreshold)) so that each mega-process is one box"
    case .relations, .measures, .engagement:
      return "the \(document.kind.rawValue) view has \(size) \(document.kind.rawValue) view, beyond which Graphviz takes minutes or fails; "
        + "render the other views with --view, or the process maps alone with --view process"
    }
  }

  static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> Int {
    guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
    var count = 0
    var index = 0
    while index <= haystack.count - needle.count {
      if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
        count += 1
        index += needle.count
      } else {
        index += 1
      }
    }
    return count
  }

  /// `12,345`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }
}

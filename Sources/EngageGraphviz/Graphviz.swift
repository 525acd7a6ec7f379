// Boundary API; the Graphviz helper owns this file and replaces the body.

/// An output format Graphviz renders to.
public enum GraphvizFormat: String, Sendable, CaseIterable {
  case svg, png, pdf, dot
}

/// A failure reported by Graphviz, with its own message.
public struct GraphvizError: Error, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Lays out and renders DOT text in-process through libgvc.
public enum Graphviz {
  /// Renders `dot` (a named graph) with the `dot` layout engine to `format`.
  public static func render(dot: String, format: GraphvizFormat) throws -> [UInt8] {
    throw GraphvizError("Graphviz rendering is not built yet")
  }
}

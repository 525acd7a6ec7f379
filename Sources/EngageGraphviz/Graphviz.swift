import CGraphviz
import Foundation

/// An output format Graphviz renders to.
public enum GraphvizFormat: String, Sendable, CaseIterable {
  case svg, png, pdf, dot

  /// The `-T` name handed to `gvRenderData`; `nil` for `dot`, which is returned without layout.
  var rendererName: String? {
    switch self {
    case .svg: "svg"
    case .png: "png:cairo"
    case .pdf: "pdf:cairo"
    case .dot: nil
    }
  }
}

/// A failure reported by Graphviz, with its own message.
public struct GraphvizError: Error, Sendable, CustomStringConvertible, Equatable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// The bytes Graphviz produced together with the warnings it reported on the way.
public struct GraphvizRendering: Sendable, Equatable {
  public let bytes: [UInt8]
  /// Graphviz's warnings, one per message, in the order it reported them.
  public let warnings: [String]
}

/// Lays out and renders DOT text in-process through libgvc.
///
/// Graphviz keeps process-wide state (the parser, plugin loading, the error channel) and is not
/// thread-safe even with one context per thread, so every call into it — context creation
/// included — runs under one process-wide lock. Its diagnostics are collected through
/// `agseterrf` and returned as values: nothing reaches standard error.
public enum Graphviz {
  /// Renders `dot` (a named graph) with the `dot` layout engine to `format`.
  ///
  /// `.dot` returns the input text's UTF-8 bytes unchanged, without parsing or layout: the DOT a
  /// view emits is already the product. SVG is byte-identical to `dot -Tsvg` on the same text; PNG
  /// and PDF come from the cairo renderer; the creation date cairo writes into a PDF is replaced by
  /// `SOURCE_DATE_EPOCH` (or 1970-01-01) so that PDFs are reproducible too. Warnings are dropped;
  /// use `renderReportingWarnings` to see them.
  public static func render(dot: String, format: GraphvizFormat) throws -> [UInt8] {
    try renderReportingWarnings(dot: dot, format: format).bytes
  }

  /// Renders like `render(dot:format:)` and also returns the warnings Graphviz reported.
  public static func renderReportingWarnings(dot: String, format: GraphvizFormat) throws -> GraphvizRendering {
    guard let rendererName = format.rendererName else {
      return GraphvizRendering(bytes: Array(dot.utf8), warnings: [])
    }
    let rendering = try render(dot: dot, rendererName: rendererName)
    guard format == .pdf else { return rendering }
    return GraphvizRendering(bytes: PDFCreationDate.normalised(rendering.bytes), warnings: rendering.warnings)
  }

  /// The version of the Graphviz library in use, as `gvcVersion` reports it (e.g. "2.43.0").
  public static let version: String = GraphvizSession.run { _ in
    guard let context = GraphvizSession.context(), let text = gvcVersion(context) else { return "unknown" }
    return String(cString: text)
  }.value

  /// Renders with an explicit Graphviz renderer name such as `svg` or `png:cairo`.
  static func render(dot: String, rendererName: String) throws -> GraphvizRendering {
    let outcome = GraphvizSession.run { messages -> Result<[UInt8], GraphvizError> in
      renderLocked(dot: dot, rendererName: rendererName, messages: messages)
    }
    switch outcome.value {
    case .success(let bytes): return GraphvizRendering(bytes: bytes, warnings: outcome.warnings)
    case .failure(let error): throw error
    }
  }

  /// The pipeline proper; runs only inside `GraphvizSession.run`, which holds the lock.
  private static func renderLocked(
    dot: String, rendererName: String, messages: GraphvizMessages
  ) -> Result<[UInt8], GraphvizError> {
    // The cairo renderers draw with the pango layout each text span carries; SVG needs only sizes.
    withLaidOutGraph(dot: dot, messages: messages, measurementsFromMemory: rendererName == "svg") { context, graph in
      var data: UnsafeMutablePointer<CChar>?
      var length: UInt32 = 0
      let renderStatus = gvRenderData(context, graph, rendererName, &data, &length)
      defer { if let data { gvFreeRenderData(data) } }
      if renderStatus != 0 || messages.hasErrors {
        return .failure(messages.failure(orElse: "Graphviz could not render to \(rendererName)"))
      }
      guard let data else { return .success([]) }
      let bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
      return .success(Array(bytes))
    }
  }

  /// Reads `dot`, lays it out with the `dot` engine in the process's context and hands both to
  /// `body`; frees the layout and the graph on every path. Runs only under the lock.
  ///
  /// Graphviz 2.42's text layout remembers the last font by a pointer to a name freed with its
  /// graph, so the cache is reset before the layout and again before the graph is freed;
  /// otherwise a later graph could be measured in an earlier graph's font.
  /// `measurementsFromMemory` lets `TextMeasurementCache` answer for text measured before; pass
  /// false when a cairo renderer will draw the graph.
  static func withLaidOutGraph<Value>(
    dot: String, messages: GraphvizMessages, measurementsFromMemory: Bool,
    _ body: (_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>) -> Result<Value, GraphvizError>
  ) -> Result<Value, GraphvizError> {
    guard let context = GraphvizSession.context() else {
      return .failure(GraphvizError("Graphviz could not create a context"))
    }
    TextMeasurementCache.resetFontCache(in: context)
    TextMeasurementCache.answersFromMemory = measurementsFromMemory

    guard let graph = DOTReader.read(dot) else {
      return .failure(messages.failure(orElse: "the DOT text holds no graph"))
    }
    defer { agclose(graph) }
    if messages.hasErrors { return .failure(messages.failure(orElse: "Graphviz could not read the DOT text")) }

    let layoutStatus = gvLayout(context, graph, "dot")
    defer { gvFreeLayout(context, graph) }
    defer { TextMeasurementCache.resetFontCache(in: context) }
    if layoutStatus != 0 || messages.hasErrors {
      return .failure(messages.failure(orElse: "Graphviz could not lay out the graph"))
    }
    return body(context, graph)
  }
}

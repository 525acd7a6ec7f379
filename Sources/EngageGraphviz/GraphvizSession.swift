import CGraphviz
import Foundation

/// The one process-wide lock around Graphviz, and the error channel it owns while held.
enum GraphvizSession {
  private static let lock = NSLock()

  /// The one Graphviz context of the process, created on first use; touched only under `lock`.
  nonisolated(unsafe) private static var sharedContext: OpaquePointer?

  /// The process's Graphviz context, created on first use. Callers hold the lock (they run in
  /// `run`'s body). One context serves every render, as one `dot` process keeps one context for
  /// all the graphs it is given: creating a context per render (plugin configuration, text-layout
  /// set-up) made in-process rendering ~11 % slower than `dot`, and each context leaks ~3.7 kB.
  static func context() -> OpaquePointer? {
    if let sharedContext { return sharedContext }
    sharedContext = gvContext()
    if let sharedContext { TextMeasurementCache.install(in: sharedContext) }
    return sharedContext
  }

  /// What `body` returned plus the warnings Graphviz reported while it ran.
  struct Outcome<Value> {
    let value: Value
    let warnings: [String]
  }

  /// Runs `body` holding the lock, with Graphviz's messages routed into `GraphvizMessages`
  /// instead of standard error; the previous handler and reporting level are restored afterwards.
  static func run<Value>(_ body: (GraphvizMessages) -> Value) -> Outcome<Value> {
    lock.lock()
    defer { lock.unlock() }
    let messages = GraphvizMessages()
    messages.begin()
    defer { messages.end() }
    let value = body(messages)
    return Outcome(value: value, warnings: messages.warnings)
  }
}

/// Text Graphviz reported through `agerr`, gathered by an `agseterrf` handler.
///
/// `agerr` hands the handler one message in pieces ("Error", ": ", the formatted text), so pieces
/// are joined and split into messages at the level markers. The handler is a C function pointer
/// and cannot capture, so the pieces go to a global that only the lock holder touches.
final class GraphvizMessages {
  private var previousHandler: agusererrf?
  private var previousLevel = AGWARN

  func begin() {
    collectedText = ""
    _ = agreseterrors()
    previousHandler = agseterrf { piece in
      if let piece { collectedText += String(cString: piece) }
      return 0
    }
    previousLevel = agseterr(AGWARN)
  }

  func end() {
    _ = agreseterrors()
    _ = agseterrf(previousHandler)
    _ = agseterr(previousLevel)
    collectedText = ""
  }

  /// Whether Graphviz has reported an error (not only warnings) since `begin`.
  var hasErrors: Bool { agerrors() > Int32(AGWARN.rawValue) }

  /// Every message, each with its "Error: " or "Warning: " prefix, trimmed.
  var all: [String] {
    var result: [String] = []
    var current = ""
    for line in collectedText.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("Error: ") || line.hasPrefix("Warning: ") {
        if !current.isEmpty { result.append(current) }
        current = String(line)
      } else {
        current += current.isEmpty ? String(line) : "\n" + line
      }
    }
    if !current.isEmpty { result.append(current) }
    return result.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
  }

  var warnings: [String] {
    all.filter { $0.hasPrefix("Warning: ") }.map { String($0.dropFirst("Warning: ".count)) }
  }

  var errors: [String] {
    all.filter { !$0.hasPrefix("Warning: ") }.map {
      $0.hasPrefix("Error: ") ? String($0.dropFirst("Error: ".count)) : $0
    }
  }

  /// An error carrying Graphviz's own error messages, or `fallback` when it reported none.
  func failure(orElse fallback: String) -> GraphvizError {
    let reported = errors
    return GraphvizError(reported.isEmpty ? fallback : reported.joined(separator: "\n"))
  }
}

/// The handler's buffer; read and written only while `GraphvizSession`'s lock is held.
nonisolated(unsafe) private var collectedText = ""

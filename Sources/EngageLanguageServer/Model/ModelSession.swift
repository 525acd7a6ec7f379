import EngageLanguage
import EngageModel
import EngageRules
import Foundation

/// One model as the editor sees it: its root directory, the result of the last check, the
/// index of its ids, and the files diagnostics were last published for.
final class ModelSession: @unchecked Sendable {
  let root: String
  private(set) var result: LoadResult?
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var index = SymbolIndex([:])
  /// Each file's symbols, with the syntax tree they were read from: a tree the parse cache
  /// handed back unchanged keeps its symbols.
  private var fileSymbols: [String: (syntax: SourceFileSyntax, symbols: FileSymbols)] = [:]
  /// The diagnostics last published, by absolute path: files whose diagnostics went away are
  /// cleared, and files whose diagnostics did not change are not sent again.
  var published: [String: [JSON]] = [:]

  /// Whether each check's phases are timed on standard error (`ENGAGEMAP_LSP_TIMINGS=1`, for
  /// Benchmarks/lsp-latency.py).
  static let reportsTimings = ProcessInfo.processInfo.environment["ENGAGEMAP_LSP_TIMINGS"] == "1"

  init(root: String) {
    self.root = root
  }

  /// The absolute path of a file as the loader names it (relative to the root).
  func absolutePath(_ path: String) -> String {
    path.hasPrefix("/") ? path : ModelPath.normalise(root + "/" + path)
  }

  /// The loader's name for the file at absolute `path`.
  func displayPath(_ absolute: String) -> String {
    ModelPath.display(absolute, relativeTo: root)
  }

  /// Loads and checks the model again: open documents replace their files, and files whose
  /// text the cache has seen are not parsed again.
  func check(openFiles: [String: [UInt8]], parseCache: ParseCache?) {
    let started = DispatchTime.now()
    let loaded = ModelLoader.load(path: root, displayPathsRelativeTo: root, openFiles: openFiles, parseCache: parseCache)
    let loadedAt = DispatchTime.now()
    var all = loaded.diagnostics
    if let graph = loaded.graph { all = (all + RuleRunner.check(graph, concurrently: true)).sortedForOutput() }
    let checkedAt = DispatchTime.now()
    result = loaded
    diagnostics = all.unsuppressed
    var symbols: [String: (syntax: SourceFileSyntax, symbols: FileSymbols)] = [:]
    for syntax in loaded.syntax {
      if let known = fileSymbols[syntax.file.path], known.syntax === syntax {
        symbols[syntax.file.path] = known
      } else {
        symbols[syntax.file.path] = (syntax, FileSymbols(syntax))
      }
    }
    fileSymbols = symbols
    index = SymbolIndex(symbols.mapValues(\.symbols))
    if Self.reportsTimings {
      let indexedAt = DispatchTime.now()
      func ms(_ from: DispatchTime, _ to: DispatchTime) -> Int { Int((to.uptimeNanoseconds - from.uptimeNanoseconds) / 1_000_000) }
      FileHandle.standardError.write(
        Data("engagemap lsp: load \(ms(started, loadedAt)) ms, rules \(ms(loadedAt, checkedAt)) ms, index \(ms(checkedAt, indexedAt)) ms\n".utf8))
    }
  }

  /// The parsed file at absolute `path`, if it belongs to the model.
  func syntax(at absolute: String) -> SourceFileSyntax? {
    let display = displayPath(absolute)
    return result?.syntax.first { $0.file.path == display }
  }

  /// Every file of the model by absolute path.
  var files: [String: SourceFile] {
    var files: [String: SourceFile] = [:]
    for file in result?.files ?? [] { files[absolutePath(file.path)] = file }
    return files
  }

  /// The model root of a document. Inside a workspace folder: the highest directory, from the
  /// document's own up to the folder, in the unbroken chain of directories that directly hold
  /// `.engage` files (so `riverside/shared/roles.engage` belongs to `riverside`). Outside every
  /// workspace folder (or with none): the document's own directory.
  static func root(of documentPath: String, workspaceFolders: [String]) -> String {
    var directory = ModelPath.directory(of: documentPath)
    let limits = workspaceFolders.filter { ModelPath.isInside(directory, root: $0) || directory == $0 }
    guard let limit = limits.max(by: { $0.count < $1.count }) else { return directory }
    var root = directory
    while directory.count >= limit.count && directory != "/" {
      guard holdsModelFiles(directory) else { break }
      root = directory
      directory = ModelPath.directory(of: directory)
    }
    return root
  }

  private static func holdsModelFiles(_ directory: String) -> Bool {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.contains { $0.hasSuffix(".engage") && !$0.hasPrefix(".") }
  }
}

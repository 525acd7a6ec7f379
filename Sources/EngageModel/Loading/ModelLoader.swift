import EngageLanguage
import Foundation

/// What loading a model produced: the resolved graph (only when there are no errors), every
/// diagnostic from reading, parsing and resolving in output order, and the files read.
public struct LoadResult: Sendable {
  /// The resolved model; `nil` when any diagnostic is an error.
  public let graph: ProcessGraph?
  /// Every diagnostic, sorted for output.
  public let diagnostics: [Diagnostic]
  /// Every file of the model (those named and those included), sorted by path.
  public let files: [SourceFile]
  /// The parsed files, in the same order as `files`.
  public let syntax: [SourceFileSyntax]

  public init(graph: ProcessGraph?, diagnostics: [Diagnostic], files: [SourceFile], syntax: [SourceFileSyntax]) {
    self.graph = graph
    self.diagnostics = diagnostics
    self.files = files
    self.syntax = syntax
  }

  /// Whether the model path, or a file of a model directory, could not be read (`EM0014`): an
  /// I/O failure, not a model error.
  public var isUnreadable: Bool {
    diagnostics.contains { $0.code == LanguageCode.unreadableModel }
  }

  /// How many processes the files declare, counted from the syntax so that it is known even
  /// when the model has errors.
  public var declaredProcessCount: Int {
    syntax.reduce(0) { count, file in
      count + file.declarations.reduce(0) { subtotal, declaration in
        switch declaration {
        case .process: subtotal + 1
        case .megaprocess(let megaprocess): subtotal + megaprocess.processes.count
        default: subtotal
        }
      }
    }
  }
}

/// Reads a model from disk: one `.engage` file or a directory of them, plus everything they
/// `include`; parses every file once and resolves them together into a `ProcessGraph`.
///
/// Includes resolve relative to the including file and may not leave the model's root (the
/// directory given, or the single file's directory). Cycles, missing files and paths outside
/// the root are reported at the include. Hidden files and directories (names starting with `.`)
/// are skipped when listing a directory; members that cannot be read (a name that is not UTF-8,
/// a dangling link, a link loop) are reported with `EM0014` and links leading outside the root
/// with `EM0011`, naming the file, while the other files are still loaded (see `DirectoryScan`).
public enum ModelLoader {
  /// Loads the model at `path`; diagnostics show paths relative to the working directory when
  /// the files lie under it.
  public static func load(path: String) -> LoadResult {
    load(path: path, displayPathsRelativeTo: ModelPath.workingDirectory)
  }

  /// Loads the model at `path`, showing file paths relative to `base` when they lie under it.
  public static func load(path: String, displayPathsRelativeTo base: String) -> LoadResult {
    load(path: path, displayPathsRelativeTo: base, openFiles: [:], parseCache: nil)
  }

  /// Loads the model at `path` as an editor sees it: `openFiles` (absolute path → text) replace
  /// the files on disk at those paths, and files whose text `parseCache` has parsed before are
  /// not parsed again (an edit of one file re-parses only that file, then re-resolves).
  public static func load(
    path: String, displayPathsRelativeTo base: String, openFiles: [String: [UInt8]], parseCache: ParseCache?
  ) -> LoadResult {
    let workingDirectory = ModelPath.workingDirectory
    let displayBase = ModelPath.absolute(base, relativeTo: workingDirectory)
    let absolute = ModelPath.absolute(path, relativeTo: workingDirectory)
    var isDirectory: ObjCBool = false
    guard !path.isEmpty, FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
      return unreadable("cannot read model '\(path)': no such file or directory")
    }
    var session = LoadSession(
      root: isDirectory.boolValue ? absolute : ModelPath.directory(of: absolute),
      displayBase: displayBase, preloaded: [:], openFiles: openFiles, parseCache: parseCache)
    let roots: [String]
    if isDirectory.boolValue {
      let scan = DirectoryScan(root: absolute, displayBase: displayBase)
      session.diagnostics += scan.diagnostics
      roots = scan.files
      if roots.isEmpty && scan.diagnostics.isEmpty {
        return unreadable("model directory '\(path)' contains no .engage files")
      }
    } else {
      roots = [absolute]
    }
    var readable: [String] = []
    for root in roots {
      guard case .success = session.read(root) else {
        session.diagnostics.append(
          Diagnostic(
            LanguageCode.unreadableModel, .error,
            "cannot read model file '\(ModelPath.display(root, relativeTo: displayBase))'", at: nil))
        continue
      }
      readable.append(root)
    }
    return session.finish(roots: readable)
  }

  /// Loads a model from files already in memory; `root` is the directory includes may not
  /// leave. Includes are looked up among `files` first (by path), then on disk.
  public static func load(files: [SourceFile], root: String) -> LoadResult {
    let workingDirectory = ModelPath.workingDirectory
    var preloaded: [String: SourceFile] = [:]
    for file in files {
      let absolute = ModelPath.absolute(file.path, relativeTo: workingDirectory)
      if preloaded[absolute] == nil { preloaded[absolute] = file }
    }
    if preloaded.isEmpty { return unreadable("the model has no files") }
    var session = LoadSession(
      root: ModelPath.absolute(root, relativeTo: workingDirectory), displayBase: workingDirectory,
      preloaded: preloaded)
    return session.finish(roots: preloaded.keys.sorted())
  }

  private static func unreadable(_ message: String) -> LoadResult {
    LoadResult(
      graph: nil, diagnostics: [Diagnostic(LanguageCode.unreadableModel, .error, message, at: nil)],
      files: [], syntax: [])
  }
}

/// One load: reads and parses files once each, follows includes depth-first, detects cycles.
private struct LoadSession {
  enum ReadFailure: Error {
    case missing
    case directory
    case unreadable
  }

  enum VisitState {
    case inProgress
    case done
  }

  /// A file on the include stack, with the include that led to it and how far its includes
  /// have been followed. `path` is the path as reached (includes resolve against it); `identity`
  /// is the file's real path, so that a file reached through a symbolic link is still one file.
  struct Frame {
    let path: String
    let identity: String
    let syntax: SourceFileSyntax
    let includes: [IncludeDecl]
    let via: IncludeDecl?
    var next = 0
  }

  let root: String
  let displayBase: String
  var preloaded: [String: SourceFile]
  /// Texts that replace the files on disk at these absolute paths (an editor's open documents).
  let openFiles: [String: [UInt8]]
  let parseCache: ParseCache?
  var sources: [String: SourceFile] = [:]
  var parsed: [String: SourceFileSyntax] = [:]
  var state: [String: VisitState] = [:]
  var identities: [String: String] = [:]
  var diagnostics: [Diagnostic] = []

  init(
    root: String, displayBase: String, preloaded: [String: SourceFile], openFiles: [String: [UInt8]] = [:],
    parseCache: ParseCache? = nil
  ) {
    self.root = root
    self.displayBase = displayBase
    self.preloaded = preloaded
    self.openFiles = openFiles
    self.parseCache = parseCache
  }

  /// Parses `file`, or takes its parse from the cache when the cache has seen its text.
  func parse(_ file: SourceFile) -> ParseResult {
    guard let parseCache else { return Parser.parse(file) }
    return parseCache.parse(file)
  }

  /// The real path of an absolute path (symbolic links resolved); in-memory files are their own
  /// identity.
  mutating func identity(of path: String) -> String {
    if preloaded[path] != nil { return path }
    if let known = identities[path] { return known }
    let real = ModelPath.normalise(URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
    identities[path] = real
    return real
  }

  /// Reads (once) the file at absolute `path`, from memory or disk.
  mutating func read(_ path: String) -> Result<SourceFile, ReadFailure> {
    let key = identity(of: path)
    if let file = sources[key] { return .success(file) }
    if let file = preloaded[path] {
      sources[key] = file
      return .success(file)
    }
    if !openFiles.isEmpty, let bytes = openFiles[path] {
      let file = SourceFile(path: ModelPath.display(path, relativeTo: displayBase), bytes: bytes)
      sources[key] = file
      return .success(file)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
    if isDirectory.boolValue { return .failure(.directory) }
    guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
    let file = SourceFile(path: ModelPath.display(path, relativeTo: displayBase), bytes: Array(data))
    sources[key] = file
    return .success(file)
  }

  /// The parsed syntax of a file already read, parsing it on first use.
  mutating func syntax(of identity: String, file: SourceFile) -> SourceFileSyntax {
    if let syntax = parsed[identity] { return syntax }
    let result = parse(file)
    diagnostics.append(contentsOf: result.diagnostics)
    parsed[identity] = result.syntax
    return result.syntax
  }

  mutating func finish(roots: [String]) -> LoadResult {
    parseConcurrently(roots)
    for root in roots where state[identity(of: root)] == nil {
      guard case .success(let file) = read(root) else { continue }
      visit(root, file: file)
    }
    let loaded = parsed.values.sorted { $0.file.path < $1.file.path }
    let resolution = Resolver.resolve(loaded)
    let all = (diagnostics + resolution.diagnostics).sortedForOutput()
    return LoadResult(
      graph: all.hasErrors ? nil : resolution.graph, diagnostics: all, files: loaded.map(\.file),
      syntax: loaded)
  }

  /// Parses the model's root files on every core before the include walk, which then finds
  /// them parsed. Files are independent, so only the order of their diagnostics could differ,
  /// and those are sorted for output.
  private mutating func parseConcurrently(_ roots: [String]) {
    var pending: [(identity: String, file: SourceFile)] = []
    for root in roots {
      let key = identity(of: root)
      guard parsed[key] == nil, case .success(let file) = read(root) else { continue }
      pending.append((key, file))
    }
    guard pending.count > 1 else { return }
    let results = ParseResults(count: pending.count)
    let files = pending.map(\.file)
    let session = self
    DispatchQueue.concurrentPerform(iterations: files.count) { position in
      results.store(session.parse(files[position]), at: position)
    }
    for (position, entry) in pending.enumerated() {
      guard let result = results.result(at: position) else { continue }
      diagnostics.append(contentsOf: result.diagnostics)
      parsed[entry.identity] = result.syntax
    }
  }

  /// Depth-first over includes with an explicit stack, so long include chains cannot overflow.
  private mutating func visit(_ start: String, file: SourceFile) {
    var stack = [frame(start, file: file, via: nil)]
    state[identity(of: start)] = .inProgress
    while let top = stack.last {
      guard top.next < top.includes.count else {
        state[top.identity] = .done
        stack.removeLast()
        continue
      }
      let include = top.includes[top.next]
      stack[stack.count - 1].next += 1
      guard let target = resolveInclude(include, from: top.path) else { continue }
      let targetIdentity = identity(of: target)
      switch state[targetIdentity] {
      case .done:
        continue
      case .inProgress:
        reportCycle(at: include, closingOn: targetIdentity, stack: stack)
      case nil:
        switch read(target) {
        case .success(let included):
          state[targetIdentity] = .inProgress
          stack.append(frame(target, file: included, via: include))
        case .failure(let failure):
          reportUnreadableInclude(include, failure: failure)
        }
      }
    }
  }

  private mutating func frame(_ path: String, file: SourceFile, via: IncludeDecl?) -> Frame {
    let fileIdentity = identity(of: path)
    let syntax = syntax(of: fileIdentity, file: file)
    let includes = syntax.declarations.compactMap { declaration -> IncludeDecl? in
      if case .include(let include) = declaration { return include }
      return nil
    }
    return Frame(path: path, identity: fileIdentity, syntax: syntax, includes: includes, via: via)
  }

  /// The absolute path an include names, or `nil` after reporting a path outside the root.
  private mutating func resolveInclude(_ include: IncludeDecl, from path: String) -> String? {
    let written = include.path.value
    if written.isEmpty {
      diagnostics.append(
        Diagnostic(LanguageCode.includeMissing, .error, "include names no file", at: include.path.range))
      return nil
    }
    let target = ModelPath.absolute(written, relativeTo: ModelPath.directory(of: path))
    let staysInside =
      ModelPath.isInside(target, root: root)
      && (!FileManager.default.fileExists(atPath: target)
        || ModelPath.isInside(identity(of: target), root: identity(of: root)))
    guard staysInside else {
      diagnostics.append(
        Diagnostic(
          LanguageCode.includeOutsideRoot, .error,
          "include '\(written)' leaves the model's root directory '\(ModelPath.display(root, relativeTo: displayBase))'",
          at: include.path.range,
          notes: [DiagnosticNote("includes must name files inside the model's directory")]))
      return nil
    }
    return target
  }

  private mutating func reportUnreadableInclude(_ include: IncludeDecl, failure: ReadFailure) {
    let written = include.path.value
    let reason =
      switch failure {
      case .missing: "no such file"
      case .directory: "it is a directory"
      case .unreadable: "the file cannot be read"
      }
    diagnostics.append(
      Diagnostic(
        LanguageCode.includeMissing, .error, "cannot include '\(written)': \(reason)", at: include.path.range))
  }

  private mutating func reportCycle(at include: IncludeDecl, closingOn target: String, stack: [Frame]) {
    guard let start = stack.firstIndex(where: { $0.identity == target }) else { return }
    let chain = stack[start...]
    let names = chain.map { $0.syntax.file.path } + [chain.first?.syntax.file.path ?? target]
    var notes: [DiagnosticNote] = []
    for (previous, frame) in zip(chain, chain.dropFirst()) {
      if let via = frame.via {
        notes.append(
          DiagnosticNote("'\(previous.syntax.file.path)' includes '\(frame.syntax.file.path)' here", at: via.path.range))
      }
    }
    diagnostics.append(
      Diagnostic(
        LanguageCode.includeCycle, .error, "include cycle: \(names.joined(separator: " -> "))",
        at: include.path.range, notes: notes))
  }
}

/// One slot per file for parse results written from `concurrentPerform`; each slot is written
/// by exactly one iteration and read only after all of them have finished.
private final class ParseResults: @unchecked Sendable {
  private var slots: [ParseResult?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ result: ParseResult, at position: Int) {
    lock.lock()
    slots[position] = result
    lock.unlock()
  }

  func result(at position: Int) -> ParseResult? {
    lock.lock()
    defer { lock.unlock() }
    return slots[position]
  }
}

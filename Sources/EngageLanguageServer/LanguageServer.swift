import EngageLanguage
import EngageModel
import EngageRules
import Foundation

/// The EngageMap language server (`engagemap lsp`): JSON-RPC 2.0 over standard input and
/// output. Every request and notification is handled on one serial queue, so the server's state
/// needs no locks; a `didChange` schedules a check after a short pause (`debounce`), and each
/// check publishes diagnostics for every file of the model.
public final class LanguageServer: @unchecked Sendable {
  /// An open document: its URI, version and text.
  struct Document {
    let uri: String
    var version: Int
    var lines: LineTable
  }

  /// Where messages go (standard output in `engagemap lsp`; a buffer in unit tests).
  let send: @Sendable (Data) -> Void
  let queue = DispatchQueue(label: "engagemap.lsp")
  /// How long after the last change a model is checked again.
  let debounce: DispatchTimeInterval
  /// Whether parses of unchanged files are reused between checks (off only to measure the gain).
  let reusesParses: Bool
  let parseCache = ParseCache()

  var encoding: PositionEncoding = .utf16
  var documents: [String: Document] = [:]
  var sessions: [String: ModelSession] = [:]
  /// For each model root, the number of the latest check scheduled (older ones are dropped).
  var scheduled: [String: Int] = [:]
  var shutdownRequested = false
  /// The client's workspace folders (absolute paths): a model root never lies above them.
  var workspaceFolders: [String] = []
  /// Called with the exit status when the client sends `exit`.
  let onExit: @Sendable (Int32) -> Void

  public init(
    debounce: DispatchTimeInterval = .milliseconds(150), reusesParses: Bool = true,
    send: @escaping @Sendable (Data) -> Void, onExit: @escaping @Sendable (Int32) -> Void
  ) {
    self.debounce = debounce
    self.reusesParses = reusesParses
    self.send = send
    self.onExit = onExit
  }

  /// Runs the server on standard input and output until `exit` (or the end of input), then
  /// exits the process: 0 after `shutdown` and `exit`, 1 otherwise.
  public static func runOverStandardStreams(reusesParses: Bool = true) -> Never {
    let output = FileHandle.standardOutput
    let lock = NSLock()
    let server = LanguageServer(
      reusesParses: reusesParses,
      send: { data in
        lock.lock()
        output.write(MessageFramer.frame(data))
        lock.unlock()
      },
      onExit: { status in exit(status) })
    var framer = MessageFramer()
    let input = FileHandle.standardInput
    while true {
      let chunk = input.availableData
      if chunk.isEmpty { break }
      framer.append(chunk)
      while let frame = framer.next() {
        server.receive(frame)
      }
    }
    let status: Int32 = server.queue.sync { server.shutdownRequested ? 0 : 1 }
    exit(status)
  }

  /// Handles one frame (asynchronously, in order).
  public func receive(_ frame: MessageFramer.Frame) {
    queue.async { self.handle(frame) }
  }

  // MARK: - Messages

  private func handle(_ frame: MessageFramer.Frame) {
    switch frame {
    case .malformed(let reason):
      logMessage("engagemap lsp: ignored a malformed message frame: \(reason)")
    case .message(let data):
      guard let message = JSON.decode(data) else {
        respond(id: .null, error: (-32700, "Parse error: the message is not JSON"))
        return
      }
      guard case .object = message else {
        respond(id: .null, error: (-32600, "Invalid Request: a message is a JSON object (batches are not supported)"))
        return
      }
      let id = message["id"]
      guard let method = message["method"]?.string else {
        if id != nil { return }  // a response to a request of ours
        respond(id: .null, error: (-32600, "Invalid Request: no method"))
        return
      }
      let params = message["params"] ?? .null
      if let id {
        handleRequest(id: id, method: method, params: params)
      } else {
        handleNotification(method: method, params: params)
      }
    }
  }

  private func handleRequest(id: JSON, method: String, params: JSON) {
    if shutdownRequested && method != "shutdown" {
      respond(id: id, error: (-32600, "Invalid Request: the server is shutting down"))
      return
    }
    switch method {
    case "initialize": respond(id: id, result: initialize(params))
    case "shutdown":
      shutdownRequested = true
      respond(id: id, result: .null)
    case "textDocument/hover": respond(id: id, result: hover(params))
    case "textDocument/definition": respond(id: id, result: definition(params))
    case "textDocument/references": respond(id: id, result: references(params))
    case "textDocument/prepareRename": respond(id: id, result: prepareRename(params))
    case "textDocument/rename":
      switch rename(params) {
      case .success(let edit): respond(id: id, result: edit)
      case .failure(let failure): respond(id: id, error: (-32602, failure.message))
      }
    case "textDocument/completion": respond(id: id, result: completion(params))
    case "textDocument/codeAction": respond(id: id, result: codeActions(params))
    case "textDocument/formatting": respond(id: id, result: formatting(params))
    case "textDocument/documentSymbol": respond(id: id, result: documentSymbols(params))
    case "workspace/symbol": respond(id: id, result: workspaceSymbols(params))
    default: respond(id: id, error: (-32601, "Method not found: \(method)"))
    }
  }

  private func handleNotification(method: String, params: JSON) {
    switch method {
    case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration": break
    case "exit": onExit(shutdownRequested ? 0 : 1)
    case "textDocument/didOpen":
      guard let item = params["textDocument"], let uri = item["uri"]?.string, let text = item["text"]?.string else { return }
      documents[uri] = Document(uri: uri, version: item["version"]?.int ?? 0, lines: LineTable(Array(text.utf8)))
      scheduleCheck(for: uri, after: .milliseconds(0))
    case "textDocument/didChange":
      guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri] else { return }
      for change in params["contentChanges"]?.array ?? [] {
        guard let text = change["text"]?.string else { continue }
        if let range = change["range"], let start = LSPPosition(range["start"]), let end = LSPPosition(range["end"]) {
          let from = document.lines.offset(of: start, encoding: encoding)
          let to = max(from, document.lines.offset(of: end, encoding: encoding))
          var bytes = document.lines.bytes
          bytes.replaceSubrange(from..<to, with: Array(text.utf8))
          document.lines = LineTable(bytes)
        } else {
          document.lines = LineTable(Array(text.utf8))
        }
      }
      document.version = params["textDocument"]?["version"]?.int ?? document.version
      documents[uri] = document
      scheduleCheck(for: uri, after: debounce)
    case "textDocument/didSave":
      guard let uri = params["textDocument"]?["uri"]?.string else { return }
      scheduleCheck(for: uri, after: .milliseconds(0))
    case "textDocument/didClose":
      guard let uri = params["textDocument"]?["uri"]?.string else { return }
      documents[uri] = nil
      scheduleCheck(for: uri, after: .milliseconds(0))
    default: break
    }
  }

  private func initialize(_ params: JSON) -> JSON {
    let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
    encoding = offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
    let folders = (params["workspaceFolders"]?.array ?? []).compactMap { $0["uri"]?.string }
    workspaceFolders = (folders.isEmpty ? [params["rootUri"]?.string].compactMap { $0 } : folders)
      .compactMap(Self.path(of:)).map { ModelPath.normalise($0) }
    return [
      "capabilities": [
        "positionEncoding": .string(encoding.rawValue),
        "textDocumentSync": ["openClose": true, "change": 2, "save": true],
        "hoverProvider": true,
        "definitionProvider": true,
        "referencesProvider": true,
        "renameProvider": ["prepareProvider": true],
        "completionProvider": ["triggerCharacters": [" ", ".", ">"]],
        "codeActionProvider": ["codeActionKinds": ["quickfix"]],
        "documentFormattingProvider": true,
        "documentSymbolProvider": true,
        "workspaceSymbolProvider": true,
      ],
      "serverInfo": ["name": "engagemap", "version": "0.1.0"],
    ]
  }

  // MARK: - Sending

  func respond(id: JSON, result: JSON) {
    send(JSON.object(["jsonrpc": "2.0", "id": id, "result": result]).encoded())
  }

  func respond(id: JSON, error: (code: Int, message: String)) {
    send(JSON.object(["jsonrpc": "2.0", "id": id, "error": ["code": .int(error.code), "message": .string(error.message)]]).encoded())
  }

  func notify(_ method: String, _ params: JSON) {
    send(JSON.object(["jsonrpc": "2.0", "method": .string(method), "params": params]).encoded())
  }

  func logMessage(_ message: String) {
    notify("window/logMessage", ["type": 3, "message": .string(message)])
  }

  // MARK: - Documents and models

  /// The absolute path of a `file:` URI (percent-decoded), or `nil` for another scheme.
  static func path(of uri: String) -> String? {
    guard uri.hasPrefix("file://") else { return nil }
    let encoded = String(uri.dropFirst("file://".count))
    return encoded.removingPercentEncoding ?? encoded
  }

  static func uri(of path: String) -> String {
    URL(fileURLWithPath: path).absoluteString
  }

  /// The model session of the document at `uri`, created on first use.
  func session(for uri: String) -> ModelSession? {
    guard let path = Self.path(of: uri) else { return nil }
    let root = ModelSession.root(of: ModelPath.normalise(path), workspaceFolders: workspaceFolders)
    if let session = sessions[root] { return session }
    let session = ModelSession(root: root)
    sessions[root] = session
    return session
  }

  /// The open documents' texts by absolute path.
  var openFiles: [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for document in documents.values {
      if let path = Self.path(of: document.uri) { files[ModelPath.normalise(path)] = document.lines.bytes }
    }
    return files
  }

  private func scheduleCheck(for uri: String, after delay: DispatchTimeInterval) {
    guard let session = session(for: uri) else { return }
    let generation = (scheduled[session.root] ?? 0) + 1
    scheduled[session.root] = generation
    queue.asyncAfter(deadline: .now() + delay) {
      guard self.scheduled[session.root] == generation else { return }
      self.check(session)
    }
  }

  /// Checks a model now and publishes diagnostics for every file of it.
  func check(_ session: ModelSession) {
    session.check(openFiles: openFiles, parseCache: reusesParses ? parseCache : nil)
    var byPath: [String: [JSON]] = [:]
    let files = session.files
    for path in files.keys { byPath[path] = [] }
    for diagnostic in session.diagnostics {
      guard let range = diagnostic.range else { continue }
      let path = session.absolutePath(range.file.path)
      byPath[path, default: []].append(diagnosticJSON(diagnostic, session: session))
    }
    for path in session.published.keys where byPath[path] == nil { byPath[path] = [] }
    var published: [String: [JSON]] = [:]
    let open = Set(openFiles.keys)
    for path in byPath.keys.sorted() {
      let diagnostics = byPath[path] ?? []
      // Open documents always get their diagnostics; another file only when they changed.
      if open.contains(path) || session.published[path] != diagnostics {
        notify("textDocument/publishDiagnostics", ["uri": .string(Self.uri(of: path)), "diagnostics": .array(diagnostics)])
      }
      if files[path] != nil || !diagnostics.isEmpty { published[path] = diagnostics }
    }
    session.published = published
  }

  func rangeJSON(_ range: SourceRange) -> JSON {
    LineTable(range.file.bytes).range(range.start, range.end, encoding: encoding)
  }

  func location(_ range: SourceRange, session: ModelSession) -> JSON {
    ["uri": .string(Self.uri(of: session.absolutePath(range.file.path))), "range": rangeJSON(range)]
  }

  private func diagnosticJSON(_ diagnostic: Diagnostic, session: ModelSession) -> JSON {
    var object: [String: JSON] = [
      "range": diagnostic.range.map(rangeJSON) ?? .null,
      "severity": .int(diagnostic.severity == .error ? 1 : diagnostic.severity == .warning ? 2 : 3),
      "code": .string(diagnostic.code.rawValue),
      "source": "engagemap",
      "message": .string(diagnostic.message),
    ]
    let related = diagnostic.notes.compactMap { note -> JSON? in
      guard let range = note.range else { return nil }
      return ["location": location(range, session: session), "message": .string(note.message)]
    }
    if !related.isEmpty { object["relatedInformation"] = .array(related) }
    if diagnostic.code == "EM0016" { object["tags"] = [1] }
    return .object(object)
  }

  /// The document, its session and the byte offset of a request's position.
  func target(_ params: JSON) -> (uri: String, path: String, session: ModelSession, offset: Int)? {
    guard let uri = params["textDocument"]?["uri"]?.string, let path = Self.path(of: uri),
      let session = session(for: uri)
    else { return nil }
    let normalised = ModelPath.normalise(path)
    if session.result == nil
      || (documents[uri].map { $0.lines.bytes != session.syntax(at: normalised)?.file.bytes } ?? false)
    {
      check(session)
    }
    guard let position = LSPPosition(params["position"]) else { return (uri, normalised, session, 0) }
    let bytes = documents[uri]?.lines ?? session.syntax(at: normalised).map { LineTable($0.file.bytes) } ?? LineTable([])
    return (uri, normalised, session, bytes.offset(of: position, encoding: encoding))
  }
}

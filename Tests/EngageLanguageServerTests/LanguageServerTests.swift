import Foundation
import Testing

@testable import EngageLanguageServer

/// The server in-process: messages in, messages out, on a model written to a scratch directory.
@Suite struct LanguageServerTests {
  /// Collects what the server sends.
  final class Outbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [JSON] = []
    func append(_ data: Data) {
      guard let message = JSON.decode(data) else { return }
      lock.lock()
      messages.append(message)
      lock.unlock()
    }
    var all: [JSON] {
      lock.lock()
      defer { lock.unlock() }
      return messages
    }
  }

  static func message(_ value: JSON) -> MessageFramer.Frame { .message(value.encoded()) }

  /// Waits until the server's queue has handled everything sent so far, debounced checks too.
  static func settle(_ server: LanguageServer) {
    Thread.sleep(forTimeInterval: 0.05)
    server.queue.sync {}
  }

  @Test func anEditThatBreaksAndMendsAFilePublishesThenClearsItsDiagnostics() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("roles.engage")
    let text = "role gp \"GP\" { kind clinician }\n"
    try Data(text.utf8).write(to: file)
    let outbox = Outbox()
    let server = LanguageServer(debounce: .milliseconds(0), send: outbox.append, onExit: { _ in })
    let uri = file.absoluteString
    server.receive(Self.message(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]]))
    server.receive(Self.message([
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": ["textDocument": ["uri": .string(uri), "languageId": "engage", "version": 1, "text": .string(text)]],
    ]))
    Self.settle(server)
    server.receive(Self.message([
      "jsonrpc": "2.0", "method": "textDocument/didChange",
      "params": [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [["range": ["start": ["line": 0, "character": 15], "end": ["line": 0, "character": 19]], "text": "kidn"]],
      ],
    ]))
    Self.settle(server)
    server.receive(Self.message([
      "jsonrpc": "2.0", "method": "textDocument/didChange",
      "params": ["textDocument": ["uri": .string(uri), "version": 3], "contentChanges": [["text": .string(text)]]],
    ]))
    Self.settle(server)
    let published = outbox.all.filter { $0["method"]?.string == "textDocument/publishDiagnostics" }
      .filter { $0["params"]?["uri"]?.string?.hasSuffix("/roles.engage") ?? false }
      .map { $0["params"]?["diagnostics"]?.array ?? [] }
    #expect(published.count == 3)
    #expect(!(published.first?.contains { $0["code"]?.string == "EM0004" } ?? true))
    let broken = try #require(published.dropFirst().first?.first { $0["code"]?.string == "EM0004" })
    #expect(broken["range"]?["start"] == ["line": 0, "character": 15])
    #expect(broken["message"]?.string?.contains("'kidn'") == true)
    #expect(published.last == published.first, "mended, the file has its first diagnostics again")
  }
}

import EngageLanguage
import Foundation
import HTTPTypes
import Hummingbird

/// The server's routes: the live-reload script, the event stream, the status, and every file
/// of the current snapshot (nothing else: a path not in the set is a 404, so `..` reaches
/// nothing).
struct PreviewRoutes: Sendable {
  let server: PreviewServer

  func router() -> Router<BasicRequestContext> {
    let router = Router()
    router.get(RouterPath(stringLiteral: LiveReload.scriptPath)) { _, _ in
      Self.response(.ok, ByteBuffer(string: LiveReload.script), type: "text/javascript; charset=utf-8", generation: nil)
    }
    router.get(RouterPath(stringLiteral: LiveReload.statusPath)) { _, _ in self.status() }
    router.get(RouterPath(stringLiteral: LiveReload.eventsPath)) { _, _ in self.eventStream() }
    // Browsers ask for one; the site has none, and a 404 would be a console error.
    router.get("/favicon.ico") { _, _ in Response(status: .noContent, headers: Self.headers(type: "image/x-icon", generation: nil)) }
    router.get("/") { request, _ in self.file(request) }
    router.get("**") { request, _ in self.file(request) }
    return router
  }

  private func file(_ request: Request) -> Response {
    guard let snapshot = server.snapshot else {
      return Self.response(.serviceUnavailable, ByteBuffer(string: "starting\n"), type: "text/plain; charset=utf-8", generation: nil)
    }
    let path = Self.sitePath(request.uri.path)
    guard let path, let file = snapshot.files[path] else {
      return Self.response(.notFound, ByteBuffer(string: Self.notFoundPage(generation: snapshot.generation)), type: "text/html; charset=utf-8", generation: snapshot.generation)
    }
    return Self.response(.ok, file.bytes, type: file.contentType, generation: snapshot.generation)
  }

  /// The site path a request path names: percent-decoded, without the leading `/`,
  /// `index.html` for a directory.
  static func sitePath(_ requestPath: String) -> String? {
    guard let decoded = requestPath.removingPercentEncoding, decoded.hasPrefix("/") else { return nil }
    var path = String(decoded.dropFirst())
    if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
    return path
  }

  private func status() -> Response {
    let snapshot = server.snapshot
    let json = PreviewStatus.json(snapshot: snapshot, model: server.configuration.modelPath)
    return Self.response(.ok, ByteBuffer(string: json), type: "application/json", generation: snapshot?.generation)
  }

  private func eventStream() -> Response {
    let stream = server.events.subscribe(current: server.snapshot?.generation ?? 0)
    var headers = Self.headers(type: "text/event-stream", generation: nil)
    headers[.connection] = "keep-alive"
    return Response(
      status: .ok, headers: headers,
      body: ResponseBody { writer in
        try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
        for await generation in stream {
          try await writer.write(ByteBuffer(string: "event: generation\ndata: \(generation)\n\n"))
        }
        try await writer.finish(nil)
      })
  }

  static func headers(type: String, generation: Int?) -> HTTPFields {
    var headers = HTTPFields()
    headers[.contentType] = type
    headers[.cacheControl] = "no-store"
    if let noSniff = HTTPField.Name("X-Content-Type-Options") { headers[noSniff] = "nosniff" }
    if let generation, let name = HTTPField.Name("X-EngageMap-Generation") { headers[name] = String(generation) }
    return headers
  }

  static func response(_ status: HTTPResponse.Status, _ body: ByteBuffer, type: String, generation: Int?) -> Response {
    Response(status: status, headers: headers(type: type, generation: generation), body: ResponseBody(byteBuffer: body))
  }

  static func notFoundPage(generation: Int) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head><meta charset="utf-8"><title>Not found</title><link rel="stylesheet" href="/assets/site.css"></head>
    <body>
    <main id="main"><h1>Not found</h1><p>This site has no such page. <a href="/index.html">Home</a></p></main>
    \(LiveReload.snippet(generation: generation))
    </body>
    </html>

    """
  }
}

/// `/_engagemap/status`: the generation served, and the latest diagnostics, in the project's
/// JSON convention.
enum PreviewStatus {
  static func json(snapshot: PreviewSnapshot?, model: String) -> String {
    let errors = snapshot?.errors ?? []
    let diagnostics = (errors + (snapshot?.warnings ?? [])).map { diagnostic in
      JSONValue.fields([
        "location": .optional(diagnostic.range.map { "\($0)" }), "severity": .string(diagnostic.severity.rawValue),
        "code": .string(diagnostic.code.rawValue), "message": .string(diagnostic.message),
      ])
    }
    return JSONValue.fields([
      "model": .string(model),
      "generation": .int(snapshot?.generation ?? 0),
      "errorCount": .int(errors.count + (snapshot?.failure == nil ? 0 : 1)),
      "warningCount": .int(snapshot?.warnings.count { $0.severity == .warning } ?? 0),
      "keepsLastGoodSite": .bool(snapshot?.keepsLastGoodSite ?? false),
      "failure": .optional(snapshot?.failure),
      "diagnostics": .array(diagnostics),
    ]).rendered()
  }
}

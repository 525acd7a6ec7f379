import EngageServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The preview server in-process: every page of the site served with its headers, nothing else
/// served, edits seen, errors shown over the last good pages, consistent snapshots
/// under concurrent requests.
@Suite("Preview server")
struct PreviewServerTests {
  @Test func servesEveryFileOfTheSiteWithItsTypeAndNoCaching() async throws {
    let scratch = try ScratchModel()
    let server = PreviewServer(configuration: PreviewConfiguration(modelPath: scratch.model, port: 0))
    let snapshot = server.render()
    #expect(snapshot.generation == 1 && snapshot.errors.isEmpty)
    #expect(snapshot.files.keys.contains("index.html") && snapshot.files.count > 15)
    try await server.application().test(.router) { client in
      for path in snapshot.files.keys.sorted() {
        try await client.execute(uri: "/" + path, method: .get) { response in
          #expect(response.status == .ok, "\(path)")
          #expect(response.headers[.cacheControl] == "no-store")
          #expect(response.headers[.init("X-EngageMap-Generation")!] == "1")
          let type = response.headers[.contentType] ?? ""
          if path.hasSuffix(".html") {
            #expect(type == "text/html; charset=utf-8")
            let page = String(buffer: response.body)
            #expect(page.contains(#"<script src="/_engagemap/live.js" data-engagemap-generation="1"></script>"#), "\(path)")
            #expect(!page.contains("engagemap-preview-diagnostics"), "\(path): no banner for a good model")
          }
          if path.hasSuffix(".css") { #expect(type == "text/css; charset=utf-8") }
          if path.hasSuffix(".js") { #expect(type == "text/javascript; charset=utf-8") }
        }
      }
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.status == .ok)
        #expect(String(buffer: response.body).contains("Harbour Clinic"))
      }
      try await client.execute(uri: "/_engagemap/live.js", method: .get) { response in
        #expect(String(buffer: response.body).contains("new EventSource(\"/_engagemap/events\")"))
      }
    }
  }

  @Test(arguments: [
    "/no-such-page.html", "/../Package.swift", "/%2e%2e/Package.swift", "/process/../../warnings.engage",
    "/..%2f..%2fetc%2fpasswd", "/assets", "/process/", "//etc/passwd",
  ])
  func onlyTheFilesOfTheSiteAreServed(path: String) async throws {
    let scratch = try ScratchModel()
    let server = PreviewServer(configuration: PreviewConfiguration(modelPath: scratch.model, port: 0))
    server.render()
    try await server.application().test(.router) { client in
      try await client.execute(uri: path, method: .get) { response in
        #expect(response.status == .notFound, "\(path)")
        let body = String(buffer: response.body)
        #expect(body.contains("<h1>Not found</h1>") && !body.contains("organisation"), "\(path)")
      }
    }
  }

  @Test func listensOn127001Only() throws {
    let server = PreviewServer(configuration: PreviewConfiguration(modelPath: "unused", port: 4321))
    let address = server.application().configuration.address
    #expect("\(address)" == "\(BindAddress.hostname("127.0.0.1", port: 4321))")
  }

  /// A broken edit: the last good pages stay, with a banner of the errors on every page and in
  /// the status; fixed, the banner goes.
  @Test func aBrokenModelKeepsTheLastGoodPagesWithABannerUntilFixed() async throws {
    let scratch = try ScratchModel()
    let server = PreviewServer(configuration: PreviewConfiguration(modelPath: scratch.model, port: 0))
    let good = server.render()
    try scratch.edit("step goals \"Elicit goals\" by gp, patient x2", "step goals \"Elicit goals\" by gq, patient x2")
    let broken = server.render()
    #expect(broken.generation == 2 && broken.keepsLastGoodSite)
    #expect(broken.errors.map(\.code.rawValue) == ["EM0007"])
    #expect(Set(broken.files.keys) == Set(good.files.keys), "the last good site's pages")
    try await server.application().test(.router) { client in
      try await client.execute(uri: "/process/planning.html", method: .get) { response in
        let page = String(buffer: response.body)
        #expect(page.contains(#"id="engagemap-preview-diagnostics""#))
        #expect(page.contains("warnings.engage:28:34: </code>error: unknown role 'gq'"))
        #expect(page.contains("<svg"), "the last good map")
        #expect(page.contains(#"data-engagemap-generation="2""#))
      }
      try await client.execute(uri: "/_engagemap/status", method: .get) { response in
        let status = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        #expect(status?["generation"] as? Int == 2)
        #expect(status?["errorCount"] as? Int == 1)
        let first = (status?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["code"] as? String == "EM0007")
        #expect((first?["location"] as? String)?.hasSuffix("warnings.engage:28:34") == true)
      }
    }
    try scratch.edit("by gq, patient x2", "by gp, patient x2")
    let fixed = server.render()
    #expect(fixed.errors.isEmpty && !fixed.keepsLastGoodSite)
    let page = String(buffer: try #require(fixed.files["process/planning.html"]).bytes)
    #expect(!page.contains("engagemap-preview-diagnostics"))
  }

  /// Data rows that cannot be used: the pages are current, with a banner of those rows.
  @Test func badDataRowsShowABannerOverTheCurrentPages() throws {
    let scratch = try ScratchModel()
    let data = scratch.directory + "/measures.csv"
    try "measure,period,value\nplans_with_goals,2026-10,85\nno_such_measure,2026-10,5\n".write(toFile: data, atomically: true, encoding: .utf8)
    let server = PreviewServer(configuration: PreviewConfiguration(modelPath: scratch.model, dataPath: data, port: 0))
    let snapshot = server.render()
    #expect(!snapshot.keepsLastGoodSite)
    #expect(snapshot.errors.map { $0.range.map { "\($0)" } ?? "" } == [data + ":3:1"])
    let page = String(buffer: try #require(snapshot.files["process/planning.html"]).bytes)
    #expect(page.contains("The measure data has 1 error."))
    #expect(page.contains("unknown measure 'no_such_measure'"))
    #expect(page.contains("85"), "the good row is evaluated")
  }

  @Test func aModelThatWasNeverGoodShowsItsDiagnostics() throws {
    let scratch = try ScratchModel()
    try scratch.edit("by gp, patient x2", "by gq, patient x2")
    let server = PreviewServer(configuration: PreviewConfiguration(modelPath: scratch.model, port: 0))
    let snapshot = server.render()
    #expect(!snapshot.keepsLastGoodSite && snapshot.errors.count == 1)
    let home = String(buffer: try #require(snapshot.files["index.html"]).bytes)
    #expect(home.contains("unknown role"))
    #expect(snapshot.files["diagnostics.html"] != nil)
  }

  /// The watcher sees an in-place write and a rename-over save and renders the new site. (Not
  /// timed here, as no unit test is: the 2 s budget is measured by the browser tests.)
  @Test func inPlaceAndRenameOverEditsAreServed() async throws {
    let scratch = try ScratchModel()
    let server = PreviewServer(configuration: PreviewConfiguration(modelPath: scratch.model, port: 0))
    server.render()
    let watching = Task { await server.watchForChanges() }
    defer { watching.cancel() }
    try await Task.sleep(for: .milliseconds(300))
    try scratch.edit("Shared care planning", "Planning together", renamingOver: false)
    try await Self.waitForGeneration(2, of: server)
    #expect(String(buffer: try #require(server.snapshot?.files["process/planning.html"]).bytes).contains("Planning together"))
    try scratch.edit("Planning together", "Planning with the patient", renamingOver: true)
    try await Self.waitForGeneration(3, of: server)
    #expect(String(buffer: try #require(server.snapshot?.files["process/planning.html"]).bytes).contains("Planning with the patient"))
  }

  static func waitForGeneration(_ generation: Int, of server: PreviewServer) async throws {
    for _ in 0..<600 where (server.snapshot?.generation ?? 0) < generation { try await Task.sleep(for: .milliseconds(50)) }
    #expect(server.snapshot?.generation == generation)
  }

  /// Requests during re-renders: every page's generation (in the page and in its header) names
  /// one whole snapshot, whose title it shows.
  @Test func concurrentRequestsDuringRerendersSeeWholeSnapshots() async throws {
    let scratch = try ScratchModel()
    let server = PreviewServer(configuration: PreviewConfiguration(modelPath: scratch.model, port: 0))
    server.render()
    let titles = TitleLog()
    titles.record(1, "Harbour Clinic")
    let editing = Task.detached {
      for version in 2...7 {
        try scratch.edit(version == 2 ? "Harbour Clinic" : "Harbour Clinic v\(version - 1)", "Harbour Clinic v\(version)")
        let snapshot = server.render()
        titles.record(snapshot.generation, "Harbour Clinic v\(version)")
        try await Task.sleep(for: .milliseconds(50))
      }
      titles.finish()
    }
    try await server.application().test(.router) { client in
      try await withThrowingTaskGroup(of: [(Int, String, Int)].self) { group in
        for worker in 0..<4 {
          group.addTask {
            var seen: [(Int, String, Int)] = []
            while !titles.isFinished || seen.count < 25 {
              let path = worker % 2 == 0 ? "/index.html" : "/assets/search-index.js"
              try await client.execute(uri: path, method: .get) { response in
                let header = Int(response.headers[.init("X-EngageMap-Generation")!] ?? "") ?? -1
                let body = String(buffer: response.body)
                let title = body.firstMatch(of: /Harbour Clinic( v\d)?/).map { String($0.output.0) } ?? ""
                var embedded = header
                if let match = body.firstMatch(of: /data-engagemap-generation="(\d+)"/) { embedded = Int(match.output.1) ?? -1 }
                seen.append((header, title, embedded))
              }
            }
            return seen
          }
        }
        var all: [(Int, String, Int)] = []
        for try await seen in group { all += seen }
        try await editing.value
        #expect(all.count >= 100)
        #expect(Set(all.map(\.0)).count > 1, "requests were served during the re-renders")
        for (generation, title, embedded) in all {
          #expect(generation == embedded)
          #expect(titles.title(of: generation) == title, "generation \(generation) served \(title)")
        }
      }
    }
  }
}

/// Which title each generation has.
final class TitleLog: @unchecked Sendable {
  private let lock = NSLock()
  private var titles: [Int: String] = [:]
  private var finished = false
  func finish() { lock.withLock { finished = true } }
  var isFinished: Bool { lock.withLock { finished } }
  func record(_ generation: Int, _ title: String) { lock.withLock { titles[generation] = title } }
  func title(of generation: Int) -> String? { lock.withLock { titles[generation] } }
}

/// A copy of the site tests' small model in a fresh directory.
final class ScratchModel: Sendable {
  let directory: String
  var model: String { directory + "/warnings.engage" }

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("engagemap-serve-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("EngageSiteTests/Fixtures/warnings.engage")
    try FileManager.default.copyItem(atPath: fixture.path, toPath: model)
  }

  deinit { try? FileManager.default.removeItem(atPath: directory) }

  /// Replaces `old` with `new` in the model, in place or as an editor's atomic save does.
  func edit(_ old: String, _ new: String, renamingOver: Bool = false) throws {
    let text = try String(contentsOfFile: model, encoding: .utf8)
    guard text.contains(old) else { throw CocoaError(.fileReadUnknown) }
    let edited = text.replacingOccurrences(of: old, with: new)
    if renamingOver {
      let temporary = directory + "/.warnings.engage.swp"
      try edited.write(toFile: temporary, atomically: false, encoding: .utf8)
      guard rename(temporary, model) == 0 else { throw CocoaError(.fileWriteUnknown) }
    } else {
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: model))
      try handle.truncate(atOffset: 0)
      try handle.write(contentsOf: Data(edited.utf8))
      try handle.close()
    }
  }
}

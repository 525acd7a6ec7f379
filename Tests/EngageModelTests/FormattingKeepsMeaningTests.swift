import EngageLanguage
import Foundation
import Testing

@testable import EngageModel

/// Formatting changes layout, never meaning: a model's JSON export is the same before and after
/// every file of it is formatted (apart from the line and column of each element, for a model
/// whose layout changes).
@Suite("Formatting keeps a model's meaning")
struct FormattingKeepsMeaningTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let models = ((try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("Models").path)) ?? [])
    .filter { !$0.hasPrefix(".") }.sorted()
  static let messyModel = repository.appendingPathComponent("Tests/EngageLanguageTests/Formatting/messy.engage")
  static let allowModel = repository.appendingPathComponent("Tests/EngageLanguageTests/Formatting/allow.engage")

  /// The export of the model in `directory/name`, with paths shown relative to `directory`.
  static func export(_ name: String, in directory: String) throws -> String {
    let result = ModelLoader.load(path: "\(directory)/\(name)", displayPathsRelativeTo: directory)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(DiagnosticTextFormatter(colour: false).format(errors))")
    return ModelExporter.json(try #require(result.graph))
  }

  /// Copies the `.engage` files of `source` (a model directory or file) into `destination`,
  /// each formatted, and returns how many changed.
  static func copyFormatted(_ source: URL, to destination: URL) throws -> Int {
    var changed = 0
    var isDirectory: ObjCBool = false
    FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory)
    let files: [String] =
      isDirectory.boolValue
      ? (FileManager.default.enumerator(atPath: source.path)?.compactMap { $0 as? String } ?? [])
        .filter { $0.hasSuffix(".engage") } : [""]
    for relative in files {
      let input = relative.isEmpty ? source : source.appendingPathComponent(relative)
      let output = relative.isEmpty ? destination : destination.appendingPathComponent(relative)
      let file = SourceFile(path: relative, bytes: Array(try Data(contentsOf: input)))
      let formatted = try SourceFormatter.format(file).get()
      if formatted.isChanged { changed += 1 }
      try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(formatted.text.utf8).write(to: output)
    }
    return changed
  }

  /// `"location": "path:line:col"` with the line and column left out.
  static func withoutLineAndColumn(_ json: String) -> String {
    json.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      guard line.contains("\"location\": \""), let colon = line.dropLast().lastIndex(of: ":"),
        let previous = line[..<colon].lastIndex(of: ":")
      else { return String(line) }
      return String(line[..<previous]) + "\","
    }.joined(separator: "\n")
  }

  @Test func thereAreModels() {
    #expect(Self.models.count >= 2)
  }

  @Test(arguments: models)
  func modelExportIsIdenticalAfterFormatting(_ model: String) throws {
    let scratch = try TemporaryDirectory()
    let changed = try Self.copyFormatted(
      Self.repository.appendingPathComponent("Models/\(model)"), to: URL(fileURLWithPath: "\(scratch.path)/\(model)"))
    #expect(changed == 0, "Models/ is formatted")
    let before = try Self.export(model, in: Self.repository.appendingPathComponent("Models").path)
    let after = try Self.export(model, in: scratch.path)
    #expect(before == after)
  }

  @Test func messyModelExportIsIdenticalAfterFormattingButForLinesAndColumns() throws {
    let original = try TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: "\(original.path)/messy", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Self.messyModel.path, toPath: "\(original.path)/messy/messy.engage")
    let formatted = try TemporaryDirectory()
    let changed = try Self.copyFormatted(
      Self.messyModel, to: URL(fileURLWithPath: "\(formatted.path)/messy/messy.engage"))
    #expect(changed == 1)
    let before = try Self.export("messy", in: original.path)
    let after = try Self.export("messy", in: formatted.path)
    #expect(before != after, "the layout changed, so some locations moved")
    #expect(Self.withoutLineAndColumn(before) == Self.withoutLineAndColumn(after))
    #expect(before.components(separatedBy: "\"location\"").count > 30, "the export locates every element")
    #expect(Self.withoutLineAndColumn(before).contains("\"location\": \"messy/messy.engage\","))
  }

  /// `allow` statements (one-line and triple-quoted reasons, comments around them) keep their
  /// rules, reasons and elements: the suppressions of the export are the same.
  @Test func allowStatementsExportIdenticallyAfterFormattingButForLinesAndColumns() throws {
    let original = try TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: "\(original.path)/allow", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Self.allowModel.path, toPath: "\(original.path)/allow/allow.engage")
    let formatted = try TemporaryDirectory()
    let changed = try Self.copyFormatted(Self.allowModel, to: URL(fileURLWithPath: "\(formatted.path)/allow/allow.engage"))
    #expect(changed == 1)
    let before = try Self.export("allow", in: original.path)
    let after = try Self.export("allow", in: formatted.path)
    #expect(Self.withoutLineAndColumn(before) == Self.withoutLineAndColumn(after))
    for reason in ["one-to-one \\\"talk\\\"", "the measures are being developed\\n  with the patient council", "EM0308", "partner-support-process"] {
      #expect(after.contains(reason), "the export has \(reason)")
    }
  }
}

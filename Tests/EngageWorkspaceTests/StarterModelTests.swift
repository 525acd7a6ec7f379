import EngageLanguage
import EngageModel
import EngageWorkspace
import Foundation
import Testing

/// The starter model for any organisation name: it walks through the five steps of the process
/// approach in order, each with its comment, loads and checks without an error or a warning,
/// is formatted, and its data names only its measures.
@Suite("Starter model")
struct StarterModelTests {
  static let names = [
    StarterModel.defaultName, "Lakeside Clinic", "Clinique Sainte-Anne (Québec)", "Dr \"Who\" \\ Partners",
    "Two\nlines\tand a tab", "24/7 Care", "!!!", "北京诊所", "care", "Patients", "partner support",
  ]

  static func check(_ name: String) throws -> (model: LoadedModel, diagnostics: [Diagnostic]) {
    let scratch = try ScratchDirectory()
    try Workspace().createStarterModel(in: "\(scratch.path)/starter", name: name)
    let model = try Workspace(displayPathsRelativeTo: scratch.path).load("\(scratch.path)/starter")
    return (model, model.checkDiagnostics())
  }

  @Test(arguments: names)
  func starterChecksWithoutErrorsOrWarningsWhateverTheName(_ name: String) throws {
    let (model, diagnostics) = try Self.check(name)
    let text = DiagnosticTextFormatter(colour: false).format(diagnostics.filter { $0.severity != .info })
    #expect(text == "")
    #expect(diagnostics.isEmpty, "not even an info")
    let organisation = try #require(model.graph?.organisation)
    #expect(organisation.title == name)
    #expect(organisation.id == StarterModel.organisationID(for: name))
    #expect(IdentifierSuggestion.isValidIdentifier(organisation.id))
  }

  @Test(arguments: names)
  func starterIsFormatted(_ name: String) throws {
    let file = try #require(StarterModel.files(name: name).first { $0.path == StarterModel.modelFile })
    let source = SourceFile(path: file.path, bytes: file.bytes)
    let formatted = try SourceFormatter.format(source).get()
    #expect(!formatted.isChanged)
  }

  @Test func theFiveStepsComeInOrderEachWithItsComment() throws {
    let file = try #require(StarterModel.files(name: StarterModel.defaultName).first { $0.path == StarterModel.modelFile })
    let text = String(decoding: file.bytes, as: UTF8.self)
    let steps = [
      ("# Step 1: purpose.", "organisation "), ("# Step 2: mega-processes by client.", "megaprocess care "),
      ("# Step 3: a reference process.", "process care_planning "), ("# Step 4: measures.", "measure plans_with_goals "),
      ("# Step 5: a relation.", "relation review_to_care "),
    ]
    var previous = text.startIndex
    for (comment, declaration) in steps {
      let commentRange = try #require(text.range(of: comment), "\(comment)")
      let declarationRange = try #require(text.range(of: declaration, range: commentRange.upperBound..<text.endIndex))
      #expect(commentRange.lowerBound > previous, "\(comment) comes after the step before it")
      previous = declarationRange.lowerBound
    }
    #expect(text.hasPrefix("# Our Health Centre: a starter EngageMap model.\n"))
  }

  @Test func theOrganisationIdNeverClashesWithTheStartersOwnIds() throws {
    let (model, _) = try Self.check(StarterModel.defaultName)
    let graph = try #require(model.graph)
    var ids: Set<String> = []
    ids.formUnion(graph.goals.map(\.id))
    ids.formUnion(graph.clients.map(\.id))
    ids.formUnion(graph.roles.map(\.id))
    ids.formUnion(graph.megaprocesses.map(\.id))
    ids.formUnion(graph.processes.map(\.id))
    ids.formUnion(graph.measures.map(\.id))
    ids.formUnion(graph.relations.map(\.id))
    for id in ids.sorted() {
      #expect(StarterModel.organisationID(for: id) == id + "_organisation", "\(id)")
    }
    #expect(ids.count >= 20)
  }

  @Test func dataNamesTheStartersMeasuresOverSeveralPeriods() throws {
    let (model, _) = try Self.check(StarterModel.defaultName)
    let measures = Set(try #require(model.graph).measures.map(\.id))
    let data = try #require(StarterModel.files(name: "x").first { $0.path == StarterModel.dataFile })
    let rows = String(decoding: data.bytes, as: UTF8.self).split(separator: "\n").dropFirst()
    let named = Set(rows.map { String($0.split(separator: ",")[0]) })
    #expect(named == measures)
    #expect(rows.count >= 2 * measures.count)
  }

  @Test func aDirectoryThatHoldsAnythingIsRefused() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("taken/.git", "")
    let error = try #require(throws: WorkspaceError.self) {
      try Workspace().createStarterModel(in: "\(scratch.path)/taken", name: "X")
    }
    #expect(error.exitStatus == 2)
    #expect(scratch.tree("taken") == [".git"])
  }
}

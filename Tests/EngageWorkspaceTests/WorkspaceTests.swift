import EngageGraphviz
import EngageLanguage
import EngageModel
import EngageViews
import EngageWorkspace
import Foundation
import Testing

/// The pipeline in-process: loading, checking, rendering and measures, failures as values.
@Suite("Workspace")
struct WorkspaceTests {
  static let unknownRole = "process p \"P\" {\n  kind main\n  owner gq\n}\nrole gp \"GP\" { kind clinician }\n"

  @Test func loadsAModelWithItsFilesNameAndSummary() throws {
    let model = try Workspace().load(TestPaths.model("riverside"))
    #expect(model.name == "riverside")
    #expect(model.graph != nil)
    #expect(model.filePaths.count == model.result.files.count)
    #expect(model.filePaths.allSatisfy { $0.hasPrefix(TestPaths.packageRoot + "/Models/riverside/") && $0.hasSuffix(".engage") })
    let check = try Workspace().check(TestPaths.model("riverside"))
    #expect(!check.fails(strict: true))
    #expect(check.summary == "riverside: 9 files, 13 processes — 0 errors, 0 warnings")
  }

  @Test func aModelThatCannotBeReadIsAnIOFailureWithItsDiagnostic() throws {
    let error = try #require(throws: WorkspaceError.self) { try Workspace().load("/no/such/model.engage") }
    #expect(error.kind == .usageOrIO)
    #expect(error.exitStatus == 2)
    #expect(error.message == nil)
    #expect(error.diagnostics.map(\.message) == ["cannot read model '/no/such/model.engage': no such file or directory"])
  }

  @Test func aModelWithErrorsIsAResultOfCheckAndAFailureOfRenderAndExport() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("bad.engage", Self.unknownRole)
    let workspace = Workspace(displayPathsRelativeTo: scratch.path)
    let check = try workspace.check("\(scratch.path)/bad.engage")
    #expect(check.fails(strict: false))
    #expect(check.summary == "bad: 1 file, 1 process — 1 error, 0 warnings")
    #expect(check.diagnostics.first?.range.map { "\($0)" } == "bad.engage:3:9", "paths relative to the display base")

    let model = try workspace.load("\(scratch.path)/bad.engage")
    let export = try #require(throws: WorkspaceError.self) { try workspace.validGraph(of: model, runRules: false) }
    #expect(export.kind == .modelErrors)
    #expect(export.exitStatus == 1)
    let render = try #require(throws: WorkspaceError.self) { try workspace.render(RenderRequest(), of: model) }
    #expect(render.kind == .modelErrors)
    #expect(render.diagnostics.map(\.code) == check.diagnostics.map(\.code))
    #expect(scratch.tree() == ["bad.engage"])
  }

  @Test func renderReturnsTheWholeSetInPlanOrderWithRelativePaths() throws {
    let workspace = Workspace()
    let model = try workspace.load(TestPaths.model("northshore"))
    let graph = try #require(model.graph)
    let rendered = try workspace.render(RenderRequest(format: .dot), of: model)
    let plan = ViewCatalog.plan(for: graph, options: ViewOptions(linkExtension: "dot"))
    let planned = (0..<plan.count).compactMap(plan.document(at:)).map { $0.path + ".dot" }
    #expect(rendered.files.map(\.path) == planned)
    #expect(rendered.files.first?.path == "landscape.dot")
    #expect(rendered.files.allSatisfy { !$0.path.hasPrefix("/") && !$0.bytes.isEmpty })
    #expect(rendered.diagnostics.allSatisfy { $0.severity != .error })
  }

  @Test func oneProcessInOneFormat() throws {
    let workspace = Workspace()
    let model = try workspace.load(TestPaths.model("riverside"))
    let rendered = try workspace.render(RenderRequest(process: "shared_care_planning", format: .svg), of: model)
    #expect(rendered.files.map(\.path) == ["process/shared_care_planning.svg"])
    #expect(String(decoding: rendered.files[0].bytes, as: UTF8.self).contains("<svg"))
  }

  @Test func anUnknownProcessIsAUsageFailureWithASuggestion() throws {
    let workspace = Workspace()
    let model = try workspace.load(TestPaths.model("riverside"))
    let error = try #require(throws: WorkspaceError.self) {
      try workspace.render(RenderRequest(process: "shared_care_plannin"), of: model)
    }
    #expect(error.exitStatus == 2)
    #expect(error.message == "the model has no process 'shared_care_plannin'; did you mean 'shared_care_planning'?")
  }

  @Test func measureDataColoursTheMapsAndUnusableDataIsAFailure() throws {
    let workspace = Workspace()
    let model = try workspace.load(TestPaths.model("riverside"))
    let data = MeasureDataSelection(path: TestPaths.model("riverside") + "/data/measures.csv")
    let rendered = try workspace.render(RenderRequest(views: [.measures], data: data), of: model)
    #expect(rendered.files.map(\.path) == ["measures.svg"])
    #expect(String(decoding: rendered.files[0].bytes, as: UTF8.self).contains("Measure status for"))

    let missing = MeasureDataSelection(path: "/no/such/data.csv")
    let error = try #require(throws: WorkspaceError.self) {
      try workspace.render(RenderRequest(views: [.measures], data: missing), of: model)
    }
    #expect(error.message == "/no/such/data.csv: no such data file")
    let period = MeasureDataSelection(path: data.path, period: "2026-13")
    let badPeriod = try #require(throws: WorkspaceError.self) {
      try workspace.render(RenderRequest(views: [.measures], data: period), of: model)
    }
    #expect(badPeriod.message?.hasPrefix("--period: unknown period '2026-13'") == true)
  }

  @Test func measuresReportsAndFailsAsValues() throws {
    let workspace = Workspace()
    let outcome = try workspace.measures(modelPath: TestPaths.clinicModel, data: MeasureDataSelection(path: TestPaths.clinicData))
    #expect(outcome.report.hasMissed)
    #expect(outcome.dataDiagnostics.isEmpty)
    let met = try workspace.measures(
      modelPath: TestPaths.clinicModel, data: MeasureDataSelection(path: TestPaths.clinicData, period: "2026-08"))
    #expect(!met.report.hasMissed)

    let period = try #require(throws: WorkspaceError.self) {
      try workspace.measures(modelPath: "/no/such/model", data: MeasureDataSelection(path: TestPaths.clinicData, period: "26-01"))
    }
    #expect(period.exitStatus == 2)
    #expect(period.message?.contains("the year must have four digits") == true, "the period is checked before the model is read")
    let missing = try #require(throws: WorkspaceError.self) {
      try workspace.measures(modelPath: TestPaths.clinicModel, data: MeasureDataSelection(path: "/no/such/data.csv"))
    }
    #expect(missing.message == "/no/such/data.csv: no such data file")
  }

  @Test func theWriterForAModelProtectsItsFilesAndItsData() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("m/model.engage", "role r \"R\" { kind staff }\n")
    try scratch.write("data.csv", "measure,period,value\n")
    let model = try Workspace().load("\(scratch.path)/m")
    let writer = AtomicWriter(protecting: model, measureData: "\(scratch.path)/data.csv")
    #expect(throws: AtomicWriteError.self) { try writer.write("x", to: "\(scratch.path)/m/model.engage") }
    #expect(throws: AtomicWriteError.self) { try writer.write("x", to: "\(scratch.path)/data.csv") }
    #expect(throws: AtomicWriteError.self) { try writer.write([OutputFile(path: "a.svg", text: "x")], into: "\(scratch.path)/data.csv") }
    #expect(scratch.read("m/model.engage") == "role r \"R\" { kind staff }\n")
    #expect(scratch.read("data.csv") == "measure,period,value\n")
  }

  @Test func rendersFromSeveralThreadsAtOnceAreIdenticalToOneAlone() async throws {
    let workspace = Workspace()
    let model = try workspace.load(TestPaths.model("riverside"))
    let request = RenderRequest(views: [.landscape, .process, .relations])
    let alone = try workspace.render(request, of: model).files
    let together = try await withThrowingTaskGroup(of: [OutputFile].self) { group in
      for _ in 0..<3 { group.addTask { try workspace.render(request, of: model).files } }
      return try await group.reduce(into: [[OutputFile]]()) { $0.append($1) }
    }
    #expect(together.count == 3)
    for files in together { #expect(files == alone) }
  }
}

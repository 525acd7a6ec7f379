import EngageViews
import EngageWorkspace
import Foundation
import Testing

/// What the site asks of a render: links to `.html`, a map for every mega-process, and the
/// measure report the maps were coloured by.
@Suite("Render requests for the site")
struct SiteRenderRequestTests {
  @Test func linksPointAtTheExtensionAskedForAndEveryMegaprocessHasAMap() throws {
    let workspace = Workspace()
    let model = try workspace.load(TestPaths.model("riverside"))
    let plain = try workspace.render(RenderRequest(views: [.landscape]), of: model)
    #expect(plain.files.map(\.path) == ["landscape.svg"])
    let site = try workspace.render(
      RenderRequest(views: [.landscape, .relations], linkExtension: "html", mapsEveryMegaprocess: true), of: model)
    let megaprocesses = try #require(model.graph?.megaprocesses.map { "megaprocess/\($0.id).svg" })
    #expect(megaprocesses.count == 4)
    #expect(site.files.map(\.path) == ["landscape.svg"] + megaprocesses + ["relations.svg"])
    let landscape = String(decoding: site.files[0].bytes, as: UTF8.self)
    #expect(landscape.contains(#"xlink:href="megaprocess/care_partnership.html""#))
    #expect(landscape.contains(#"xlink:href="process/shared_care_planning.html""#))
    #expect(!landscape.contains(".svg\""), "no link keeps the format's extension")
    #expect(site.measureReport == nil)
  }

  @Test func theReportThatColouredTheMapsComesWithThem() throws {
    let workspace = Workspace()
    let model = try workspace.load(TestPaths.model("riverside"))
    let data = MeasureDataSelection(path: "\(TestPaths.packageRoot)/Models/riverside/data/measures.csv", period: "2026-10")
    let rendered = try workspace.render(RenderRequest(views: [.measures], data: data), of: model)
    let report = try #require(rendered.measureReport)
    #expect(report.period.description == "2026-10" && report.periodWasGiven)
    #expect(report.measures.count == model.graph?.measures.count)
    let svg = String(decoding: try #require(rendered.files.first).bytes, as: UTF8.self)
    #expect(svg.contains("Measure status for 2026&#45;10"))
  }
}

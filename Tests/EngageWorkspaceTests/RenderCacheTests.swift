import EngageViews
import EngageWorkspace
import Foundation
import Testing

/// A render cache gives the bytes a fresh render gives, lays out again only the maps an edit
/// changed, and keeps only the maps of the last render after `trim()`.
@Suite("Render cache")
struct RenderCacheTests {
  static let request = RenderRequest(views: [.landscape, .process])

  @Test func aSecondRenderOfTheSameModelIsAnsweredFromTheCacheWithTheSameBytes() throws {
    let cache = RenderCache()
    let cached = Workspace(renderCache: cache)
    let model = try cached.load(TestPaths.model("northshore"))
    let first = try cached.render(Self.request, of: model)
    #expect(cache.statistics == RenderCache.Statistics(hits: 0, misses: first.files.count))
    let second = try cached.render(Self.request, of: model)
    #expect(cache.statistics == RenderCache.Statistics(hits: first.files.count, misses: first.files.count))
    let fresh = try Workspace().render(Self.request, of: model)
    #expect(second.files == fresh.files)
    #expect(first.files == fresh.files)
  }

  @Test func anEditLaysOutOnlyTheMapsItChangesAndTrimDropsTheOldOnes() throws {
    let scratch = try ScratchDirectory()
    let model = """
      organisation org "Org" {
        purpose "Cache"
        goal g "Goal"
      }
      client patients "Patients" { kind external }
      role nurse "Nurse" { kind clinician }
      megaprocess m "Mega" {
        client patients
        goals g
        process a "Process A" {
          kind main
          owner nurse
          purpose "First"
          output o "Result" to patients
          start s "Start"
          step w "Work" by nurse
          end e "End"
          s -> w -> e
        }
        process b "Process B" {
          kind main
          owner nurse
          purpose "Second"
          output o "Result" to patients
          start s "Start"
          step w "TITLE" by nurse
          end e "End"
          s -> w -> e
        }
      }

      """
    try scratch.write("m.engage", model.replacingOccurrences(of: "TITLE", with: "Work"))
    let cache = RenderCache()
    let workspace = Workspace(renderCache: cache)
    let request = RenderRequest(views: [.process])
    let before = try workspace.render(request, of: workspace.load(scratch.path))
    #expect(before.files.map(\.path) == ["process/a.svg", "process/b.svg"])
    cache.trim()
    #expect(cache.count == 2)

    try scratch.write("m.engage", model.replacingOccurrences(of: "TITLE", with: "Work, edited"))
    let after = try workspace.render(request, of: workspace.load(scratch.path))
    #expect(cache.statistics == RenderCache.Statistics(hits: 1, misses: 3), "process a from the cache, process b laid out again")
    let unchanged = after.files.first == before.files.first
    let changed = after.files.last != before.files.last
    #expect(unchanged, "process a is the same map")
    #expect(changed, "process b is drawn with its new title")
    let fresh = try Workspace().render(request, of: Workspace().load(scratch.path))
    #expect(after.files == fresh.files)
    cache.trim()
    #expect(cache.count == 2, "the map of b before the edit is dropped")
  }
}

import Foundation
import Testing
import EngageGraphviz

@Suite("Graphviz under concurrency")
struct GraphvizConcurrencyTests {
  @Test("eight renders on eight threads at once all succeed and are identical", arguments: [
    GraphvizFormat.svg, .png,
  ])
  func eightThreads(format: GraphvizFormat) throws {
    let expected = try Graphviz.render(dot: sampleDOT, format: format)
    let results = ThreadResults()
    let start = DispatchSemaphore(value: 0)
    let finished = DispatchGroup()
    for index in 0..<8 {
      finished.enter()
      let thread = Thread {
        start.wait()
        results.record(index, Result { try Graphviz.render(dot: sampleDOT, format: format) })
        finished.leave()
      }
      thread.start()
    }
    for _ in 0..<8 { start.signal() }
    finished.wait()

    let outcomes = results.sorted()
    #expect(outcomes.count == 8)
    for (index, outcome) in outcomes {
      switch outcome {
      case .success(let bytes): #expect(bytes == expected, "thread \(index) differs")
      case .failure(let error): Issue.record("thread \(index) failed: \(error)")
      }
    }
  }

  @Test("eight renders in a task group all succeed and are identical")
  func taskGroup() async throws {
    let expected = try Graphviz.render(dot: sampleDOT, format: .svg)
    let renders = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for _ in 0..<8 { group.addTask { try Graphviz.render(dot: sampleDOT, format: .svg) } }
      var collected: [[UInt8]] = []
      for try await bytes in group { collected.append(bytes) }
      return collected
    }
    #expect(renders.count == 8)
    #expect(renders.allSatisfy { $0 == expected })
  }
}

/// Results from the render threads, guarded by a lock.
private final class ThreadResults: @unchecked Sendable {
  private let lock = NSLock()
  private var byIndex: [Int: Result<[UInt8], Error>] = [:]

  func record(_ index: Int, _ result: Result<[UInt8], Error>) {
    lock.withLock { byIndex[index] = result }
  }

  func sorted() -> [(Int, Result<[UInt8], Error>)] {
    lock.withLock { byIndex.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
  }
}

import Foundation
import Testing
import EngageGraphviz

/// Five clusters (swimlanes) whose names sort differently from their order in the text.
let lanesDOT = """
  digraph lanes {
    subgraph cluster_zeta { label="Patient"; z1; z2 }
    subgraph cluster_alpha { label="GP"; a1; a2 }
    subgraph cluster_mid { label="Nurse"; m1 }
    subgraph cluster_beta { label="Patient partner"; b1 }
    subgraph cluster_omega { label="Facilitator"; o1 }
    z1 -> a1 -> m1 -> b1 -> o1; z2 -> a2;
  }
  """

@Suite("Graphviz output does not depend on process state")
struct GraphvizDeterminismTests {
  @Test("clusters are drawn in the order the DOT names them, whatever was allocated before")
  func clusterOrderFollowsText() throws {
    let first = try Graphviz.render(dot: lanesDOT, format: .svg)
    let titles = String(decoding: first, as: UTF8.self)
      .components(separatedBy: "\n")
      .filter { $0.hasPrefix("<title>cluster_") }
    #expect(titles == [
      "<title>cluster_zeta</title>", "<title>cluster_alpha</title>", "<title>cluster_mid</title>",
      "<title>cluster_beta</title>", "<title>cluster_omega</title>",
    ])
    var ballast: [[UInt8]] = []
    for round in 0..<20 {
      ballast.append([UInt8](repeating: UInt8(round), count: 97 * (round + 1)))
      if round % 3 == 0 { ballast.removeFirst() }
      #expect(try Graphviz.render(dot: lanesDOT, format: .svg) == first, "round \(round)")
    }
  }

  @Test("an anonymous graph renders the same every time")
  func anonymousGraph() throws {
    let dot = "digraph { subgraph { a } subgraph cluster_x { b } a -> b }"
    let first = try Graphviz.render(dot: dot, format: .svg)
    #expect(try Graphviz.render(dot: dot, format: .svg) == first)
    #expect(try Graphviz.render(dot: dot, format: .svg) == first)
  }
}

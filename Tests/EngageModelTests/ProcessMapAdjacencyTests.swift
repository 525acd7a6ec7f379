import EngageLanguage
import Testing

@testable import EngageModel

/// `ProcessMap`, the adjacency of a process map, as rules and views read it.
@Suite("ProcessMap")
struct ProcessMapAdjacencyTests {
  static let model = """
    process p "P" {
      start s "S"
      step a "A"
      decision d "D?"
      step b "B"
      step stuck "Stuck"
      end e "E"
      s -> a -> d
      d -> b when "yes"
      d -> q when "no"
      b -> e
      stuck -> b
    }
    process q "Q" {
      start s "S"
      end e "E"
      s -> e
    }
    """

  static func process() throws -> (processes: [Process], position: Int) {
    let result = loadVirtual(model)
    let graph = try #require(result.graph, "\(result.diagnostics.map(\.message))")
    let position = try #require(graph.processes.firstIndex { $0.id == "p" })
    return (graph.processes, position)
  }

  @Test func adjacencyByPosition() throws {
    let (processes, position) = try Self.process()
    let map = ProcessMap(processes[position])
    let ids = processes[position].nodes.map(\.id)
    func names(_ positions: some Sequence<Int>) -> [String] { positions.map { ids[$0] } }
    let index = { (id: String) in ids.firstIndex(of: id) ?? -1 }
    #expect(map.nodeCount == 6)
    #expect(names(map.starts) == ["s"])
    #expect(names(map.ends) == ["e"])
    #expect(names(map.successors(of: index("d"))) == ["b"])
    #expect(map.outgoing(of: index("d")).count == 2, "the hand-over is a flow but not a successor")
    #expect(names(map.predecessors(of: index("b"))) == ["d", "stuck"])
    #expect(map.handsOver[index("d")])
    #expect(map.flowTargets.filter { $0 == nil }.count == 1)
    #expect(names(map.reachableFromStarts().indices.filter { map.reachableFromStarts()[$0] }) == ["s", "a", "d", "b", "e"])
    #expect(map.reachesExit().allSatisfy { $0 })
  }

  @Test func oneProcessGivesTheSameMapAsItsPositionAmongAll() throws {
    let (processes, position) = try Self.process()
    let alone = ProcessMap(processes[position])
    let among = ProcessMap(processes: processes, position: position)
    #expect(alone.flowSources == among.flowSources)
    #expect(alone.flowTargets == among.flowTargets)
    for node in 0..<alone.nodeCount {
      #expect(Array(alone.successors(of: node)) == Array(among.successors(of: node)))
      #expect(Array(alone.predecessors(of: node)) == Array(among.predecessors(of: node)))
      #expect(Array(alone.outgoing(of: node)) == Array(among.outgoing(of: node)))
    }
  }
}

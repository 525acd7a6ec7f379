import EngageLanguage
import Testing

@testable import EngageModel

@Suite("Resolved graph")
struct ResolvedGraphTests {
  @Test func baseModelResolvesCleanly() throws {
    let result = loadVirtual(baseModel)
    #expect(result.diagnostics.map(summary) == [])
    let graph = try #require(result.graph)
    #expect(graph.organisation?.id == "org")
    #expect(graph.goals.map(\.id) == ["g1"])
    #expect(graph.megaprocesses.map(\.client) == ["patients"])
    #expect(graph.megaprocesses.map(\.goals) == [["g1"]])
    #expect(graph.megaprocesses.map(\.processes) == [["planning"]])
    let planning = try #require(graph.processes.first)
    #expect(planning.megaprocess == "care")
    #expect(planning.owner == "gp")
    #expect(planning.inputs.map(\.supplier) == [.client("patients")])
    #expect(planning.outputs.map(\.client) == ["patients"])
    #expect(planning.node("talk")?.performers == [Participation(role: "gp", count: 1), Participation(role: "patient", count: 1)])
    #expect(planning.flows.map { "\($0.from)->\($0.to)" } == ["booked->node(\"talk\")", "talk->node(\"done\")"])
  }

  @Test func referencesMayPointForward() throws {
    let result = loadVirtual(
      """
      relation r "R" {
        supplier p.o
        client q
      }
      process q "Q" {
        owner nurse
        input i "I" from p.o
      }
      process p "P" {
        owner nurse
        output o "O" to patients
      }
      role nurse "Nurse"
      client patients "Patients"
      """)
    #expect(result.diagnostics.map(summary) == [])
    let graph = try #require(result.graph)
    #expect(graph.processes.map(\.id) == ["q", "p"])
    #expect(graph.processes.map(\.owner) == ["nurse", "nurse"])
    #expect(graph.processes.first?.inputs.first?.supplier == .output(process: "p", output: "o"))
    let relation = try #require(graph.relations.first)
    #expect(relation.supplierProcess == "p")
    #expect(relation.supplierOutput == "o")
    #expect(relation.client == "q")
  }

  @Test func handOverToAnotherProcessAndQualifiedOwnSteps() throws {
    let result = loadVirtual(
      """
      process p "P" {
        start a "A"
        decision d "D?"
        end e "E"
        a -> p.d
        d -> e when "yes"
        d -> q when "no"
      }
      process q "Q" {
        start a "A"
      }
      """)
    #expect(result.diagnostics.map(summary) == [])
    let process = try #require(result.graph?.processes.first)
    #expect(process.flows.map(\.to) == [.node("d"), .node("e"), .process("q")])
    #expect(process.flows.map(\.label) == [nil, "yes", "no"])
  }

  @Test func chainExpandsIntoEdgesWithTheLabelOnTheFirst() throws {
    let result = loadVirtual(
      """
      process p "P" {
        decision d "D?"
        step s "S"
        step t "T"
        end e "E"
        d -> s -> t -> e when "yes"
      }
      """)
    #expect(result.diagnostics.map(summary) == [])
    let process = try #require(result.graph?.processes.first)
    #expect(process.flows.map(\.from) == ["d", "s", "t"])
    #expect(process.flows.map(\.to) == [.node("s"), .node("t"), .node("e")])
    #expect(process.flows.map(\.label) == ["yes", nil, nil])
    let first = try #require(process.flows.first)
    #expect(first.range.file.text(of: first.range) == "d -> s")
  }

  @Test func processesHaveTheirOwnStepNamespaces() throws {
    let result = loadVirtual(
      """
      process p "P" {
        start start_event "Start"
        end done "Done"
        start_event -> done
      }
      process q "Q" {
        start start_event "Start"
        end done "Done"
        start_event -> done
      }
      """)
    #expect(result.diagnostics.map(summary) == [])
    #expect(result.graph?.processes.map { $0.nodes.map(\.id) } == [["start_event", "done"], ["start_event", "done"]])
  }

  @Test(
    "measure direction: declared, or implied by the target",
    arguments: [
      ("target >= 80", Direction.up),
      ("target > 1", Direction.up),
      ("target <= 2", Direction.down),
      ("target < 2", Direction.down),
      ("target = 1\n    direction down", Direction.down),
      ("target between 1 and 3\n    direction up", Direction.up),
      ("target <= 2\n    direction up", Direction.up),
    ])
  func measureDirection(target: String, expected: Direction) throws {
    let result = loadVirtual(
      """
      process p "P" {
        measure m "M" {
          \(target)
        }
      }
      """)
    #expect(result.diagnostics.map(summary) == [])
    #expect(result.graph?.measures.first?.direction == expected)
  }

  @Test(arguments: ["target = 1", "target between 1 and 3", ""])
  func measureWithoutDirection(target: String) throws {
    let result = loadVirtual("process p \"P\" {\n  measure m \"M\" {\n    \(target)\n  }\n}\n")
    #expect(result.diagnostics.map(summary) == [])
    #expect(result.graph?.measures.map(\.id) == ["m"])
    #expect(result.graph?.measures.first?.direction == nil)
  }

  @Test func measuresAreInSourceOrderWhereverDeclared() throws {
    let result = loadVirtual([
      (
        name: "b.engage",
        text: """
          relation r "R" {
            measure r1 "R1"
          }
          """
      ),
      (
        name: "a.engage",
        text: """
          megaprocess m "M" {
            measure m1 "M1"
            process p "P" {
              measure p1 "P1"
            }
            measure m2 "M2"
          }
          """
      ),
    ])
    #expect(result.diagnostics.map(summary) == [])
    let graph = try #require(result.graph)
    #expect(graph.measures.map(\.id) == ["m1", "p1", "m2", "r1"])
    #expect(graph.measures.map(\.scope) == [.megaprocess("m"), .process("p"), .megaprocess("m"), .relation("r")])
    #expect(graph.files.map(\.path) == ["\(virtualRoot)/a.engage", "\(virtualRoot)/b.engage"])
    #expect(graph.megaprocesses.first?.measures == ["m1", "m2"])
  }

  @Test func thresholdsAndPropertiesCarryOver() throws {
    let relation = """
      relation r "R" {
        supplier planning.plan
        client planning
        measure plans "Plans with goals" {
          type process
          unit percent
          target >= 80
          warning between 70 and 80
          frequency monthly
          source "EHR audit"
          owner gp
          patient_defined yes
        }
      }
      """
    let result = loadVirtual(baseModel + relation)
    #expect(result.diagnostics.map(summary) == [])
    let measure = try #require(result.graph?.measures.first)
    #expect(measure.scope == .relation("r"))
    #expect(measure.type == .process)
    #expect(measure.unit == .percent)
    #expect(measure.target == .compare(.greaterOrEqual, 80))
    #expect(measure.warning == .between(70, 80))
    #expect(measure.frequency == .monthly)
    #expect(measure.source == "EHR audit")
    #expect(measure.owner == "gp")
    #expect(measure.patientDefined)
  }
}

import EngageLanguage
import Testing

@testable import EngageModel

/// One model with exactly one expected diagnostic.
struct DiagnosticCase: CustomTestStringConvertible, Sendable {
  let name: String
  let text: String
  /// `code file:line:col`.
  let expected: String
  let message: String
  /// `file:line:col` of the expected "first defined here" note, if any.
  var note: String? = nil
  /// The expected fix-it replacement, if any.
  var fixIt: String? = nil

  var testDescription: String { name }
}

let diagnosticCases: [DiagnosticCase] = [
  DiagnosticCase(
    name: "a role named twice in one by list",
    text: """
      role patient "Patient"
      process p "P" {
        step s "S" by patient, patient x2
      }
      """,
    expected: "EM0012 main.engage:3:26",
    message: "role 'patient' is named twice in the `by` list of step 's'; name each role once and give the number taking part as `patient x3`",
    note: "main.engage:3:17"),
  DiagnosticCase(
    name: "a role named twice in a decision's by list, among others",
    text: """
      role gp "GP"
      role patient "Patient"
      process p "P" {
        decision d "D?" by patient, gp, patient
      }
      """,
    expected: "EM0012 main.engage:4:35",
    message: "role 'patient' is named twice in the `by` list of decision 'd'; name each role once and give the number taking part as `patient x2`",
    note: "main.engage:4:22"),
  DiagnosticCase(
    name: "duplicate role",
    text: """
      role gp "GP"
      role gp "Doctor"
      """,
    expected: "EM0006 main.engage:2:6", message: "duplicate id 'gp': a role with this id already exists",
    note: "main.engage:1:6"),
  DiagnosticCase(
    name: "duplicate id across kinds",
    text: """
      client gp "GP practice"
      role gp "GP"
      """,
    expected: "EM0006 main.engage:2:6", message: "duplicate id 'gp': a client with this id already exists",
    note: "main.engage:1:8"),
  DiagnosticCase(
    name: "duplicate step in one process",
    text: """
      process p "P" {
        start a "A"
        end a "B"
      }
      """,
    expected: "EM0006 main.engage:3:7",
    message: "duplicate id 'a' in process 'p': a start event with this id already exists", note: "main.engage:2:9"),
  DiagnosticCase(
    name: "duplicate measure in two processes",
    text: """
      process p "P" {
        measure m "M"
      }
      process q "Q" {
        measure m "M"
      }
      """,
    expected: "EM0006 main.engage:5:11", message: "duplicate id 'm': a measure with this id already exists",
    note: "main.engage:2:11"),
  DiagnosticCase(
    name: "second organisation",
    text: """
      organisation a "A"
      organisation b "B"
      """,
    expected: "EM0006 main.engage:2:14", message: "a model has one organisation, but 'b' is a second one",
    note: "main.engage:1:14"),
  DiagnosticCase(
    name: "unknown role with a suggestion",
    text: """
      role gp "GP"
      process p "P" {
        owner gq
      }
      """,
    expected: "EM0007 main.engage:3:9", message: "unknown role 'gq'; did you mean 'gp'?", fixIt: "gp"),
  DiagnosticCase(
    name: "unknown role without a suggestion",
    text: """
      role gp "GP"
      process p "P" {
        owner zzz
      }
      """,
    expected: "EM0007 main.engage:3:9", message: "unknown role 'zzz'"),
  DiagnosticCase(
    name: "client where a role is needed",
    text: """
      client patients "Patients"
      process p "P" {
        owner patients
      }
      """,
    expected: "EM0008 main.engage:3:9", message: "'patients' is a client, but a process owner must be a role"),
  DiagnosticCase(
    name: "role where a goal is needed",
    text: """
      role gp "GP"
      megaprocess m "M" {
        goals gp
      }
      """,
    expected: "EM0008 main.engage:3:9", message: "'gp' is a role, but a mega-process's goal must be a goal"),
  DiagnosticCase(
    name: "unknown output of a process",
    text: """
      client c "C"
      process p "P" {
        output plan "Plan" to c
      }
      process q "Q" {
        input i "I" from p.plam
      }
      """,
    expected: "EM0007 main.engage:6:22", message: "process 'p' has no output 'plam'; did you mean 'plan'?",
    fixIt: "plan"),
  DiagnosticCase(
    name: "input from a process instead of its output",
    text: """
      client c "C"
      process p "P" {
        output plan "Plan" to c
      }
      process q "Q" {
        input i "I" from p
      }
      """,
    expected: "EM0008 main.engage:6:20",
    message: "'p' is a process, but an input's supplier must be a client or a process's output ('p.output'); did you mean 'p.plan'?",
    fixIt: "p.plan"),
  DiagnosticCase(
    name: "input from a step",
    text: """
      process p "P" {
        start s "S"
      }
      process q "Q" {
        input i "I" from p.s
      }
      """,
    expected: "EM0008 main.engage:5:20",
    message: "'p.s' is a start event of process 'p', but an input's supplier must be a client or a process's output"),
  DiagnosticCase(
    name: "member of something that is not a process",
    text: """
      role gp "GP"
      process p "P" {
        input i "I" from gp.x
      }
      """,
    expected: "EM0008 main.engage:3:20", message: "'gp' is a role and has no members"),
  DiagnosticCase(
    name: "flow into another process's step",
    text: """
      process p "P" {
        start a "A"
      }
      process q "Q" {
        start b "B"
        b -> p.a
      }
      """,
    expected: "EM0008 main.engage:6:8",
    message: "'p.a' is inside process 'p'; a flow can hand over to another process, not into its steps", fixIt: "p"),
  DiagnosticCase(
    name: "flow from another process",
    text: """
      process p "P" {
        start a "A"
      }
      process q "Q" {
        end b "B"
        p -> b
      }
      """,
    expected: "EM0008 main.engage:6:3",
    message: "a flow cannot start from process 'p'; a hand-over to another process must end the chain"),
  DiagnosticCase(
    name: "unknown step in a flow",
    text: """
      process q "Q" {
        start begin "B"
        end done "D"
        begin -> dome
      }
      """,
    expected: "EM0007 main.engage:4:12", message: "unknown step 'dome' in process 'q'; did you mean 'done'?",
    fixIt: "done"),
  DiagnosticCase(
    name: "flow through an input",
    text: """
      client c "C"
      process q "Q" {
        input i "I" from c
        start s "S"
        s -> i
      }
      """,
    expected: "EM0008 main.engage:5:8",
    message: "'i' is an input of process 'q', but a flow connects steps, decisions and events"),
  DiagnosticCase(
    name: "flow to a role",
    text: """
      role gp "GP"
      process q "Q" {
        start s "S"
        s -> gp
      }
      """,
    expected: "EM0008 main.engage:4:8", message: "'gp' is a role, but a flow needs"),
  DiagnosticCase(
    name: "relation client that is a role",
    text: """
      role gp "GP"
      process p "P" {
        output o "O"
      }
      relation r "R" {
        supplier p.o
        client gp
      }
      """,
    expected: "EM0008 main.engage:7:10", message: "'gp' is a role, but a relation's client must be a process"),
  DiagnosticCase(
    name: "relation supplier of an unknown process",
    text: """
      process p "P" {
        output o "O"
      }
      relation r "R" {
        supplier x.o
        client p
      }
      """,
    expected: "EM0007 main.engage:5:12", message: "unknown process 'x'"),
  DiagnosticCase(
    name: "output to a process",
    text: """
      process p "P" {
        output o "O" to q
      }
      process q "Q"
      """,
    expected: "EM0008 main.engage:2:19", message: "'q' is a process, but an output's recipient must be a client"),
  DiagnosticCase(
    name: "unknown measure owner",
    text: """
      role nurse "Nurse"
      process p "P" {
        measure m "M" {
          owner nurs
        }
      }
      """,
    expected: "EM0007 main.engage:4:11", message: "unknown role 'nurs'; did you mean 'nurse'?", fixIt: "nurse"),
  DiagnosticCase(
    name: "unknown performer",
    text: """
      role nurse "Nurse"
      process p "P" {
        step s "S" by nurse, doctor
      }
      """,
    expected: "EM0007 main.engage:3:24", message: "unknown role 'doctor'"),
]

@Suite("Resolver diagnostics")
struct ResolverDiagnosticTests {
  @Test("one expected diagnostic, at the expected place, with note and fix-it", arguments: diagnosticCases)
  func reportsDiagnostic(_ testCase: DiagnosticCase) throws {
    let result = loadVirtual(testCase.text)
    #expect(result.diagnostics.map(summary) == [testCase.expected])
    #expect(result.graph == nil)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.message.hasPrefix(testCase.message), "\(diagnostic.message)")
    #expect(diagnostic.notes.map { location($0.range) } == (testCase.note.map { [$0] } ?? []))
    #expect(diagnostic.fixIts.map(\.replacement) == (testCase.fixIt.map { [$0] } ?? []))
  }

  @Test func duplicateNoteSaysFirstDefinedHere() throws {
    let result = loadVirtual("role gp \"GP\"\nrole gp \"GP\"\n")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.notes.map(\.message) == ["first defined here"])
  }

  @Test func reportsEveryErrorNotOnlyTheFirst() {
    let result = loadVirtual(
      """
      role gp "GP"
      process p "P" {
        owner gq
        start s "S" by nurse
        s -> nowhere
      }
      process p "Again"
      """)
    #expect(
      result.diagnostics.map(summary) == [
        "EM0007 main.engage:3:9", "EM0007 main.engage:4:18", "EM0007 main.engage:5:8", "EM0006 main.engage:7:9",
      ])
  }

  @Test func duplicateProcessKeepsItsOwnSteps() {
    let result = loadVirtual(
      """
      process p "P" {
        start a "A"
        end b "B"
        a -> b
      }
      process p "P again" {
        start a "A"
        end c "C"
        a -> c
      }
      """)
    #expect(result.diagnostics.map(summary) == ["EM0006 main.engage:6:9"])
  }
}

import EngageLanguage
import EngageMeasures
import EngageModel

/// Builds ProcessGraph values directly, without the parser: every syntax node points at one
/// small source file, which these tests never print.
enum TestModel {
  static let file = SourceFile(path: "test.engage", text: "test model\n")
  static let range = SourceRange(file: file, start: 0, end: 4)

  static func identifier(_ name: String) -> Identifier { Identifier(name: name, range: range) }

  static func measure(
    _ id: String, in scope: MeasureScope = .process("planning"), unit: MeasureUnit? = .percent,
    target: Threshold? = .compare(.greaterOrEqual, 80), warning: Threshold? = nil,
    direction: Direction? = nil, frequency: Frequency? = .monthly, title: String? = nil
  ) -> Measure {
    let implied: Direction?
    switch target {
    case .compare(.greaterOrEqual, _), .compare(.greater, _): implied = .up
    case .compare(.lessOrEqual, _), .compare(.less, _): implied = .down
    default: implied = nil
    }
    let syntax = MeasureDecl(
      id: identifier(id), title: nil, type: nil, unit: nil, target: nil, warning: nil, direction: nil,
      frequency: nil, source: nil, owner: nil, patientDefined: nil, description: nil, range: range)
    return Measure(
      id: id, title: title ?? "Measure \(id)", scope: scope, type: .process, unit: unit, target: target,
      warning: warning, direction: direction ?? implied, frequency: frequency, source: nil, owner: nil,
      patientDefined: false, description: nil, syntax: syntax)
  }

  static func process(_ id: String, in megaprocess: String?, measures: [String]) -> Process {
    let syntax = ProcessDecl(
      id: identifier(id), title: nil, kind: nil, owner: nil, purpose: nil, engagement: nil, tags: nil,
      description: nil, inputs: [], outputs: [], steps: [], flows: [], measures: [], range: range)
    return Process(
      id: id, title: "Process \(id)", kind: .main, megaprocess: megaprocess, owner: nil, purpose: nil,
      engagement: nil, tags: [], description: nil, inputs: [], outputs: [], nodes: [], flows: [],
      measures: measures, syntax: syntax)
  }

  static func megaprocess(_ id: String, goals: [String], processes: [String], measures: [String] = []) -> Megaprocess {
    let syntax = MegaprocessDecl(
      id: identifier(id), title: nil, client: nil, goals: nil, level: nil, description: nil, processes: [],
      measures: [], range: range)
    return Megaprocess(
      id: id, title: "Mega \(id)", client: nil, goals: goals, level: nil, description: nil, processes: processes,
      measures: measures, syntax: syntax)
  }

  static func goal(_ id: String) -> Goal {
    Goal(id: id, title: "Goal \(id)", description: nil, syntax: GoalDecl(id: identifier(id), title: nil, description: nil, range: range))
  }

  static func relation(_ id: String, client: String?, measures: [String]) -> Relation {
    let syntax = RelationDecl(
      id: identifier(id), title: nil, supplier: nil, client: nil, product: nil, requirements: [], description: nil,
      measures: [], range: range)
    return Relation(
      id: id, title: "Relation \(id)", supplierProcess: nil, supplierOutput: nil, client: client, product: nil,
      requirements: [], description: nil, measures: measures, syntax: syntax)
  }

  /// A graph with just measures (in process `planning`).
  static func graph(measures: [Measure]) -> ProcessGraph {
    ProcessGraph(
      processes: [process("planning", in: nil, measures: measures.map(\.id))], measures: measures)
  }

  /// Two goals, two mega-processes, three processes, one relation and one mega-process measure:
  ///
  /// goal partnership ← care { planning [m_plan1 met, m_plan2 warning], medicines [m_meds missed],
  ///                           relation handover → medicines [m_rel stale], care's own [m_care no data] }
  /// goal openness, partnership ← openness { disclosure [m_disc met] }
  /// top-level process reporting [m_rep met]
  static func rollUpGraph() -> ProcessGraph {
    let measures = [
      measure("m_plan1", in: .process("planning")),
      measure("m_plan2", in: .process("planning"), warning: .compare(.greaterOrEqual, 70)),
      measure("m_meds", in: .process("medicines")),
      measure("m_rel", in: .relation("handover")),
      measure("m_care", in: .megaprocess("care")),
      measure("m_disc", in: .process("disclosure")),
      measure("m_rep", in: .process("reporting")),
    ]
    return ProcessGraph(
      goals: [goal("partnership"), goal("openness")],
      megaprocesses: [
        megaprocess("care", goals: ["partnership"], processes: ["planning", "medicines"], measures: ["m_care"]),
        megaprocess("openness", goals: ["openness", "partnership"], processes: ["disclosure"]),
      ],
      processes: [
        process("planning", in: "care", measures: ["m_plan1", "m_plan2"]),
        process("medicines", in: "care", measures: ["m_meds"]),
        process("disclosure", in: "openness", measures: ["m_disc"]),
        process("reporting", in: nil, measures: ["m_rep"]),
      ],
      relations: [relation("handover", client: "medicines", measures: ["m_rel"])],
      measures: measures)
  }

  /// Data points from `(measure, period, value)` rows; a bad period is a test failure.
  static func points(_ rows: [(String, String, Double)]) throws -> [MeasureDataPoint] {
    try rows.enumerated().map { index, row in
      MeasureDataPoint(
        measure: row.0, period: try Period(parsing: row.1), value: row.2, note: nil, line: index + 2, range: range)
    }
  }
}

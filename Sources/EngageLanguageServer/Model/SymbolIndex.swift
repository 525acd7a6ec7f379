import EngageLanguage

/// An element declared in the model, as the editor features need it.
struct SymbolDefinition: Sendable {
  /// `gp`, or `planning.plan` for a process's step, input or output.
  let key: String
  let kind: String
  let identifier: Identifier
  let title: String?
  let detail: String?
  /// The whole declaration.
  let declaration: SourceRange
}

/// One place an id is written: where it is declared or referenced.
struct SymbolOccurrence: Sendable {
  let key: String
  let identifier: Identifier
  let isDefinition: Bool
}

/// Every definition and reference of a model's ids, read from its syntax trees (so it works on
/// a model with errors): the scoping of docs/LANGUAGE.md §6 — one namespace for top-level
/// elements, steps, inputs and outputs scoped to their process. Kept per file: a file's part
/// depends on that file alone (a process's members are declared in its block), so after an edit
/// only the edited file's part is built again.
struct SymbolIndex: Sendable {
  /// Each file's part, by the file's path as the loader names it.
  let files: [String: FileSymbols]

  init(_ files: [String: FileSymbols]) {
    self.files = files
  }

  /// The definition of `key`, wherever it is (the first file in path order when declared twice).
  func definition(_ key: String) -> SymbolDefinition? {
    for path in files.keys.sorted() {
      if let definition = files[path]?.definitions[key] { return definition }
    }
    return nil
  }

  /// Every definition of the model.
  var definitions: [String: SymbolDefinition] {
    var all: [String: SymbolDefinition] = [:]
    for path in files.keys.sorted().reversed() {
      for (key, definition) in files[path]?.definitions ?? [:] { all[key] = definition }
    }
    return all
  }

  /// The occurrence whose identifier covers `offset` in the file at `path` (its end included).
  func occurrence(in path: String, at offset: Int) -> SymbolOccurrence? {
    files[path]?.occurrences.first { $0.identifier.range.start <= offset && offset <= $0.identifier.range.end }
  }

  func occurrences(of key: String) -> [SymbolOccurrence] {
    files.keys.sorted().flatMap { path in files[path]?.occurrences.filter { $0.key == key } ?? [] }
  }

  func includes(in path: String) -> [(range: SourceRange, path: String)] {
    files[path]?.includes ?? []
  }
}

/// The definitions, references and includes of one file.
struct FileSymbols: Sendable {
  private(set) var definitions: [String: SymbolDefinition] = [:]
  /// In source order.
  private(set) var occurrences: [SymbolOccurrence] = []
  /// `include "path"` strings, with the path they name.
  private(set) var includes: [(range: SourceRange, path: String)] = []

  init(_ file: SourceFileSyntax) {
    for declaration in file.declarations { add(declaration) }
    occurrences.sort { $0.identifier.range.start < $1.identifier.range.start }
  }

  // MARK: - Building

  private mutating func define(_ key: String, _ kind: String, _ id: Identifier, _ title: StringLiteral?, _ detail: String?, _ range: SourceRange) {
    if definitions[key] == nil {
      definitions[key] = SymbolDefinition(key: key, kind: kind, identifier: id, title: title?.value, detail: detail, declaration: range)
    }
    record(key, id, definition: true)
  }

  private mutating func record(_ key: String, _ id: Identifier, definition: Bool) {
    occurrences.append(SymbolOccurrence(key: key, identifier: id, isDefinition: definition))
  }

  /// A reference outside a process's flows: `id` or `process.member`.
  private mutating func reference(_ reference: Reference?) {
    guard let reference, let first = reference.parts.first else { return }
    record(first.name, first, definition: false)
    if reference.parts.count == 2 { record("\(first.name).\(reference.parts[1].name)", reference.parts[1], definition: false) }
  }

  private mutating func add(_ declaration: Declaration) {
    switch declaration {
    case .organisation(let d):
      define(d.id.name, "organisation", d.id, d.title, d.purpose?.value.value ?? d.description?.value.value, d.range)
      for goal in d.goals { define(goal.id.name, "goal", goal.id, goal.title, goal.description?.value.value, goal.range) }
    case .client(let d):
      define(d.id.name, "client", d.id, d.title, d.description?.value.value, d.range)
    case .role(let d):
      define(d.id.name, "role", d.id, d.title, d.description?.value.value, d.range)
    case .megaprocess(let d):
      define(d.id.name, "megaprocess", d.id, d.title, d.description?.value.value, d.range)
      reference(d.client?.value)
      for goal in d.goals?.value ?? [] { reference(goal) }
      for process in d.processes { add(process) }
      for measure in d.measures { add(measure) }
    case .process(let d):
      add(d)
    case .relation(let d):
      define(d.id.name, "relation", d.id, d.title, d.description?.value.value, d.range)
      reference(d.supplier?.value)
      reference(d.client?.value)
      for measure in d.measures { add(measure) }
    case .include(let d):
      includes.append((d.path.range, d.path.value))
    case .settings:
      break
    }
  }

  private mutating func add(_ d: ProcessDecl) {
    let process = d.id.name
    define(process, "process", d.id, d.title, d.purpose?.value.value ?? d.description?.value.value, d.range)
    reference(d.owner?.value)
    var members: Set<String> = []
    for input in d.inputs {
      members.insert(input.id.name)
      define("\(process).\(input.id.name)", "input", input.id, input.title, input.description?.value.value, input.range)
      reference(input.from?.value)
    }
    for output in d.outputs {
      members.insert(output.id.name)
      define("\(process).\(output.id.name)", "output", output.id, output.title, output.description?.value.value, output.range)
      reference(output.to?.value)
    }
    for step in d.steps {
      members.insert(step.id.name)
      define("\(process).\(step.id.name)", step.kind.value.rawValue, step.id, step.title, step.description?.value.value, step.range)
      for performer in step.performers { reference(performer.role) }
    }
    for flow in d.flows {
      for node in flow.nodes {
        if node.parts.count == 1, let only = node.parts.first, members.contains(only.name) {
          record("\(process).\(only.name)", only, definition: false)
        } else {
          reference(node)
        }
      }
    }
    for measure in d.measures { add(measure) }
  }

  private mutating func add(_ d: MeasureDecl) {
    define(d.id.name, "measure", d.id, d.title, d.description?.value.value, d.range)
    reference(d.owner?.value)
  }
}

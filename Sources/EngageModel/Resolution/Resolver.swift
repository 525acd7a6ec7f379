import EngageLanguage

/// The outcome of resolving parsed files: the graph (complete only when `diagnostics` has no
/// errors) and every reference or namespace error found, in source order.
public struct ResolutionResult: Sendable {
  public let graph: ProcessGraph
  public let diagnostics: [Diagnostic]
}

/// Turns parsed files into a `ProcessGraph`: declares every id, reports duplicates, resolves
/// every reference to its element and expands flow chains into edges.
///
/// Top-level elements (organisation, goals, clients, roles, mega-processes, processes, measures,
/// relations) share one namespace; steps, inputs and outputs share one namespace per process.
/// References may point forward. Every error is collected, not only the first.
public enum Resolver {
  /// Resolves `files` (in the order given, which should be sorted by path) into one model.
  public static func resolve(_ files: [SourceFileSyntax]) -> ResolutionResult {
    var resolver = ModelResolver(files: files)
    resolver.declareAll()
    let graph = resolver.buildGraph()
    return ResolutionResult(graph: graph, diagnostics: resolver.diagnostics)
  }
}

/// Where a process declaration sits: its mega-process and the key of its member scope (its id,
/// or a unique key for a duplicate so that its members do not mix with the first's).
struct ProcessEntry {
  let megaprocess: String?
  let scope: String
}

/// The working state of one resolution.
struct ModelResolver {
  let files: [SourceFileSyntax]
  var table = SymbolTable()
  var diagnostics: [Diagnostic] = []
  var processEntries: [ProcessEntry] = []
  var firstOrganisation: OrganisationDecl?

  init(files: [SourceFileSyntax]) {
    self.files = files
  }

  // MARK: Declaring

  mutating func declareAll() {
    reserveCapacity()
    for file in files {
      for declaration in file.declarations {
        switch declaration {
        case .organisation(let organisation): declareOrganisation(organisation)
        case .client(let client): declare(client.id, as: .client)
        case .role(let role): declare(role.id, as: .role)
        case .megaprocess(let megaprocess):
          declare(megaprocess.id, as: .megaprocess)
          for process in megaprocess.processes { declareProcess(process, in: megaprocess.id.name) }
          for measure in megaprocess.measures { declare(measure.id, as: .measure) }
        case .process(let process): declareProcess(process, in: nil)
        case .relation(let relation):
          declare(relation.id, as: .relation)
          for measure in relation.measures { declare(measure.id, as: .measure) }
        case .include, .settings: break
        }
      }
    }
  }

  /// Sizes the tables once, so that they do not grow step by step on large models.
  private mutating func reserveCapacity() {
    var symbols = 0
    var processes = 0
    for file in files {
      for declaration in file.declarations {
        switch declaration {
        case .organisation(let organisation): symbols += 1 + organisation.goals.count
        case .client, .role: symbols += 1
        case .megaprocess(let megaprocess):
          processes += megaprocess.processes.count
          symbols += 1 + megaprocess.measures.count + megaprocess.processes.reduce(0) { $0 + 1 + $1.measures.count }
        case .process(let process):
          processes += 1
          symbols += 1 + process.measures.count
        case .relation(let relation): symbols += 1 + relation.measures.count
        case .include, .settings: break
        }
      }
    }
    table.reserveCapacity(symbols: symbols, scopes: processes)
    processEntries.reserveCapacity(processes)
  }

  private mutating func declareOrganisation(_ organisation: OrganisationDecl) {
    let isDuplicateID = table.symbol(organisation.id.name) != nil
    declare(organisation.id, as: .organisation)
    if let first = firstOrganisation {
      if !isDuplicateID {
        diagnostics.append(
          Diagnostic(
            LanguageCode.duplicateID, .error,
            "a model has one organisation, but '\(organisation.id.name)' is a second one",
            at: organisation.id.range,
            notes: [DiagnosticNote("organisation '\(first.id.name)' first defined here", at: first.id.range)]))
      }
    } else {
      firstOrganisation = organisation
    }
    for goal in organisation.goals { declare(goal.id, as: .goal) }
  }

  private mutating func declareProcess(_ process: ProcessDecl, in megaprocess: String?) {
    let isDuplicate = table.symbol(process.id.name) != nil
    declare(process.id, as: .process)
    let scope =
      isDuplicate
      ? "\(process.id.name)@\(process.range.file.path):\(process.range.start)" : process.id.name
    processEntries.append(ProcessEntry(megaprocess: megaprocess, scope: scope))
    var members = table.members(of: scope)
    members.reserveCapacity(members.count + process.inputs.count + process.outputs.count + process.steps.count)
    for input in process.inputs { declareMember(input.id, as: .input, in: &members, process: process.id.name) }
    for output in process.outputs { declareMember(output.id, as: .output, in: &members, process: process.id.name) }
    for step in process.steps {
      declareMember(step.id, as: .node(step.kind.value), in: &members, process: process.id.name)
    }
    table.setMembers(members, of: scope)
    for measure in process.measures { declare(measure.id, as: .measure) }
  }

  private mutating func declare(_ identifier: Identifier, as kind: SymbolKind) {
    guard let first = table.declare(identifier, as: kind) else { return }
    diagnostics.append(
      Diagnostic(
        LanguageCode.duplicateID, .error,
        "duplicate id '\(identifier.name)': \(first.kind.withArticle) with this id already exists",
        at: identifier.range, notes: [DiagnosticNote("first defined here", at: first.identifier.range)]))
  }

  private mutating func declareMember(
    _ identifier: Identifier, as kind: MemberKind, in members: inout [String: Member], process: String
  ) {
    guard let first = members[identifier.name] else {
      members[identifier.name] = Member(kind: kind, identifier: identifier)
      return
    }
    diagnostics.append(
      Diagnostic(
        LanguageCode.duplicateID, .error,
        "duplicate id '\(identifier.name)' in process '\(process)': \(first.kind.withArticle) with this id already exists",
        at: identifier.range, notes: [DiagnosticNote("first defined here", at: first.identifier.range)]))
  }
}

import EngageLanguage

extension ModelResolver {
  /// Builds every element in source order, resolving its references.
  mutating func buildGraph() -> ProcessGraph {
    var graph = ProcessGraph(files: files.map(\.file))
    var measures: [Measure] = []
    var processEntryIndex = 0
    graph.processes.reserveCapacity(processEntries.count)
    measures.reserveCapacity(table.ids(of: .measure).count)

    for file in files {
      for declaration in file.declarations {
        switch declaration {
        case .organisation(let decl):
          collect(decl.allows, of: .organisation(decl.id.name), into: &graph)
          if graph.organisation == nil {
            graph.organisation = Organisation(
              id: decl.id.name, title: decl.title?.value ?? decl.id.name, purpose: decl.purpose?.value.value,
              description: decl.description?.value.value, outOfScope: decl.outOfScope?.value.map(\.value) ?? [],
              syntax: decl)
          }
          for goal in decl.goals {
            graph.goals.append(
              Goal(id: goal.id.name, title: goal.title?.value ?? goal.id.name, description: goal.description?.value.value, syntax: goal))
          }
        case .client(let decl):
          graph.clients.append(
            Client(
              id: decl.id.name, title: decl.title?.value ?? decl.id.name, kind: decl.kind?.value.value ?? .external,
              description: decl.description?.value.value, syntax: decl))
        case .role(let decl):
          collect(decl.allows, of: .role(decl.id.name), into: &graph)
          graph.roles.append(
            Role(
              id: decl.id.name, title: decl.title?.value ?? decl.id.name, kind: decl.kind?.value.value,
              description: decl.description?.value.value, syntax: decl))
        case .megaprocess(let decl):
          collect(decl.allows, of: .megaprocess(decl.id.name), into: &graph)
          graph.megaprocesses.append(buildMegaprocess(decl))
          // The mega-process's own measures and its processes' measures, merged by offset.
          var nextMeasure = 0
          for process in decl.processes {
            while nextMeasure < decl.measures.count, decl.measures[nextMeasure].range.start < process.range.start {
              measures.append(buildMeasure(decl.measures[nextMeasure], scope: .megaprocess(decl.id.name)))
              nextMeasure += 1
            }
            appendProcess(process, to: &graph, measures: &measures, entryIndex: &processEntryIndex)
          }
          for measure in decl.measures[nextMeasure...] {
            measures.append(buildMeasure(measure, scope: .megaprocess(decl.id.name)))
          }
        case .process(let decl):
          appendProcess(decl, to: &graph, measures: &measures, entryIndex: &processEntryIndex)
        case .relation(let decl):
          collect(decl.allows, of: .relation(decl.id.name), into: &graph)
          graph.relations.append(buildRelation(decl))
          for measure in decl.measures {
            measures.append(buildMeasure(measure, scope: .relation(decl.id.name)))
          }
        case .include:
          break
        case .settings(let decl):
          graph.settings.append(contentsOf: decl.rules)
        }
      }
    }
    for measure in measures where !measure.syntax.allows.isEmpty {
      collect(measure.syntax.allows, of: .measure(measure.id), into: &graph)
    }
    graph.measures = measures
    if !graph.suppressions.isEmpty {
      graph.suppressions.sort { lhs, rhs in
        let left = lhs.syntax.range
        let right = rhs.syntax.range
        return left.file.path != right.file.path ? left.file.path < right.file.path : left.start < right.start
      }
    }
    return graph
  }

  /// Records the `allow` statements of an element's block.
  private func collect(_ allows: [AllowDecl], of element: SuppressedElement, into graph: inout ProcessGraph) {
    for allow in allows {
      graph.suppressions.append(
        Suppression(rule: allow.rule.name, reason: allow.reason.value, element: element, syntax: allow))
    }
  }

  /// Appends a process with the next entry (entries were recorded in the same walk order).
  private mutating func appendProcess(
    _ decl: ProcessDecl, to graph: inout ProcessGraph, measures: inout [Measure], entryIndex: inout Int
  ) {
    guard entryIndex < processEntries.count else { return }
    let entry = processEntries[entryIndex]
    entryIndex += 1
    collect(decl.allows, of: .process(decl.id.name), into: &graph)
    for step in decl.steps where !step.allows.isEmpty {
      collect(step.allows, of: .node(process: decl.id.name, node: step.id.name), into: &graph)
    }
    graph.processes.append(buildProcess(decl, entry: entry))
    for measure in decl.measures {
      measures.append(buildMeasure(measure, scope: .process(decl.id.name)))
    }
  }

  private mutating func buildMegaprocess(_ decl: MegaprocessDecl) -> Megaprocess {
    let client = decl.client.flatMap { resolve($0.value, expecting: .client, usage: "a mega-process's client") }
    let goals = (decl.goals?.value ?? []).compactMap { resolve($0, expecting: .goal, usage: "a mega-process's goal") }
    return Megaprocess(
      id: decl.id.name, title: decl.title?.value ?? decl.id.name, client: client, goals: goals,
      level: decl.level?.value.value, description: decl.description?.value.value,
      processes: decl.processes.map(\.id.name), measures: decl.measures.map(\.id.name), syntax: decl)
  }

  private mutating func buildProcess(_ decl: ProcessDecl, entry: ProcessEntry) -> Process {
    let processID = decl.id.name
    let owner = decl.owner.flatMap { resolve($0.value, expecting: .role, usage: "a process owner") }
    let inputs = decl.inputs.map { input in
      Input(
        id: input.id.name, title: input.title?.value ?? input.id.name,
        supplier: input.from.flatMap { resolveSupplier($0.value) }, description: input.description?.value.value,
        syntax: input)
    }
    let outputs = decl.outputs.map { output in
      Output(
        id: output.id.name, title: output.title?.value ?? output.id.name,
        client: output.to.flatMap { resolve($0.value, expecting: .client, usage: "an output's recipient") },
        description: output.description?.value.value, syntax: output)
    }
    for step in decl.steps { reportRepeatedPerformers(of: step) }
    let nodes = decl.steps.map { step in
      Node(
        id: step.id.name, title: step.title?.value ?? step.id.name, kind: step.kind.value,
        performers: step.performers.compactMap { performer in
          resolve(performer.role, expecting: .role, usage: "a step's performer").map {
            Participation(role: $0, count: performer.count)
          }
        },
        engagement: step.engagement?.value.value, tags: step.tags?.value.map(\.value) ?? [],
        description: step.description?.value.value,
        duration: step.duration.map { StepDuration(amount: $0.value.amount.value, unit: $0.value.unit.value) },
        syntax: step)
    }
    let members = table.members(of: entry.scope)
    var flows: [Flow] = []
    flows.reserveCapacity(decl.flows.reduce(0) { $0 + max(0, $1.nodes.count - 1) })
    for chain in decl.flows {
      flows.append(contentsOf: expand(chain, process: processID, members: members))
    }
    return Process(
      id: processID, title: decl.title?.value ?? processID, kind: decl.kind?.value.value,
      megaprocess: entry.megaprocess, owner: owner, purpose: decl.purpose?.value.value,
      engagement: decl.engagement?.value.value, tags: decl.tags?.value.map(\.value) ?? [],
      description: decl.description?.value.value, inputs: inputs, outputs: outputs, nodes: nodes, flows: flows,
      measures: decl.measures.map(\.id.name), syntax: decl)
  }

  /// `EM0012` for a role named twice in one `by` list (`by patient, patient x2`): the count says
  /// how many take part, so each role is named once. A note points at its first mention.
  private mutating func reportRepeatedPerformers(of step: StepDecl) {
    let performers = step.performers
    guard performers.count > 1 else { return }
    if performers.count <= 16 {
      for index in 1..<performers.count {
        let parts = performers[index].role.parts
        guard let first = performers[..<index].first(where: { Self.sameNames($0.role.parts, parts) }) else { continue }
        reportRepeatedPerformer(performers[index], firstMention: first, in: step)
      }
      return
    }
    var firstMention: [String: Performer] = [:]
    for performer in performers {
      let role = performer.role.description
      guard let first = firstMention[role] else {
        firstMention[role] = performer
        continue
      }
      reportRepeatedPerformer(performer, firstMention: first, in: step)
    }
  }

  /// Whether two references name the same parts (ids hold no '.', so this is equality of the
  /// references as written).
  private static func sameNames(_ lhs: [Identifier], _ rhs: [Identifier]) -> Bool {
    lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.name == $1.name }
  }

  private mutating func reportRepeatedPerformer(_ performer: Performer, firstMention first: Performer, in step: StepDecl) {
    let role = performer.role.description
    let total = first.count + performer.count
    diagnostics.append(
      Diagnostic(
        LanguageCode.duplicateProperty, .error,
        "role '\(role)' is named twice in the `by` list of \(step.kind.value.rawValue) '\(step.id.name)'; name each role once and give the number taking part as `\(role) x\(total)`",
        at: performer.range, notes: [DiagnosticNote("'\(role)' is first named here", at: first.range)]))
  }

  /// Expands `a -> b -> c when "x"` into edges a→b (labelled "x") and b→c. A hand-over to a
  /// process may only end an edge; an edge from a process is an error.
  private mutating func expand(_ chain: FlowDecl, process: String, members: [String: Member]) -> [Flow] {
    let endpoints = chain.nodes.map { resolveFlowNode($0, process: process, members: members) }
    var flows: [Flow] = []
    for index in chain.nodes.indices.dropLast() {
      let source = chain.nodes[index]
      let target = chain.nodes[index + 1]
      let from: String
      switch endpoints[index] {
      case .node(let id):
        from = id
      case .process(let id):
        diagnostics.append(
          Diagnostic(
            LanguageCode.wrongKind, .error,
            "a flow cannot start from process '\(id)'; a hand-over to another process must end the chain",
            at: source.range))
        continue
      case nil:
        continue
      }
      guard let to = endpoints[index + 1] else { continue }
      flows.append(
        Flow(
          from: from, to: to, label: index == 0 ? chain.label?.value : nil, range: source.range.union(target.range),
          syntax: chain))
    }
    return flows
  }

  private mutating func buildRelation(_ decl: RelationDecl) -> Relation {
    let supplier = decl.supplier.flatMap { resolveOutput($0.value, usage: "a relation's supplier") }
    let client = decl.client.flatMap { resolve($0.value, expecting: .process, usage: "a relation's client") }
    return Relation(
      id: decl.id.name, title: decl.title?.value ?? decl.id.name, supplierProcess: supplier?.process,
      supplierOutput: supplier?.output, client: client, product: decl.product?.value.value,
      requirements: decl.requirements.map(\.value.value), description: decl.description?.value.value,
      measures: decl.measures.map(\.id.name), syntax: decl)
  }

  private mutating func buildMeasure(_ decl: MeasureDecl, scope: MeasureScope) -> Measure {
    let target = decl.target.map { Threshold($0.value) }
    return Measure(
      id: decl.id.name, title: decl.title?.value ?? decl.id.name, scope: scope, type: decl.type?.value.value,
      unit: decl.unit?.value.value, target: target, warning: decl.warning.map { Threshold($0.value) },
      direction: decl.direction?.value.value ?? target?.impliedDirection, frequency: decl.frequency?.value.value,
      source: decl.source?.value.value,
      owner: decl.owner.flatMap { resolve($0.value, expecting: .role, usage: "a measure's owner") },
      patientDefined: decl.patientDefined?.value ?? false, description: decl.description?.value.value,
      syntax: decl)
  }
}

extension Threshold {
  /// The resolved form of a target or warning as written.
  init(_ value: ThresholdValue) {
    switch value {
    case .compare(let comparator, let number): self = .compare(comparator, number.value)
    case .between(let low, let high): self = .between(low.value, high.value)
    }
  }
}

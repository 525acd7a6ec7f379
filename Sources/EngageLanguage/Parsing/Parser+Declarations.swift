/// A declaration's header: `keyword id "Title"`.
struct DeclarationHeader {
  let keyword: Token
  let id: Identifier
  /// Taken (moved out) by the declaration built from the header.
  var title: StringLiteral?
}

extension SyntaxParser {
  /// A top-level statement starting with `token`, or `nil` when it could not be recovered.
  mutating func parseTopLevel(_ token: Token) -> Declaration? {
    switch keyword(token, in: .topLevel) {
    case .organisation: return parseOrganisation().map(Declaration.organisation)
    case .client: return parseClient().map(Declaration.client)
    case .role: return parseRole().map(Declaration.role)
    case .megaprocess: return parseMegaprocess().map(Declaration.megaprocess)
    case .process: return parseProcess().map(Declaration.process)
    case .relation: return parseRelation().map(Declaration.relation)
    case .include: return parseInclude().map(Declaration.include)
    case .settings: return parseSettings().map(Declaration.settings)
    default: return nil
    }
  }

  /// `keyword id "Title"`, with the title optional. Reports and skips the statement when the id
  /// is missing.
  mutating func parseHeader(example: @autoclosure () -> String) -> DeclarationHeader? {
    let keyword = advance()
    let idToken = peek()
    guard idToken.kind == .identifier else {
      reportExpected("expected an id after '\(text(keyword))'\(found(idToken)), as in '\(example())'", at: idToken)
      skipStatement()
      return nil
    }
    advance()
    var title: StringLiteral?
    if peekKind() == .string {
      let titleToken = advance()
      title = stringLiteral(titleToken)
    }
    return DeclarationHeader(keyword: keyword, id: plainIdentifier(idToken), title: consume title)
  }

  // MARK: - Organisation

  mutating func parseOrganisation() -> OrganisationDecl? {
    guard var header = parseHeader(example: "organisation riverside \"Riverside Primary Care\" {") else { return nil }
    let context = BlockContext(noun: "organisation", id: header.id.name, keywords: Keywords.organisation)
    var purpose: Property<StringLiteral>?
    var description: Property<StringLiteral>?
    var outOfScope: Property<[Word<OrganisationLevel>]>?
    var goals: [GoalDecl] = []
    var allows: [AllowDecl] = []
    let end = parseOptionalBlock(context, expected: "a title string, '{' or the end of the line") { parser, token in
      switch parser.keyword(token, in: context) {
      case .purpose: parser.assign(&purpose, parser.property { $0.string(after: $1) }, in: context)
      case .description: parser.assign(&description, parser.property { $0.string(after: $1) }, in: context)
      case .out_of_scope:
        parser.assign(
          &outOfScope,
          parser.property { $0.wordList(OrganisationLevel.self, noun: "organisation level", after: $1) }, in: context)
      case .goal: if let goal = parser.parseGoal() { goals.append(goal) }
      case .allow: if let allow = parser.parseAllow() { allows.append(allow) }
      default: break
      }
    }
    return OrganisationDecl(
      keyword: identifier(header.keyword), id: header.id, title: header.title.take(), purpose: consume purpose,
      description: consume description, goals: consume goals, outOfScope: consume outOfScope,
      range: range(from: header.keyword.start, to: end), allows: consume allows)
  }

  mutating func parseGoal() -> GoalDecl? {
    guard var header = parseHeader(example: "goal openness \"Openness after harm\"") else { return nil }
    let context = BlockContext(noun: "goal", id: header.id.name, keywords: Keywords.goal)
    var description: Property<StringLiteral>?
    let end = parseOptionalBlock(context, expected: "a title string, '{' or the end of the line") { parser, token in
      switch parser.keyword(token, in: context) {
      case .description: parser.assign(&description, parser.property { $0.string(after: $1) }, in: context)
      default: break
      }
    }
    return GoalDecl(
      id: header.id, title: header.title.take(), description: consume description,
      range: range(from: header.keyword.start, to: end))
  }

  // MARK: - Clients and roles

  mutating func parseClient() -> ClientDecl? {
    guard
      var parts = parseKindedDeclaration(
        ClientKind.self, keyword: "client", noun: "client kind", keywords: Keywords.client,
        example: "client patients \"Patients and families\" { kind external }")
    else { return nil }
    return ClientDecl(
      id: parts.header.id, title: parts.header.title.take(), kind: parts.kind.take(),
      description: parts.description.take(), range: parts.range)
  }

  mutating func parseRole() -> RoleDecl? {
    guard
      var parts = parseKindedDeclaration(
        RoleKind.self, keyword: "role", noun: "role kind", keywords: Keywords.role,
        example: "role gp \"General practitioner\" { kind clinician }")
    else { return nil }
    return RoleDecl(
      id: parts.header.id, title: parts.header.title.take(), kind: parts.kind.take(),
      description: parts.description.take(), range: parts.range, allows: parts.allows)
  }

  /// A declaration whose block holds only `kind` (from `Kind`'s vocabulary) and `description`:
  /// clients and roles (`allow` is read where `keywords` has it: in a role).
  private mutating func parseKindedDeclaration<Kind: Vocabulary>(
    _ kindType: Kind.Type, keyword: String, noun: String, keywords: KeywordList, example: String
  ) -> (
    header: DeclarationHeader, kind: Property<Word<Kind>>?, description: Property<StringLiteral>?, range: SourceRange,
    allows: [AllowDecl]
  )? {
    guard let header = parseHeader(example: example) else { return nil }
    let context = BlockContext(noun: keyword, id: header.id.name, keywords: keywords)
    var kind: Property<Word<Kind>>?
    var description: Property<StringLiteral>?
    var allows: [AllowDecl] = []
    let end = parseOptionalBlock(context, expected: "a title string, '{' or the end of the line") { parser, token in
      switch parser.keyword(token, in: context) {
      case .kind:
        parser.assign(&kind, parser.property { $0.word(Kind.self, noun: noun, after: $1) }, in: context)
      case .description: parser.assign(&description, parser.property { $0.string(after: $1) }, in: context)
      case .allow: if let allow = parser.parseAllow() { allows.append(allow) }
      default: break
      }
    }
    return (header, consume kind, consume description, range(from: header.keyword.start, to: end), consume allows)
  }

  // MARK: - Mega-processes and processes

  mutating func parseMegaprocess() -> MegaprocessDecl? {
    guard var header = parseHeader(example: "megaprocess care \"Care partnership\" {") else { return nil }
    let context = BlockContext(noun: "megaprocess", id: header.id.name, keywords: Keywords.megaprocess)
    var client: Property<Reference>?
    var goals: Property<[Reference]>?
    var level: Property<Word<OrganisationLevel>>?
    var description: Property<StringLiteral>?
    var processes: [ProcessDecl] = []
    var measures: [MeasureDecl] = []
    var allows: [AllowDecl] = []
    let end = parseOptionalBlock(context, expected: "a title string, '{' or the end of the line") { parser, token in
      switch parser.keyword(token, in: context) {
      case .client: parser.assign(&client, parser.property { $0.reference(after: $1) }, in: context)
      case .goals: parser.assign(&goals, parser.property { $0.referenceList(after: $1) }, in: context)
      case .level:
        parser.assign(
          &level, parser.property { $0.word(OrganisationLevel.self, noun: "organisation level", after: $1) },
          in: context)
      case .description: parser.assign(&description, parser.property { $0.string(after: $1) }, in: context)
      case .process: if let process = parser.parseProcess() { processes.append(process) }
      case .measure: if let measure = parser.parseMeasure() { measures.append(measure) }
      case .allow: if let allow = parser.parseAllow() { allows.append(allow) }
      default: break
      }
    }
    return MegaprocessDecl(
      id: header.id, title: header.title.take(), client: consume client, goals: consume goals, level: consume level,
      description: consume description, processes: consume processes, measures: consume measures,
      range: range(from: header.keyword.start, to: end), allows: consume allows)
  }

  mutating func parseProcess() -> ProcessDecl? {
    guard var header = parseHeader(example: "process planning \"Shared care planning\" {") else { return nil }
    let context = BlockContext(noun: "process", id: header.id.name, keywords: Keywords.process)
    var kind: Property<Word<ProcessKind>>?
    var owner: Property<Reference>?
    var purpose: Property<StringLiteral>?
    var engagement: Property<Word<EngagementLevel>>?
    var tags: Property<[Word<Tag>]>?
    var description: Property<StringLiteral>?
    var inputs: [InputDecl] = []
    var outputs: [OutputDecl] = []
    var steps: [StepDecl] = []
    var flows: [FlowDecl] = []
    var measures: [MeasureDecl] = []
    var allows: [AllowDecl] = []
    let end = parseOptionalBlock(context, expected: "a title string, '{' or the end of the line") { parser, token in
      let next = parser.peekKind(1)
      let written = parser.keywordMatch(token)
      let isKeywordHere = written.map(context.keywords.contains) ?? false
      let mayStartFlow = !isKeywordHere || written?.stepKind != nil
      if next == .arrow || next == .dot || (mayStartFlow && parser.arrowLookalike(after: token.end) != nil) {
        if let flow = parser.parseFlow() { flows.append(flow) }
        return
      }
      if next == .identifier, !isKeywordHere, Keywords.places(of: parser.text(token)).isEmpty,
        Suggestions.closest(to: parser.text(token), among: context.keywords.words) == nil
      {
        parser.reportFlowWithoutArrow(token, in: context)
        return
      }
      switch parser.keyword(token, in: context) {
      case .kind:
        parser.assign(&kind, parser.property { $0.word(ProcessKind.self, noun: "process kind", after: $1) }, in: context)
      case .owner: parser.assign(&owner, parser.property { $0.reference(after: $1) }, in: context)
      case .purpose: parser.assign(&purpose, parser.property { $0.string(after: $1) }, in: context)
      case .engagement:
        parser.assign(
          &engagement, parser.property { $0.word(EngagementLevel.self, noun: "engagement level", after: $1) },
          in: context)
      case .tags:
        parser.assign(&tags, parser.property { $0.wordList(Tag.self, noun: "tag", after: $1) }, in: context)
      case .description: parser.assign(&description, parser.property { $0.string(after: $1) }, in: context)
      case .input: if let input = parser.parseInput() { inputs.append(input) }
      case .output: if let output = parser.parseOutput() { outputs.append(output) }
      case let keyword? where keyword.stepKind != nil:
        if let kind = keyword.stepKind, let step = parser.parseStep(kind) { steps.append(step) }
      case .measure: if let measure = parser.parseMeasure() { measures.append(measure) }
      case .allow: if let allow = parser.parseAllow() { allows.append(allow) }
      default: break
      }
    }
    return ProcessDecl(
      id: header.id, title: header.title.take(), kind: consume kind, owner: consume owner, purpose: consume purpose,
      engagement: consume engagement, tags: consume tags, description: consume description, inputs: consume inputs,
      outputs: consume outputs, steps: consume steps, flows: consume flows, measures: consume measures,
      range: range(from: header.keyword.start, to: end), allows: consume allows)
  }

  /// `a b` where a flow was probably meant: neither word is a keyword.
  mutating func reportFlowWithoutArrow(_ token: Token, in context: BlockContext) {
    let next = peek(1)
    let word = text(token)
    report(
      LanguageCode.unknownKeyword,
      "unknown keyword '\(Self.abbreviate(word))' \(context.location); to connect steps write '\(Self.abbreviate(word)) -> \(Self.abbreviate(text(next)))'",
      at: range(token),
      fixIts: [FixIt("insert '->'", range: range(from: token.end, to: token.end), replacement: " ->")])
    advance()
    skipStatement()
  }

  mutating func parseInput() -> InputDecl? {
    guard
      var parts = parseLinkedDeclaration(
        keyword: "input", link: .from, keywords: Keywords.input,
        example: "input visit \"Booked visit\" from patients")
    else { return nil }
    return InputDecl(
      id: parts.header.id, title: parts.header.title.take(), from: parts.link.take(),
      description: parts.description.take(), range: parts.range)
  }

  mutating func parseOutput() -> OutputDecl? {
    guard
      var parts = parseLinkedDeclaration(
        keyword: "output", link: .to, keywords: Keywords.output,
        example: "output plan \"Care plan\" to patients")
    else { return nil }
    return OutputDecl(
      id: parts.header.id, title: parts.header.title.take(), to: parts.link.take(),
      description: parts.description.take(), range: parts.range)
  }

  /// An input or output: its header, then its supplier or client after `link` (`from`/`to`), on
  /// the header line or in the block, and a `description`.
  private mutating func parseLinkedDeclaration(
    keyword: String, link: Keyword, keywords: KeywordList, example: String
  ) -> (header: DeclarationHeader, link: Property<Reference>?, description: Property<StringLiteral>?, range: SourceRange)? {
    guard let header = parseHeader(example: example) else { return nil }
    let context = BlockContext(noun: keyword, id: header.id.name, keywords: keywords)
    var target: Property<Reference>?
    let next = peek()
    if keywordMatch(next) == link { target = property { $0.reference(after: $1) } }
    var description: Property<StringLiteral>?
    let end = parseOptionalBlock(context, expected: "a title string, '\(link.spelling)', '{' or the end of the line") {
      parser, token in
      switch parser.keyword(token, in: context) {
      case link: parser.assign(&target, parser.property { $0.reference(after: $1) }, in: context)
      case .description: parser.assign(&description, parser.property { $0.string(after: $1) }, in: context)
      default: break
      }
    }
    return (header, consume target, consume description, range(from: header.keyword.start, to: end))
  }

  // MARK: - Steps and flows

  mutating func parseStep(_ kind: StepKind) -> StepDecl? {
    let keywordToken = peek()
    guard var header = parseHeader(example: "\(kind.rawValue) prepare \"Prepare questions\" by patient") else {
      return nil
    }
    let context = BlockContext(noun: kind.rawValue, id: header.id.name, keywords: Keywords.step)
    var performers: [Performer] = []
    var byRange: SourceRange?
    let next = peek()
    if isWord(next, "by") {
      let by = advance()
      switch self.performers() {
      case .value(let list):
        performers = list
        byRange = range(from: by.start, to: lastEnd)
      case .invalid, .missing:
        skipToBlockOrLineEnd()
      }
    }
    var engagement: Property<Word<EngagementLevel>>?
    var tags: Property<[Word<Tag>]>?
    var description: Property<StringLiteral>?
    var duration: Property<DurationValue>?
    var allows: [AllowDecl] = []
    let end = parseOptionalBlock(context, expected: "a title string, 'by', '{' or the end of the line") { parser, token in
      switch parser.keyword(token, in: context) {
      case .engagement:
        parser.assign(
          &engagement, parser.property { $0.word(EngagementLevel.self, noun: "engagement level", after: $1) },
          in: context)
      case .tags:
        parser.assign(&tags, parser.property { $0.wordList(Tag.self, noun: "tag", after: $1) }, in: context)
      case .description: parser.assign(&description, parser.property { $0.string(after: $1) }, in: context)
      case .duration: parser.assign(&duration, parser.property { $0.duration(after: $1) }, in: context)
      case .allow: if let allow = parser.parseAllow() { allows.append(allow) }
      default: break
      }
    }
    return StepDecl(
      kind: Word(value: kind, range: range(keywordToken)), id: header.id, title: header.title.take(),
      performers: consume performers, byRange: consume byRange, engagement: consume engagement, tags: consume tags,
      description: consume description, duration: consume duration, range: range(from: keywordToken.start, to: end),
      allows: consume allows)
  }

  /// `a -> b -> c when "label"`.
  mutating func parseFlow() -> FlowDecl? {
    let start = peek().start
    guard let first = reference(after: "->").value else {
      skipStatement()
      return nil
    }
    var nodes = [first]
    while true {
      if let lookalike = arrowLookalike(after: lastEnd) {
        replaceArrowLookalike(lookalike, after: nodes.last ?? first)
      } else if peekKind() == .arrow {
        advance()
      } else {
        break
      }
      guard let node = reference(after: "->").value else {
        skipStatement()
        return nil
      }
      nodes.append(node)
    }
    guard nodes.count >= 2 else {
      reportExpected(
        "expected '->' after '\(first)'; a flow connects steps, as in '\(first) -> next'", at: peek())
      skipStatement()
      return nil
    }
    var label: StringLiteral?
    let next = peek()
    if isWord(next, "when") {
      advance()
      guard let value = string(after: "when").value else {
        skipStatement()
        return nil
      }
      label = value
    }
    return FlowDecl(nodes: nodes, label: label, range: range(from: start, to: lastEnd))
  }

  // MARK: - Measures and relations

  mutating func parseMeasure() -> MeasureDecl? {
    guard var header = parseHeader(example: "measure plans_with_goals \"Care plans with patient goals\" {") else {
      return nil
    }
    let context = BlockContext(noun: "measure", id: header.id.name, keywords: Keywords.measure)
    var type: Property<Word<MeasureType>>?
    var unit: Property<Word<MeasureUnit>>?
    var target: Property<ThresholdValue>?
    var warning: Property<ThresholdValue>?
    var direction: Property<Word<Direction>>?
    var frequency: Property<Word<Frequency>>?
    var source: Property<StringLiteral>?
    var owner: Property<Reference>?
    var patientDefined: Property<Bool>?
    var description: Property<StringLiteral>?
    var allows: [AllowDecl] = []
    let end = parseOptionalBlock(context, expected: "a title string, '{' or the end of the line") { parser, token in
      switch parser.keyword(token, in: context) {
      case .type:
        parser.assign(&type, parser.property { $0.word(MeasureType.self, noun: "measure type", after: $1) }, in: context)
      case .unit:
        parser.assign(&unit, parser.property { $0.word(MeasureUnit.self, noun: "unit", after: $1) }, in: context)
      case .target: parser.assign(&target, parser.property { $0.threshold(after: $1) }, in: context)
      case .warning: parser.assign(&warning, parser.property { $0.threshold(after: $1) }, in: context)
      case .direction:
        parser.assign(
          &direction, parser.property { $0.word(Direction.self, noun: "direction", after: $1) }, in: context)
      case .frequency:
        parser.assign(
          &frequency, parser.property { $0.word(Frequency.self, noun: "frequency", after: $1) }, in: context)
      case .source: parser.assign(&source, parser.property { $0.string(after: $1) }, in: context)
      case .owner: parser.assign(&owner, parser.property { $0.reference(after: $1) }, in: context)
      case .patient_defined:
        parser.assign(&patientDefined, parser.property { $0.yesNo(after: $1) }, in: context)
      case .description: parser.assign(&description, parser.property { $0.string(after: $1) }, in: context)
      case .allow: if let allow = parser.parseAllow() { allows.append(allow) }
      default: break
      }
    }
    return MeasureDecl(
      id: header.id, title: header.title.take(), type: consume type, unit: consume unit, target: consume target,
      warning: consume warning, direction: consume direction, frequency: consume frequency, source: consume source,
      owner: consume owner, patientDefined: consume patientDefined, description: consume description,
      range: range(from: header.keyword.start, to: end), allows: consume allows)
  }

  mutating func parseRelation() -> RelationDecl? {
    guard var header = parseHeader(example: "relation plan_handover \"Care plan handover\" {") else { return nil }
    let context = BlockContext(noun: "relation", id: header.id.name, keywords: Keywords.relation)
    var supplier: Property<Reference>?
    var client: Property<Reference>?
    var product: Property<StringLiteral>?
    var requirements: [Property<StringLiteral>] = []
    var description: Property<StringLiteral>?
    var measures: [MeasureDecl] = []
    var allows: [AllowDecl] = []
    let end = parseOptionalBlock(context, expected: "a title string, '{' or the end of the line") { parser, token in
      switch parser.keyword(token, in: context) {
      case .supplier: parser.assign(&supplier, parser.property { $0.reference(after: $1) }, in: context)
      case .client: parser.assign(&client, parser.property { $0.reference(after: $1) }, in: context)
      case .product: parser.assign(&product, parser.property { $0.string(after: $1) }, in: context)
      case .requirement:
        if let requirement = parser.property({ $0.string(after: $1) }) { requirements.append(requirement) }
      case .description: parser.assign(&description, parser.property { $0.string(after: $1) }, in: context)
      case .measure: if let measure = parser.parseMeasure() { measures.append(measure) }
      case .allow: if let allow = parser.parseAllow() { allows.append(allow) }
      default: break
      }
    }
    return RelationDecl(
      id: header.id, title: header.title.take(), supplier: consume supplier, client: consume client,
      product: consume product, requirements: consume requirements, description: consume description,
      measures: consume measures, range: range(from: header.keyword.start, to: end), allows: consume allows)
  }

  // MARK: - Include and settings

  mutating func parseInclude() -> IncludeDecl? {
    let keyword = advance()
    guard let path = string(after: "include").value else {
      skipStatement()
      return nil
    }
    if path.value.isEmpty {
      report(LanguageCode.invalidValue, "the include path is empty; name a file such as \"roles.engage\"", at: path.range)
    }
    if peekKind() == .leftBrace {
      let brace = peek()
      report(LanguageCode.syntax, "'include' takes no block", at: range(brace))
      skipBalancedBlock()
    }
    return IncludeDecl(path: path, range: range(from: keyword.start, to: path.range.end))
  }

  mutating func parseSettings() -> SettingsDecl? {
    let keyword = advance()
    let context = BlockContext(noun: "settings", id: nil, keywords: Keywords.settings)
    guard peekKind() == .leftBrace else {
      reportExpected("expected '{' after 'settings', as in 'settings { rule EM0301 off }'", at: peek())
      skipStatement()
      return nil
    }
    var rules: [RuleSetting] = []
    let end = parseBlock(context) { parser, token in
      switch parser.keyword(token, in: context) {
      case .rule: if let rule = parser.parseRuleSetting(in: rules) { rules.append(rule) }
      default: break
      }
    }
    return SettingsDecl(rules: consume rules, range: range(from: keyword.start, to: end))
  }

  /// `rule EM0301 warning`; a rule configured twice in one block is reported.
  mutating func parseRuleSetting(in earlier: [RuleSetting]) -> RuleSetting? {
    let keyword = advance()
    let ruleToken = peek()
    guard ruleToken.kind == .identifier else {
      reportExpected("expected a rule code or name after 'rule'\(found(ruleToken)), as in 'rule EM0301 off'", at: ruleToken)
      skipStatement()
      return nil
    }
    advance()
    let severityToken = peek()
    let valid = SeveritySetting.allCases.map(\.rawValue)
    guard severityToken.kind == .identifier else {
      reportExpected(
        "expected a severity after 'rule \(text(ruleToken))' (\(Keywords.list(valid, conjunction: "or")))\(found(severityToken))",
        at: severityToken, code: LanguageCode.unknownRule)
      skipStatement()
      return nil
    }
    advance()
    guard let severity = SeveritySetting(rawValue: text(severityToken)) else {
      reportUnknownValue(
        severityToken, written: text(severityToken), noun: "severity", valid: valid, code: LanguageCode.unknownRule)
      return nil
    }
    let setting = RuleSetting(
      rule: identifier(ruleToken), severity: Word(value: severity, range: range(severityToken)),
      range: range(from: keyword.start, to: severityToken.end))
    if let first = earlier.first(where: { $0.rule.name == setting.rule.name }) {
      report(
        LanguageCode.duplicateProperty,
        "rule '\(setting.rule.name)' is configured twice in settings; it may be configured only once",
        at: setting.range, notes: [DiagnosticNote("first given here", at: first.range)])
      return nil
    }
    return setting
  }
}

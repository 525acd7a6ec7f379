import EngageSite
import Foundation
import Testing

/// What the pages say, read from the parsed pages of the example models.
@Suite("Site pages")
struct SitePageTests {
  static func page(_ site: Result<GeneratedSite, Error>, _ path: String) throws -> ParsedPage {
    let site = try site.get()
    guard let file = site.file(path) else { throw SiteTestError("no page \(path)") }
    return try ParsedPage.parse(file.bytes, path: path)
  }

  /// The ids of the step rows, in the order the table lists them.
  static func stepRows(_ page: ParsedPage) -> [String] {
    page.elements(named: "tr").compactMap { $0.attributes["id"] }.filter { $0.hasPrefix("step-") }
      .map { String($0.dropFirst("step-".count)) }
  }

  @Test func stepsAreListedInFlowOrderWithEndEventsLast() throws {
    let planning = try Self.page(Sites.riverside, "process/shared_care_planning.html")
    #expect(Self.stepRows(planning) == ["booked", "invite", "prepare", "goals", "agreed", "record", "share", "self_manage", "refer", "planned"])
    let medicines = try Self.page(Sites.riverside, "process/medicine_reconciliation.html")
    #expect(Self.stepRows(medicines) == ["due", "bring", "compare", "discrepancy", "resolve", "explain", "reconciled"])
  }

  @Test func aStepRowHasItsPerformersLinkedWithCountsEngagementDurationAndTags() throws {
    let page = try Self.page(Sites.riverside, "process/engagement_evaluation.html")
    let row = page.descendants(ofId: "step-partner_review")
    let links = row.filter { $0.name == "a" }
    #expect(links.map { $0.attributes["href"] ?? "" } == ["../role/quality_lead.html", "../role/partner.html"])
    let text = try #require(page.element(id: "step-partner_review")?.text)
    #expect(text.contains("Patient partner ×2"))
    #expect(text.contains("involve"))
    let goals = try Self.page(Sites.riverside, "process/shared_care_planning.html")
    let goalsRow = try #require(goals.element(id: "step-goals")?.text)
    #expect(goalsRow.contains("30 minutes") && goalsRow.contains("collaborate"))
    let share = try #require(goals.element(id: "step-share")?.text)
    #expect(share.contains("#feedback"))
    #expect(share.contains("collaborate (process)"), "the process's level, marked as such, for a patient-side step without its own")
  }

  @Test func decisionsListTheirLabelledExitsLinkedToTheStepsTheyLeadTo() throws {
    let page = try Self.page(Sites.riverside, "process/shared_care_planning.html")
    let exits = page.elements(named: "li").filter { $0.text.hasPrefix("“") }.map(\.text)
    #expect(exits.contains("“yes” → Record the plan with the patient's goals in their words"))
    #expect(exits.contains("“not yet” → Elicit goals and preferences"))
    let links = page.elements(named: "a").compactMap { $0.attributes["href"] }
    #expect(links.contains("#step-record") && links.contains("#step-goals"))
    #expect(page.elements(named: "li").contains { $0.text.contains("After Refer to self-management support → Self-management support") })
  }

  @Test func inputsLinkToTheirSupplierAndOutputsToTheirConsumers() throws {
    let medicines = try Self.page(Sites.riverside, "process/medicine_reconciliation.html")
    let plan = medicines.descendants(ofId: "input-plan").compactMap { $0.attributes["href"] }
    #expect(plan == ["../process/shared_care_planning.html#output-plan", "../relations.html#relation-plan_handover"])
    let discharge = medicines.descendants(ofId: "input-discharge").compactMap { $0.attributes["href"] }
    #expect(discharge == ["../clients.html#client-hospital"])
    let planning = try Self.page(Sites.riverside, "process/shared_care_planning.html")
    let consumers = try #require(planning.element(id: "output-plan")?.text)
    #expect(consumers.contains("Safe medicine list input “Care plan”"))
    #expect(consumers.contains("Safe medicine list relation “Care plan handover to the pharmacist”"))
    #expect(consumers.contains("Patients and families"))
  }

  @Test func measuresShowWhatTheyDeclareAndWithDataTheirStatusValueAndTrend() throws {
    let plain = try Self.page(Sites.riverside, "process/medicine_reconciliation.html")
    let declared = try #require(plain.element(id: "measure-meds_reconciled_with_patient")?.text)
    for fact in ["process", "percent", "≥ 90 %", "≥ 85 %", "monthly", "Clinical pharmacist", "yes", "Source: Pharmacy reconciliation log"] {
      #expect(declared.contains(fact), "\(fact)")
    }
    #expect(!plain.elements(named: "th").contains { $0.text == "Status" })
    let withData = try Self.page(Sites.riversideWithData, "process/medicine_reconciliation.html")
    let evaluated = try #require(withData.element(id: "measure-meds_reconciled_with_patient"))
    #expect(evaluated.text.contains("✓ met") && evaluated.text.contains("93 %") && evaluated.text.contains("2026-11"))
    #expect(evaluated.text.contains("improving"))
    #expect(withData.descendants(ofId: "measure-meds_reconciled_with_patient").contains { $0.name == "svg" && $0.attributes["class"] == "trend" })
    #expect(withData.elements(named: "dd").contains { $0.text == "✓ met for 2026-11" }, "the process's own status")
  }

  @Test func aProcessPageListsTheRelationsItTakesPartIn() throws {
    let page = try Self.page(Sites.riverside, "process/medicine_reconciliation.html")
    let relations = page.descendants(ofId: "relations").filter { $0.name == "tr" }.map(\.text)
    #expect(relations == ["RelationThis process isOther processProduct", "Care plan handover to the pharmacistclientShared care planningCare plan with the patient's goals and current medicines"])
  }

  @Test func theHomePageShowsPurposeGoalsLandscapeAndMegaprocesses() throws {
    let home = try Self.page(Sites.riverside, "index.html")
    #expect(home.elements(named: "h1").map(\.text) == ["Riverside Primary Care Centre"])
    #expect(home.element(id: "goal-partnership")?.text.contains("Partnership at the point of care") == true)
    let figure = try #require(home.elements(named: "figure").first)
    #expect(home.elements(named: "svg").count == 1 && figure.attributes["class"] == "map")
    #expect(home.element(id: "map-view-landscape") != nil, "the map's ids carry the map- prefix")
    let rows = home.descendants(ofId: "megaprocesses").filter { $0.name == "tr" }
    #expect(rows.count == 5)
    let withData = try Self.page(Sites.riversideWithData, "index.html")
    #expect(withData.elements(named: "p").contains { $0.text.hasPrefix("Measure status for 2026-11: ✗ missed") })
  }

  @Test func everyPageHasTheNavigationWithTheCurrentSectionAndTheDiagnosticsCount() throws {
    let site = try Sites.warnings.get()
    for path in site.pages {
      let page = try ParsedPage.parse(try #require(site.file(path)).bytes, path: path)
      let nav = page.elements(named: "nav").first.map { _ in page.elements(named: "li").prefix(7).map(\.text) } ?? []
      #expect(nav == ["Home", "Processes", "Relations", "Engagement", "Roles", "Measures", "Diagnostics 5 warnings"], "\(path)")
      let current = page.elements(named: "a").filter { $0.attributes["aria-current"] == "page" }.map(\.text)
      switch path {
      case "index.html": #expect(current == ["Home"])
      case let path where path.hasPrefix("process/") || path.hasPrefix("megaprocess/"): #expect(current == ["Processes"], "\(path)")
      case let path where path.hasPrefix("role/"): #expect(current == ["Roles"], "\(path)")
      case "rules.html", "clients.html", "search.html", "print.html": #expect(current == [], "\(path)")
      default: #expect(current.count == 1, "\(path)")
      }
      #expect(page.elements(named: "form").contains { $0.attributes["role"] == "search" }, "\(path)")
    }
  }

  @Test func diagnosticsAreListedWithTheirLocationCodeLinkAndProcess() throws {
    let page = try Self.page(Sites.warnings, "diagnostics.html")
    let items = page.elements(named: "article")
    #expect(items.count == 5)
    let first = try #require(page.element(id: "diagnostic-3"))
    #expect(first.text.contains("Tests/EngageSiteTests/Fixtures/warnings.engage:23:16"))
    #expect(first.text.contains("EM0303"))
    let links = page.descendants(ofId: "diagnostic-3").compactMap { $0.attributes["href"] }
    #expect(links == ["rules.html#EM0303", "process/planning.html"])
    let source = page.descendants(ofId: "diagnostic-3").filter { $0.name == "pre" }.map(\.text)
    #expect(source == ["    engagement consult\n               ^~~~~~~"], "the source line with its caret, as check prints it")
    let note = page.descendants(ofId: "diagnostic-2").filter { $0.name == "pre" }.map(\.text)
    #expect(note.first?.contains("warnings.engage:17:3: note: the mega-process is at direct_care level") == true)
    let rules = try Self.page(Sites.warnings, "rules.html")
    #expect(rules.element(id: "EM0303")?.text.contains("feedback") == true)
  }

  /// A finding an `allow` suppresses is left out of every page, as `check` leaves it out.
  @Test func suppressedFindingsAreNotShown() throws {
    let scratch = try ScratchDirectory()
    let model = try String(contentsOfFile: TestPaths.fixture("warnings.engage"), encoding: .utf8)
      .replacingOccurrences(
        of: #"step prepare "Prepare the visit""#,
        with: #"step prepare "Prepare the visit" { allow EM0106 "whoever is on shift prepares" }"#)
    try scratch.write("allowed.engage", model)
    let site = try SiteGenerator.generate(modelAt: "\(scratch.path)/allowed.engage")
    #expect(site.diagnostics.count == 4 && !site.diagnostics.contains { $0.code.rawValue == "EM0106" })
    let diagnostics = try ParsedPage.parse(try #require(site.file("diagnostics.html")).bytes, path: "diagnostics.html")
    #expect(diagnostics.elements(named: "article").count == 4)
    #expect(!diagnostics.elements(named: "main").contains { $0.text.contains("EM0106") })
    #expect(diagnostics.elements(named: "li").prefix(7).last?.text == "Diagnostics 4 warnings")
    let planning = try ParsedPage.parse(try #require(site.file("process/planning.html")).bytes, path: "process/planning.html")
    #expect(planning.descendants(ofId: "diagnostics").filter { $0.name == "a" }.map(\.text) == ["EM0303"])
  }

  @Test func aProcessPageShowsTheDiagnosticsLocatedInIt() throws {
    let planning = try Self.page(Sites.warnings, "process/planning.html")
    let codes = planning.descendants(ofId: "diagnostics").filter { $0.name == "a" }.map(\.text)
    #expect(codes == ["EM0303", "EM0106"])
    let concerns = try Self.page(Sites.warnings, "process/concerns.html")
    #expect(concerns.descendants(ofId: "diagnostics").filter { $0.name == "a" }.map(\.text) == ["EM0207"])
    let clean = try Self.page(Sites.riverside, "process/disclosure.html")
    #expect(clean.element(id: "diagnostics")?.text.contains("No diagnostics located in this process.") == true)
  }

  @Test func theMeasureDataFilesProblemsAreOnTheDiagnosticsPage() throws {
    let page = try Self.page(Sites.northshoreWithData, "diagnostics.html")
    let data = try #require(page.element(id: "data-diagnostic-1"))
    #expect(data.text.contains("northshore-measures.csv:11:1"))
    #expect(data.text.contains("unknown measure 'no_such_measure'"))
    let measures = try Self.page(Sites.northshoreWithData, "measures.html")
    #expect(measures.elements(named: "a").contains { $0.attributes["href"] == "diagnostics.html#data" })
    #expect(try Sites.northshoreWithData.get().dataDiagnostics.map(\.code.rawValue) == ["EM0401"])
  }

  @Test func aRolePageSaysWhatTheRoleDoesByProcess() throws {
    let page = try Self.page(Sites.riverside, "role/partner.html")
    #expect(page.elements(named: "h2").first?.text == "What the Patient partner does here")
    let groups = page.elements(named: "h3").map(\.text)
    #expect(groups.first == "Engagement evaluation and public annual report in Accountability")
    #expect(groups.count == 6)
    let links = page.elements(named: "a").compactMap { $0.attributes["href"] }
    #expect(links.contains("../process/engagement_evaluation.html#step-partner_review"))
    #expect(page.elements(named: "tr").contains { $0.text.hasPrefix("Review the results with patient partners: what worked, what did not (×2)step") })
    let nurse = try Self.page(Sites.riverside, "role/nurse.html")
    #expect(nurse.element(id: "owns")?.text.contains("Self-management support") == true)
    #expect(nurse.element(id: "measures")?.text.contains("Care plans with documented patient goals") == true)
  }

  @Test func theEngagementPageHasTheMatrixAsAnAccessibleTable() throws {
    let page = try Self.page(Sites.riverside, "engagement.html")
    let table = try #require(page.elements(named: "table").first { $0.attributes["class"] == "matrix" })
    #expect(page.elements(named: "caption").map(\.text) == ["Engagement level by process (rows) and role (columns)"])
    #expect(table.text.contains("Patient partner"))
    let headers = page.elements(named: "th").filter { $0.attributes["scope"] == "col" }
    #expect(headers.count == 2 + 15, "the process, its level, and the model's 15 roles")
    let rows = page.elements(named: "th").filter { $0.attributes["scope"] == "row" }.map(\.text)
    #expect(rows.count == 13 && rows.contains("Shared care planning"))
    let cells = page.elements(named: "td").filter { ($0.attributes["class"] ?? "").hasPrefix("level level-") }
    #expect(cells.contains { $0.text == "COLcollaborate" })
    #expect(page.elements(named: "svg").count == 1)
  }

  @Test func theRelationsPageListsEveryRelationWithItsMeasuresStatus() throws {
    let page = try Self.page(Sites.riversideWithData, "relations.html")
    let relation = try #require(page.element(id: "relation-plan_handover"))
    #expect(relation.text.contains("Shared care planning"))
    #expect(relation.text.contains("→ Safe medicine list"))
    #expect(relation.text.contains("Shared within 2 working days of the planning visit"))
    #expect(relation.text.contains("Care plans shared with the pharmacist within 2 working days ✓ met"))
    #expect(page.element(id: "undeclared") != nil)
    #expect(page.elements(named: "svg").count == 1)
  }

  @Test func theMeasuresPageIsTheReportWithData_andTheDeclaredMeasuresWithout() throws {
    let report = try Self.page(Sites.riversideWithData, "measures.html")
    #expect(report.elements(named: "h1").map(\.text) == ["Riverside Primary Care Centre — measures"])
    let row = try #require(report.element(id: "measure-plans_with_goals"))
    #expect(row.text.contains("! warning"))
    #expect(report.descendants(ofId: "measure-plans_with_goals").contains { $0.attributes["href"] == "process/shared_care_planning.html" })
    #expect(report.elements(named: "h2").map(\.text) == ["Measures map", "Measures", "Roll-ups"])
    let declared = try Self.page(Sites.riverside, "measures.html")
    #expect(declared.element(id: "measure-plans_with_goals")?.text.contains("Shared care planning (process)") == true)
    #expect(declared.elements(named: "tr").filter { ($0.attributes["id"] ?? "").hasPrefix("measure-") }.count == 41)
  }

  @Test func thePrintPageHasEveryProcessInItsOwnArticle() throws {
    let page = try Self.page(Sites.riverside, "print.html")
    let articles = page.elements(named: "article").filter { $0.attributes["class"] == "print-process" }
    #expect(articles.count == 13)
    #expect(articles.first?.attributes["id"] == "print-engagement_evaluation", "in model order")
    #expect(page.element(id: "shared_care_planning.step-goals") != nil, "anchors carry the process id")
    #expect(page.elements(named: "svg").filter { $0.attributes["class"] != "trend" }.count == 13)
    #expect(page.element(id: "map-shared_care_planning-view-process-shared_care_planning") != nil)
  }

  @Test func clientsAreListedWithWhoServesThemAndWhatTheyExchange() throws {
    let page = try Self.page(Sites.riverside, "clients.html")
    let hospital = try #require(page.element(id: "client-hospital"))
    #expect(hospital.text.contains("Safe medicine list"))
    let patients = try #require(page.element(id: "client-patients"))
    #expect(patients.text.contains("Care partnership"))
  }
}

import ArgumentParser
import EngageSite
import EngageViews
import EngageWorkspace

/// `engagemap site MODEL [-o DIR] [--data CSV] [--period P]`: generates the static site of a
/// model in memory, then writes it as a set, atomically.
struct SiteCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "site",
    abstract: "Generate a static HTML site of a model: landscape, processes, roles, relations, measures.",
    discussion: """
      Writes DIR/index.html (the landscape), a page per mega-process, process and role, the \
      relations, engagement, measures, diagnostics, rules, search and print pages, and \
      DIR/assets/. DIR defaults to Diagrams/<model name>/site. The site needs no server and no \
      network: open DIR/index.html from disk or publish DIR on any static host.
      The model is checked first, as `engagemap check` does: when it has errors they are \
      printed and nothing is written (a published site is never replaced by one of a broken \
      model). Warnings are printed and listed on the diagnostics page. With --data every page \
      shows measure statuses for --period (default: the latest period in the data), and the \
      measures page the full report with trend charts.
      The site is generated in memory, then written into a staging directory and moved into DIR \
      only when every file is written: a failure leaves DIR as it was (other files in DIR stay).
      Exit status: 0 written, 1 the model has errors, 2 usage, data, Graphviz or I/O failure.
      """
  )

  @OptionGroup var input: ModelInput

  @Option(name: [.short, .customLong("output")], help: "Output directory (default: Diagrams/<model name>/site).")
  var output: String?

  @OptionGroup var measureData: MeasureDataOptions

  @OptionGroup var collapse: CollapseOption


  func execute(console: Console) throws -> CommandOutcome {
    let workspace = Workspace()
    let model = try workspace.load(input.model)
    let site = try SiteGenerator.generate(
      model: model, data: measureData.selection, options: SiteOptions(collapseThreshold: collapse.collapseAbove),
      workspace: workspace)
    console.printDiagnostics(site.diagnostics + site.dataDiagnostics)
    let directory = output ?? "Diagrams/" + model.name + "/site"
    try AtomicWriter(protecting: model, measureData: measureData.data).write(site.files, into: directory)
    let pages = site.files.count { $0.path.hasSuffix(".html") }
    try console.writeLine("\(model.name): wrote \(pages) pages (\(site.files.count) files) to \(directory)")
    return .success(keepingAlive: (model, site))
  }
}

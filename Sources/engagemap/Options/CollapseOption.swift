import ArgumentParser
import EngageViews

/// `--collapse-above N` for the commands that draw a landscape (`render`, `site`, `serve`).
struct CollapseOption: ParsableArguments {
  @Option(help: "Collapse the landscape into mega-process summaries above this many processes.")
  var collapseAbove: Int = ViewOptions.defaultCollapseThreshold

  func validate() throws {
    if collapseAbove < 0 { throw ValidationError("--collapse-above must be 0 or more") }
  }
}

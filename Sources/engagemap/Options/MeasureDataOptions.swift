import ArgumentParser
import EngageWorkspace

/// `--data CSV [--period P]`: the measure data a command evaluates or colours maps by.
struct MeasureDataOptions: ParsableArguments {
  @Option(help: "Measure data (CSV: measure,period,value[,note]).")
  var data: String?

  @Option(help: "The period to evaluate, e.g. 2026-10, 2026-Q3, 2026-W41 or 2026 (default: latest in the data).")
  var period: String?

  func validate() throws {
    if period != nil && data == nil { throw ValidationError("--period needs --data") }
  }

  /// The data file and period, when `--data` is given.
  var selection: MeasureDataSelection? {
    data.map { MeasureDataSelection(path: $0, period: period) }
  }
}

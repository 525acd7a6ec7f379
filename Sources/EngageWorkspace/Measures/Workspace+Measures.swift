import EngageLanguage
import EngageMeasures
import EngageModel

/// A model's measures evaluated against a data file.
public struct MeasuresOutcome: Sendable {
  public let model: CheckedModel
  public let report: MeasureReport
  /// The data file's diagnostics: rows that could not be used (the others were evaluated).
  public let dataDiagnostics: [Diagnostic]

  /// The model's diagnostics (warnings), then the data file's, in output order.
  public var diagnostics: [Diagnostic] { model.diagnostics + dataDiagnostics }
}

extension Workspace {
  /// Loads the model at `modelPath` (it must have no language or reference errors), reads the
  /// measure data of `data` and evaluates every measure for its period.
  ///
  /// Throws, in this order: `.usageOrIO` for a period that does not parse (before anything is
  /// read) or a model that cannot be read; `.modelErrors` for a model with errors; `.usageOrIO`
  /// for a data file that is missing, unreadable or has no usable rows (after the model's
  /// diagnostics and the data file's). A measure that missed its target is a result
  /// (`MeasureReport.hasMissed`), not an error.
  public func measures(modelPath: String, data: MeasureDataSelection) throws(WorkspaceError) -> MeasuresOutcome {
    let period: Period?
    do {
      period = try MeasureEvaluation.parsePeriod(data.period)
    } catch {
      throw .failure(error.message)
    }
    let checked = try validGraph(of: load(modelPath), runRules: false)
    let dataSet: MeasureDataSet
    do {
      dataSet = try MeasureDataReader.read(path: data.path, measures: checked.graph.measures)
    } catch {
      throw .failure(error.message, diagnostics: checked.diagnostics + error.diagnostics)
    }
    do {
      let report = try MeasureEvaluation.report(graph: checked.graph, data: dataSet, period: period)
      return MeasuresOutcome(model: checked, report: report, dataDiagnostics: dataSet.diagnostics)
    } catch {
      throw .failure(error.message, diagnostics: checked.diagnostics + dataSet.diagnostics)
    }
  }
}

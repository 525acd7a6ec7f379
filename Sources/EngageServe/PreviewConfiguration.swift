import EngageViews

/// What `engagemap serve` serves: the model, its measure data, and where.
public struct PreviewConfiguration: Sendable {
  public var modelPath: String
  public var dataPath: String?
  public var period: String?
  /// The TCP port on 127.0.0.1; 0 picks a free one.
  public var port: Int
  public var collapseThreshold: Int

  public init(
    modelPath: String, dataPath: String? = nil, period: String? = nil, port: Int = 8080,
    collapseThreshold: Int = ViewOptions.defaultCollapseThreshold
  ) {
    self.modelPath = modelPath
    self.dataPath = dataPath
    self.period = period
    self.port = port
    self.collapseThreshold = collapseThreshold
  }
}

/// Citations shared by the completeness rules.
enum CompletenessSources {
  /// The process-approach management model, with the step a rule comes from.
  static func processApproach(_ step: String) -> String {
    "The process-approach management model for patient engagement (determine the organisation's "
      + "purpose and goals; identify mega-processes by the client criterion; design reference "
      + "processes as process maps; develop process measures and internal-market relations; "
      + "support the operation with an IT system), \(step)."
  }
}

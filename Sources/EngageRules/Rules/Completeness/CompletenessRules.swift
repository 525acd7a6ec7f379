/// The completeness rules; each rule's file adds it here.
let completenessRules: [any Rule] = [
  OrganisationPurpose(),
  GoalServed(),
  MegaprocessClientAndGoals(),
  MegaprocessHasProcess(),
  ProcessOwnerAndPurpose(),
  ProcessInputsAndOutputs(),
  ProcessHasMeasure(),
  MeasureComplete(),
  TargetFitsUnit(),
  InputHasSupplier(),
  OutputConsumed(),
  RelationConsistent(),
  SupportHasInternalClient(),
  MegaprocessOutcomeMeasure(),
  MainProcessInMegaprocess(),
]

/// The integrity rules; each rule's file adds it here.
let integrityRules: [any Rule] = [
  SingleStartEvent(),
  EndEventPresent(),
  StepReachable(),
  EndReachable(),
  DecisionExits(),
  StepPerformer(),
  EventFlowDirection(),
  HandOverTarget(),
  OnlyDecisionExitsLabelled(),
  ProcessMapSize(),
]

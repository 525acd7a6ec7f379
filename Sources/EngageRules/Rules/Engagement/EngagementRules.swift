/// The engagement rules; each rule's file adds it here.
let engagementRules: [any Rule] = [
  TwoPatientPartners(),
  PartnersFromFirstStep(),
  FeedbackOnInput(),
  EngagementLevelSupported(),
  FamilyInIncidentAnalysis(),
  TwoStageDisclosure(),
  SafetyConcernChannel(),
  EngagementLevelsCovered(),
  PartnerSupportProcess(),
  CodesignFacilitatorAndSponsor(),
  EngagementEvaluationReport(),
  PatientDefinedMeasure(),
]

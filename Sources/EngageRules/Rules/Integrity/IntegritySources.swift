/// Citations shared by the process-map integrity rules.
enum IntegritySources {
  static let bpmn =
    "BPMN well-formedness practice (OMG Business Process Model and Notation 2.0.2, chapter 10 "
    + "'Process': events, sequence flows and gateways; as checked by bpmnlint's "
    + "start-event-required, end-event-required, no-disconnected and conditional-flows rules), "
    + "applied to the reference processes of the process-approach management model (step 3: design "
    + "reference processes and draw them as process maps)."
}

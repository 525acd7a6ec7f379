/// Citations shared by the process-map integrity rules.
enum IntegritySources {
  static let bpmn =
    "BPMN well-formedness practice (OMG BPMN 2.0.2, §10 process modelling conformance; bpmnlint's "
    + "start-event-required, end-event-required, no-disconnected and conditional-flows rules), "
    + "applied to the reference processes of the process-approach management model (step 3: design "
    + "reference processes and draw them as process maps)."
}

/// The ids of a BPMN document: valid `xsd:ID`s (NCNames), unique in the document.
///
/// A process keeps its model id; a node of process `P` is `P.node`; every other element of `P`
/// is `P-kind` or `P-kind-name` (`P-flow-3`, `P-lane-gp`, `P-call-other`); a diagram element is
/// the id of what it draws followed by `-di`. Model ids are ASCII identifiers (a letter, then
/// letters, digits and `_`), so `.` and `-` never occur in them and no two ids can meet; any
/// other character is escaped (`_xHHHH_`) all the same, and an id that would not start with a
/// letter or `_` is prefixed with `_`.
enum BPMNIds {
  static let definitions = "engagemap-definitions"

  static func process(_ process: String) -> String { name(process) }
  static func node(_ process: String, _ node: String) -> String { name(process) + "." + name(node) }
  static func flow(_ process: String, _ position: Int) -> String { name(process) + "-flow-" + String(position + 1) }
  static func association(_ process: String, _ position: Int) -> String {
    name(process) + "-association-" + String(position + 1)
  }
  static func split(_ process: String, _ node: String) -> String { name(process) + "-split-" + name(node) }
  static func splitFlow(_ process: String, _ node: String) -> String { name(process) + "-flow-split-" + name(node) }
  static func lane(_ process: String, _ role: String) -> String { name(process) + "-lane-" + name(role) }
  static func laneSet(_ process: String) -> String { name(process) + "-lanes" }
  static func callActivity(_ process: String, _ target: String) -> String { name(process) + "-call-" + name(target) }
  static func ioSpecification(_ process: String) -> String { name(process) + "-io" }
  static func dataInput(_ process: String, _ input: String) -> String { name(process) + "-input-" + name(input) }
  static func dataOutput(_ process: String, _ output: String) -> String { name(process) + "-output-" + name(output) }
  static func inputSet(_ process: String) -> String { name(process) + "-input-set" }
  static func outputSet(_ process: String) -> String { name(process) + "-output-set" }
  static func collaboration(_ process: String) -> String { name(process) + "-collaboration" }
  static func participant(_ process: String) -> String { name(process) + "-participant" }
  static func diagram(_ process: String) -> String { name(process) + "-diagram" }
  static func plane(_ process: String) -> String { name(process) + "-plane" }
  static func shape(of element: String) -> String { element + "-di" }

  /// `text` as an NCName part: ASCII letters, digits and `_` kept, anything else `_xHHHH_`.
  static func name(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_") {
        result.unicodeScalars.append(scalar)
      } else {
        result += "_x" + String(scalar.value, radix: 16, uppercase: true) + "_"
      }
    }
    guard let first = result.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else {
      return "_" + result
    }
    return result
  }
}

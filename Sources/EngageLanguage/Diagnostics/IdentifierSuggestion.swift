import Foundation

/// Valid ids made from text that is not one: `care-plan` → `care_plan`, `Lakeside Clinic` →
/// `lakeside_clinic`, `Médecin-chef` → `medecin_chef`.
///
/// An id is an ASCII letter followed by ASCII letters, digits and `_` (docs/LANGUAGE.md §1).
public enum IdentifierSuggestion {
  /// Whether `text` is a valid id.
  public static func isValidIdentifier(_ text: String) -> Bool {
    guard let first = text.utf8.first, ASCII.isLetter(first) else { return false }
    return text.utf8.allSatisfy { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == ASCII.underscore }
  }

  /// The id closest to `text` as written: hyphens become `_` and nothing else changes when that
  /// is enough; otherwise the id `identifier(from:)` derives (keeping the letters' case).
  public static func replacingHyphens(in text: String) -> String? {
    let direct = text.replacingOccurrences(of: "-", with: "_")
    if isValidIdentifier(direct) { return direct }
    return identifier(from: text, lowercased: false)
  }

  /// A valid id derived from any text, or `nil` when the text has no letter or digit to keep.
  ///
  /// Accents are removed (`é` → `e`) and a few letters spelt out (`ß` → `ss`, `æ` → `ae`, `ø` →
  /// `o`); every other run of characters that are not ASCII letters or digits (spaces, hyphens,
  /// punctuation, `_`) becomes one `_`, and none is kept at either end. An id that would start
  /// with a digit starts with `prefix` instead (`24/7 clinic` → `id_24_7_clinic`).
  public static func identifier(from text: String, lowercased: Bool = true, prefix: String = "id_") -> String? {
    var result = ""
    var pendingSeparator = false
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      let spelling: String
      if scalar.isASCII, let byte = UInt8(exactly: scalar.value), ASCII.isLetter(byte) || ASCII.isDigit(byte) {
        spelling = String(scalar)
      } else if scalar.properties.generalCategory == .nonspacingMark
        || scalar.properties.generalCategory == .enclosingMark || scalar.properties.generalCategory == .spacingMark
      {
        continue
      } else if let spelt = spelledOut[scalar] {
        spelling = spelt
      } else {
        pendingSeparator = !result.isEmpty
        continue
      }
      if pendingSeparator { result += "_" }
      pendingSeparator = false
      result += lowercased ? spelling.lowercased() : spelling
    }
    guard let first = result.utf8.first else { return nil }
    return ASCII.isDigit(first) ? prefix + result : result
  }

  /// Letters with no ASCII base letter under canonical decomposition, and how ids spell them.
  private static let spelledOut: [Unicode.Scalar: String] = [
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i",
  ]
}

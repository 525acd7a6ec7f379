/// Keeps the bidirectional-text controls of one piece of model text from reordering the page
/// around it: text that holds any of them is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
/// ISOLATE (U+2068 … U+2069), which ends every embedding, override or isolate the text opened.
/// The controls stay in the text, as the model has them.
enum BidiIsolation {
  static func isolate(_ text: String) -> String {
    text.unicodeScalars.contains(where: isControl) ? "\u{2068}" + text + "\u{2069}" : text
  }

  /// ALM, LRM, RLM, the embeddings and overrides LRE … RLO, and the isolates LRI … PDI.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}

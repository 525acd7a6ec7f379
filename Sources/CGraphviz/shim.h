#ifndef ENGAGEMAP_CGRAPHVIZ_SHIM_H
#define ENGAGEMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/textspan.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>
#include <string.h>

/* Exported by libgvc but declared only in Graphviz's private gvcproc.h. */
extern int gvtextlayout_select(GVC_t *gvc);
extern boolean gvtextlayout(GVC_t *gvc, textspan_t *span, char **fontpath);

/* Exported by libcgraph but declared only in its private cghdr.h: discards what the DOT lexer
 * still holds from the last read. */
extern void aglexbad(void);

/// Graphviz's default memory discipline, for building an `Agdisc_t` of one's own.
static inline Agmemdisc_t *engagemap_agmemdisc(void) { return &AgMemDisc; }

/// Graphviz's default I/O discipline, whose `putstr` and `flush` a reading discipline reuses.
static inline Agiodisc_t *engagemap_agiodisc(void) { return &AgIoDisc; }

/// A text-layout engine's measuring function, as `gvtextlayout_engine_t` holds it.
typedef boolean (*engagemap_textlayout_function)(textspan_t *span, char **fontpath);

/// Graphviz 2.42's pango text layout remembers the last font it measured by a pointer to the font
/// name, which belongs to the graph being laid out and is freed with it. When a later graph's font
/// name lands at the same address with the same size, the old font is reused and text is
/// measured in the wrong font. Measuring one character in a font whose name lives for the whole
/// process points that cache at memory that stays valid, so the next real font is looked up
/// afresh. This fills `span` and `font` with that measurement.
static inline void engagemap_reset_span(textspan_t *span, textfont_t *font) {
  static char name[] = "EngageMap text layout reset";
  static char text[] = "x";
  memset(font, 0, sizeof *font);
  memset(span, 0, sizeof *span);
  font->name = name;
  font->size = 1.0;
  span->str = text;
  span->font = font;
  span->just = 'n';
}

/// Resets the font cache of `textlayout` (pango's own measuring function when EngageMap wraps it).
static inline void engagemap_reset_text_layout_engine(engagemap_textlayout_function textlayout) {
  textfont_t font;
  textspan_t span;
  engagemap_reset_span(&span, &font);
  if (textlayout(&span, NULL) && span.layout && span.free_layout) {
    span.free_layout(span.layout);
  }
}

/// Resets the font cache of the text-layout engine `gvc` has selected.
static inline void engagemap_reset_text_layout_cache(GVC_t *gvc) {
  textfont_t font;
  textspan_t span;
  engagemap_reset_span(&span, &font);
  gvtextlayout_select(gvc);
  if (gvtextlayout(gvc, &span, NULL) && span.layout && span.free_layout) {
    span.free_layout(span.layout);
  }
}

/// The `api_t` value of Graphviz's text-layout plugins.
static inline api_t engagemap_api_textlayout(void) { return API_textlayout; }

#endif

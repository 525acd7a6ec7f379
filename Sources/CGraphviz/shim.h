#ifndef ENGAGEMAP_CGRAPHVIZ_SHIM_H
#define ENGAGEMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// The descriptor of a directed, non-strict graph for `agopen`. `Agdirected` itself is a mutable
/// C global, which Swift 6 refuses to read from concurrent code.
static inline Agdesc_t engagemap_agdirected(void) { return Agdirected; }

/// The descriptor of a strict directed graph (no multi-edges, no self-loops) for `agopen`.
static inline Agdesc_t engagemap_agstrictdirected(void) { return Agstrictdirected; }

/// The descriptor of an undirected, non-strict graph for `agopen`.
static inline Agdesc_t engagemap_agundirected(void) { return Agundirected; }

/// Graphviz's default memory discipline, for building an `Agdisc_t` of one's own.
static inline Agmemdisc_t *engagemap_agmemdisc(void) { return &AgMemDisc; }

/// Graphviz's default I/O discipline, whose `putstr` and `flush` a reading discipline reuses.
static inline Agiodisc_t *engagemap_agiodisc(void) { return &AgIoDisc; }

#endif

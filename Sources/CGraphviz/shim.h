#ifndef ENGAGEMAP_CGRAPHVIZ_SHIM_H
#define ENGAGEMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif

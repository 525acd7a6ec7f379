#!/usr/bin/env bash
# Installs what `make test` and `make maps` need and this machine lacks:
#   - libgraphviz-dev (libgvc, libcgraph, headers, libgvc.pc) for the CGraphviz module;
#   - graphviz (the dot program), which the tests compare in-process rendering against;
#   - a registered Graphviz plugin configuration (core SVG renderer, cairo PNG/PDF, dot layout);
#   - python3 with jsonschema, used by the SARIF schema test;
#   - chromium, chromium-driver, and selenium and pytest for python3, for the browser tests;
#   - pytest-lsp, textmate-grammar-python and onigurumacffi, for the language-server and grammar tests;
#   - python3 with lxml and SpiffWorkflow, used by the BPMN export check (Tests/bpmn/check_bpmn.py).
# Debian and Ubuntu only (apt-get). Does nothing when everything is present.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
sudo_prefix=()
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo_prefix=(sudo -E); fi
as_root() { ${sudo_prefix[@]+"${sudo_prefix[@]}"} "$@"; }

apt_updated=no
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: missing $*, and apt-get is not available; install it with your package manager" >&2
    exit 1
  fi
  if [ "$apt_updated" = no ]; then as_root apt-get update -qq; apt_updated=yes; fi
  echo "install-deps: installing $*"
  as_root apt-get install -y -qq --no-install-recommends "$@"
}

# 1. Graphviz's C library and headers.
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc; }; then
  apt_install libgraphviz-dev pkg-config
fi

# 1b. The dot program: the tests compare in-process rendering with `dot -Tsvg` byte for byte.
if ! command -v dot >/dev/null 2>&1; then
  apt_install graphviz
fi

# 2. The plugin configuration. libgvc6's postinst writes it with `libgvc6-config-update -c`;
#    without it Graphviz knows no renderers ("renderer for svg is unavailable").
libdir="$(pkg-config --variable=libdir libgvc)"
config=""
for candidate in "$libdir/graphviz/config6a" "$libdir/graphviz/config6"; do
  if [ -f "$candidate" ]; then config="$candidate"; break; fi
done
if [ -z "$config" ] || ! grep -q '^libgvplugin_core' "$config" || ! grep -q '^libgvplugin_pango' "$config" \
   || ! grep -q '^libgvplugin_dot_layout' "$config"; then
  echo "install-deps: registering Graphviz plugins"
  if command -v libgvc6-config-update >/dev/null 2>&1 || [ -x /usr/sbin/libgvc6-config-update ]; then
    as_root env PATH="$PATH:/usr/sbin" libgvc6-config-update -c
  elif command -v dot >/dev/null 2>&1; then
    as_root dot -c
  else
    echo "install-deps: cannot register Graphviz plugins: neither libgvc6-config-update nor dot found" >&2
    exit 1
  fi
fi

# 3. python3 and jsonschema for the SARIF schema test.
if ! command -v python3 >/dev/null 2>&1; then
  apt_install python3 python3-jsonschema
fi
if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  echo "install-deps: installing python jsonschema"
  python3 -m pip install --quiet jsonschema >/dev/null 2>&1 || apt_install python3-jsonschema
  python3 -c 'import jsonschema'
fi

# 4. Browser tests (Tests/Browser, `make test`): Debian's chromium and chromium-driver, and
#    selenium with pytest for python3. Selenium is told where chromedriver is, so it never
#    downloads a driver.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  apt_install chromium chromium-driver
fi
if ! python3 -c 'import selenium, pytest' >/dev/null 2>&1; then
  echo "install-deps: installing python selenium and pytest"
  python3 -m pip install --quiet 'selenium>=4.10' pytest >/dev/null 2>&1 || apt_install python3-selenium python3-pytest
  python3 -c 'import selenium, pytest'
fi

# 5. pytest-lsp (with pytest-asyncio, pygls and lsprotocol) for the language server's end-to-end
#    tests in Tests/LSP, and textmate-grammar-python with onigurumacffi (a TextMate engine on the
#    Oniguruma regex library TextMate grammars are written for) for the grammar test in Tests/Grammar.
if ! python3 -c 'import pytest_lsp, pytest_asyncio' >/dev/null 2>&1; then
  echo "install-deps: installing pytest-lsp"
  python3 -m pip install --quiet pytest-lsp pytest-asyncio
  python3 -c 'import pytest_lsp, pytest_asyncio'
fi
if ! python3 -c "import onigurumacffi, textmate_grammar" >/dev/null 2>&1; then
  echo "install-deps: installing textmate-grammar-python and onigurumacffi"
  python3 -m pip install --quiet onigurumacffi textmate-grammar-python
  python3 -c 'import onigurumacffi, textmate_grammar'
fi

# 6. BPMN export check (Tests/bpmn/check_bpmn.py, run by `make test` after `swift test`):
#    lxml validates every exported document against the OMG BPMN 2.0 schema, SpiffWorkflow
#    (PyPI only) parses it and builds every process. Debian's python3 needs pip and, being
#    externally managed, --break-system-packages; pyenv's python3 needs neither.
if ! python3 -c 'import lxml.etree, SpiffWorkflow' >/dev/null 2>&1; then
  if ! python3 -m pip --version >/dev/null 2>&1; then
    apt_install python3-pip
  fi
  echo "install-deps: installing python lxml and SpiffWorkflow"
  python3 -m pip install --quiet lxml SpiffWorkflow >/dev/null 2>&1 \
    || python3 -m pip install --quiet --break-system-packages lxml SpiffWorkflow
  python3 -c 'import lxml.etree, SpiffWorkflow'
fi

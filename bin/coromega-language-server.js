#!/usr/bin/env node
// `coromega-language-server --stdio`: the Coromega Lua language server for any LSP editor (--help for more).
require('./launch')('coromega-language-server', 'server/server.js');

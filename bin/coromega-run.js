#!/usr/bin/env node
// `coromega-run PLUGIN.lua`: runs a neomega Lua plugin offline (--help for more).
require('./launch')('coromega-run', 'runtime/cli.js');

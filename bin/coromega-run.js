#!/usr/bin/env node
require('../dist/runtime/cli.js');

// Shared start of the two commands: checks the Node.js version and that the bundles are built, then loads one.
// The bundles in dist/ are built by `npm run build` in a checkout, and by the `prepare` script when the
// package is packed (`npm pack`) or installed from its git repository.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const MIN_NODE = [20, 18, 1];

function english() {
  const v = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return v.toLowerCase().startsWith('en');
}

function fail(command, zh, en) {
  process.stderr.write(`${command}: ${english() ? en : zh}\n`);
  process.exit(1);
}

module.exports = function launch(command, bundle) {
  const have = process.versions.node.split('.').map(Number);
  const i = MIN_NODE.findIndex((n, k) => have[k] !== n);
  if (i >= 0 && have[i] < MIN_NODE[i]) {
    const need = MIN_NODE.join('.');
    fail(
      command,
      `需要 Node.js ${need} 或更新版本，当前是 ${process.version}`,
      `needs Node.js ${need} or newer; this is ${process.version}`,
    );
  }
  const file = path.join(__dirname, '..', 'dist', bundle);
  if (!fs.existsSync(file)) {
    fail(
      command,
      `找不到 ${file}：在源码目录中请先运行 npm install 或 npm run build`,
      `${file} is missing: in a checkout, run npm install or npm run build first`,
    );
  }
  require(file);
};

process.stderr.write(
  'usage: coromega-run [--config FILE.json] [--storage DIR] [--json] PLUGIN.lua\n',
);
process.exitCode = 2;

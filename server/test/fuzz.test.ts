/**
 * Fuzzing the running server: thousands of seeded random edits (insertions, deletions, truncations, random
 * characters) of real-looking plugins, each followed by completion, hover and signature help at random positions,
 * one of the navigation and editing requests (definition, references, highlight, rename, inlay hints, semantic
 * tokens, call hierarchy, links, formatting), and the diagnostics of that version; a rename of text that parses
 * must give text that parses. The same for a plugin with its config, world and test files (definition, references
 * and quick fixes too, and half-typed JSON). Every request must answer, no handler may spend 100 ms or more (the
 * server measures its own CPU time per handler, so a loaded CI machine does not fail the test), and the server must
 * stay up. The same for a 5 MB file. Reproducible: FUZZ_SEED picks the seed, FUZZ_EDITS the edits per plugin.
 * Round-trip times are printed, not asserted (they depend on the machine's load; see `npm run bench:lsp`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { lua51SyntaxError } from '../../lua51/verdict';
import { LspClient, positionOf } from '../testing/lspClient';
import { CONFIG_FRAGMENTS, FRAGMENTS, JSON_FRAGMENTS, prng, randomEdit } from '../testing/mutate';
import { copyProject } from './projectFixture';
import { GAME_PLUGIN, MENU_PLUGIN, SEED_PLUGIN, generatePlugin } from '../testing/plugins';

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const EDITS = Number(process.env.FUZZ_EDITS ?? 1000);
const LIMIT_MS = 100;

/** The `[timing]` lines the server wrote: handlers that used LIMIT_MS of CPU or more. */
function slowHandlers(c: LspClient): string[] {
  return c.stderr
    .slice(warmedAt)
    .split('\n')
    .filter((l) => l.startsWith('[timing]'));
}

/** Where stderr stood once StyLua's WebAssembly was compiled (a one-time cost of the first formatting). */
let warmedAt = 0;

class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  offset(p: Position): number {
    return this.starts[p.line] + p.character;
  }
  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

interface Stats {
  requests: number;
  maxMs: number;
}

async function timed<T>(stats: Stats, _what: string, p: Promise<T>): Promise<T> {
  const t0 = performance.now();
  const r = await p;
  const ms = performance.now() - t0;
  stats.requests++;
  stats.maxMs = Math.max(stats.maxMs, ms);
  return r;
}

const doc = (uri: string) => ({ textDocument: { uri } });

/**
 * One of the navigation and editing requests, in turn: definition, references, highlight, rename (whose result must
 * parse whenever the text did), inlay hints and semantic tokens of a screen, call hierarchy, links, formatting.
 */
async function navigationRequest(
  c: LspClient,
  uri: string,
  text: string,
  k: number,
  pos: () => Position,
  lines: Lines,
): Promise<unknown> {
  const p = pos();
  const screen = {
    start: { line: p.line, character: 0 },
    end: { line: p.line + 60, character: 0 },
  };
  switch (k % 9) {
    case 0:
      return c.request('textDocument/definition', { ...doc(uri), position: p });
    case 1:
      return c.request('textDocument/references', {
        ...doc(uri),
        position: p,
        context: { includeDeclaration: true },
      });
    case 2:
      return c.request('textDocument/documentHighlight', { ...doc(uri), position: p });
    case 3: {
      const edit = await c
        .request<WorkspaceEdit | null>('textDocument/rename', {
          ...doc(uri),
          position: p,
          newName: 'renamed_name',
        })
        .catch(() => null);
      const edits = edit?.changes?.[uri];
      if (edits?.length && lua51SyntaxError(text) === undefined) {
        const out = applyRangeEdits(text, lines, edits);
        assert.equal(
          lua51SyntaxError(out),
          undefined,
          `rename at ${JSON.stringify(p)} broke the code`,
        );
      }
      return edit;
    }
    case 4:
      return c.request('textDocument/inlayHint', { ...doc(uri), range: screen });
    case 5:
      return c.request('textDocument/semanticTokens/range', { ...doc(uri), range: screen });
    case 6:
      return c.request('textDocument/prepareCallHierarchy', { ...doc(uri), position: p });
    case 7:
      return c.request('textDocument/documentLink', doc(uri));
    default:
      return k % 45 === 8
        ? c.request('textDocument/formatting', {
            ...doc(uri),
            options: { tabSize: 4, insertSpaces: true },
          })
        : c.request('textDocument/prepareRename', { ...doc(uri), position: p }).catch(() => null);
  }
}

function applyRangeEdits(text: string, lines: Lines, edits: TextEdit[]): string {
  const off = (q: Position) => lines.offset(q);
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted)
    out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

/** What a fuzzed document is asked after each edit (besides its diagnostics), and the fragments edits insert. */
interface FuzzKind {
  languageId: string;
  fragments?: readonly string[];
  requests(c: LspClient, uri: string, pos: () => Position, stats: Stats): Promise<unknown>[];
}

const LUA: FuzzKind = {
  languageId: 'lua',
  requests: (c, uri, pos, stats) => [
    timed(stats, 'completion', c.completion(uri, pos())).then((r) => assert.ok(Array.isArray(r))),
    timed(stats, 'hover', c.hover(uri, pos())),
    timed(stats, 'signatureHelp', c.signatureHelp(uri, pos())),
  ],
};

/** A plugin with a config, world and test files: the config, definition and references requests too. */
const PLUGIN: FuzzKind = {
  languageId: 'lua',
  fragments: [...FRAGMENTS, ...CONFIG_FRAGMENTS],
  requests: (c, uri, pos, stats) => [
    ...LUA.requests(c, uri, pos, stats),
    timed(stats, 'definition', c.definition(uri, pos())),
    timed(stats, 'references', c.references(uri, pos())),
  ],
};

/** A world or test file (JSON): what the server adds to the JSON language service. */
const COMPANION: FuzzKind = {
  languageId: 'json',
  fragments: JSON_FRAGMENTS,
  requests: (c, uri, pos, stats) => [
    timed(stats, 'completion', c.completion(uri, pos())).then((r) => assert.ok(Array.isArray(r))),
    timed(stats, 'hover', c.hover(uri, pos())),
    timed(stats, 'definition', c.definition(uri, pos())),
    timed(stats, 'references', c.references(uri, pos())),
  ],
};

async function fuzzDocument(
  c: LspClient,
  uri: string,
  base: string,
  edits: number,
  seed: number,
  stats: Stats,
  minLength = 200,
  kind: FuzzKind = LUA,
): Promise<void> {
  const rnd = prng(seed);
  let text = base;
  await c.open(uri, text, 1, kind.languageId);
  await timed(stats, 'diagnostics(open)', c.waitForDiagnostics(uri, 1));
  for (let k = 0; k < edits; k++) {
    // keep the document from shrinking to nothing or growing without end
    if (text.length < minLength || text.length > base.length * 3) {
      // a whole-document replacement, not an edit: not timed
      const version = await c.change(uri, [{ text: base }]);
      text = base;
      await c.waitForDiagnostics(uri, version);
    }
    const e = randomEdit(text, rnd, kind.fragments);
    const lines = new Lines(text);
    const version = await c.change(uri, [
      { range: { start: lines.at(e.start), end: lines.at(e.end) }, text: e.text },
    ]);
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
    const after = new Lines(text);
    const pos = (): Position => after.at(Math.floor(rnd() * (text.length + 1)));
    const [diagnostics] = await Promise.all([
      timed(stats, 'diagnostics', c.waitForDiagnostics(uri, version)),
      ...kind.requests(c, uri, pos, stats),
      ...(kind.languageId === 'lua'
        ? [timed(stats, 'navigation', navigationRequest(c, uri, text, k, pos, after))]
        : []),
    ]);
    assert.ok(Array.isArray(diagnostics.diagnostics));
    // every quick fix the server offers for this version can be asked for
    if (diagnostics.diagnostics.length > 0 && k % 10 === 0)
      await timed(stats, 'codeAction', c.codeActions(uri, diagnostics.diagnostics));
    assert.equal(c.exited, false, `server exited after edit ${k}: ${c.stderr}`);
  }
}

describe('fuzz: random edits of real plugins', () => {
  let c: LspClient;
  const stats: Stats = { requests: 0, maxMs: 0 };
  before(async () => {
    c = await LspClient.start({ locale: 'zh-cn', env: { COROMEGA_LSP_TIMING: String(LIMIT_MS) } });
    await c.open('file:///fuzz/warm.lua', 'local x = 1\n');
    await c.request('textDocument/formatting', {
      ...doc('file:///fuzz/warm.lua'),
      options: { tabSize: 4, insertSpaces: true },
    });
    warmedAt = c.stderr.length;
  });
  after(async () => {
    await c.stop();
  });

  it(`answers every request, none over ${LIMIT_MS} ms, through ${EDITS} edits of each plugin`, async () => {
    const bases = [SEED_PLUGIN, MENU_PLUGIN, GAME_PLUGIN, generatePlugin(400)];
    for (let i = 0; i < bases.length; i++) {
      await fuzzDocument(c, `file:///fuzz/plugin${i}.lua`, bases[i], EDITS, SEED + i, stats);
    }
    assert.ok(stats.requests >= bases.length * EDITS * 5);
    assert.deepEqual(slowHandlers(c), []);
    assert.equal(c.exited, false);
    assert.equal(c.stderr.slice(warmedAt), '', 'no handler was slow');
    assert.deepEqual(c.errors, [], 'no handler threw');
    console.log(
      `fuzz: ${bases.length * EDITS} edits, ${stats.requests} requests, slowest round trip ${stats.maxMs.toFixed(1)} ms`,
    );
  });

  it(`a plugin with its config, world and test files: ${EDITS / 2} edits of each, every request answered`, async () => {
    const p = copyProject();
    const project = await LspClient.start({
      locale: 'en',
      root: p.dir,
      env: { COROMEGA_LSP_TIMING: String(LIMIT_MS) },
    });
    const projectStats: Stats = { requests: 0, maxMs: 0 };
    try {
      const files: [string, FuzzKind][] = [
        ['vote.lua', PLUGIN],
        ['vote.world.json', COMPANION],
        ['vote.test.json', COMPANION],
        ['tests/other.test.json', COMPANION],
      ];
      for (let i = 0; i < files.length; i++) {
        const [rel, kind] = files[i]!;
        const text = p.text(rel);
        await fuzzDocument(
          project,
          p.uri(rel),
          text,
          EDITS / 2,
          SEED + 50 + i,
          projectStats,
          20,
          kind,
        );
      }
      assert.ok(projectStats.requests >= files.length * (EDITS / 2) * 4);
      assert.deepEqual(slowHandlers(project), []);
      assert.deepEqual(project.errors, [], 'no handler threw');
      assert.equal(project.exited, false);
      console.log(
        `fuzz (project): ${files.length * (EDITS / 2)} edits, ${projectStats.requests} requests, slowest round trip ${projectStats.maxMs.toFixed(1)} ms`,
      );
    } finally {
      await project.stop();
    }
  });

  it('handles binary junk: NUL bytes, control characters, lone surrogates', async () => {
    const rnd = prng(SEED + 7);
    let junk = '';
    for (let i = 0; i < 65536; i++) junk += String.fromCharCode(Math.floor(rnd() * 256));
    junk += '\ud800\udc00\ud800x\udfff';
    const uri = 'file:///fuzz/junk.lua';
    await c.open(uri, junk);
    const d = await c.waitForDiagnostics(uri, 1);
    assert.ok(d.diagnostics.some((x) => x.code === 'syntax-error'));
    const lines = new Lines(junk);
    for (let k = 0; k < 50; k++) {
      const pos = lines.at(Math.floor(rnd() * (junk.length + 1)));
      await c.completion(uri, pos);
      await c.hover(uri, pos);
      await c.signatureHelp(uri, pos);
    }
    assert.ok(Array.isArray(await c.completion(uri, lines.at(junk.length))));
    assert.deepEqual(slowHandlers(c), []);
    assert.deepEqual(c.errors, [], 'no handler threw');
    assert.equal(c.exited, false);
  });

  it(`handles a 5 MB file: every request answered, none over ${LIMIT_MS} ms`, async () => {
    const big = generatePlugin(170000);
    assert.ok(big.length > 5_000_000, String(big.length));
    const uri = 'file:///fuzz/big.lua';
    const bigStats: Stats = { requests: 0, maxMs: 0 };
    await fuzzDocument(c, uri, big, 40, SEED + 99, bigStats, big.length * 0.9);
    const version = await c.change(uri, [{ text: big }]);
    // (not timed: sending a whole 5 MB document in one message is the client's cost, not a request)
    const d = await c.waitForDiagnostics(uri, version);
    assert.deepEqual(
      d.diagnostics.map((x) => x.code),
      ['file-too-large'],
    );
    // completion still works near the cursor
    const items = await c.completion(uri, positionOf(big, 'coromega:http_get', 9));
    assert.ok(
      items.some((i) => i.label === 'http_get'),
      JSON.stringify(items.slice(0, 3)),
    );
    assert.deepEqual(slowHandlers(c), []);
    assert.deepEqual(c.errors, [], 'no handler threw');
    assert.equal(c.exited, false);
    console.log(`5 MB: ${bigStats.requests} requests, slowest ${bigStats.maxMs.toFixed(1)} ms`);
  });
});

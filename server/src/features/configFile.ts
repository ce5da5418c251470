/**
 * The plugin's config file in Lua: completion of its keys after `coromega.config.` / `coromega.config["` (nested
 * keys too), hover with a key's value and where it is, go to definition into the JSON, and a diagnostic where the
 * plugin reads a key its config lacks, with a quick fix that adds the key (a placeholder of the type the code uses it
 * as) by an edit that keeps the file's formatting, or creates the config file when there is none.
 */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  MarkupKind,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type Location,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import { applyEdits, modify, type Node } from 'jsonc-parser';
import * as path from 'node:path';
import { fieldOf } from '../../../catalog';
import { K, tokenAtOrBefore } from '../../../lua51/lexer';
import { CONFIG_SECTION, newConfigDoc } from '../../../runtime/src/config';
import { jsonSyntaxProblem } from '../../../runtime/src/world/jsonSyntax';
import {
  configKeysAt,
  configReads,
  isConfigBase,
  writtenKeys,
  type ConfigRead,
  type ConfigUse,
} from '../analysis/configReads';
import { t } from '../messages';
import { objectAt, walk, valueOf, jsonValue, type PluginConfig } from '../project/config';
import { pathToUri, type FileReader } from '../project/files';
import { rangeIn } from '../project';
import { tokenRange, type FeatureContext } from './common';
import { cursorAt } from './cursor';
import { SOURCE, type DiagnosticData, type Fix } from './diagnostics';
import { fieldDoc } from './docs';

/** What config features need besides the document: the plugin's config and a reader for places in it. */
export interface ConfigContext {
  config: PluginConfig;
  reader: FileReader;
  pluginPath: string;
  /** A short name of the config file for messages (relative to the workspace when inside it). */
  display: string;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function placeholder(use: ConfigUse): unknown {
  switch (use) {
    case 'number':
      return 0;
    case 'object':
      return {};
    case 'array':
      return [];
    case 'boolean':
      return false;
    default:
      return '';
  }
}

/** A value as one short line of JSON (for completion rows and fix titles). */
function preview(v: unknown, max = 40): string {
  const s = JSON.stringify(v) ?? 'null';
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

function valueBlock(v: unknown): string {
  const lines = (JSON.stringify(v, null, 2) ?? 'null').split('\n');
  const shown = lines.length > 24 ? [...lines.slice(0, 23), '…'] : lines;
  return '```json\n' + shown.join('\n') + '\n```';
}

/** The keys of an object node, in file order. */
function propsOf(obj: Node | undefined): { key: string; prop: Node }[] {
  if (obj?.type !== 'object') return [];
  return (obj.children ?? []).flatMap((p) => {
    const k = p.children?.[0]?.value;
    return typeof k === 'string' ? [{ key: k, prop: p }] : [];
  });
}

function line(cc: ConfigContext, node: Node): number {
  if (!cc.config.file) return 1;
  return rangeIn(cc.reader, cc.config.file, node.offset, node.offset).start.line + 1;
}

function keyDoc(ctx: FeatureContext, cc: ConfigContext, keys: string[], prop: Node): string {
  const where = t(ctx.locale, 'label-config-line', cc.display, line(cc, prop));
  return `**${t(ctx.locale, 'label-config-key')}** \`${keys.join('.')}\`\n\n${valueBlock(jsonValue(valueOf(prop)))}\n\n${where}`;
}

// ---------------------------------------------------------------------------------------------------------------
// completion

/** Completion of config keys at `offset`, or null when the cursor is not after a config read. */
export function configCompletion(
  ctx: FeatureContext,
  cc: ConfigContext,
  offset: number,
): CompletionItem[] | null {
  const a = ctx.analysis;
  const cur = cursorAt(a, offset);
  if (cur.comment) return null;
  const { kind, start, end } = a.toks;
  const at = (tok: number, which: 'start' | 'end'): number =>
    a.base + (which === 'start' ? start[tok] : end[tok]);
  let keys: string[] | null = null;
  let mode: 'dot' | 'string' | 'bracket' = 'dot';
  let range: Range | undefined;
  if (cur.string >= 0) {
    if (cur.string >= 2 && kind[cur.string - 1] === K.LBracket) {
      keys = configKeysAt(a, cur.string - 2);
      mode = 'string';
      const s = cur.string;
      const closed = !a.toks.unterminated.has(s) && end[s] - start[s] >= 2;
      range = {
        start: ctx.doc.positionAt(at(s, 'start') + 1),
        end: ctx.doc.positionAt(closed ? at(s, 'end') - 1 : offset),
      };
    }
  } else if (cur.prev >= 1 && kind[cur.prev] === K.Dot) {
    keys = configKeysAt(a, cur.prev - 1);
    range = {
      start: ctx.doc.positionAt(at(cur.prev, 'start')),
      end: ctx.doc.positionAt(cur.word >= 0 ? at(cur.word, 'end') : offset),
    };
  } else if (cur.word < 0 && cur.prev >= 1 && kind[cur.prev] === K.LBracket) {
    keys = configKeysAt(a, cur.prev - 1);
    mode = 'bracket';
    range = { start: ctx.doc.positionAt(offset), end: ctx.doc.positionAt(offset) };
  }
  if (!keys || !range) return null;
  const obj = objectAt(cc.config, keys);
  return propsOf(obj).map(({ key, prop }, i) => {
    const value = jsonValue(valueOf(prop));
    const newText =
      mode === 'string'
        ? key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
        : mode === 'bracket'
          ? JSON.stringify(key)
          : IDENT.test(key)
            ? `.${key}`
            : `[${JSON.stringify(key)}]`;
    return {
      label: key,
      kind: CompletionItemKind.Property,
      labelDetails: { description: preview(value, 32) },
      detail: t(ctx.locale, 'label-config-key'),
      documentation: { kind: MarkupKind.Markdown, value: keyDoc(ctx, cc, [...keys!, key], prop) },
      sortText: String(i).padStart(4, '0'),
      filterText: mode === 'dot' ? `.${key}` : newText,
      textEdit: { range: range!, newText },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// hover and definition

/** The config key path the token at `offset` names (`[]` for the `config` of `coromega.config`). */
function keysUnder(ctx: FeatureContext, offset: number): { keys: string[]; tok: number } | null {
  const a = ctx.analysis;
  const off = offset - a.base;
  const ti = tokenAtOrBefore(a.toks, off);
  if (ti < 0 || off > a.toks.end[ti]) return null;
  const { kind } = a.toks;
  if (kind[ti] === K.Name && ti >= 2 && kind[ti - 1] === K.Dot && isConfigBase(a, ti)) {
    return { keys: [], tok: ti };
  }
  for (const r of configReads(a)) {
    if (ti < r.keyToks[0]! || ti > r.endTok) continue;
    const i = r.keyToks.indexOf(ti);
    if (i >= 0) return { keys: r.keys.slice(0, r.prefix + i + 1), tok: ti };
  }
  return null;
}

export function configHover(ctx: FeatureContext, cc: ConfigContext, offset: number): Hover | null {
  const under = keysUnder(ctx, offset);
  if (!under) return null;
  const range = tokenRange(ctx, under.tok);
  const file = `**${t(ctx.locale, 'label-config-file')}** \`${cc.display}\``;
  if (under.keys.length === 0) {
    const f = fieldOf('Coromega', 'config');
    const doc = f ? fieldDoc(f, ctx.locale) : '';
    return { contents: { kind: MarkupKind.Markdown, value: `${doc}\n\n---\n\n${file}` }, range };
  }
  const { props, stuck } = walk(cc.config, under.keys);
  if (!stuck && props.length === under.keys.length) {
    const value = keyDoc(ctx, cc, under.keys, props[props.length - 1]!);
    return { contents: { kind: MarkupKind.Markdown, value }, range };
  }
  if (!cc.config.file || cc.config.error || stuck) return null;
  const value = `**${t(ctx.locale, 'label-config-key')}** \`${under.keys.join('.')}\`: ${t(ctx.locale, 'label-config-absent')}\n\n${file}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

export function configDefinition(
  ctx: FeatureContext,
  cc: ConfigContext,
  offset: number,
): Location[] | null {
  const under = keysUnder(ctx, offset);
  const file = cc.config.file;
  if (!under || !file) return null;
  let target: Node | undefined;
  if (under.keys.length === 0) target = cc.config.section?.children?.[0];
  else {
    const { props } = walk(cc.config, under.keys);
    target =
      props.length === under.keys.length ? props[props.length - 1]!.children?.[0] : undefined;
  }
  const range = target
    ? rangeIn(cc.reader, file, target.offset, target.offset + target.length)
    : rangeIn(cc.reader, file, 0, 0);
  return [{ uri: file.uri, range }];
}

// ---------------------------------------------------------------------------------------------------------------
// diagnostics and fixes

/** Indentation and line ends as the file already has them, for jsonc-parser's `modify`. */
function formattingOf(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)\S/.exec(text);
  if (m && m[1]!.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: m ? m[1]!.length : 4, eol };
}

/** One edit turning `before` into `after` (the changed middle only). */
function edit(cc: ConfigContext, before: string, after: string): TextEdit {
  let s = 0;
  while (s < before.length && s < after.length && before[s] === after[s]) s++;
  let e = 0;
  while (
    e < before.length - s &&
    e < after.length - s &&
    before[before.length - 1 - e] === after[after.length - 1 - e]
  )
    e++;
  return {
    range: rangeIn(cc.reader, cc.config.file!, s, before.length - e),
    newText: after.slice(s, after.length - e),
  };
}

/** The config file's text with each key path set to its placeholder. */
function withKeys(text: string, adds: readonly { keys: string[]; value: unknown }[]): string {
  const formattingOptions = formattingOf(text);
  let out = text;
  for (const x of adds)
    out = applyEdits(out, modify(out, [CONFIG_SECTION, ...x.keys], x.value, { formattingOptions }));
  return out;
}

/** A new config file holding the key paths. */
function newFile(pluginPath: string, adds: readonly { keys: string[]; value: unknown }[]): string {
  const section: Record<string, unknown> = {};
  for (const x of adds) {
    let o = section;
    x.keys.forEach((k, i) => {
      if (i === x.keys.length - 1) o[k] = x.value;
      else o = (o[k] ??= {}) as Record<string, unknown>;
    });
  }
  return JSON.stringify(newConfigDoc(pluginPath, section), null, 4) + '\n';
}

function addFix(
  ctx: FeatureContext,
  cc: ConfigContext,
  add: { keys: string[]; value: unknown },
): Fix {
  const name = add.keys.join('.');
  const file = cc.config.file;
  if (!file) {
    return {
      title: t(
        ctx.locale,
        'fix-config-create',
        path.basename(cc.config.path),
        name,
        preview(add.value),
      ),
      uri: pathToUri(cc.config.path),
      create: true,
      edits: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          newText: newFile(cc.pluginPath, [add]),
        },
      ],
    };
  }
  return {
    title: t(ctx.locale, 'fix-config-add', name, preview(add.value)),
    uri: file.uri,
    edits: [edit(cc, file.text, withKeys(file.text, [add]))],
  };
}

/**
 * Which of a read's own keys is the first its config lacks (null when the keys are there, cannot be judged, or the
 * first missing one comes from the local the read goes through, which is reported where that local is set).
 */
function missingAt(cc: ConfigContext, r: ConfigRead): number | null {
  if (!cc.config.file || !cc.config.section) return r.prefix === 0 ? 0 : null;
  const { props, stuck } = walk(cc.config, r.keys);
  if (stuck || props.length === r.keys.length || props.length < r.prefix) return null;
  return props.length - r.prefix;
}

export function configDiagnostics(ctx: FeatureContext, cc: ConfigContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all = configReads(ctx.analysis);
  // a key the plugin assigns itself (upgrading its config) may be read back without being in the file
  const written = writtenKeys(all);
  const reads = all.filter(
    (r) =>
      !r.write &&
      !r.optional &&
      !r.keys.some((_, i) => written.has(r.keys.slice(0, i + 1).join('\u0000'))),
  );
  const file = cc.config.file;
  if (file && cc.config.error) {
    const e = cc.config.error;
    const where = rangeIn(cc.reader, file, e.offset, e.offset);
    const first = reads[0];
    out.push({
      range: first
        ? tokenRange(ctx, first.keyToks[0]!)
        : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'config-invalid',
      source: SOURCE,
      message: t(
        ctx.locale,
        'config-invalid',
        cc.display,
        where.start.line + 1,
        where.start.character + 1,
        jsonSyntaxProblem(e.code, ctx.locale),
      ),
      relatedInformation: [
        {
          location: { uri: file.uri, range: where },
          message: jsonSyntaxProblem(e.code, ctx.locale),
        },
      ],
    });
    return out;
  }
  // one addition per key path, in source order: what the "add all" fix writes
  const adds = new Map<string, { keys: string[]; value: unknown }>();
  const found: { d: Diagnostic; add: { keys: string[]; value: unknown } }[] = [];
  for (const r of reads) {
    const i = missingAt(cc, r);
    if (i === null) continue;
    const add = { keys: r.keys, value: placeholder(r.use) };
    const id = r.keys.join('\u0000');
    if (!adds.has(id)) adds.set(id, add);
    const name = r.keys.slice(0, r.prefix + i + 1).join('.');
    const code = !file ? 'config-no-file' : 'config-key-missing';
    const message = !file
      ? t(ctx.locale, 'config-no-file', path.basename(cc.config.path), name)
      : !cc.config.section
        ? t(ctx.locale, 'config-no-section', cc.display, name)
        : t(ctx.locale, 'config-key-missing', cc.display, name);
    found.push({
      d: {
        range: tokenRange(ctx, r.keyToks[i]!),
        severity: DiagnosticSeverity.Warning,
        code,
        source: SOURCE,
        message,
      },
      add,
    });
  }
  const every = [...adds.values()];
  const fixOf = new Map<{ keys: string[]; value: unknown }, Fix>();
  let allFix: Fix | undefined;
  if (every.length > 1) {
    const title = t(ctx.locale, 'fix-config-add-all', every.length);
    allFix = file
      ? { title, uri: file.uri, edits: [edit(cc, file.text, withKeys(file.text, every))] }
      : {
          title,
          uri: pathToUri(cc.config.path),
          create: true,
          edits: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              newText: newFile(cc.pluginPath, every),
            },
          ],
        };
  }
  for (const { d, add } of found) {
    const one = adds.get(add.keys.join('\u0000'))!;
    let fix = fixOf.get(one);
    if (!fix) {
      fix = { ...addFix(ctx, cc, one), preferred: true };
      fixOf.set(one, fix);
    }
    d.data = { fixes: allFix ? [fix, allFix] : [fix] } satisfies DiagnosticData;
    out.push(d);
  }
  return out;
}

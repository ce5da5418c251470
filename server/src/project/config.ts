/**
 * A plugin's config file as the server sees it: found by the runtime's own rule (`runtime/src/config.ts`: `NAME.json`
 * beside `NAME.lua`, else `../../config/NAME[lua]/*.json` inside `neomega_storage/lang/LuaLoader/`), parsed with
 * places so features can point into it, and its `配置` section, which the plugin reads as `coromega.config`.
 * Parsed as strictly as neomega reads it (no comments, no trailing commas).
 */
import {
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { CONFIG_SECTION, defaultConfigPath, resolveConfigPath } from '../../../runtime/src/config';
import type { FileReader, FileText } from './files';

export interface PluginConfig {
  /** The config file, or where a new one would go when there is none (`NAME.json` beside the plugin). */
  path: string;
  /** The file as read; absent when there is no config file. */
  file?: FileText;
  root?: Node;
  /** The first JSON syntax error: where, and its jsonc-parser code (`CommaExpected`...). */
  error?: { offset: number; length: number; code: string };
  /** The `配置` property (key and value); absent when the file has none. */
  section?: Node;
}

interface Parsed {
  root?: Node;
  error?: PluginConfig['error'];
  section?: Node;
}

function parse(file: FileText): Parsed {
  const errors: ParseError[] = [];
  const root = parseTree(file.text, errors, { disallowComments: true, allowTrailingComma: false });
  const out: Parsed = {};
  if (root) out.root = root;
  const e = errors[0];
  if (e) out.error = { offset: e.offset, length: e.length, code: printParseErrorCode(e.error) };
  const section = root?.type === 'object' ? propertyOf(root, CONFIG_SECTION) : undefined;
  if (section) out.section = section;
  return out;
}

/** The config of the plugin at `pluginPath` (absolute). */
export function configOf(reader: FileReader, pluginPath: string): PluginConfig {
  const found = resolveConfigPath(pluginPath);
  if (!found) return { path: defaultConfigPath(pluginPath) };
  const file = reader.read(found);
  if (!file) return { path: defaultConfigPath(pluginPath) };
  return { path: found, file, ...reader.derived(file, 'config', parse) };
}

/** The property node (`"key": value`) of an object node. */
export function propertyOf(obj: Node, key: string): Node | undefined {
  if (obj.type !== 'object') return undefined;
  return obj.children?.find((p) => p.children?.[0]?.value === key);
}

/** The value node of a property node. */
export function valueOf(prop: Node | undefined): Node | undefined {
  return prop?.children?.[1];
}

/**
 * Walks `keys` down from the `配置` value: the property found for each key (as far as the keys go), and whether the
 * walk stopped at something that is not an object (`stuck`: reading a field of a string or a number).
 */
export function walk(
  config: PluginConfig,
  keys: readonly string[],
): { props: Node[]; stuck: boolean } {
  const props: Node[] = [];
  let value = valueOf(config.section);
  for (const k of keys) {
    if (!value) break;
    if (value.type !== 'object') return { props, stuck: true };
    const p = propertyOf(value, k);
    if (!p) break;
    props.push(p);
    value = valueOf(p);
  }
  return { props, stuck: false };
}

/** The object value at `keys` below `配置` (the section itself for no keys), if it is an object. */
export function objectAt(config: PluginConfig, keys: readonly string[]): Node | undefined {
  const { props, stuck } = walk(config, keys);
  if (stuck || props.length !== keys.length) return undefined;
  const v = keys.length === 0 ? valueOf(config.section) : valueOf(props[props.length - 1]);
  return v?.type === 'object' ? v : undefined;
}

/** The JSON value of a node. */
export function jsonValue(n: Node | undefined): unknown {
  return n ? getNodeValue(n) : undefined;
}

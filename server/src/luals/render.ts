/**
 * LuaLS (sumneko.lua) `---@meta` definition files rendered from the catalog, so authors who keep LuaLS get the
 * same API: one class per framework class and shape, the modules `require` gives (`---@meta coromega`, `json`,
 * `crypto`, `omega`), and for every `when_...` a listener class whose `:start_new` handler has the listener's
 * argument types. Prose in the chosen language. Pure: files are returned as text, `emit.ts` writes them.
 */
import {
  API_TYPES,
  localize,
  scopeLabel,
  type ApiField,
  type ApiFunction,
  type ApiType,
  type Locale,
} from '../../../catalog';
import { t } from '../messages';

/** The listener class a `when_...` method returns in the definition files. */
export function listenerClass(f: ApiFunction): string {
  return `SessionFactory.${f.name}`;
}

function comment(text: string): string[] {
  return text.split('\n').map((l) => (l ? `---${l}` : '---'));
}

/** `SessionFactory.when_chat_msg` -> `SessionFactory_when_chat_msg` (a Lua local name). */
function localName(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

function returnType(f: ApiFunction, i: number): string {
  const type = f.returns[i].type;
  return i === 0 && f.listener && type === 'SessionFactory' ? listenerClass(f) : type;
}

function functionLines(f: ApiFunction, holder: string, locale: Locale): string[] {
  const out: string[] = [];
  out.push(...comment(localize(f.summary, locale)));
  if (f.detail) out.push('---', ...comment(localize(f.detail, locale)));
  out.push('---', `---**${t(locale, 'label-scope')}**: ${scopeLabel(f.scope, locale)}`);
  out.push(
    '---',
    `---**${t(locale, 'label-example')}**`,
    '---```lua',
    ...comment(f.example),
    '---```',
  );
  if (f.internal) out.push('---@private');
  if (f.deprecated) out.push('---@deprecated');
  for (const p of f.params) {
    const name = p.variadic ? '...' : `${p.name}${p.optional ? '?' : ''}`;
    out.push(`---@param ${name} ${p.type} ${oneLine(localize(p.doc, locale))}`);
  }
  f.returns.forEach((r, i) => {
    out.push(`---@return ${returnType(f, i)} # ${oneLine(localize(r.doc, locale))}`);
  });
  const args = f.params.map((p) => (p.variadic ? '...' : p.name)).join(', ');
  out.push(`function ${holder}${f.call}${f.name}(${args}) end`, '');
  return out;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

function fieldLine(f: ApiField, locale: Locale): string {
  return `---@field ${f.name} ${f.type} ${oneLine(localize(f.summary, locale))}`;
}

function classLines(type: ApiType, locale: Locale, parent?: string): string[] {
  const holder = localName(type.id);
  const out = [
    ...comment(`${localize(type.name, locale)}: ${localize(type.summary, locale)}`),
    `---@class ${type.id}${parent ? `: ${parent}` : ''}`,
    ...type.fields.map((f) => fieldLine(f, locale)),
    `local ${holder} = {}`,
    '',
  ];
  for (const m of type.methods) out.push(...functionLines(m, holder, locale));
  return out;
}

/** The listener classes: one per `when_...`, its `:start_new` handler typed by the listener. */
function listenerLines(coromega: ApiType, locale: Locale): string[] {
  const out: string[] = [];
  for (const f of coromega.methods) {
    if (!f.listener) continue;
    const id = listenerClass(f);
    const holder = localName(id);
    const handler = f.listener;
    out.push(
      ...comment(`\`coromega:${f.name}\`: ${localize(f.returns[0].doc, locale)}`),
      `---@class ${id}: SessionFactory`,
      `local ${holder} = {}`,
      '',
      ...comment(t(locale, 'luals-start-new')),
      `---@param coro_fn ${handler} ${t(locale, 'label-handler')}`,
      `---@return ${id}`,
      `function ${holder}:start_new(coro_fn) end`,
      '',
      `---@param handle? fun(...: any)`,
      `---@return ${id}`,
      `function ${holder}:on_result(handle) end`,
      '',
    );
  }
  return out;
}

function moduleLines(type: ApiType, locale: Locale): string[] {
  const holder = type.receiver;
  const out = [
    `---@meta ${type.module}`,
    '',
    ...comment(localize(type.summary, locale)),
    `---@class ${type.id}`,
    ...type.fields.map((f) => fieldLine(f, locale)),
    `local ${holder} = {}`,
    '',
  ];
  for (const m of type.methods) out.push(...functionLines(m, holder, locale));
  out.push(`return ${holder}`, '');
  return out;
}

/** Which file each type goes to. */
function fileOf(type: ApiType): string {
  switch (type.id) {
    case 'Coromega':
      return 'coromega-api.lua';
    case 'CoroPlayer':
      return 'player.lua';
    case 'SessionFactory':
      return 'listener.lua';
    case 'WSConnWrapper':
    case 'WSServerSessionFactory':
      return 'websocket.lua';
    case 'WrappedKVDB':
    case 'SharedMap':
      return 'storage.lua';
    case 'globals':
      return 'globals.lua';
    default:
      return 'shapes.lua';
  }
}

/**
 * The first line of every file: where the definitions come from (the language server's own API, written by the
 * command named) and how to refresh them. It speaks to whoever reads the file, usually a plugin author who ran the
 * command and has no catalog; in this repository `node out/server/tools/gen-luals.js` writes the shipped copies.
 */
export function generatedNotice(locale: Locale): string {
  return locale === 'zh-cn'
    ? `-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale ${locale} 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。`
    : `-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale ${locale} from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.`;
}

/** The definition files, file name -> Lua text. */
export function renderLuaLs(locale: Locale): Map<string, string> {
  const files = new Map<string, string[]>();
  const add = (file: string, lines: string[]): void => {
    const have = files.get(file);
    if (have) have.push(...lines);
    else files.set(file, ['---@meta', '', ...lines]);
  };
  for (const type of API_TYPES) {
    if (type.kind === 'module' && type.module) {
      files.set(`${type.module}.lua`, moduleLines(type, locale));
      continue;
    }
    if (type.id === 'globals') {
      const lines: string[] = [];
      for (const m of type.methods) lines.push(...functionLines(m, '_G', locale));
      add(
        fileOf(type),
        lines.map((l) => l.replace('function _G.', 'function ')),
      );
      continue;
    }
    add(fileOf(type), classLines(type, locale));
    if (type.id === 'SessionFactory') {
      add(
        fileOf(type),
        listenerLines(
          API_TYPES.find((x) => x.id === 'Coromega')!,
          locale,
        ),
      );
    }
  }
  const notice = generatedNotice(locale);
  return new Map([...files].map(([name, lines]) => [name, [notice, ...lines].join('\n')]));
}

/**
 * The division of labour with sumneko.lua (LuaLS) in VS Code: this extension's language server answers everything
 * about coromega (completion, hover, signature help, diagnostics), so LuaLS must not also get the coromega LuaLS
 * definitions (`luals/<locale>`), or every `coromega:` completion and hover shows twice. Earlier versions offered to
 * add them to `Lua.workspace.library`; this decides what to take out of it again, scope by scope. The definition
 * files remain for editors without this server (`coromega-language-server --emit-luals`). Pure, so it is tested
 * without VS Code; `luals.ts` reads and writes the settings.
 */

export const LUALS_EXTENSION_ID = 'sumneko.lua';

export interface LibraryState {
  /** sumneko.lua is installed. */
  installed: boolean;
  /** `Lua.workspace.library` in the user settings (undefined when not set there). */
  global: readonly string[] | undefined;
  /** `Lua.workspace.library` in the workspace settings (undefined when not set there). */
  workspace: readonly string[] | undefined;
  /** Our folder for the current language. */
  ourDir: string;
  /** The user asked to keep our definitions in LuaLS anyway. */
  keep: boolean;
}

export type LibraryPlan =
  | { kind: 'none' }
  /** Write these scopes' lists without our folders (a scope absent here is left alone). */
  | { kind: 'remove'; global?: string[]; workspace?: string[] };

function norm(p: string): string {
  return p.replace(/\\/g, '/').replace(/\/+$/, '');
}

/** A definitions folder of this extension, of any installed version or language. */
export function isOurLibrary(p: string, ourDir: string): boolean {
  const n = norm(p);
  if (n === norm(ourDir)) return true;
  return /\/coromega-tools\.coromega-lua-[^/]+\/luals\/(zh-cn|en)$/i.test(n);
}

export function planLibrary(s: LibraryState): LibraryPlan {
  if (!s.installed || s.keep) return { kind: 'none' };
  const plan: { kind: 'remove'; global?: string[]; workspace?: string[] } = { kind: 'remove' };
  for (const scope of ['global', 'workspace'] as const) {
    const list = s[scope];
    if (list && list.some((p) => isOurLibrary(p, s.ourDir)))
      plan[scope] = list.filter((p) => !isOurLibrary(p, s.ourDir));
  }
  return plan.global || plan.workspace ? plan : { kind: 'none' };
}

export interface LibraryText {
  /** Said once the definitions were taken out of `Lua.workspace.library`. */
  removed: string;
  /** The button that puts them back and stops taking them out. */
  keep: string;
  /** `{0}`: why writing the setting failed. */
  failed: string;
}

export const LIBRARY_TEXT: Record<'zh-cn' | 'en', LibraryText> = {
  'zh-cn': {
    removed:
      'Coromega 的补全、悬停和诊断由本扩展的语言服务提供。为免 LuaLS（sumneko.lua）重复显示，已从 Lua.workspace.library 中移除 coromega 定义。',
    keep: '放回并保留',
    failed: '无法更新 Lua.workspace.library：{0}',
  },
  en: {
    removed:
      "Coromega's completion, hovers and diagnostics come from this extension's language server. So that LuaLS (sumneko.lua) does not show them twice, the coromega definitions were taken out of Lua.workspace.library.",
    keep: 'Put back and keep',
    failed: 'Could not update Lua.workspace.library: {0}',
  },
};

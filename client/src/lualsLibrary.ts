/**
 * Whether to offer the coromega LuaLS definition files (`luals/<locale>` in the extension) for
 * `Lua.workspace.library` when the Lua extension (sumneko.lua) is installed, and the list to write. Pure, so it
 * is tested without VS Code; `luals.ts` asks the question and writes the setting.
 */

export const LUALS_EXTENSION_ID = 'sumneko.lua';

export interface LibraryState {
  /** sumneko.lua is installed. */
  installed: boolean;
  /** `Lua.workspace.library` as it applies (all scopes merged). */
  effective: readonly string[];
  /** `Lua.workspace.library` in the scope we would write (workspace, or user without a workspace). */
  target: readonly string[];
  /** Our folder for the current language. */
  ourDir: string;
  /** The user chose "don't ask again". */
  declined: boolean;
}

export type LibraryPlan =
  | { kind: 'none' }
  /** Ask; on yes, write `library`. */
  | { kind: 'offer'; library: string[] }
  /** Already accepted once, but for another version or language of the extension: write `library` quietly. */
  | { kind: 'update'; library: string[] };

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
  if (!s.installed || s.effective.some((p) => norm(p) === norm(s.ourDir))) return { kind: 'none' };
  const stale = s.target.filter((p) => isOurLibrary(p, s.ourDir));
  if (stale.length > 0) {
    const library: string[] = [];
    for (const p of s.target) {
      if (!isOurLibrary(p, s.ourDir)) library.push(p);
      else if (!library.includes(s.ourDir)) library.push(s.ourDir);
    }
    return { kind: 'update', library };
  }
  if (s.declined) return { kind: 'none' };
  return { kind: 'offer', library: [...s.target, s.ourDir] };
}

export interface OfferText {
  message: string;
  add: string;
  never: string;
  /** `{0}`: why writing the setting failed. */
  failed: string;
}

export const OFFER_TEXT: Record<'zh-cn' | 'en', OfferText> = {
  'zh-cn': {
    message:
      '已安装 Lua 扩展（sumneko.lua）。要把 coromega API 的定义加入 Lua.workspace.library，让 LuaLS 也认识 coromega、玩家、监听器等对象吗？',
    add: '加入',
    never: '不再询问',
    failed: '无法更新 Lua.workspace.library：{0}',
  },
  en: {
    message:
      'The Lua extension (sumneko.lua) is installed. Add the coromega API definitions to Lua.workspace.library so LuaLS knows coromega, players, listeners and the rest too?',
    add: 'Add',
    never: "Don't ask again",
    failed: 'Could not update Lua.workspace.library: {0}',
  },
};

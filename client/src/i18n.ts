/**
 * The client's own words (Output lines, the inspector, status bar, notifications, CodeLens) in one language: the
 * `coromegaLua.language` setting, or VS Code's display language when it is `auto`. English source strings are looked
 * up in `l10n/bundle.l10n.<lang>.json`. (`vscode.l10n` always follows the display language, so it cannot honour the
 * setting.) No `vscode` import.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fill, type Lang, type Localize } from './localize';
import type { LanguageSetting } from './settings';

export { englishOnly, fill, type Lang, type Localize } from './localize';

/** The language for the UI, the runtime (`--lang`) and the language server: the setting, or the display language
 * (`vscode.env.language`) when it is `auto` — Chinese for any `zh*`, English otherwise. */
export function resolveLang(displayLanguage: string, setting: LanguageSetting = 'auto'): Lang {
  if (setting !== 'auto') return setting;
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** The translations for `lang` from `l10nDir` (none for English, the source language). A missing or broken bundle
 * gives English rather than an error. */
export function readBundle(l10nDir: string, lang: Lang): Record<string, string> {
  if (lang === 'en') return {};
  try {
    const parsed: unknown = JSON.parse(
      fs.readFileSync(path.join(l10nDir, `bundle.l10n.${lang}.json`), 'utf8'),
    );
    if (!parsed || typeof parsed !== 'object') return {};
    const table: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') table[k] = v;
    return table;
  } catch {
    return {};
  }
}

/** The current language and its translations. `t` is bound and always uses the current language, so views can keep
 * it and still follow a change of the setting. */
export class Messages {
  private table: Record<string, string>;
  private current: Lang;

  constructor(
    private readonly l10nDir: string,
    lang: Lang,
  ) {
    this.current = lang;
    this.table = readBundle(l10nDir, lang);
  }

  get lang(): Lang {
    return this.current;
  }

  /** Switches language; returns whether anything changed. */
  setLang(lang: Lang): boolean {
    if (lang === this.current) return false;
    this.current = lang;
    this.table = readBundle(this.l10nDir, lang);
    return true;
  }

  readonly t: Localize = (message, ...args) => fill(this.table[message] ?? message, args);
}

/**
 * The extension's settings, declared once: names, types and defaults here must match
 * `package.json` `contributes.configuration` (a test compares them). No `vscode` import, so the
 * mapping to runtime CLI flags is testable outside VS Code.
 */
import {
  DEFAULT_FRAMEWORK_VERSION,
  FRAMEWORK_VERSIONS,
  type FrameworkVersion,
} from '../../catalog/versions';
import type { Lang } from './i18n';

export const SECTION = 'coromegaLua';

export interface RunSettings {
  /** Folder used as the plugin's `neomega_storage`; empty = the runtime's default. */
  storagePath: string;
  /** Upper bound in seconds applied to every request's timeout; 0 = none. */
  timeoutCapSeconds: number;
  /** How much of each body the panel receives (bytes); the rest opens from a file. */
  maxBodyShownBytes: number;
  /** Largest response body the runtime reads (bytes). */
  maxResponseBytes: number;
  /** Heap limit of the Lua VM in MB; 0 = the runtime's default. */
  memoryLimitMb: number;
  /** Mask Authorization and Cookie header values in the panel. */
  maskSecrets: boolean;
  /** Clear the Output channel and the inspector at the start of each run. */
  clearOutputOnRun: boolean;
  /** A plugin's world file: `${name}` is the plugin's name without `.lua`; relative to the plugin's folder. */
  worldFile: string;
  /** Save player edits made in the Game view while playing to the world file at once (else on Save). */
  alwaysSaveWorldEdits: boolean;
  /** Runs with a world file restart in the same world when the plugin or its config is saved (`--watch`). */
  restartOnSave: boolean;
  /** Run on virtual time (`--virtual-time`). */
  virtualTime: boolean;
}

export interface LanguageServerSettings {
  completion: boolean;
  hover: boolean;
  signatureHelp: boolean;
  diagnostics: boolean;
  codeActions: boolean;
}

/** Inlay hints the language server adds (VS Code's `editor.inlayHints.enabled` still decides whether they show). */
export interface InlayHintSettings {
  types: boolean;
  parameterNames: boolean;
}

/** Language of documentation and runtime messages: `auto` follows VS Code's display language. */
export type LanguageSetting = 'auto' | 'zh-cn' | 'en';

export interface Settings {
  language: LanguageSetting;
  /** The neomega framework version plugins target (catalog/versions.ts): runs and the language server follow it. */
  frameworkVersion: FrameworkVersion;
  run: RunSettings;
  languageServer: LanguageServerSettings;
  inlayHints: InlayHintSettings;
}

export type SettingType = 'string' | 'number' | 'boolean';

/** One row per setting: the dotted key under `coromegaLua`, its JSON type and default. */
export interface SettingSpec {
  key: string;
  type: SettingType;
  default: string | number | boolean;
  minimum?: number;
  /** Allowed values of a string setting. */
  enum?: readonly string[];
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: 'language', type: 'string', default: 'auto', enum: ['auto', 'zh-cn', 'en'] },
  {
    key: 'frameworkVersion',
    type: 'string',
    default: DEFAULT_FRAMEWORK_VERSION,
    enum: FRAMEWORK_VERSIONS,
  },
  { key: 'run.storagePath', type: 'string', default: '' },
  { key: 'run.timeoutCapSeconds', type: 'number', default: 0, minimum: 0 },
  { key: 'run.maxBodyShownBytes', type: 'number', default: 65536, minimum: 1024 },
  { key: 'run.maxResponseBytes', type: 'number', default: 52428800, minimum: 1024 },
  { key: 'run.memoryLimitMb', type: 'number', default: 0, minimum: 0 },
  { key: 'run.maskSecrets', type: 'boolean', default: true },
  { key: 'run.clearOutputOnRun', type: 'boolean', default: true },
  { key: 'run.worldFile', type: 'string', default: '${name}.world.json' },
  { key: 'run.alwaysSaveWorldEdits', type: 'boolean', default: false },
  { key: 'run.restartOnSave', type: 'boolean', default: true },
  { key: 'run.virtualTime', type: 'boolean', default: false },
  { key: 'languageServer.completion', type: 'boolean', default: true },
  { key: 'languageServer.hover', type: 'boolean', default: true },
  { key: 'languageServer.signatureHelp', type: 'boolean', default: true },
  { key: 'languageServer.diagnostics', type: 'boolean', default: true },
  { key: 'languageServer.codeActions', type: 'boolean', default: true },
  { key: 'inlayHints.types', type: 'boolean', default: true },
  { key: 'inlayHints.parameterNames', type: 'boolean', default: false },
];

/** Reads every setting through `get` (e.g. a `WorkspaceConfiguration` for the section), falling back to defaults and
 * rejecting values of the wrong type. */
export function readSettings(get: (key: string) => unknown): Settings {
  const v: Record<string, string | number | boolean> = {};
  for (const s of SETTINGS) {
    const raw = get(s.key);
    let value = typeof raw === s.type ? (raw as string | number | boolean) : s.default;
    if (s.enum && !s.enum.includes(value as string)) value = s.default;
    if (s.type === 'number') {
      const n = value as number;
      value = Number.isFinite(n) ? Math.max(s.minimum ?? -Infinity, n) : (s.default as number);
    }
    v[s.key] = value;
  }
  return {
    language: v['language'] as LanguageSetting,
    frameworkVersion: v['frameworkVersion'] as FrameworkVersion,
    run: {
      storagePath: v['run.storagePath'] as string,
      timeoutCapSeconds: v['run.timeoutCapSeconds'] as number,
      maxBodyShownBytes: v['run.maxBodyShownBytes'] as number,
      maxResponseBytes: v['run.maxResponseBytes'] as number,
      memoryLimitMb: v['run.memoryLimitMb'] as number,
      maskSecrets: v['run.maskSecrets'] as boolean,
      clearOutputOnRun: v['run.clearOutputOnRun'] as boolean,
      worldFile: v['run.worldFile'] as string,
      alwaysSaveWorldEdits: v['run.alwaysSaveWorldEdits'] as boolean,
      restartOnSave: v['run.restartOnSave'] as boolean,
      virtualTime: v['run.virtualTime'] as boolean,
    },
    languageServer: {
      completion: v['languageServer.completion'] as boolean,
      hover: v['languageServer.hover'] as boolean,
      signatureHelp: v['languageServer.signatureHelp'] as boolean,
      diagnostics: v['languageServer.diagnostics'] as boolean,
      codeActions: v['languageServer.codeActions'] as boolean,
    },
    inlayHints: {
      types: v['inlayHints.types'] as boolean,
      parameterNames: v['inlayHints.parameterNames'] as boolean,
    },
  };
}

export interface RunTarget {
  /** The file the runtime executes (the saved file, or a temp copy of unsaved text). */
  file: string;
  /** The editor's path when `file` is a temp copy: errors and config resolution use it. */
  displayPath?: string;
  /** Runtime message language (`--lang`): the same as the extension's own messages. */
  lang: Lang;
  /** The world file to run in (`--world`); without one, `--no-world`: the extension has already applied the world
   * file rule (its setting), so the runtime does not look beside the plugin again. */
  world?: string;
  /** Ask for `worldState` events (`--world-state`), which the Game view shows the live world from. */
  worldState?: boolean;
  /** Restart in the same world when the plugin or its config is saved (`--watch`). */
  watch?: boolean;
  /** The framework version to run against (`--framework`), when not the default. */
  framework?: FrameworkVersion;
}

/** The CLI arguments (after the script path) for one run. */
export function runtimeArgs(run: RunSettings, target: RunTarget): string[] {
  const args = ['--json', '--lang', target.lang];
  if (run.storagePath.trim()) args.push('--storage', run.storagePath.trim());
  if (run.timeoutCapSeconds > 0) args.push('--timeout-cap', String(run.timeoutCapSeconds));
  args.push('--max-body-event', String(Math.floor(run.maxBodyShownBytes)));
  args.push('--max-body', String(Math.floor(run.maxResponseBytes)));
  if (run.memoryLimitMb > 0) args.push('--max-memory', String(Math.floor(run.memoryLimitMb)));
  if (!run.maskSecrets) args.push('--no-mask');
  if (target.displayPath) args.push('--display-path', target.displayPath);
  if (target.world) args.push('--world', target.world);
  else args.push('--no-world');
  if (target.worldState) args.push('--world-state');
  if (run.virtualTime) args.push('--virtual-time');
  if (target.watch) args.push('--watch');
  if (target.framework && target.framework !== DEFAULT_FRAMEWORK_VERSION)
    args.push('--framework', target.framework);
  args.push(target.file);
  return args;
}

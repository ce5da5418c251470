/**
 * Versions of neomega's framework (its `coromega.lua`) and the entries only some of them have.
 *
 * `bundled` is the `coromega.lua` neomega ships, which the runtime models method for method; `documented` is the API
 * the official zh-CN docs describe, which newer neomega releases follow: it adds `player:send` (a tellraw table,
 * like raw_say) and `player:get_inventory`. The runtime and the language server follow one chosen version
 * (`--framework`, the `coromegaLua.frameworkVersion` setting); the catalog marks the entries below, and every other
 * entry is in every version. Small on purpose: the runtime reads it without loading the catalog.
 */
import type { LocalText, TypeId } from './types';

export type FrameworkVersion = 'bundled' | 'documented';

export const FRAMEWORK_VERSIONS: readonly FrameworkVersion[] = ['bundled', 'documented'];

export const DEFAULT_FRAMEWORK_VERSION: FrameworkVersion = 'bundled';

/** How a user reads each version's name. */
export const FRAMEWORK_VERSION_NAMES: Readonly<Record<FrameworkVersion, LocalText>> = {
  bundled: { 'zh-cn': 'neomega 自带的 coromega.lua', en: "neomega's bundled coromega.lua" },
  documented: {
    'zh-cn': '官方文档描述的版本（较新的 neomega）',
    en: 'the version the official docs describe (newer neomega)',
  },
};

/** Entries only some versions have: type -> member -> the versions that have it. */
const VERSIONED: Readonly<Record<TypeId, Readonly<Record<string, readonly FrameworkVersion[]>>>> = {
  CoroPlayer: { send: ['documented'], get_inventory: ['documented'] },
};

/** The versions that have this member, or undefined when every version has it. */
export function versionsOf(of: TypeId, name: string): readonly FrameworkVersion[] | undefined {
  return VERSIONED[of]?.[name];
}

/** The members of a type that this version lacks. */
export function missingIn(version: FrameworkVersion, of: TypeId): string[] {
  return Object.entries(VERSIONED[of] ?? {})
    .filter(([, versions]) => !versions.includes(version))
    .map(([name]) => name);
}

/** Every versioned member, as `[type, name, versions]`. */
export function versionedMembers(): Array<[TypeId, string, readonly FrameworkVersion[]]> {
  return Object.entries(VERSIONED).flatMap(([of, members]) =>
    Object.entries(members).map(([name, v]): [TypeId, string, readonly FrameworkVersion[]] => [
      of,
      name,
      v,
    ]),
  );
}

export function isFrameworkVersion(v: unknown): v is FrameworkVersion {
  return typeof v === 'string' && (FRAMEWORK_VERSIONS as readonly string[]).includes(v);
}

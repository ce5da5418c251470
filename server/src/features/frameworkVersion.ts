/**
 * Framework versions in the editor (catalog/versions.ts): hover tells which versions have an entry that not all of
 * them have, and a call the chosen version lacks is flagged, as it fails on such a neomega. The version comes from
 * the `coromegaLua.frameworkVersion` setting.
 */
import { DiagnosticSeverity } from 'vscode-languageserver';
import {
  DEFAULT_FRAMEWORK_VERSION,
  FRAMEWORK_VERSION_NAMES,
  isFrameworkVersion,
  localize,
  type ApiFunction,
  type FrameworkVersion,
  type Locale,
} from '../../../catalog';
import type { Call } from '../analysis/structure';
import { t } from '../messages';
import { tokenRange, type FeatureContext } from './common';
import type { Push } from './diagnostics';

function names(versions: readonly FrameworkVersion[], locale: Locale): string {
  return versions
    .map((v) => localize(FRAMEWORK_VERSION_NAMES[v], locale))
    .join(locale === 'en' ? ', ' : '、');
}

/** The hover's line about versions, for an entry only some versions have. */
export function versionNote(
  f: ApiFunction,
  locale: Locale,
  chosen: FrameworkVersion = DEFAULT_FRAMEWORK_VERSION,
): string | undefined {
  if (!f.versions) return undefined;
  return `**${t(locale, 'label-framework')}**: ${t(locale, 'only-in-versions', names(f.versions, locale), names([chosen], locale))}`;
}

/** A call of an entry the chosen framework version lacks. */
export function checkFrameworkVersion(
  ctx: FeatureContext,
  c: Call,
  api: ApiFunction,
  push: Push,
): void {
  const chosen = ctx.framework ?? DEFAULT_FRAMEWORK_VERSION;
  if (!api.versions || api.versions.includes(chosen)) return;
  push(
    tokenRange(ctx, c.nameTok),
    DiagnosticSeverity.Warning,
    'not-in-framework',
    t(
      ctx.locale,
      'not-in-framework',
      names([chosen], ctx.locale),
      `${api.owner}${api.call}${api.name}`,
      names(api.versions, ctx.locale),
    ),
  );
}

function obj(x: unknown): Record<string, unknown> | undefined {
  return typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : undefined;
}

/** The version from `{coromegaLua: {frameworkVersion}}` (what the extension sends), else `base`. */
export function readFramework(settings: unknown, base: FrameworkVersion): FrameworkVersion {
  const v = obj(obj(settings)?.coromegaLua)?.frameworkVersion ?? obj(settings)?.frameworkVersion;
  return isFrameworkVersion(v) ? v : base;
}

/**
 * Go to definition, find references, document highlight and document links, over the scopes and the field index:
 * a local's declaration, a global's assignments, where a field of the plugin's table is given a value (in a module
 * the plugin requires too), the module file a `require("...")` loads.
 */
import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type DocumentLink,
  type Location,
  type LocationLink,
} from 'vscode-languageserver';
import { K } from '../../../lua51/lexer';
import { stringValue } from '../analysis/strings';
import { tokenRange, type FeatureContext } from './common';
import { occurrences, targetAt, type Site, type Target } from './symbols';

function location(s: Site): Location {
  return { uri: s.ctx.doc.uri, range: tokenRange(s.ctx, s.tok) };
}

/** The sites that define a target (its declaration, its assignments, a field's definitions). */
export function definitionSites(ctx: FeatureContext, target: Target): Site[] {
  switch (target.kind) {
    case 'local': {
      const d = target.decl;
      if (d.kind === 'self') {
        // `self` is the table the method was defined on: go to the method's name
        return [{ ctx, tok: d.tok, write: true }];
      }
      return [{ ctx, tok: d.tok, write: true }];
    }
    case 'global':
    case 'field': {
      const all = occurrences(ctx, target);
      const defs = all.filter((s) => s.write);
      return defs.length ? defs : [];
    }
    default:
      return [];
  }
}

export function computeDefinition(
  ctx: FeatureContext,
  offset: number,
  linkSupport = false,
): Location[] | LocationLink[] | null {
  const target = targetAt(ctx, offset);
  if (!target) return null;
  if (target.kind === 'module') {
    const file = ctx.project?.moduleFile(ctx.doc.uri, target.name);
    if (!file) return null;
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (linkSupport) {
      return [
        {
          originSelectionRange: tokenRange(ctx, target.tok),
          targetUri: file.doc.uri,
          targetRange: whole,
          targetSelectionRange: whole,
        },
      ];
    }
    return [{ uri: file.doc.uri, range: whole }];
  }
  const sites = definitionSites(ctx, target);
  return sites.length ? sites.map(location) : null;
}

export function computeReferences(
  ctx: FeatureContext,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const target = targetAt(ctx, offset);
  if (!target) return [];
  let sites = occurrences(ctx, target);
  if (!includeDeclaration) {
    if (target.kind === 'local') sites = sites.filter((s) => s.tok !== target.decl.tok);
    else sites = sites.filter((s) => !s.write);
  }
  return sites.map(location);
}

export function computeHighlights(ctx: FeatureContext, offset: number): DocumentHighlight[] {
  const target = targetAt(ctx, offset);
  if (!target || target.kind === 'module' || target.kind === 'catalog') return [];
  return occurrences(ctx, target)
    .filter((s) => s.ctx.doc.uri === ctx.doc.uri)
    .map((s) => ({
      range: tokenRange(ctx, s.tok),
      kind: s.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
}

/** A link on each `require("...")` string that loads one of the plugin's own files. */
export function computeDocumentLinks(ctx: FeatureContext): DocumentLink[] {
  const a = ctx.analysis;
  const { kind } = a.toks;
  const out: DocumentLink[] = [];
  if (!ctx.project) return out;
  for (const c of a.struct.calls) {
    if (c.name !== 'require' || c.sep !== '' || c.args.length !== 1) continue;
    const s = c.args[0].start;
    if (kind[s] !== K.String || c.args[0].end !== s + 1) continue;
    const file = ctx.project.moduleFile(ctx.doc.uri, stringValue(a.toks, s));
    if (!file) continue;
    const r = tokenRange(ctx, s);
    // inside the quotes
    r.start = { line: r.start.line, character: r.start.character + 1 };
    if (r.end.character > r.start.character)
      r.end = { line: r.end.line, character: r.end.character - 1 };
    out.push({ range: r, target: file.doc.uri });
  }
  return out;
}

/**
 * From the Lua side of a plugin to its world and test files: references of a menu trigger, an API or a sender the
 * plugin registers (cursor on the name, or on the registering call such as `when_called_by_game_menu`) are the steps
 * that call it; those of an API the plugin calls are the world's `apis` answers for it.
 */
import type { Location } from 'vscode-languageserver';
import { rangeIn, type LocatedEntry, type Project } from '../project';
import type { RefKind } from '../project/companionDoc';
import { stepsCalling } from './companionFiles';

/** The kind of step that reaches an entry of this kind and role (undefined for topics, which no step reaches). */
function stepKind(e: LocatedEntry): RefKind | undefined {
  if (e.role === 'uses') return e.kind === 'api' ? 'api_used' : undefined;
  switch (e.kind) {
    case 'game_menu':
    case 'terminal_menu':
    case 'api':
      return e.kind;
    case 'sender':
    case 'command_block':
      return 'player';
    default:
      return undefined;
  }
}

/**
 * The references of the entry names under `offset` in the plugin at `pluginPath` (null when the cursor is not on
 * one, so other reference providers can answer).
 */
export function entryReferences(
  project: Project,
  pluginPath: string,
  offset: number,
  includeDeclaration: boolean,
): Location[] | null {
  const model = project.plugin(pluginPath);
  if (!model) return null;
  const here = model.entries.filter(
    (e) =>
      e.file.path === model.path &&
      ((e.start <= offset && offset <= e.end) || (e.callStart <= offset && offset <= e.callEnd)),
  );
  if (here.length === 0) return null;
  const out = new Map<string, Location>();
  const add = (l: Location): void => {
    out.set(`${l.uri}#${l.range.start.line}:${l.range.start.character}`, l);
  };
  for (const e of here) {
    const kind = stepKind(e);
    if (!kind) continue;
    for (const l of stepsCalling(project, model.path, kind, e.name)) add(l);
    if (includeDeclaration)
      add({ uri: e.file.uri, range: rangeIn(project.reader, e.file, e.start, e.end) });
  }
  return [...out.values()];
}

/**
 * What a click in the Game view means: every message the webview sends becomes a world action for the runner's
 * stdin (the same JSON actions a world file's script holds), an edit of the world file, both, or a problem to show.
 * Text typed into the view is checked here (a score is a whole number, a QQ id is a number...), so the runner only
 * ever receives well-formed actions. No `vscode` import.
 */
import type { WorldAction } from '../../../runtime/src/events';
import type { Localize } from '../i18n';
import type { FromGameView } from './protocol';
import type { WorldEdit } from './worldFile';

export type { FromGameView };

/** A click's meaning: the action for the live run, the edit for the world file, or why neither. */
export interface Click {
  action?: WorldAction;
  edit?: WorldEdit;
  problem?: string;
}

/** Words separated by spaces (and commas, for tag lists), empty ones left out. */
export function words(text: string, commas = false): string[] {
  return text.split(commas ? /[\s,，、]+/u : /\s+/u).filter((w) => w !== '');
}

/** A QQ id typed into the view: digits only. */
function qqId(text: string): number | undefined {
  const v = text.trim();
  return /^\d{1,19}$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : undefined;
}

/** An API argument typed into the view: JSON when it parses as JSON, else the text itself; nothing when empty. */
export function apiArgs(text: string): unknown {
  const v = text.trim();
  if (v === '') return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}

/** Interprets one webview message. Messages that are not clicks on the world (ready, select...) mean nothing here. */
export function interpretClick(m: FromGameView, t: Localize): Click {
  switch (m.type) {
    case 'menu': {
      const args = words(m.args);
      if (m.kind === 'terminal_menu')
        return { action: { terminal: [m.trigger, ...args].join(' ') } };
      if (!m.player) return { problem: t('Choose a player to open the menu as.') };
      return { action: { as: m.player, menu: m.trigger, ...(args.length > 0 ? { args } : {}) } };
    }
    case 'chat':
      if (!m.player) return { problem: t('Choose a player to speak as.') };
      if (m.text.trim() === '') return {};
      return { action: { as: m.player, chat: m.text } };
    case 'qq': {
      const user = qqId(m.user);
      if (user === undefined) return { problem: t('A QQ number is digits only.') };
      const group = m.group.trim() === '' ? undefined : qqId(m.group);
      if (m.group.trim() !== '' && group === undefined)
        return {
          problem: t('A QQ group number is digits only (leave it empty for a private message).'),
        };
      if (m.text.trim() === '') return {};
      return { action: { qq: { ...(group !== undefined ? { group } : {}), user, text: m.text } } };
    }
    case 'api': {
      const args = apiArgs(m.args);
      return { action: { api: m.name, ...(args !== undefined ? { args } : {}) } };
    }
    case 'join':
      return { action: { join: m.name } };
    case 'leave':
      return { action: { leave: m.name } };
    case 'addPlayer': {
      const name = m.name.trim();
      if (name === '') return { problem: t('A player needs a name.') };
      if (/[\s"@]/.test(name)) return { problem: t('A player name has no spaces, quotes or "@".') };
      return { action: { join: name }, edit: { kind: 'addPlayer', name } };
    }
    case 'removePlayer':
      return { action: { leave: m.name }, edit: { kind: 'removePlayer', name: m.name } };
    case 'setOp':
      return {
        action: { player: m.name, op: m.op },
        edit: { kind: 'setOp', name: m.name, op: m.op },
      };
    case 'setTags': {
      const tags = [...new Set(words(m.tags, true))];
      return { action: { player: m.name, tags }, edit: { kind: 'setTags', name: m.name, tags } };
    }
    case 'setScore': {
      const objective = m.objective.trim();
      if (objective === '' || /\s/.test(objective))
        return { problem: t('An objective name is one word.') };
      const text = m.score.trim();
      let score: number | null = null;
      if (text !== '') {
        if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(Number(text)))
          return { problem: t('A score is a whole number (leave it empty to remove it).') };
        score = Number(text);
      }
      return {
        action: { player: m.name, scores: { [objective]: score } },
        edit: { kind: 'setScore', name: m.name, objective, score },
      };
    }
    default:
      return {};
  }
}

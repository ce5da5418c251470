/**
 * A request or response body in the inspector: JSON as a foldable tree (its first levels open, at most
 * MAX_JSON_NODES nodes drawn), anything else as text, with a note when the body was truncated and a button that
 * opens the whole body in an editor.
 */
import { el, fill } from '../shared/dom';
import { post } from '../shared/host';
import { S } from '../shared/strings';
import { formatBytes } from './units';

const MAX_JSON_NODES = 5000;

export interface BodyOptions {
  /** The exchange's id and which of its bodies this is, for "open in an editor". */
  id: number;
  which: 'request' | 'response';
  truncated: boolean;
  /** The whole body's size and the size of what is shown, in bytes. */
  size: number | undefined;
  shown: number;
}

export function bodyView(text: string | undefined, opts: BodyOptions): HTMLDivElement {
  const wrap = el('div', { class: 'body' });
  if (!text) {
    wrap.append(el('div', { class: 'muted', text: S.empty }));
  } else {
    let parsed: unknown;
    let isJson = false;
    const t = text.trim();
    if (!opts.truncated && (t.startsWith('{') || t.startsWith('['))) {
      try {
        parsed = JSON.parse(t);
        isJson = true;
      } catch {
        isJson = false;
      }
    }
    if (isJson) wrap.append(el('div', { class: 'json' }, jsonNode(parsed, undefined, 0, { n: 0 })));
    else wrap.append(el('pre', { class: 'raw', text: text }));
  }
  const actions = el('div', { class: 'actions' });
  if (opts.truncated) {
    actions.append(
      el('span', {
        class: 'warn',
        text: fill(S.truncated, formatBytes(opts.shown), formatBytes(opts.size)) + ' ',
      }),
    );
  }
  if (text) {
    actions.append(
      el(
        'button',
        {
          class: opts.truncated ? 'open-body' : 'open-body secondary',
          onclick: (e) => {
            e.stopPropagation();
            post({ type: 'openBody', id: opts.id, which: opts.which });
          },
        },
        opts.truncated ? S.openWhole : S.openEditor,
      ),
    );
  }
  wrap.append(actions);
  return wrap;
}

/** One value of the tree: a line for a scalar or an empty container, a foldable node for the rest. */
function jsonNode(
  value: unknown,
  key: string | undefined,
  depth: number,
  budget: { n: number },
): HTMLElement {
  budget.n++;
  const keyEl =
    key === undefined ? null : el('span', { class: 'j-key', text: JSON.stringify(key) + ': ' });
  if (value === null || typeof value !== 'object') {
    const cls = value === null ? 'j-null' : 'j-' + typeof value;
    return el(
      'div',
      { class: 'j-line' },
      keyEl,
      el('span', { class: cls, text: JSON.stringify(value) }),
    );
  }
  const isArr = Array.isArray(value);
  const entries: Array<[string | undefined, unknown]> = isArr
    ? value.map((v: unknown) => [undefined, v])
    : Object.entries(value);
  const open = isArr ? '[' : '{';
  const close = isArr ? ']' : '}';
  if (entries.length === 0)
    return el(
      'div',
      { class: 'j-line' },
      keyEl,
      el('span', { class: 'j-punct', text: open + close }),
    );
  const summary = el(
    'summary',
    null,
    keyEl,
    el('span', { class: 'j-punct', text: open }),
    el('span', {
      class: 'j-count',
      text: ' ' + fill(isArr ? S.items : S.keys, entries.length) + ' ',
    }),
  );
  const children = el('div', { class: 'j-children' });
  for (const [k, v] of entries) {
    if (budget.n > MAX_JSON_NODES) {
      children.append(el('div', { class: 'muted', text: '…' }));
      break;
    }
    children.append(jsonNode(v, k, depth + 1, budget));
  }
  return el(
    'details',
    { class: 'j-node', open: depth < 3 },
    summary,
    children,
    el('div', { class: 'j-punct', text: close }),
  );
}

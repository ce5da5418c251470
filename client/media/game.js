// The Game view's webview: draws the world of the run (sent by client/src/views/gameView.ts, which turns the run's
// events into rows with client/src/game/model.ts) and posts every click back as a message; the extension turns it
// into a world action on the runner's stdin. Every value from the plugin is inserted as text, never as HTML; every
// word of the interface comes from the extension (`strings`), in the language the user chose.
// One file without a build step, like inspector.js; longer than most modules because it is the whole page: the
// players and their editor, a player's screen with chat and menus, and the side tabs (commands, QQ, APIs, log).
/* global document, window, acquireVsCodeApi */
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const CAP = { lines: 300, rows: 300 };
  const TABS = ['commands', 'qq', 'apis', 'log'];
  const saved = vscode.getState() || {};

  let S = {};
  let header = { title: '', running: false, ended: '', qqGroups: [], qqUsers: [] };
  let players = [];
  let objectives = [];
  let entries = { menus: [], apis: [], qq: false, others: [] };
  /** player -> WebLine[] (the last CAP.lines) */
  let lines = new Map();
  let selected = saved.selected || null;
  let tab = TABS.includes(saved.tab) ? saved.tab : 'commands';
  const ui = {};

  const root = document.getElementById('game');

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c === undefined || c === null || c === false) continue;
      e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  function fill(template, ...args) {
    return String(template || '').replace(/\{(\d+)\}/g, (m, i) =>
      args[i] === undefined ? m : String(args[i]),
    );
  }

  function post(message) {
    vscode.postMessage(message);
  }

  function remember() {
    vscode.setState({ selected, tab });
  }

  function segmentNodes(segments) {
    return (segments || []).map((s) => {
      const span = el('span', { text: s.text });
      // The theme's readable version of the game colour (custom properties defined per theme kind).
      if (s.colour) span.style.color = 'var(--mc-' + s.colour + ')';
      if (s.bold) span.style.fontWeight = 'bold';
      if (s.italic) span.style.fontStyle = 'italic';
      if (s.obfuscated) span.className = 'obfuscated';
      return span;
    });
  }

  /** A one-line form: its fields and a button; Enter submits. */
  function lineForm(cls, fields, button, onSubmit) {
    return el(
      'form',
      {
        class: 'line-form ' + cls,
        onsubmit: (e) => {
          e.preventDefault();
          onSubmit();
        },
      },
      ...fields,
      button,
    );
  }

  // ---- Building the page ---------------------------------------------------------------------------------------

  function build() {
    root.textContent = '';
    ui.editorFor = null;
    ui.screenFor = null;
    if (!header.title) {
      root.append(el('p', { class: 'idle', text: S.idle }));
      ui.built = false;
      return;
    }
    ui.built = true;
    ui.badge = el('span', { class: 'badge' });
    ui.world = el('span', { class: 'world' });
    ui.openWorld = el('button', {
      class: 'secondary small',
      text: S.openWorld,
      onclick: () => post({ type: 'openWorld' }),
    });
    ui.hint = el('span', { class: 'hint' });
    ui.notice = el('div', { class: 'notice', role: 'alert', hidden: true });
    root.append(
      el(
        'header',
        null,
        el('h1', { text: header.title }),
        ui.badge,
        ui.world,
        ui.openWorld,
        ui.hint,
      ),
      ui.notice,
      el('main', null, buildPlayers(), buildScreen(), buildSide()),
    );
  }

  function buildPlayers() {
    ui.playerList = el('ul', {
      class: 'players',
      role: 'listbox',
      tabindex: 0,
      'aria-label': S.players,
      onkeydown: onPlayerKey,
    });
    const name = el('input', {
      type: 'text',
      placeholder: S.playerName,
      'aria-label': S.playerName,
    });
    ui.addPlayer = name;
    ui.editor = el('div', { class: 'editor' });
    return el(
      'section',
      { id: 'players-pane' },
      el('h2', { text: S.players }),
      ui.playerList,
      lineForm('add-player', [name], el('button', { type: 'submit', text: S.addPlayer }), () => {
        if (!name.value.trim()) return;
        post({ type: 'addPlayer', name: name.value.trim() });
        // The new player is chosen once they are in the list.
        selected = name.value.trim();
        remember();
        post({ type: 'select', player: selected });
        name.value = '';
      }),
      ui.editor,
    );
  }

  function buildScreen() {
    ui.screenTitle = el('h2');
    ui.hud = el('div', { class: 'hud', hidden: true });
    ui.chat = el('div', { class: 'chat', role: 'log', 'aria-live': 'polite', tabindex: 0 });
    ui.ask = el('div', { class: 'ask', hidden: true });
    ui.speaker = el('select', {
      'aria-label': S.speakAs,
      onchange: () => select(ui.speaker.value, false),
    });
    ui.chatInput = el('input', { type: 'text', class: 'chat-input', 'aria-label': S.chatHint });
    ui.sayButton = el('button', { type: 'submit', text: S.say });
    ui.menus = el('div', { class: 'menus' });
    ui.menuArgs = el('div', { class: 'menu-args', hidden: true });
    return el(
      'section',
      { id: 'screen-pane' },
      ui.screenTitle,
      ui.hud,
      ui.chat,
      ui.ask,
      el(
        'form',
        {
          class: 'line-form chat-form',
          onsubmit: (e) => {
            e.preventDefault();
            if (!ui.chatInput.value.trim()) return;
            post({ type: 'chat', player: selected || '', text: ui.chatInput.value });
            ui.chatInput.value = '';
          },
        },
        ui.speaker,
        ui.chatInput,
        ui.sayButton,
      ),
      ui.menus,
      ui.menuArgs,
    );
  }

  function buildSide() {
    ui.tabs = {};
    ui.panels = {};
    const bar = el('div', { class: 'tabs', role: 'tablist', onkeydown: onTabKey });
    const labels = { commands: S.commands, qq: S.qq, apis: S.apis, log: S.log };
    for (const name of TABS) {
      const b = el('button', {
        class: 'tab',
        role: 'tab',
        id: 'tab-' + name,
        'aria-controls': 'panel-' + name,
        onclick: () => showTab(name, true),
      });
      b.dataset.label = labels[name];
      ui.tabs[name] = b;
      bar.append(b);
      ui.panels[name] = el('div', {
        class: 'panel',
        role: 'tabpanel',
        id: 'panel-' + name,
        'aria-labelledby': 'tab-' + name,
        tabindex: 0,
      });
    }
    ui.commands = el('div', { class: 'rows' });
    ui.panels.commands.append(ui.commands);
    buildQq();
    ui.apiButtons = el('div', { class: 'api-calls' });
    ui.apiRows = el('div', { class: 'rows' });
    ui.panels.apis.append(ui.apiButtons, ui.apiRows);
    ui.others = el('div', { class: 'others' });
    ui.dropped = el('div', { class: 'note', hidden: true });
    ui.logRows = el('div', { class: 'rows' });
    ui.panels.log.append(ui.others, ui.dropped, ui.logRows);
    return el('section', { id: 'side-pane' }, bar, ...TABS.map((n) => ui.panels[n]));
  }

  function buildQq() {
    ui.qqGroups = el('datalist', { id: 'qq-groups' });
    ui.qqUsers = el('datalist', { id: 'qq-users' });
    ui.qqGroup = el('input', {
      type: 'text',
      inputmode: 'numeric',
      class: 'qq-id',
      list: 'qq-groups',
      placeholder: S.qqPrivate,
      'aria-label': S.qqGroup,
    });
    ui.qqUser = el('input', {
      type: 'text',
      inputmode: 'numeric',
      class: 'qq-id',
      list: 'qq-users',
      'aria-label': S.qqUser,
    });
    ui.qqText = el('input', {
      type: 'text',
      class: 'qq-text',
      'aria-label': S.qqHint,
      placeholder: S.qqHint,
    });
    ui.qqSend = el('button', { type: 'submit', text: S.qqSend });
    ui.qqNote = el('div', { class: 'note', hidden: true, text: S.qqNoListener });
    ui.qqRows = el('div', { class: 'rows' });
    ui.panels.qq.append(
      ui.qqGroups,
      ui.qqUsers,
      el(
        'form',
        {
          class: 'qq-form',
          onsubmit: (e) => {
            e.preventDefault();
            if (!ui.qqText.value.trim()) return;
            post({
              type: 'qq',
              group: ui.qqGroup.value,
              user: ui.qqUser.value,
              text: ui.qqText.value,
            });
            ui.qqText.value = '';
          },
        },
        el('label', null, S.qqGroup, ' ', ui.qqGroup),
        el('label', null, S.qqUser, ' ', ui.qqUser),
        ui.qqText,
        ui.qqSend,
      ),
      ui.qqNote,
      ui.qqRows,
    );
  }

  // ---- Players -------------------------------------------------------------------------------------------------

  function current() {
    return players.find((p) => p.name === selected);
  }

  function select(name, focusList) {
    if (selected === name) return;
    selected = name;
    remember();
    post({ type: 'select', player: name });
    renderPlayers(focusList);
    renderEditor(true);
    renderScreen();
  }

  function ensureSelection() {
    if (current()) return;
    const next = players.find((p) => p.online) || players[0];
    selected = next ? next.name : null;
    if (selected) post({ type: 'select', player: selected });
  }

  function onPlayerKey(e) {
    const i = players.findIndex((p) => p.name === selected);
    let j = i;
    if (e.key === 'ArrowDown') j = Math.min(players.length - 1, i + 1);
    else if (e.key === 'ArrowUp') j = Math.max(0, i - 1);
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = players.length - 1;
    else if (e.key === 'Enter') {
      e.preventDefault();
      ui.chatInput.focus();
      return;
    } else return;
    e.preventDefault();
    if (players[j]) select(players[j].name, true);
  }

  function scoreText(scores) {
    return Object.entries(scores || {})
      .map(([k, v]) => k + ' ' + v)
      .join(' · ');
  }

  function renderPlayers() {
    if (!ui.built) return;
    ui.playerList.textContent = '';
    if (players.length === 0) ui.playerList.append(el('li', { class: 'muted', text: S.noPlayers }));
    players.forEach((p, i) => {
      const id = 'player-' + i;
      const meta = [p.tags.length ? '#' + p.tags.join(' #') : '', scoreText(p.scores)]
        .filter(Boolean)
        .join(' · ');
      const li = el(
        'li',
        {
          id,
          role: 'option',
          class:
            'player' +
            (p.online ? ' online' : ' offline') +
            (p.name === selected ? ' selected' : ''),
          'aria-selected': p.name === selected ? 'true' : 'false',
          title: p.online ? S.online : S.offline,
          onclick: () => select(p.name, true),
        },
        el('span', { class: 'dot', 'aria-hidden': 'true' }),
        el('span', { class: 'name', text: p.name }),
        p.op ? el('span', { class: 'tag op', text: S.opBadge, title: S.op }) : null,
        p.asks.length ? el('span', { class: 'tag asking', text: '?', title: S.waiting }) : null,
        meta ? el('div', { class: 'meta', text: meta }) : null,
      );
      ui.playerList.append(li);
      if (p.name === selected) ui.playerList.setAttribute('aria-activedescendant', id);
    });
    // The speaker list: everyone, the selected one chosen.
    ui.speaker.textContent = '';
    for (const p of players)
      ui.speaker.append(
        el('option', {
          value: p.name,
          selected: p.name === selected,
          text: p.name + (p.online ? '' : ' (' + S.offline + ')'),
        }),
      );
  }

  /** The selected player's editor. Fields the user is typing in keep what they typed. */
  function renderEditor(rebuild) {
    if (!ui.built) return;
    const p = current();
    if (!p) {
      ui.editor.textContent = '';
      ui.editorFor = null;
      return;
    }
    if (rebuild || ui.editorFor !== p.name) {
      ui.editorFor = p.name;
      ui.online = el('input', {
        type: 'checkbox',
        onchange: () => post({ type: ui.online.checked ? 'join' : 'leave', name: p.name }),
      });
      ui.op = el('input', {
        type: 'checkbox',
        onchange: () => post({ type: 'setOp', name: p.name, op: ui.op.checked }),
      });
      ui.tagsInput = el('input', {
        type: 'text',
        class: 'tags',
        placeholder: S.tagsHint,
        'aria-label': S.tags,
      });
      const commitTags = () => post({ type: 'setTags', name: p.name, tags: ui.tagsInput.value });
      ui.tagsInput.addEventListener('change', commitTags);
      ui.scoreRows = el('div', { class: 'scores' });
      const obj = el('input', {
        type: 'text',
        list: 'objectives',
        class: 'objective',
        placeholder: S.objective,
        'aria-label': S.objective,
      });
      const val = el('input', {
        type: 'text',
        inputmode: 'numeric',
        class: 'score',
        placeholder: S.score,
        'aria-label': S.score,
      });
      ui.objectiveList = el('datalist', { id: 'objectives' });
      ui.editor.replaceChildren(
        el('h3', { text: p.name }),
        el(
          'div',
          { class: 'toggles' },
          el('label', null, ui.online, ' ', S.online),
          el('label', null, ui.op, ' ', S.op),
        ),
        el('label', { class: 'field' }, S.tags, ' ', ui.tagsInput),
        el('div', { class: 'field-title', text: S.scores }),
        ui.scoreRows,
        ui.objectiveList,
        lineForm(
          'add-score',
          [obj, val],
          el('button', { type: 'submit', class: 'secondary', text: S.setScore }),
          () => {
            post({ type: 'setScore', name: p.name, objective: obj.value, score: val.value });
            obj.value = '';
            val.value = '';
          },
        ),
        el('span', { class: 'hint', text: S.scoreHint }),
        el('button', {
          class: 'danger',
          text: fill(S.removePlayer, p.name),
          onclick: () => post({ type: 'removePlayer', name: p.name }),
        }),
      );
    }
    const focused = document.activeElement;
    ui.online.checked = p.online;
    ui.op.checked = p.op;
    if (focused !== ui.tagsInput) ui.tagsInput.value = p.tags.join(' ');
    ui.objectiveList.replaceChildren(...objectives.map((o) => el('option', { value: o })));
    // Score rows: one input per objective; Enter or leaving the field sets it, empty removes it.
    if (!ui.scoreRows.contains(focused)) {
      ui.scoreRows.replaceChildren(
        ...Object.entries(p.scores).map(([k, v]) => {
          const input = el('input', {
            type: 'text',
            inputmode: 'numeric',
            class: 'score',
            value: String(v),
            'aria-label': k,
          });
          input.addEventListener('change', () =>
            post({ type: 'setScore', name: p.name, objective: k, score: input.value }),
          );
          return el(
            'label',
            { class: 'score-row' },
            el('span', { class: 'objective', text: k }),
            input,
          );
        }),
      );
    }
  }

  // ---- A player's screen -----------------------------------------------------------------------------------------

  function lineNode(l) {
    const cls = 'line k-' + l.kind;
    if (l.kind === 'said')
      return el(
        'div',
        { class: cls },
        el('span', { class: 'who', text: '<' + l.player + '> ' }),
        ...segmentNodes(l.segments),
      );
    if (l.kind === 'menu')
      return el('div', {
        class: cls,
        text: '› ' + l.label + ': ' + l.segments.map((s) => s.text).join(''),
      });
    if (l.kind === 'joined' || l.kind === 'left')
      return el('div', { class: cls, text: '— ' + l.player + ' ' + l.label });
    return el(
      'div',
      { class: cls },
      l.label ? el('span', { class: 'label', text: l.label }) : null,
      ...segmentNodes(l.segments),
    );
  }

  function renderScreen() {
    if (!ui.built) return;
    ui.screenFor = selected;
    ui.screenTitle.textContent = selected ? fill(S.screen, selected) : '';
    const list = lines.get(selected) || [];
    ui.chat.replaceChildren(
      ...(list.length ? list.map(lineNode) : [el('div', { class: 'muted', text: S.noLines })]),
    );
    ui.chat.scrollTop = ui.chat.scrollHeight;
    renderHud();
    renderAsk();
  }

  /** The latest title, subtitle and action bar the player was shown. */
  function renderHud() {
    const list = lines.get(selected) || [];
    const last = {};
    for (const l of list)
      if (l.kind === 'title' || l.kind === 'subtitle' || l.kind === 'actionbar') last[l.kind] = l;
    const parts = ['title', 'subtitle', 'actionbar'].filter((k) => last[k]);
    ui.hud.hidden = parts.length === 0;
    ui.hud.replaceChildren(
      ...parts.map((k) =>
        el(
          'div',
          { class: 'hud-' + k },
          el('span', { class: 'label', text: last[k].label }),
          ...segmentNodes(last[k].segments),
        ),
      ),
    );
  }

  function renderAsk() {
    const p = current();
    const asks = p ? p.asks : [];
    ui.ask.hidden = asks.length === 0;
    if (asks.length) {
      ui.ask.replaceChildren(
        ...(asks[0]
          ? [el('span', { class: 'label', text: S.askedLabel })].concat(segmentNodes(p.prompt))
          : [el('span', { text: S.waiting })]),
      );
    }
    ui.chatInput.placeholder = asks.length ? S.answerHint : S.chatHint;
  }

  function renderMenus() {
    if (!ui.built) return;
    const game = entries.menus.filter((m) => m.kind === 'game_menu');
    const terminal = entries.menus.filter((m) => m.kind === 'terminal_menu');
    const button = (m) =>
      el('button', {
        class: 'menu',
        text: m.triggers[0] || '?',
        title: [m.triggers.join(' / '), m.hint, m.usage].filter(Boolean).join(' — '),
        disabled: !header.running,
        onclick: () => openMenu(m),
      });
    ui.menus.replaceChildren(
      el('span', { class: 'field-title', text: S.menus }),
      ...(entries.menus.length === 0 ? [el('span', { class: 'muted', text: S.noMenus })] : []),
      ...(game.length
        ? [el('span', { class: 'group', text: S.gameMenu })].concat(game.map(button))
        : []),
      ...(terminal.length
        ? [el('span', { class: 'group', text: S.terminalMenu })].concat(terminal.map(button))
        : []),
    );
  }

  /** A menu with an argument hint asks for its arguments first; one without is called at once. */
  function openMenu(m) {
    if (!m.hint) {
      callMenu(m, '');
      return;
    }
    const input = el('input', {
      type: 'text',
      placeholder: m.hint,
      'aria-label': fill(S.argsFor, m.triggers[0]),
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') closeMenuArgs();
    });
    ui.menuArgs.hidden = false;
    ui.menuArgs.replaceChildren(
      lineForm(
        'menu-form',
        [el('label', null, fill(S.argsFor, m.triggers[0]) + ' ', input)],
        el('button', { type: 'submit', text: S.call }),
        () => {
          callMenu(m, input.value);
          closeMenuArgs();
        },
      ),
      el('button', { class: 'secondary', text: S.cancel, onclick: closeMenuArgs }),
    );
    input.focus();
  }

  function closeMenuArgs() {
    ui.menuArgs.hidden = true;
    ui.menuArgs.textContent = '';
  }

  function callMenu(m, args) {
    post({ type: 'menu', kind: m.kind, trigger: m.triggers[0], args, player: selected || '' });
  }

  // ---- Side tabs -------------------------------------------------------------------------------------------------

  function showTab(name, focus) {
    tab = name;
    remember();
    for (const n of TABS) {
      const on = n === name;
      ui.tabs[n].setAttribute('aria-selected', on ? 'true' : 'false');
      ui.tabs[n].tabIndex = on ? 0 : -1;
      ui.tabs[n].classList.toggle('active', on);
      ui.panels[n].hidden = !on;
    }
    if (focus) ui.tabs[name].focus();
  }

  function onTabKey(e) {
    const i = TABS.indexOf(tab);
    let j = i;
    if (e.key === 'ArrowRight') j = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') j = (i + TABS.length - 1) % TABS.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = TABS.length - 1;
    else return;
    e.preventDefault();
    showTab(TABS[j], true);
  }

  function countTabs() {
    const counts = {
      commands: ui.commands.childElementCount,
      qq: ui.qqRows.childElementCount,
      apis: ui.apiRows.childElementCount,
      log: ui.logRows.childElementCount,
    };
    for (const n of TABS)
      ui.tabs[n].textContent = ui.tabs[n].dataset.label + (counts[n] ? ' (' + counts[n] + ')' : '');
  }

  function appendRows(box, nodes) {
    if (nodes.length === 0) return;
    const atEnd =
      box.parentElement.scrollTop + box.parentElement.clientHeight >=
      box.parentElement.scrollHeight - 4;
    box.append(...nodes);
    while (box.childElementCount > CAP.rows) box.firstElementChild.remove();
    if (atEnd) box.parentElement.scrollTop = box.parentElement.scrollHeight;
  }

  function commandNode(c) {
    const verdict = c.ok === null ? S.noAnswer : c.ok ? S.succeeded : S.failed;
    return el(
      'div',
      { class: 'row command ' + (c.ok === null ? 'none' : c.ok ? 'ok' : 'bad') },
      el('code', { text: '/' + c.command }),
      el('span', { class: 'verdict', text: ' → ' + verdict }),
      c.text ? el('span', { class: 'detail', text: ' · ' + c.text }) : null,
      c.stubbed ? el('span', { class: 'tag', text: S.stubbed }) : null,
    );
  }

  function qqNode(q) {
    return el(
      'div',
      { class: 'row qq ' + q.dir },
      el('span', { class: 'dir', text: q.dir === 'in' ? '→ ' + S.qqIn : '← ' + S.qqOut }),
      el('span', { class: 'where', text: ' [' + q.where + (q.who ? ' ' + q.who : '') + '] ' }),
      ...segmentNodes(q.segments),
    );
  }

  function apiNode(a) {
    return el(
      'div',
      { class: 'row api ' + a.dir + (a.error ? ' bad' : '') },
      el('span', {
        class: 'dir',
        text: (a.dir === 'call' ? '→ ' + S.apiCall : '← ' + S.apiResult) + ' ',
      }),
      el('code', { text: a.api }),
      ' ',
      el('code', { class: 'value', text: a.text }),
      a.error ? el('span', { class: 'detail', text: ' · ' + a.error }) : null,
    );
  }

  function logNode(l) {
    return el('div', { class: 'row log ' + l.level, text: l.text });
  }

  function renderApis() {
    if (!ui.built) return;
    ui.apiButtons.replaceChildren(
      ...(entries.apis.length === 0
        ? [el('div', { class: 'muted', text: S.noApis })]
        : entries.apis.map((name) => {
            const input = el('input', {
              type: 'text',
              placeholder: S.apiArgs,
              'aria-label': fill(S.argsFor, name),
            });
            return lineForm(
              'api-form',
              [el('label', null, el('code', { text: name }), ' ', input)],
              el('button', { type: 'submit', text: S.call, disabled: !header.running }),
              () => post({ type: 'api', name, args: input.value }),
            );
          })),
    );
  }

  function renderOthers() {
    if (!ui.built) return;
    const names = entries.others.map(
      (o) =>
        (S['kind.' + o.kind] || o.kind) + (o.triggers.length ? ' ' + o.triggers.join('/') : ''),
    );
    ui.others.textContent = names.length ? fill(S.others, names.join(', ')) : '';
    ui.qqNote.hidden = entries.qq || !header.running;
  }

  function renderHeader() {
    if (!ui.built) return;
    ui.badge.textContent = header.running
      ? S.running
      : S.ended + (header.ended ? ' · ' + (S['reason.' + header.ended] || header.ended) : '');
    ui.badge.className = 'badge ' + (header.running ? 'running' : 'ended');
    ui.world.textContent = header.worldExists
      ? fill(S.worldFile, header.worldFile)
      : header.worldFile
        ? fill(S.noWorldFile, header.worldFile)
        : '';
    ui.world.classList.toggle('bad', !!header.worldProblem);
    ui.world.title = header.worldProblem || '';
    ui.openWorld.hidden = !header.worldFile;
    ui.hint.textContent = header.running ? '' : S.notRunning;
    for (const e of [ui.chatInput, ui.sayButton, ui.qqText, ui.qqSend])
      e.disabled = !header.running;
    ui.qqGroups.replaceChildren(
      ...header.qqGroups.map((g) => el('option', { value: String(g.id), text: g.name })),
    );
    const users = new Map();
    for (const g of header.qqGroups) for (const m of g.members) users.set(m.id, m.name);
    for (const u of header.qqUsers) users.set(u.id, u.name);
    ui.qqUsers.replaceChildren(
      ...[...users].map(([id, name]) => el('option', { value: String(id), text: name })),
    );
    if (!ui.qqUser.value && users.size) ui.qqUser.value = String(users.keys().next().value);
    if (!ui.qqGroup.value && header.qqGroups.length)
      ui.qqGroup.value = String(header.qqGroups[0].id);
  }

  function renderNotice(text) {
    ui.notice.hidden = !text;
    ui.notice.replaceChildren(
      el('span', { text: text || '' }),
      el('button', {
        class: 'secondary small',
        text: S.dismiss,
        onclick: () => post({ type: 'dismiss' }),
      }),
    );
  }

  // ---- Messages from the extension -----------------------------------------------------------------------------

  function apply(update, full) {
    const u = Object.assign({ lines: [], commands: [], qq: [], apis: [], log: [] }, update);
    if (u.header) header = u.header;
    if (full) {
      lines = new Map();
      build();
      if (!ui.built) return;
      showTab(tab, false);
    }
    if (!ui.built) return;
    if (u.header) renderHeader();
    if (u.players) {
      players = u.players;
      objectives = u.objectives || objectives;
      ensureSelection();
      renderPlayers();
      renderEditor(false);
      if (ui.screenFor !== selected) renderScreen();
      else renderAsk();
    }
    if (u.entries) entries = u.entries;
    if (u.entries || u.header) {
      renderMenus();
      renderApis();
      renderOthers();
    }
    let mine = false;
    for (const l of u.lines) {
      let list = lines.get(l.player);
      if (!list) lines.set(l.player, (list = []));
      list.push(l);
      if (list.length > CAP.lines * 2) list.splice(0, list.length - CAP.lines);
      if (l.player === selected) mine = true;
    }
    if (full || (mine && u.lines.length > CAP.lines)) renderScreen();
    else if (mine) {
      const atEnd = ui.chat.scrollTop + ui.chat.clientHeight >= ui.chat.scrollHeight - 4;
      const empty = ui.chat.querySelector('.muted');
      if (empty) empty.remove();
      ui.chat.append(...u.lines.filter((l) => l.player === selected).map(lineNode));
      while (ui.chat.childElementCount > CAP.lines) ui.chat.firstElementChild.remove();
      if (atEnd) ui.chat.scrollTop = ui.chat.scrollHeight;
      renderHud();
    }
    appendRows(ui.commands, u.commands.map(commandNode));
    appendRows(ui.qqRows, u.qq.map(qqNode));
    appendRows(ui.apiRows, u.apis.map(apiNode));
    appendRows(ui.logRows, u.log.map(logNode));
    if (u.dropped) {
      ui.dropped.hidden = false;
      ui.dropped.textContent = fill(S.dropped, u.dropped);
    }
    if (u.notice !== undefined) renderNotice(u.notice);
    countTabs();
  }

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'reset') {
      S = m.strings || S;
      apply(m.state || {}, true);
    } else if (m.type === 'update') apply(m.state, false);
    else if (m.type === 'select' && m.player) {
      // The extension chose who acts (a CodeLens opened a menu as this player): show their screen.
      if (players.some((p) => p.name === m.player)) select(m.player, false);
      else {
        selected = m.player;
        remember();
      }
    }
  });

  // The state the extension wrote into the page: drawn before anything else arrives.
  try {
    const initial = JSON.parse(document.getElementById('initial-state').textContent || '{}');
    S = initial.strings || {};
    apply(initial.state || {}, true);
  } catch {
    build();
  }
  post({ type: 'ready' });
})();

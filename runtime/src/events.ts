/**
 * The run event stream: what the runtime reports while a plugin runs.
 *
 * `coromega-run --json` writes each event as one JSON object per line on stdout, in the order things happen.
 * The VS Code extension (and any other front end) renders these; the CLI's plain mode renders the same events
 * as text (prints on stdout, everything else on stderr).
 *
 * Text fields keep Minecraft colour codes (`§a`, `§l`, `§r`, ...) raw; renderers decide how to show them.
 * When a run holds several plugins, events a plugin caused carry `plugin` (its display path).
 *
 * The second half of this file is the other direction: the world file's actions (`script`), which are also what
 * a JSON line on stdin is.
 * `Authorization` and `Cookie` header values (and `Set-Cookie` in responses) are masked as `***` unless the run
 * was started with `--no-mask`.
 *
 * Longer than most modules: it is the event contract, every event type in one place for every front end.
 */

/** Where a printed line came from. */
export type PrintStream =
  /** Lua's `print(...)` / `io.write(...)`. */
  | 'print'
  /** `coromega:print(...)`. */
  | 'coromega'
  /** `coromega:log(...)` and the `*_out` family (`debug_out`, `info_out`, ...). */
  | 'log';

export type LogLevel = 'debug' | 'info' | 'success' | 'warning' | 'error';

/** A plugin is about to load (one per plugin, in the order given, before any of them runs). */
export interface StartEvent {
  type: 'start';
  /** The plugin path as shown to the user (`--display-path` when given). */
  plugin: string;
  /** The config file the run uses, or null when none was found. */
  config: string | null;
  /** The storage root (`neomega_storage`-like folder). */
  storage: string;
  /** The world file the run plays in (given with --world, or found beside the plugin), when there is one. */
  world?: string;
  /** Epoch milliseconds. */
  time: number;
}

export interface PrintEvent {
  type: 'print';
  /** The printed text, without the trailing newline (`io.write` text is given as written, newlines included). */
  text: string;
  stream: PrintStream;
  /** Only for `stream: "log"`. */
  level?: LogLevel;
  /** True for `io.write` output, which does not end with a newline of its own. */
  partial?: boolean;
  plugin?: string;
}

export interface RequestEvent {
  type: 'request';
  /** Run-unique id; the matching `response` / `requestError` carries the same id. */
  id: number;
  plugin?: string;
  /** Upper-cased method as sent. */
  method: string;
  /** The URL as sent (after `query` replaced the query string). */
  url: string;
  /** Request headers as sent (canonical names). */
  headers: Record<string, string>;
  /** Request body length in bytes. */
  bodySize: number;
  /** Body preview (up to `--max-body-event` bytes, UTF-8 decoded). */
  body: string;
  /** Epoch milliseconds. */
  time: number;
}

export interface ResponseEvent {
  type: 'response';
  id: number;
  status: number;
  /** Final URL after redirects. */
  url: string;
  /** Response headers: canonical name -> first value (what the plugin sees in `response.headers`). */
  headers: Record<string, string>;
  /** Cookies from Set-Cookie: name -> value (what the plugin sees in `response.cookies`). */
  cookies: Record<string, string>;
  /** Body length in bytes (`response.body_size`). */
  size: number;
  durationMs: number;
  /** Body text, up to `--max-body-event` bytes. */
  body: string;
  bodyTruncated: boolean;
  /** When truncated: a temp file holding the full body. */
  bodyFile?: string;
  /** Number of redirects followed. */
  redirects?: number;
  /** True when a rule of the world file's `http` answered, without the network. */
  stubbed?: true;
}

export interface RequestErrorEvent {
  type: 'requestError';
  id: number;
  /** The message the plugin receives as the second return value, e.g. `Get "http://...": ...`. */
  message: string;
  durationMs: number;
}

export interface ErrorEvent {
  type: 'error';
  /** The Lua error message (for syntax errors: `file:line: message`). */
  message: string;
  /** The file the error points at (display path), when known. */
  file?: string;
  /** 1-based line, when known. */
  line?: number;
  traceback?: string;
  /**
   * What the error means, in the run's language, when the Lua message alone does not say (a stack overflow, a
   * yield gopher-lua cannot make). The message itself stays exactly what the plugin would see.
   */
  hint?: string;
  plugin?: string;
}

export interface WarningEvent {
  type: 'warning';
  message: string;
  /** The API the warning is about, when there is one (e.g. `omega.sync_sql.open`). */
  api?: string;
  /** Where in the plugin's code, when the warning is about one line (e.g. a config key the config lacks). */
  file?: string;
  line?: number;
  plugin?: string;
}

export interface InputEvent {
  type: 'input';
  /** The hint shown by `coromega:input(hint)`, or a menu prompt; may be empty. */
  prompt: string;
  plugin?: string;
}

/** What kind of entry point a plugin registered (`listener` event). */
export type ListenerKind =
  /** `when_called_by_game_menu` / `omega.menu.add_game_menu_entry`: `triggers`, `usage`, `argument_hint`. */
  | 'game_menu'
  /** `when_called_by_terminal_menu` / `omega.menu.add_backend_menu_entry`: `triggers`, `usage`, `argument_hint`. */
  | 'terminal_menu'
  /** `when_called_by_api_named` / `omega.flex.expose`: `triggers` = [API name]. */
  | 'api'
  /** `when_new_data_in_subscribed_topic_named` / `omega.flex.listen`: `triggers` = [topic]. */
  | 'topic'
  /** `when_chat_msg` / `omega.players.make_chat_poller`. */
  | 'chat'
  /** `when_receive_msg_from_sender_named`: `triggers` = [sender name]. */
  | 'sender'
  /** `when_receive_msg_from_command_block_named`: `triggers` = [command block name]. */
  | 'command_block'
  /** `when_player_change` / `omega.players.make_player_change_poller`. */
  | 'player_change'
  /** `when_receive_cqhttp_message` / `omega.cqhttp.make_message_poller`. */
  | 'cqhttp'
  /** `when_receive_filtered_cqhttp_message_from_default`. */
  | 'cqhttp_default'
  /** `when_receive_packet_of_types` / `omega.listen.make_packet_poller`: `triggers` = packet names. */
  | 'packet'
  /** `create_websocket_server`: `triggers` = ["host:port"]. */
  | 'websocket_server';

export interface ListenerEvent {
  type: 'listener';
  kind: ListenerKind;
  triggers: string[];
  usage?: string;
  argument_hint?: string;
  plugin?: string;
}

/** How a player was shown something (`say` event). */
export type SayVia =
  /** `player:say(text)`. */
  | 'say'
  /** The hint of `player:ask(hint)`. */
  | 'ask'
  | 'title'
  | 'subtitle'
  | 'actionbar'
  /** `player:raw_say`, the `tellraw` command (text = the rawtext flattened). */
  | 'tellraw'
  /** The `tell` / `msg` / `w` command. */
  | 'tell'
  /** Public chat: `bot_say`, the `say` command (one event per online player). */
  | 'chat';

export interface SayEvent {
  type: 'say';
  /** The player's name. */
  player: string;
  text: string;
  via: SayVia;
  /** The player is offline: neomega's tellraw matches no one, so they were not shown it. */
  offline?: true;
  plugin?: string;
}

export type CommandVia = 'ws' | 'wo' | 'player' | 'ai';

/** The Bedrock CommandOutput a command answers with, as the framework hands it to Lua. */
export interface CommandResult {
  CommandOrigin: { Origin: number; UUID: string; RequestID: string; PlayerUniqueID: number };
  OutputType: number;
  SuccessCount: number;
  OutputMessages: Array<{ Success: boolean; Message: string; Parameters: string[] }>;
  DataSet: string;
}

export interface CommandEvent {
  type: 'command';
  /** The command as sent (without a leading /). */
  command: string;
  via: CommandVia;
  /** What the game answered, or null when it answers nothing (`say`, `send_wo_cmd`'s commands still run). */
  result: CommandResult | null;
  /** True when a rule of the world file's `commands` answered. */
  stubbed?: true;
  plugin?: string;
}

export interface QqEvent {
  type: 'qq';
  /** `群聊:ID`, `好友:ID`, `频道:GUILD:CHANNEL`, or the target string the plugin gave; `default` for the default list. */
  target: string;
  text: string;
  plugin?: string;
}

/** A call the world cannot simulate (structures, block placing, items...), recorded with its arguments. */
export interface WorldEvent {
  type: 'world';
  api: string;
  args?: unknown[];
  plugin?: string;
}

/** The answer to an `{"api": ...}` action. */
export interface ApiResultEvent {
  type: 'apiResult';
  api: string;
  result: unknown;
  error?: string;
}

/** An action being applied (from the script or stdin), with the problem when it could not be. */
export interface ActionEvent {
  type: 'action';
  action: WorldAction;
  /** Where it came from. */
  source: 'script' | 'stdin';
  /** Set when the action names an unknown player, trigger or API (the run goes on). */
  problem?: string;
}

/** One player as the world holds them now (`worldState` event). */
export interface PlayerState {
  name: string;
  online: boolean;
  op: boolean;
  tags: string[];
  /** Objective -> score. */
  scores: Record<string, number>;
  /** Prompts of the `ask`s waiting for this player's next chat line, oldest first (`""` when none was shown). */
  asks: string[];
}

/** The world's players and scoreboard objectives, reported after anything changed them (only with
 * `--world-state`): a front end shows the live world from it without reading the commands that changed it. */
export interface WorldStateEvent {
  type: 'worldState';
  players: PlayerState[];
  objectives: string[];
}

export type ExitReason =
  /** Nothing left that can resume the plugin. */
  | 'finished'
  /** Uncaught Lua error or syntax error. */
  | 'error'
  /** Stopped from outside (signal, stdin closed while only waiting for input, ...). */
  | 'stopped'
  /** A resource limit was hit (memory, body size of the VM, stack). */
  | 'limit'
  /** The plugin called `os.exit(...)`. */
  | 'exit';

export interface ExitEvent {
  type: 'exit';
  /** The process exit code: 0 finished / os.exit(true|0), 1 error or limit. */
  code: number;
  reason: ExitReason;
  /** Human-readable detail (e.g. the limit that was hit). */
  message?: string;
}

/** Watch mode (`--watch`): saved files restart the plugins in the same world (players, scores, tags, soft data,
 * QQ groups and the clock as they were); the new run's `start` events follow. */
export interface ReloadEvent {
  type: 'reload';
  /** The saved files that caused it. */
  files: string[];
}

/** Watch mode: the plugins' run ended by itself (as its `exit` would say); the process waits for a save to run them
 * again in the same world. The last event is an `exit` only when the process ends. */
export interface WatchingEvent {
  type: 'watching';
  code: number;
  reason: ExitReason;
  message?: string;
}

export type RunEvent =
  | StartEvent
  | PrintEvent
  | RequestEvent
  | ResponseEvent
  | RequestErrorEvent
  | ErrorEvent
  | WarningEvent
  | InputEvent
  | ListenerEvent
  | SayEvent
  | CommandEvent
  | QqEvent
  | WorldEvent
  | ApiResultEvent
  | ActionEvent
  | WorldStateEvent
  | ReloadEvent
  | WatchingEvent
  | ExitEvent;

export type RunEventType = RunEvent['type'];

/** Parses one `--json` line; returns undefined for lines that are not an event. */
export function parseEventLine(line: string): RunEvent | undefined {
  const t = line.trim();
  if (!t.startsWith('{')) return undefined;
  try {
    const v = JSON.parse(t) as unknown;
    if (v && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string') {
      return v as RunEvent;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Actions: the world file's `script` entries and JSON lines on stdin (schema: schemas/world.schema.json)

/** Player NAME calls the game-menu entry TRIGGER with ARGS (the handler gets a chat whose `msg` is ARGS). */
export interface MenuAction {
  as: string;
  menu: string;
  args?: string[];
}

/** Player NAME says TEXT: a pending `ask` of that player gets it, chat listeners too. */
export interface ChatAction {
  as: string;
  chat: string;
}

/** A line typed in the terminal (as a plain stdin line: an input answer or a terminal-menu call). */
export interface TerminalAction {
  terminal: string;
}

/** A QQ message arrives: in group GROUP, in channel CHANNEL of guild GUILD, or privately when neither is given. */
export interface QqAction {
  qq: {
    group?: number;
    guild?: string | number;
    channel?: string | number;
    user: number;
    nickname?: string;
    text: string;
  };
}

/** Another plugin calls the cross-plugin API NAME with ARGS; the answer is an `apiResult` event. */
export interface ApiAction {
  api: string;
  args?: unknown;
}

export interface JoinAction {
  join: string;
}

export interface LeaveAction {
  leave: string;
}

/** Changes player NAME: `op`, the whole set of `tags`, and the listed `scores` (null removes one). */
export interface PlayerAction {
  player: string;
  op?: boolean;
  tags?: string[];
  scores?: Record<string, number | null>;
}

/** Pause the script for MS milliseconds of the run's clock (with virtual time: at once, timers firing in order). */
export interface WaitAction {
  wait: number;
}

/** Move the run's clock on by a duration (`"24h"`, `"1h30m"`, `"90s"`, `"500ms"`, `"2d"`, or a number of ms), firing the
 * timers due on the way in order; in real time too, where the clock then runs ahead of the wall clock. */
export interface AdvanceAction {
  advance: string | number;
}

export type WorldAction =
  | MenuAction
  | ChatAction
  | TerminalAction
  | QqAction
  | ApiAction
  | JoinAction
  | LeaveAction
  | PlayerAction
  | WaitAction
  | AdvanceAction;

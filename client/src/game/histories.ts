/**
 * The Game view's side histories: commands with the world's answers, QQ messages both ways, cross-plugin API calls
 * with their results, and the log of actions and problems. Each is capped; rows newer than the last batch are shaped
 * for the webview (command answers worded in the user's language). No `vscode` import.
 */
import type { CommandEvent } from '../../../runtime/src/events';
import { langFormat } from '../../../runtime/src/world/lang';
import { minecraftSegments } from '../format';
import type { Lang } from '../i18n';
import type { LogRow, QqRow, Update } from './protocol';
import { CappedLog, CAPS, type ApiRow, type CommandRow } from './rows';

export class Histories {
  private readonly commands = new CappedLog<CommandRow>(CAPS.commands);
  private readonly qq = new CappedLog<QqRow>(CAPS.qq);
  private readonly apis = new CappedLog<ApiRow>(CAPS.apis);
  private readonly log = new CappedLog<LogRow>(CAPS.log);

  command(seq: number, ev: CommandEvent): void {
    const r = ev.result;
    this.commands.push({
      seq,
      command: ev.command,
      via: ev.via,
      ok: r ? r.SuccessCount > 0 : null,
      messages: (r?.OutputMessages ?? []).map((m) => ({ key: m.Message, params: m.Parameters })),
      stubbed: ev.stubbed === true,
    });
  }

  qqMessage(row: QqRow): void {
    this.qq.push(row);
  }

  api(row: ApiRow): void {
    this.apis.push(row);
  }

  logRow(row: LogRow): void {
    this.log.push(row);
  }

  /** Rows newer than `after`, each history at most its cap. */
  since(after: number, lang: Lang): Pick<Update, 'commands' | 'qq' | 'apis' | 'log'> {
    const code = lang === 'en' ? 1 : 0;
    return {
      commands: this.commands.since(after).map((c) => ({
        seq: c.seq,
        command: c.command,
        via: c.via,
        ok: c.ok,
        stubbed: c.stubbed,
        text: c.messages.map((m) => langFormat(code, m.key, m.params)).join(' '),
      })),
      qq: this.qq.since(after).map((q) => ({ ...q, segments: minecraftSegments(q.text) })),
      apis: this.apis.since(after).map((a) => ({
        seq: a.seq,
        dir: a.dir,
        api: a.api,
        text: a.value === undefined ? '' : JSON.stringify(a.value),
        ...(a.error ? { error: a.error } : {}),
      })),
      log: this.log.since(after),
    };
  }

  /** Rows dropped from all four. */
  get dropped(): number {
    return this.commands.dropped + this.qq.dropped + this.apis.dropped + this.log.dropped;
  }
}

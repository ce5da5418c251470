/**
 * The entry points the plugin registered, as the Game view offers them: game and terminal menus as buttons,
 * cross-plugin APIs as calls, whether QQ messages are listened for, and the rest for the record. No `vscode` import.
 */
import type { ListenerEvent } from '../../../runtime/src/events';
import type { Entries, MenuEntry } from './protocol';

export class EntryPoints {
  private readonly listeners: ListenerEvent[] = [];

  add(listener: ListenerEvent): void {
    this.listeners.push(listener);
  }

  entries(): Entries {
    const menus: MenuEntry[] = [];
    const apis: string[] = [];
    const others: Entries['others'] = [];
    let qq = false;
    for (const l of this.listeners) {
      if (l.kind === 'game_menu' || l.kind === 'terminal_menu')
        menus.push({
          kind: l.kind,
          triggers: l.triggers,
          usage: l.usage ?? '',
          hint: l.argument_hint ?? '',
        });
      else if (l.kind === 'api') apis.push(...l.triggers);
      else {
        if (l.kind === 'cqhttp' || l.kind === 'cqhttp_default') qq = true;
        others.push({ kind: l.kind, triggers: l.triggers });
      }
    }
    return { menus, apis, qq, others };
  }
}

/**
 * The live coroutines of the plugins being debugged, each a DAP thread named by what started it: `main` (the main
 * chunk, then the plugin's event loop), `菜单 ai · Steve` (a session of a menu listener, from the event being
 * handled), `start_new · plugin.lua:12`, `coroutine · plugin.lua:30` (the plugin's own). Coroutines are held weakly:
 * one nobody can resume any more leaves the list when it is collected, one that finished leaves it at once.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as path from 'node:path';
import type { Data, PluginVM } from '../vm/plugin';
import { tr, type Lang } from '../messages';

export interface ThreadEntry {
  id: number;
  name: string;
  vm: PluginVM;
  ref: WeakRef<any>;
  /** Made by coroutine.wrap: an error in it goes on in whoever resumed it. */
  wrapped: boolean;
}

/** Whether a coroutine can never run again: it finished (nothing on its stack), or an error ended it. */
export function isDead(co: any): boolean {
  if (co.status !== 0) return co.status !== 1; // LUA_YIELD is a suspended coroutine
  return co.ci === co.base_ci && co.top <= 1;
}

export class Threads {
  private readonly entries = new Map<number, ThreadEntry>();
  private readonly ids = new WeakMap<any, number>();
  private nextId = 1;

  constructor(private readonly lang: Lang) {}

  /** The entry of a coroutine (the main ones are added on first sight). */
  idOf(co: any, vm?: PluginVM): number | undefined {
    const id = this.ids.get(co);
    if (id !== undefined) return id;
    if (vm && co === vm.mainCo) return this.add(co, vm, this.mainName(vm), false).id;
    return undefined;
  }

  add(co: any, vm: PluginVM, name: string, wrapped: boolean): ThreadEntry {
    const e: ThreadEntry = { id: this.nextId++, name, vm, ref: new WeakRef(co), wrapped };
    this.entries.set(e.id, e);
    this.ids.set(co, e.id);
    return e;
  }

  /** The id the next coroutine will get. */
  nextIdValue(): number {
    return this.nextId;
  }

  get(id: number): ThreadEntry | undefined {
    return this.entries.get(id);
  }

  entryOf(co: any): ThreadEntry | undefined {
    const id = this.ids.get(co);
    return id === undefined ? undefined : this.entries.get(id);
  }

  /** Drops a coroutine that finished; returns its id when it was listed. */
  drop(co: any): number | undefined {
    const id = this.ids.get(co);
    if (id === undefined) return undefined;
    this.entries.delete(id);
    this.ids.delete(co);
    return id;
  }

  /** Every live coroutine of these plugins: their main ones first. */
  live(vms: readonly PluginVM[]): Array<{ id: number; name: string; co: any; vm: PluginVM }> {
    const out: Array<{ id: number; name: string; co: any; vm: PluginVM }> = [];
    for (const vm of vms) {
      if (vm.mainCo && vm.state !== 'dead' && vm.state !== 'done') {
        const id = this.idOf(vm.mainCo, vm)!;
        const e = this.entries.get(id)!;
        e.name = this.mainName(vm);
        out.push({ id, name: e.name, co: vm.mainCo, vm });
      }
    }
    for (const e of this.entries.values()) {
      const co = e.ref.deref();
      if (!co || out.some((o) => o.id === e.id)) {
        if (!co) this.entries.delete(e.id);
        continue;
      }
      if (co === e.vm.mainCo) continue;
      if (isDead(co)) {
        this.drop(co);
        continue;
      }
      out.push({ id: e.id, name: e.name, co, vm: e.vm });
    }
    return out;
  }

  private mainName(vm: PluginVM): string {
    return vm.rt.plugins.length > 1 ? `main · ${path.basename(vm.display)}` : 'main';
  }

  // ---- Names -----------------------------------------------------------------------------------------------------

  /** A listener session's name from the event being handled (`lastEvent` of the plugin). */
  sessionName(vm: PluginVM): string | undefined {
    const ev = vm.lastEvent;
    if (!ev) return undefined;
    const l = vm.sources.get(ev.source)?.listener;
    if (!l) return undefined;
    const t = (zh: string, en: string): string => tr(this.lang, zh, en);
    const d = (
      ev.data && typeof ev.data === 'object' && !(ev.data instanceof Uint8Array) ? ev.data : {}
    ) as Record<string, Data>;
    const trig = l.triggers[0] ?? '';
    const who = typeof d.name === 'string' ? ` · ${d.name}` : '';
    switch (l.kind) {
      case 'game_menu':
        return t(`菜单 ${trig}${who}`, `menu ${trig}${who}`);
      case 'terminal_menu':
        return t(`终端菜单 ${trig}`, `terminal menu ${trig}`);
      case 'chat':
        return t(`聊天${who}`, `chat${who}`);
      case 'sender':
      case 'command_block':
        return `${l.kind} ${trig}${who}`;
      case 'player_change':
        return t(
          `玩家变化 · ${String(d.action ?? '')}`,
          `player change · ${String(d.action ?? '')}`,
        );
      case 'api':
        return `API ${trig}`;
      case 'topic':
        return t(`话题 ${trig}`, `topic ${trig}`);
      case 'cqhttp':
      case 'cqhttp_default':
        return qqName(d, t);
      case 'packet':
        return t(`数据包 ${l.triggers.join(' ')}`, `packet ${l.triggers.join(' ')}`);
      default:
        return `${l.kind} ${trig}`.trim();
    }
  }
}

function qqName(d: Record<string, Data>, t: (zh: string, en: string) => string): string {
  if (typeof d.source === 'string') {
    const m = /^(群聊|好友):(.+)$/.exec(d.source);
    if (m)
      return m[1] === '群聊'
        ? t(`QQ 群 ${m[2]}`, `QQ group ${m[2]}`)
        : t(`QQ 私聊 ${m[2]}`, `QQ private ${m[2]}`);
    return `QQ ${d.source}`;
  }
  try {
    const raw = JSON.parse(typeof d.raw_msg === 'string' ? d.raw_msg : '') as Record<
      string,
      unknown
    >;
    if (raw.group_id !== undefined)
      return t(`QQ 群 ${String(raw.group_id)}`, `QQ group ${String(raw.group_id)}`);
    if (raw.guild_id !== undefined)
      return t(`QQ 频道 ${String(raw.guild_id)}`, `QQ guild ${String(raw.guild_id)}`);
    if (raw.user_id !== undefined)
      return t(`QQ 私聊 ${String(raw.user_id)}`, `QQ private ${String(raw.user_id)}`);
  } catch {
    // not the JSON of a message: no number to show
  }
  return 'QQ';
}

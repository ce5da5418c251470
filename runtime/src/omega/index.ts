/**
 * The simulated neomega host, one module per area of `omega` (the Lua side that shapes them into the table
 * plugins see is runtime/src/lua/omega.lua). The VM core (vm/) adds system output, timers, mux pollers and files;
 * the run hands it these areas bound to itself (`omegaAreas`).
 */
import type { AreaModule } from '../vm/host';
import type { HostFn, PluginVM } from '../vm/plugin';
import type { OmegaHost } from './host';
import { storageHost } from './storage';
import { kvHost } from './kv';
import { httpHost } from './http';
import { cmdsHost } from './cmds';
import { playersHost } from './players';
import { cqhttpHost } from './cqhttp';
import { websocketHost } from './websocket';
import { flexHost } from './flex';
import { botHost } from './bot';

export type { OmegaHost } from './host';

/** One area: its host functions for one plugin of a run. */
export type OmegaArea = (vm: PluginVM, rt: OmegaHost) => Record<string, HostFn>;

const AREAS: OmegaArea[] = [
  storageHost,
  kvHost,
  httpHost,
  cmdsHost,
  playersHost,
  cqhttpHost,
  websocketHost,
  flexHost,
  botHost,
];

/** The areas bound to a run, as the VM core takes them. */
export function omegaAreas(rt: OmegaHost): AreaModule[] {
  return AREAS.map((area) => (vm: PluginVM) => area(vm, rt));
}

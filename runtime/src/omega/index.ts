/**
 * The simulated neomega host, one module per area of `omega` (the Lua side that shapes them into the table
 * plugins see is runtime/src/lua/omega.lua). The VM core (vm/) adds system output, timers, mux pollers and files.
 */
import type { HostModule } from '../vm/plugin';
import { storageHost } from './storage';
import { httpHost } from './http';
import { cmdsHost } from './cmds';
import { playersHost } from './players';
import { cqhttpHost } from './cqhttp';
import { websocketHost } from './websocket';
import { flexHost } from './flex';
import { botHost } from './bot';

export const AREAS: HostModule[] = [
  storageHost,
  httpHost,
  cmdsHost,
  playersHost,
  cqhttpHost,
  websocketHost,
  flexHost,
  botHost,
];

/**
 * The globals a neomega plugin starts with: gopher-lua v1.1.2's base library and libraries (`baselib.go`,
 * `linit.go`: `channel` is gopher-lua's own) and the catalog's host globals (`ud2lua`). Everything else a plugin
 * reads as a global must be assigned by the plugin itself.
 */
import { GLOBALS } from '../../../catalog/omega';

const GOPHER_LUA_GLOBALS = [
  '_G',
  '_VERSION',
  '_GOPHER_LUA_VERSION',
  'assert',
  'collectgarbage',
  'dofile',
  'error',
  'getfenv',
  'getmetatable',
  'load',
  'loadfile',
  'loadstring',
  'next',
  'pcall',
  'print',
  'rawequal',
  'rawget',
  'rawset',
  'select',
  '_printregs',
  'setfenv',
  'setmetatable',
  'tonumber',
  'tostring',
  'type',
  'unpack',
  'xpcall',
  'module',
  'require',
  'newproxy',
  'ipairs',
  'pairs',
  'package',
  'table',
  'io',
  'os',
  'string',
  'math',
  'debug',
  'channel',
  'coroutine',
];

export const NEOMEGA_GLOBALS: ReadonlySet<string> = new Set([
  ...GOPHER_LUA_GLOBALS,
  ...GLOBALS.methods.map((m) => m.name),
]);

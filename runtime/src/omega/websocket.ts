/**
 * omega.websocket over the `ws` library: a client connection (connect blocks the plugin until it is open or has
 * failed, as in neomega) and a server. A connection is an event source: each text message is an event, and nil
 * once it closed. An open connection keeps the run alive; a listening server is an entry point like a menu.
 */
import type { WebSocket, WebSocketServer } from 'ws';
import type { HostFn, PluginVM } from '../vm/plugin';
import type { OmegaHost } from './host';

function loadWs(): typeof import('ws') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('ws') as typeof import('ws');
}

export function websocketHost(vm: PluginVM, rt: OmegaHost): Record<string, HostFn> {
  const { lua } = vm.F;
  const conns = new Map<number, WebSocket>();
  const servers: WebSocketServer[] = [];
  vm.onDispose(() => {
    for (const c of conns.values()) c.terminate();
    for (const s of servers) s.close();
  });

  /** Makes a connection an event source of this plugin. */
  const adopt = (ws: WebSocket): number => {
    const s = vm.newSource('websocket');
    conns.set(s.id, ws);
    const done = rt.track(vm, 'conn');
    ws.on('message', (data, isBinary) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      vm.deliver(s.id, isBinary ? new Uint8Array(bytes) : bytes.toString('utf8'));
    });
    ws.on('close', () => {
      conns.delete(s.id);
      vm.deliver(s.id, null);
      done();
    });
    ws.on('error', () => undefined);
    return s.id;
  };

  return {
    ws_connect: (L) => {
      const addr = vm.jsstr(L, 1);
      const header = vm.jsonArg(L, 2);
      const headers: Record<string, string> = {};
      if (header && typeof header === 'object' && !Array.isArray(header))
        for (const [k, v] of Object.entries(header))
          headers[k] = Array.isArray(v) ? v.map(String).join(', ') : String(v);
      const { WebSocket } = loadWs();
      const done = rt.track(vm, 'net');
      const finish = (values: Array<number | null>): void => {
        vm.answer(values);
        done();
      };
      let ws: WebSocket;
      try {
        ws = new WebSocket(addr, { headers, handshakeTimeout: 30000 });
      } catch (e) {
        vm.warn(vm.msg('ws_connect_failed', addr, String((e as Error).message)));
        rt.later(() => finish([null]));
        return vm.pushBlock(L, { kind: 'wait' });
      }
      const onError = (e: Error): void => {
        vm.warn(vm.msg('ws_connect_failed', addr, e.message));
        finish([null]);
      };
      ws.once('error', onError);
      ws.once('open', () => {
        ws.off('error', onError);
        finish([adopt(ws)]);
      });
      return vm.pushBlock(L, { kind: 'wait' });
    },
    ws_send: (L) => {
      const ws = conns.get(lua.lua_tointeger(L, 1) as number);
      if (!ws || ws.readyState !== ws.OPEN) {
        lua.lua_pushstring(L, vm.str('websocket: close sent'));
        return 1;
      }
      ws.send(vm.jsstr(L, 2));
      lua.lua_pushnil(L);
      return 1;
    },
    ws_close: (L) => {
      conns.get(lua.lua_tointeger(L, 1) as number)?.close();
      return 0;
    },
    ws_serve: (L) => {
      const host = vm.jsstr(L, 1);
      const port = vm.optNumber(L, 2) ?? 0;
      const connReq = lua.lua_tointeger(L, 3) as number;
      const deadReq = lua.lua_tointeger(L, 4) as number;
      const { WebSocketServer } = loadWs();
      const done = rt.track(vm, 'net');
      const server = new WebSocketServer({ host, port });
      servers.push(server);
      let listening = false;
      server.once('listening', () => {
        listening = true;
        const address = server.address();
        const where =
          typeof address === 'object' && address ? `${host}:${address.port}` : `${host}:${port}`;
        rt.entries.addServer(vm, where, () => server.close());
        vm.answer([null]);
        done();
      });
      server.on('error', (e) => {
        if (!listening) {
          vm.answer([e.message]);
          done();
        } else vm.resp('websocket', { id: deadReq, output: e.message });
      });
      server.on('connection', (ws) => {
        vm.resp('websocket', { id: connReq, conn: adopt(ws) });
      });
      server.on('close', () => {
        rt.entries.removeServer(vm);
        if (listening) vm.resp('websocket', { id: deadReq, output: 'server closed' });
      });
      return vm.pushBlock(L, { kind: 'wait' });
    },
  };
}

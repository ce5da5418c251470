/**
 * Client benchmarks (`npm run bench:client`, after a build):
 *  - how fast the extension side turns the runtime's --json stream into Output lines and webview segments
 *    (a recorded 100,000-line print flood from the real CLI);
 *  - the same for the Game view's model (a recorded flood of 100,000 lines shown to a player and 20,000
 *    commands, with --world-state), batched as the view batches, and how much it posts to its webview;
 *  - how long Stop takes to end a `while true do end` plugin (real runtime process, SIGTERM then SIGKILL);
 *  - Run → the plugin's first printed line reaching the extension side, as the run controller starts a run.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseEventLine } from '../../runtime/src/events';
import { BatchedOutput } from '../src/batchedOutput';
import { GameModel } from '../src/game/model';
import { englishOnly } from '../src/i18n';
import { minecraftSegments, OutputFormatter } from '../src/format';
import { LineSplitter, RunProcess } from '../src/runProcess';
import { WarmRuntime } from '../src/warmRuntime';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'runtime', 'cli.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** From starting a run (as the controller does) to its first print event, in ms. */
/** From starting a run (as the controller does: a ready process when there is one) to its first print, in ms. */
async function firstLine(file: string, warm?: WarmRuntime): Promise<number> {
  const t0 = performance.now();
  let first = 0;
  const proc = new RunProcess(
    { cliPath: CLI, args: ['--json', file], cwd: path.dirname(file), warm: warm?.take(0) },
    {
      onEvent: (e) => (e.type === 'print' && first === 0 ? (first = performance.now()) : undefined),
    },
  );
  await proc.done;
  if (first === 0) throw new Error('the run printed nothing');
  return first - t0;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coromega-bench-client-'));
  try {
    const flood = path.join(dir, 'flood.lua');
    fs.writeFileSync(flood, 'for i = 1, 100000 do print("§a" .. string.rep("x", 40) .. i) end\n');
    const rec = spawnSync(process.execPath, [CLI, '--json', flood], { maxBuffer: 1 << 30 });
    const data = rec.stdout;
    const times: number[] = [];
    let events = 0;
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      const split = new LineSplitter();
      const fmt = new OutputFormatter();
      const out = new BatchedOutput({
        append: () => undefined,
        replace: () => undefined,
        clear: () => undefined,
      });
      events = 0;
      for (let i = 0; i < data.length; i += 65536) {
        for (const line of split.push(data.subarray(i, i + 65536))) {
          const ev = parseEventLine(line);
          if (!ev) continue;
          events++;
          for (const l of fmt.lines(ev)) out.appendLine(l);
          if (ev.type === 'print') minecraftSegments(ev.text);
        }
      }
      out.flush();
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    console.log(
      `event pipeline: ${events} events (${(data.length / 1e6).toFixed(1)} MB) in ${ms.toFixed(0)} ms median of 5 ` +
        `= ${((events / ms) * 1000).toFixed(0)} events/s, ${((ms * 1000) / events).toFixed(1)} µs/event`,
    );

    // The Game view: a menu handler floods its player and the scoreboard; the model takes every event and hands
    // out a batch every 2,000 events (far more often than the view's 100 ms would during such a flood).
    const game = path.join(dir, 'game.lua');
    fs.writeFileSync(
      game,
      `local coromega = require("coromega").from(require("omega"))
coromega:when_called_by_game_menu({ triggers = { "flood" } }):start_new(function(chat)
  local p = coromega:get_player(chat.name)
  for i = 1, 100000 do
    p:say("§a" .. string.rep("x", 40) .. i)
    if i % 5 == 0 then coromega:send_ws_cmd("scoreboard players add " .. chat.name .. " money 1") end
  end
end)
coromega:run()
`,
    );
    const gameRec = spawnSync(process.execPath, [CLI, '--json', '--world-state', game], {
      input: '{"as":"Steve","menu":"flood"}\n',
      maxBuffer: 1 << 30,
    });
    const gameData = gameRec.stdout;
    const gameTimes: number[] = [];
    let gameEvents = 0;
    let posted = 0;
    let largest = 0;
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      const split = new LineSplitter();
      const model = new GameModel(englishOnly, () => 'en');
      model.runStarted('game.lua', {
        worldFile: '',
        worldExists: false,
        worldProblem: '',
        qqGroups: [],
        qqUsers: [],
        players: [],
      });
      gameEvents = 0;
      posted = 0;
      largest = 0;
      for (let i = 0; i < gameData.length; i += 65536) {
        for (const line of split.push(gameData.subarray(i, i + 65536))) {
          const ev = parseEventLine(line);
          if (!ev) continue;
          model.event(ev);
          if (++gameEvents % 2000 === 0) {
            const size = JSON.stringify(model.takeUpdate() ?? null).length;
            posted += size;
            largest = Math.max(largest, size);
          }
        }
      }
      posted += JSON.stringify(model.takeUpdate() ?? null).length;
      gameTimes.push(performance.now() - t0);
    }
    const gameMs = median(gameTimes);
    console.log(
      `game view model: ${gameEvents} events (${(gameData.length / 1e6).toFixed(1)} MB) in ${gameMs.toFixed(0)} ms median of 5 ` +
        `= ${((gameMs * 1000) / gameEvents).toFixed(1)} µs/event (${(gameMs / ms / (gameEvents / events)).toFixed(2)}× the Output pipeline per event); ` +
        `posted ${(posted / 1e6).toFixed(1)} MB in ${Math.ceil(gameEvents / 2000)} batches, the largest ${(largest / 1e3).toFixed(0)} KB`,
    );

    const busy = path.join(dir, 'busy.lua');
    fs.writeFileSync(busy, 'print("spinning")\nwhile true do end\n');
    const stops: number[] = [];
    for (let i = 0; i < 10; i++) {
      let started!: () => void;
      const ready = new Promise<void>((r) => (started = r));
      const proc = new RunProcess(
        { cliPath: CLI, args: ['--json', busy] },
        { onEvent: (e) => (e.type === 'print' ? started() : undefined) },
      );
      await ready;
      const t0 = performance.now();
      const exit = await proc.stop();
      if (exit.reason !== 'stopped') throw new Error(`unexpected exit ${exit.reason}`);
      stops.push(performance.now() - t0);
    }
    const hello = path.join(dir, 'hello.lua');
    fs.writeFileSync(hello, 'print("hi")\n');
    // Alternating: a fresh process per run (as before) and a process kept ready (warmRuntime.ts), which is
    // started after each run; the pause between runs stands for the user's.
    const warm = new WarmRuntime({ cliPath: CLI });
    const fresh: number[] = [];
    const ready: number[] = [];
    await firstLine(hello);
    for (let i = 0; i < 11; i++) {
      fresh.push(await firstLine(hello));
      warm.prepare(0);
      await new Promise((r) => setTimeout(r, 600));
      ready.push(await firstLine(hello, warm));
    }
    warm.dispose();
    console.log(
      `Run → first plugin line, median of ${fresh.length} alternating runs: ${median(ready).toFixed(0)} ms with a ready runtime process ` +
        `(${median(fresh).toFixed(0)} ms starting one per run; ratio ${(median(ready) / median(fresh)).toFixed(2)}) (goal: ≤ 100 ms)`,
    );
    console.log(
      `stop while-true: median ${median(stops).toFixed(0)} ms, max ${Math.max(...stops).toFixed(0)} ms over ${stops.length} runs`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();

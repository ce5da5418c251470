/**
 * Handler guards: an exception in a feature is logged and the request answered with its empty result, so one bad
 * input never takes the server down. With COROMEGA_LSP_TIMING=N, every handler that used N ms or more of CPU is
 * logged to stderr.
 */
import * as fs from 'node:fs';

/**
 * COROMEGA_LSP_TIMING=N logs to stderr every handler that used N ms of CPU or more. It is the main thread's own
 * CPU time (Linux: /proc/thread-self/schedstat; elsewhere the process's), so a busy machine does not make a fast
 * handler look slow.
 */
export const TIMING = Number(process.env.COROMEGA_LSP_TIMING ?? 0) || 0;

function threadCpuMs(): number {
  try {
    const ns = Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
    if (Number.isFinite(ns)) return ns / 1e6;
  } catch {
    // not Linux
  }
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export type Guard = <A extends unknown[], R>(
  name: string,
  fallback: R,
  fn: (...args: A) => R,
) => (...args: A) => R;

/** A guard that reports exceptions through `log`. */
export function makeGuard(log: (message: string) => void): Guard {
  return <A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R) =>
    (...args: A): R => {
      const t0 = TIMING ? performance.now() : 0;
      const c0 = TIMING ? threadCpuMs() : 0;
      try {
        return fn(...args);
      } catch (e) {
        log(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return fallback;
      } finally {
        if (TIMING) {
          const wall = performance.now() - t0;
          const cpuMs = threadCpuMs() - c0;
          if (cpuMs >= TIMING) {
            process.stderr.write(
              `[timing] ${name} cpu ${cpuMs.toFixed(1)} ms, wall ${wall.toFixed(1)} ms\n`,
            );
          }
        }
      }
    };
}

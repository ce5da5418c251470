/**
 * Sizes and durations in the inspector, written as the Output channel writes them (client/src/format.ts); nothing
 * when the event has none.
 */
import { formatDuration, formatSize } from '../../src/format';

export function formatBytes(n: number | undefined): string {
  return typeof n === 'number' ? formatSize(n) : '';
}

export function formatTime(ms: number | undefined): string {
  return typeof ms === 'number' ? formatDuration(ms) : '';
}

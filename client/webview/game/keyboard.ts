/**
 * The Game view's keyboard: which item a key moves to in the players list (the listbox pattern: ↑ ↓ stop at the
 * ends) and in the side tabs (the tab list pattern: ← → go round), Home and End to the ends. Undefined for any
 * other key.
 */

export function listboxMove(key: string, i: number, count: number): number | undefined {
  if (key === 'ArrowDown') return Math.min(count - 1, i + 1);
  if (key === 'ArrowUp') return Math.max(0, i - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

export function tablistMove(key: string, i: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (i + 1) % count;
  if (key === 'ArrowLeft') return (i + count - 1) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * How `coromega-run --test` reports: plain text (one line per test, the failing step with what it expected and
 * the events seen, then `N passed, N failed`) in the chosen language, or one JSON object per line (protocol.ts).
 */
import { tr, type Lang } from '../messages';
import type { TestReport } from './protocol';

export interface Reporter {
  report(r: TestReport): void;
}

export class JsonReporter implements Reporter {
  constructor(private readonly write: (s: string) => void) {}

  report(r: TestReport): void {
    this.write(JSON.stringify(r) + '\n');
  }
}

function seconds(ms: number, lang: Lang): string {
  if (ms < 1000) return `${ms} ms`;
  return tr(lang, `${(ms / 1000).toFixed(1)} 秒`, `${(ms / 1000).toFixed(1)} s`);
}

export class PlainReporter implements Reporter {
  constructor(
    private readonly write: (s: string) => void,
    private readonly tty: boolean,
    private readonly lang: Lang,
  ) {}

  private t(zh: string, en: string): string {
    return tr(this.lang, zh, en);
  }

  private color(code: string, s: string): string {
    return this.tty ? `\x1b[${code}m${s}\x1b[0m` : s;
  }

  report(r: TestReport): void {
    const t = this.t.bind(this);
    const paren = (s: string): string => t(`（${s}）`, ` (${s})`);
    switch (r.type) {
      case 'testStart':
        break;
      case 'testEnd': {
        const title = `${r.display} › ${r.name}`;
        if (r.status === 'passed') {
          this.write(
            `${this.color('32', '✓')} ${title}${this.color('2', paren(seconds(r.durationMs, this.lang)))}\n`,
          );
          break;
        }
        if (r.status === 'skipped') {
          this.write(
            `${this.color('33', '-')} ${title}${this.color('2', paren(t('跳过', 'skipped')))}\n`,
          );
          break;
        }
        this.write(
          `${this.color('31', '✗')} ${title}${this.color('2', paren(seconds(r.durationMs, this.lang)))}\n`,
        );
        const f = r.failure;
        if (!f) break;
        const out: string[] = [];
        if (f.step)
          out.push(
            `${r.display}:${f.step.line}:${f.step.column} — ` +
              t(
                `第 ${f.step.index + 1} 步，${f.step.label}`,
                `step ${f.step.index + 1}, ${f.step.label}`,
              ),
          );
        out.push(this.color('31', f.message));
        if (f.expected) out.push(t(`期望：${f.expected}`, `expected: ${f.expected}`));
        if (f.actual) out.push(...f.actual.split('\n'));
        this.write(out.map((l) => `    ${l}\n`).join(''));
        break;
      }
      case 'fileError':
        this.write(
          `${this.color('31', '✗')} ${r.display}${r.line !== undefined ? `:${r.line}:${r.column ?? 1}` : ''}: ${r.message}\n`,
        );
        break;
      case 'fileWarning':
        this.write(
          `${this.color('33', '⚠')} ${r.display}:${r.line}:${r.column}: ${this.color('33', r.message)}\n`,
        );
        break;
      case 'recorded': {
        const n = Object.values(r.tests).reduce((a, b) => a + b, 0);
        this.write(
          r.written
            ? t(
                `已把 ${n} 条响应录制到 ${r.display}\n`,
                `recorded ${n} response(s) into ${r.display}\n`,
              )
            : t(
                `${r.display} 在测试期间被修改，未写入录制结果\n`,
                `${r.display} changed on disk during the run; the recording was not written\n`,
              ),
        );
        break;
      }
      case 'coverage': {
        if (r.files.length === 0) break;
        const width = Math.max(...r.files.map((f) => f.display.length));
        this.write(`\n${t('行覆盖率', 'Line coverage')}\n`);
        for (const f of r.files) {
          const pct = f.total > 0 ? (100 * f.covered) / f.total : 100;
          const text = `${pct.toFixed(1).padStart(5)}%`;
          const colour = pct >= 80 ? '32' : pct >= 50 ? '33' : '31';
          this.write(
            `  ${f.display.padEnd(width)}  ${this.color(colour, text)}  ${this.color('2', t(`${f.covered}/${f.total} 行`, `${f.covered}/${f.total} lines`))}\n`,
          );
        }
        this.write(this.color('2', `  lcov: ${r.lcov}\n`));
        break;
      }
      case 'summary': {
        const parts = [
          t(`${r.passed} 个通过`, `${r.passed} passed`),
          t(`${r.failed} 个失败`, `${r.failed} failed`),
          ...(r.skipped > 0 ? [t(`${r.skipped} 个跳过`, `${r.skipped} skipped`)] : []),
        ];
        const line =
          parts.join(t('，', ', ')) + this.color('2', paren(seconds(r.durationMs, this.lang)));
        this.write(`\n${r.failed > 0 ? this.color('31', line) : this.color('32', line)}\n`);
        break;
      }
    }
  }
}

// @vitest-environment node
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
let child: ChildProcessWithoutNullStreams | undefined;

function start(...args: string[]) {
  child = spawn(process.execPath, ['--import', 'tsx', 'bin/analyze.ts', ...args], { cwd: ROOT });
  const lines = createInterface({ input: child.stdout });
  const queue: string[] = [];
  const waiters: Array<(line: string) => void> = [];
  lines.on('line', (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter(line);
    else queue.push(line);
  });
  const next = () => new Promise<string>((resolve) => (queue.length ? resolve(queue.shift()!) : waiters.push(resolve)));
  return { child, next };
}

async function runAll(input: string[], ...args: string[]): Promise<string[]> {
  const { child, next } = start(...args);
  child.stdin.end(`${input.join('\n')}\n`);
  const out: string[] = [];
  for (let i = 0; i < input.length; i++) out.push(await next());
  return out;
}

afterEach(() => {
  child?.kill();
  child = undefined;
});

describe('npm run analyze (bin/analyze.ts)', () => {
  it('answers each line as it arrives, before stdin ends', async () => {
    const { child, next } = start();
    child.stdin.write(`${JSON.stringify({ id: 'a', kind: 'message', text: 'I will call my lawyer.' })}\n`);
    const first = JSON.parse(await next());
    expect(first).toMatchObject({ id: 'a', lang: 'en', escalation: { reason: 'legal', evidence: { text: 'call my lawyer' } } });
    child.stdin.write(`${JSON.stringify({ id: 2, text: 'Hallo, ik wacht op mijn pakket.', lang: 'nl', extra: true })}\n`);
    expect(JSON.parse(await next())).toEqual({ id: 2, lang: 'nl', sentiment: 0, escalation: null });
    child.stdin.end();
  });

  it('handles conversations, drafts and bad lines, one line out per line in', async () => {
    const out = await runAll([
      JSON.stringify({ id: 'c', kind: 'conversation', turns: [{ role: 'customer', text: 'Hi' }, { role: 'agent', text: 'Hello!' }, { role: 'customer', text: 'I want to cancel my subscription.' }] }),
      JSON.stringify({ id: 'd', kind: 'draft', customer: 'Kunt u mij helpen?', draft: 'Hoi, wat wil je?', customerName: 'Piet' }),
      'not json',
      JSON.stringify({ id: 'x', kind: 'message' }),
      JSON.stringify({ id: 'y', kind: 'summary', text: 'hi' }),
      JSON.stringify({ id: 'z', kind: 'conversation', turns: 'nope' }),
      '',
    ]);
    expect(out).toHaveLength(7);
    expect(JSON.parse(out[0]!)).toMatchObject({ id: 'c', mood: [expect.any(Number), expect.any(Number)], escalation: { turn: 3, reason: 'churn' } });
    const draft = JSON.parse(out[1]!);
    expect(draft.id).toBe('d');
    expect(draft.checks).toMatchObject({ formalityMatch: false, empathetic: false });
    expect(draft.suggestions.some((s: { rule: string; replacement?: string }) => s.rule === 'formality-match' && s.replacement?.includes('wilt u'))).toBe(true);
    expect(JSON.parse(out[2]!)).toEqual({ error: 'not valid JSON' });
    expect(JSON.parse(out[3]!)).toMatchObject({ id: 'x', error: expect.stringContaining('text') });
    expect(JSON.parse(out[4]!)).toMatchObject({ id: 'y', error: expect.stringContaining('kind') });
    expect(JSON.parse(out[5]!)).toMatchObject({ id: 'z', error: expect.stringContaining('turns') });
    expect(JSON.parse(out[6]!)).toHaveProperty('error');
  });

  it('--score-only prints one number per line for evaluate.mjs', async () => {
    const out = await runAll([JSON.stringify({ id: 1, lang: 'en', text: 'This is terrible!' }), JSON.stringify({ id: 2, lang: 'nl', text: 'Super, heel fijn!' }), '{bad'], '--score-only');
    expect(Number(out[0])).toBeLessThan(-0.05);
    expect(Number(out[1])).toBeGreaterThan(0.05);
    expect(out[2]).toBe('0');
  });
});

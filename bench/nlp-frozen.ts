/**
 * Issue 4's figures on Tact's own FROZEN exam (eval/: written before the scorer by a helper who
 * saw only the domain notes; never used to pick rules or words). Everything goes through
 * `npm run analyze`, the same code as the extension. Prints a markdown section.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EVAL = `${ROOT}eval/`;
const NEUTRAL = 0.05;

type Json = Record<string, unknown>;

/** Runs the analyze CLI once over all lines; answers come back one per line, in order. */
function analyze(lines: Json[]): Json[] {
  const input = lines.map((l) => JSON.stringify(l)).join('\n');
  const result = spawnSync('npm', ['run', '--silent', 'analyze'], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`analyze failed: ${result.stderr}`);
  const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Json);
  if (out.length !== lines.length) throw new Error(`analyze answered ${out.length} lines for ${lines.length}`);
  return out;
}

const jsonl = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Json);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function sentiment(): string[] {
  const rows: string[] = ['### Sentiment on customer-chat lines', '', '| language | lines | neutral lines | neutral scored \\|s\\| < 0.05 (target ≥ 90%) | non-neutral lines | binary accuracy (target ≥ 0.85) |', '|---|---:|---:|---:|---:|---:|'];
  for (const lang of ['en', 'nl']) {
    const tsv = readFileSync(`${EVAL}chat-sentiment/${lang}_tact_chat.tsv`, 'utf8').trim().split('\n').slice(1);
    const items = tsv.map((line) => {
      const [id, , label, text] = line.split('\t');
      return { id: id!, label: label!, text: text! };
    });
    const answers = analyze(items.map((i) => ({ id: i.id, kind: 'message', text: i.text, lang })));
    const scored = items.map((item, k) => ({ ...item, s: answers[k]!.sentiment as number }));
    const neutral = scored.filter((i) => i.label === 'neu');
    const polar = scored.filter((i) => i.label !== 'neu');
    const neutralOk = neutral.filter((i) => Math.abs(i.s) < NEUTRAL).length / neutral.length;
    const binOk = polar.filter((i) => (i.label === 'pos' ? i.s > 0 : i.s < 0)).length / polar.length;
    rows.push(`| ${lang} | ${items.length} | ${neutral.length} | ${pct(neutralOk)} ${neutralOk >= 0.9 ? '✔' : '✘'} | ${polar.length} | ${binOk.toFixed(3)} ${binOk >= 0.85 ? '✔' : '✘'} |`);
  }
  return rows;
}

function escalationMessages(): string[] {
  const items = jsonl(`${EVAL}escalation/messages.jsonl`);
  const answers = analyze(items.map(({ expect: _e, ...rest }) => rest));
  const reasons = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (r: string) => reasons.get(r) ?? reasons.set(r, { tp: 0, fp: 0, fn: 0 }).get(r)!;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let hardNegatives = 0;
  let hardNegativesQuiet = 0;
  items.forEach((item, k) => {
    const expected = (item.expect as { escalation: string | null }).escalation;
    const got = (answers[k]!.escalation as { reason: string } | null)?.reason ?? null;
    if (expected === null) {
      hardNegatives++;
      if (got === null) hardNegativesQuiet++;
    }
    if (got && got === expected) {
      tp++;
      tally(got).tp++;
    } else {
      if (got) {
        fp++;
        tally(got).fp++;
      }
      if (expected) {
        fn++;
        tally(expected).fn++;
      }
    }
  });
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const rows = [
    '### Escalation on single messages',
    '',
    `${items.length} messages (en + nl), ${hardNegatives} of them hard negatives (${pct(hardNegatives / items.length)}); ${pct(hardNegativesQuiet / hardNegatives)} of hard negatives raised nothing. A wrong reason counts as a false positive and a miss.`,
    '',
    '| reason | true pos | false pos | missed | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const [reason, c] of [...reasons.entries()].sort()) {
    rows.push(`| ${reason} | ${c.tp} | ${c.fp} | ${c.fn} | ${(c.tp / (c.tp + c.fp) || 0).toFixed(3)} | ${(c.tp / (c.tp + c.fn) || 0).toFixed(3)} |`);
  }
  rows.push(`| **all** | ${tp} | ${fp} | ${fn} | **${precision.toFixed(3)}** ${precision >= 0.9 ? '✔' : '✘'} (≥ 0.9) | **${recall.toFixed(3)}** ${recall >= 0.8 ? '✔' : '✘'} (≥ 0.8) |`);
  return rows;
}

function escalationConversations(): string[] {
  const items = jsonl(`${EVAL}escalation/conversations.jsonl`);
  const answers = analyze(items.map(({ expect: _e, ...rest }) => rest));
  let right = 0;
  const misses: string[] = [];
  items.forEach((item, k) => {
    const expected = item.expect as { turn: number | null; reason: string | null };
    const got = answers[k]!.escalation as { turn: number; reason: string } | null;
    const turns = item.turns as Array<{ role: string }>;
    const customerIndex = (turn: number) => turns.slice(0, turn).filter((t) => t.role === 'customer').length;
    let ok: boolean;
    if (expected.turn === null) ok = got === null;
    else if (!got) ok = false;
    else {
      // Not earlier than the labelled customer turn, and at most one customer turn later.
      const late = customerIndex(got.turn) - customerIndex(expected.turn);
      ok = late >= 0 && late <= 1;
    }
    if (ok) right++;
    else misses.push(`${item.id} (expected ${expected.reason ?? 'none'}@${expected.turn ?? '-'}, got ${got ? `${got.reason}@${got.turn}` : 'none'})`);
  });
  const share = right / items.length;
  return [
    '### Escalation in whole conversations',
    '',
    `${right} of ${items.length} conversations (${pct(share)}) got the escalation at the right customer turn (not earlier, at most one customer turn later) or rightly none — target ≥ 80% ${share >= 0.8 ? '✔' : '✘'}.`,
    misses.length ? `\nMissed: ${misses.join('; ')}.` : '',
  ];
}

function drafts(): string[] {
  const items = jsonl(`${EVAL}drafts/drafts.jsonl`);
  const answers = analyze(items.map(({ expect: _e, ...rest }) => rest));
  const checks = ['empathetic', 'personal', 'short', 'policyHiding', 'formalityMatch'] as const;
  const rows = ['### Draft checks', '', `${items.length} drafts (en + nl). Agreement with the labels, per check (target ≥ 85% each):`, '', '| check | agree | share |', '|---|---:|---:|'];
  for (const check of checks) {
    let agree = 0;
    items.forEach((item, k) => {
      const expected = (item.expect as Record<string, boolean | null>)[check];
      const got = (answers[k]!.checks as Record<string, boolean | null>)[check];
      if (expected === got) agree++;
    });
    rows.push(`| ${check} | ${agree}/${items.length} | ${pct(agree / items.length)} ${agree / items.length >= 0.85 ? '✔' : '✘'} |`);
  }
  return rows;
}

console.log(['## NLP quality on Tact’s frozen exam (eval/, through `npm run analyze`)', '', ...sentiment(), '', ...escalationMessages(), '', ...escalationConversations(), '', ...drafts(), ''].join('\n'));

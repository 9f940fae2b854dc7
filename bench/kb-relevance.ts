/**
 * Issue 5's relevance figures on the FROZEN exam eval/kb-relevance (written from the demo KB's
 * titles and the domain notes only, before tuning; never used to pick settings or words):
 * each customer message goes through `suggest()` exactly as the service worker calls it, on
 * the demo knowledge base. Prints a markdown section.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KbDb } from '../lib/kb/db';
import { suggest } from '../lib/kb/search';
import { KbStore } from '../lib/kb/store';

interface Question {
  id: string;
  lang: 'en' | 'nl';
  text: string;
  expect: string[];
}

const FILE = fileURLToPath(new URL('../eval/kb-relevance/questions.jsonl', import.meta.url));
const questions = readFileSync(FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Question);

const store = await KbStore.open(new KbDb('kb-relevance-bench'));
await store.seedDemoIfEmpty();

const rows: Array<{ lang: string; answerable: boolean; ok: boolean }> = [];
for (const q of questions) {
  const hits = await suggest(store, [q.text], { lang: q.lang });
  const answerable = q.expect.length > 0;
  const ok = answerable ? hits.slice(0, 3).some((h) => q.expect.includes(h.snippetId)) : hits.length === 0;
  rows.push({ lang: q.lang, answerable, ok });
}

const share = (filter: (r: (typeof rows)[number]) => boolean) => {
  const picked = rows.filter(filter);
  const ok = picked.filter((r) => r.ok).length;
  return { n: picked.length, ok, rate: ok / picked.length };
};
const line = (label: string, s: ReturnType<typeof share>, target: number) => `| ${label} | ${s.n} | ${s.ok} | ${(s.rate * 100).toFixed(1)}% | ≥ ${target * 100}% ${s.rate >= target ? '✔' : '✘'} |`;

console.log(
  [
    '## Knowledge-base relevance on the frozen exam (eval/kb-relevance)',
    '',
    `${questions.length} customer messages (English and Dutch, paraphrases and typos), each through \`suggest()\` on the demo knowledge base, as the worker calls it for one message.`,
    '',
    '| questions | n | right | share | target |',
    '|---|---:|---:|---:|---|',
    line('answerable: right snippet in the top 3 (all)', share((r) => r.answerable), 0.9),
    line('answerable, English', share((r) => r.answerable && r.lang === 'en'), 0.9),
    line('answerable, Dutch', share((r) => r.answerable && r.lang === 'nl'), 0.9),
    line('unanswerable: no suggestion above the threshold', share((r) => !r.answerable), 0.8),
    '',
  ].join('\n'),
);

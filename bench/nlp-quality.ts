/**
 * Sentiment quality of `npm run analyze -- --score-only` on the external, human-rated
 * development sets in ../shared/eval/sentiment (evaluation only: read at run time, never
 * copied). Prints a markdown section with the published baselines beside our figures, then the
 * figures of our own dev set (test/nlp-dev/run.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EVAL_DIR = fileURLToPath(new URL('../../shared/eval/sentiment/', import.meta.url));
const COMMAND = 'npm run --silent analyze -- --score-only';

/** Best baselines from ../shared/eval/sentiment/README.md (same evaluator, Node 20.20). */
const BASELINES: Record<string, { name: string; pearson: number; macroF1: number; binAcc: number }> = {
  'en_vader_tweets.tsv': { name: 'VADER', pearson: 0.879, macroF1: 0.693, binAcc: 0.97 },
  'en_vader_movies.tsv': { name: 'wink', pearson: 0.439, macroF1: 0.429, binAcc: 0.593 },
  'nl_dev.tsv': { name: 'nlp.js (pattern_nl)', pearson: 0.456, macroF1: 0.408, binAcc: 0.597 },
};

interface Result {
  file: string;
  metrics: { n: number; pearson: number; acc3: number; macroF1: number; binAcc: number; nonzero: number };
  tps: number;
}

const f3 = (x: number) => x.toFixed(3);

function main() {
  console.log('## NLP quality: sentiment on external development sets\n');
  if (!existsSync(`${EVAL_DIR}evaluate.mjs`)) {
    console.log(`Skipped: ${EVAL_DIR} is absent (the shared evaluation sets are not part of the repository).\n`);
    return;
  }
  const files = Object.keys(BASELINES).filter((f) => existsSync(EVAL_DIR + f));
  const output = execFileSync(process.execPath, [`${EVAL_DIR}evaluate.mjs`, '--cmd', COMMAND, '--neutral', '0.05', '--json', ...files.map((f) => EVAL_DIR + f)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const results = output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Result);
  console.log(`Command: \`node ../shared/eval/sentiment/evaluate.mjs --cmd "${COMMAND}" --neutral 0.05 <file>\` (neutral iff |s| < 0.05).\n`);
  console.log('| data | n | Pearson r | macro-F1 | acc3 | bin acc | nonzero | texts/s (incl. start-up) | best baseline: r / macro-F1 / bin acc |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    const b = BASELINES[r.file]!;
    const m = r.metrics;
    console.log(`| ${r.file.replace('.tsv', '')} | ${m.n} | ${f3(m.pearson)} | ${f3(m.macroF1)} | ${f3(m.acc3)} | ${f3(m.binAcc)} | ${f3(m.nonzero)} | ${Math.round(r.tps).toLocaleString('en')} | ${b.name}: ${f3(b.pearson)} / ${f3(b.macroF1)} / ${f3(b.binAcc)} |`);
  }
  console.log('\nTargets: English r and macro-F1 at least the best baseline per set; Dutch binary accuracy ≥ 0.75.\n');
}

/** Our own hand-written dev set (test/nlp-dev): dev half (tuned on), holdout half and the fresh split (measured only). */
function ownDevSet() {
  console.log('## NLP quality: our own dev set (test/nlp-dev)\n');
  const output = execFileSync('npx', ['tsx', 'test/nlp-dev/run.ts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  console.log('```');
  console.log(output.trimEnd());
  console.log('```\n');
}

main();
ownDevSet();

/**
 * `npm run --silent analyze [-- --score-only]`: JSON lines in on stdin, one JSON line out per
 * input line on stdout, in order, as the lines arrive. Logs go to stderr. See bin/cli-input.ts
 * for the accepted shapes; a bad line gets `{"id"?, "error"}` and the run goes on.
 */
import { createInterface } from 'node:readline';
import model from 'wink-eng-lite-web-model';
import { createAnalyzer } from '../lib/nlp/analyzer';
import { type CliRequest, parseLine } from './cli-input';

const scoreOnly = process.argv.includes('--score-only');
const analyzer = createAnalyzer(model);

function answer(request: CliRequest): Record<string, unknown> {
  const lang = request.lang;
  switch (request.kind) {
    case 'message': {
      const a = analyzer.analyzeMessage(request.text, { lang });
      return { id: request.id, lang: a.lang, sentiment: a.sentiment, escalation: a.escalation, ...(a.truncated ? { truncated: true } : {}) };
    }
    case 'conversation': {
      const a = analyzer.analyzeConversation(request.turns, { lang });
      return { id: request.id, mood: a.mood, turnaround: a.turnaround, escalation: a.escalation };
    }
    case 'draft': {
      const a = analyzer.checkDraft({ customer: request.customer, draft: request.draft, customerName: request.customerName, lang });
      return { id: request.id, checks: a.checks, suggestions: a.suggestions };
    }
  }
}

function handle(line: string, lineNumber: number): string {
  const parsed = parseLine(line);
  if (!parsed.ok) {
    process.stderr.write(`analyze: line ${lineNumber}: ${parsed.error}\n`);
    if (scoreOnly) return '0';
    return JSON.stringify(parsed.id === undefined ? { error: parsed.error } : { id: parsed.id, error: parsed.error });
  }
  try {
    const result = answer(parsed.request);
    if (!scoreOnly) return JSON.stringify(result);
    return String(typeof result.sentiment === 'number' ? result.sentiment : 0);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`analyze: line ${lineNumber}: ${message}\n`);
    return scoreOnly ? '0' : JSON.stringify({ id: parsed.request.id, error: `analysis failed: ${message}` });
  }
}

let lineNumber = 0;
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
lines.on('line', (line) => {
  lineNumber++;
  process.stdout.write(`${handle(line, lineNumber)}\n`);
});

/**
 * Throughput and latency of the on-device analysis on one core: sentiment + escalation per
 * message (what the service worker runs for every customer line), whole conversations, and
 * the draft check. The corpus is generated from our own chat templates, EN and NL.
 */
import model from 'wink-eng-lite-web-model';
import { createAnalyzer } from '../lib/nlp/analyzer';
import type { ConversationTurn } from '../lib/nlp/types';
import { fmt, summarize } from './stats';

const OPENERS = ['Hi,', 'Hello,', 'Hey', 'Hallo,', 'Goedemorgen,', 'Hoi,', ''];
const BODIES = [
  'my order 48213 still has not arrived and I have been waiting for two weeks.',
  'the headphones stopped charging after the update, can you help me please?',
  'this is the third time I am contacting you about the same problem!!!',
  'I want to cancel my subscription, your service is terrible.',
  'thanks a lot, the replacement arrived today and works perfectly :)',
  'WHERE IS MY REFUND? This is unacceptable.',
  'mijn pakket is nog steeds niet bezorgd, echt belachelijk.',
  'kunt u mij helpen met het wijzigen van mijn adres?',
  'super bedankt voor de snelle hulp, heel fijn! 😊',
  'de oplader werd heel heet en begon te roken, is dat gevaarlijk?',
  'ik wil mijn abonnement opzeggen als dit niet snel opgelost wordt.',
  'the box was damaged but the product itself is fine, I guess.',
];

function corpus(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${OPENERS[i % OPENERS.length]} ${BODIES[(i * 7) % BODIES.length]}`.trim());
  return out;
}

function main() {
  const analyzer = createAnalyzer(model);
  const messages = corpus(60_000);
  for (const m of messages.slice(0, 5_000)) analyzer.analyzeMessage(m);

  const started = performance.now();
  for (const m of messages) analyzer.analyzeMessage(m);
  const seconds = (performance.now() - started) / 1000;
  const perSecond = messages.length / seconds;

  const latencies: number[] = [];
  for (const m of messages.slice(0, 10_000)) {
    const t = performance.now();
    analyzer.analyzeMessage(m);
    latencies.push(performance.now() - t);
  }
  const message = summarize(latencies);

  const turns: ConversationTurn[] = [];
  for (let i = 0; i < 10; i++) turns.push({ role: i % 2 ? 'agent' : 'customer', text: messages[i]! });
  const conv: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const t = performance.now();
    analyzer.analyzeConversation(turns);
    conv.push(performance.now() - t);
  }
  const conversation = summarize(conv);

  const draftInput = { customer: 'Goedemiddag, mijn bestelling 7781 is kapot aangekomen. Kunt u mij helpen?', draft: 'Hoi, kun je een foto sturen? Volgens onze voorwaarden is dat niet mogelijk.', customerName: 'Anna' };
  for (let i = 0; i < 500; i++) analyzer.checkDraft(draftInput);
  const drafts: number[] = [];
  for (let i = 0; i < 5_000; i++) {
    const t = performance.now();
    analyzer.checkDraft(draftInput);
    drafts.push(performance.now() - t);
  }
  const draft = summarize(drafts);

  const big = 'This is terrible, I will call my lawyer. '.repeat(2_500);
  const bigTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    analyzer.analyzeMessage(big);
    bigTimes.push(performance.now() - t);
  }
  const huge = summarize(bigTimes);

  console.log('## NLP speed: on-device analysis, one core\n');
  console.log(`Node ${process.version}; ${messages.length.toLocaleString('en')} generated EN/NL chat lines (our own templates), warm.\n`);
  console.log('| what | figure | target |');
  console.log('|---|---:|---|');
  console.log(`| sentiment + escalation, messages/s | ${Math.round(perSecond).toLocaleString('en')} | ≥ 10,000 |`);
  console.log(`| per message, median / p95 (ms) | ${fmt(message.median, 3)} / ${fmt(message.p95, 3)} | |`);
  console.log(`| 10-turn conversation, median / p95 (ms) | ${fmt(conversation.median, 2)} / ${fmt(conversation.p95, 2)} | |`);
  console.log(`| draft check, median / p95 (ms) | ${fmt(draft.median, 3)} / ${fmt(draft.p95, 3)} | ≤ 5 |`);
  console.log(`| 100 KB message (first 20 KB analysed), median / p95 (ms) | ${fmt(huge.median, 1)} / ${fmt(huge.p95, 1)} | |`);
  console.log('');
}

main();

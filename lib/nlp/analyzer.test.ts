import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, MAX_ANALYSED_CHARS } from './analyzer';
import type { ConversationTurn } from './types';

const analyzer = createAnalyzer(model);
const c = (text: string): ConversationTurn => ({ role: 'customer', text });
const a = (text: string): ConversationTurn => ({ role: 'agent', text });

describe('conversation analysis', () => {
  it('suggests escalation at the customer turn that asks for it, not earlier', () => {
    const result = analyzer.analyzeConversation([
      c('Hi, my order is three days late.'),
      a('Sorry to hear that, let me check.'),
      c('Ok, thanks.'),
      a('It seems to be stuck at the depot.'),
      c('This is useless. I want to speak to your manager.'),
    ]);
    expect(result.escalation).toMatchObject({ turn: 5, reason: 'manager' });
    expect(result.escalation!.evidence.text).toContain('manager');
  });

  it('flags a mood that keeps falling while the agent replies', () => {
    const turns = [
      c('Hallo, mijn pakket is nog niet binnen.'),
      a('Dat ga ik voor u nakijken.'),
      c('Het is nu al een week te laat, vervelend.'),
      a('Het pakket ligt nog bij de vervoerder.'),
      c('Dit is echt belachelijk en onacceptabel, waardeloze service!'),
    ];
    const result = analyzer.analyzeConversation(turns);
    expect(result.escalation).toMatchObject({ turn: 5, reason: 'sentiment_decline' });
    expect(analyzer.analyzeConversation(turns.slice(0, 4)).escalation).toBeNull();
  });

  it('does not call a single angry message a decline', () => {
    const result = analyzer.analyzeConversation([c('This is terrible, absolutely awful service!'), a('I am so sorry, I will fix it now.'), c('Thank you, that is great!')]);
    expect(result.escalation).toBeNull();
    expect(result.turnaround).toBeGreaterThan(0);
  });

  it('discounts the negative opening in the mood trend', () => {
    const { mood } = analyzer.analyzeConversation([c('My parcel is broken, terrible.'), a('Sorry!')]);
    expect(mood[0]).toBeGreaterThan(analyzer.analyzeMessage('My parcel is broken, terrible.').sentiment);
    expect(analyzer.analyzeConversation([c('Hello')]).turnaround).toBeNull();
  });
});

describe('message escalation with sentiment', () => {
  it('praise that promises to tell friends is not a threat to go public', () => {
    expect(analyzer.analyzeMessage('You guys are the best, I will tell all my friends!').escalation).toBeNull();
    expect(analyzer.analyzeMessage('This is a disgrace, I will tell all my friends!').escalation?.reason).toBe('public');
  });
});

describe('bad input always gets an answer', () => {
  const huge = 'This is terrible. '.repeat(6_000);
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['emoji only', '😡😡😡🔥👎'],
    ['all caps', 'WHERE IS MY ORDER?? THIS IS UNACCEPTABLE!!!'],
    ['mixed language', 'Hoi, my order is nog steeds niet delivered, echt terrible.'],
    ['code', 'function f(x) { return x.map((y) => y * 2); } // TypeError: undefined'],
    ['html', '<script>alert("x")</script><img src=x onerror=alert(1)>'],
    ['regex bait', `${'a'.repeat(5_000)}!${' not'.repeat(2_000)}${'('.repeat(1_000)}`],
    ['control characters', '\u0000\u0007\u202e\ufeff lawyer \ud800'],
    ['100 KB', huge],
  ])('%s', (_label, text) => {
    const started = performance.now();
    const result = analyzer.analyzeMessage(text);
    expect(Number.isFinite(result.sentiment)).toBe(true);
    expect(Math.abs(result.sentiment)).toBeLessThanOrEqual(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reads at most the first 20 KB of a huge text and says so', () => {
    const result = analyzer.analyzeMessage('x '.repeat(MAX_ANALYSED_CHARS));
    expect(result.truncated).toBe(true);
    expect(analyzer.analyzeMessage('short').truncated).toBeUndefined();
  });

  it('checks a draft of any size', () => {
    expect(analyzer.checkDraft({ customer: '', draft: '' }).checks.short).toBe(true);
    expect(analyzer.checkDraft({ customer: 'x'.repeat(100_000), draft: 'y '.repeat(50_000) }).checks.short).toBe(false);
  });
});

describe('key terms', () => {
  it.each([
    ['en', 'Hello, my headphones stopped charging after the update', ['headphon', 'stop', 'charg', 'updat']],
    ['nl', 'Hallo, mijn koptelefoon laadt niet meer op na de update', ['koptelefon', 'laadt', 'updat']],
  ] as const)('%s', (lang, text, expected) => {
    const terms = analyzer.keyTerms(text, lang);
    for (const t of expected) expect(terms).toContain(t);
    expect(terms).not.toContain('hello');
    expect(terms).not.toContain('mijn');
  });
});

describe('conversations: answers about fixes tried are not repeated contact', () => {
  it.each([
    ['Hello, my internet is slow.', 'Have you restarted the router?', 'Yes, twice already.', 'Please try a factory reset.', 'Done, still slow.', 'Then I will need to schedule a technician.', 'This is ridiculous, I have wasted my whole evening on this and nothing works!'],
    ['Hallo, mijn internet is traag.', 'Heeft u de router herstart?', 'Ja, al twee keer.', 'Probeer een fabrieksreset.', 'Gedaan, nog steeds traag.', 'Dan moet er een monteur komen.', 'Dit is belachelijk, ik ben mijn hele avond kwijt en niets werkt!'],
  ])('%s', (...texts) => {
    const turns = texts.map((text, i) => ({ role: (i % 2 === 0 ? 'customer' : 'agent') as 'customer' | 'agent', text }));
    const { escalation } = analyzer.analyzeConversation(turns);
    expect(escalation?.reason).toBe('sentiment_decline');
    expect(escalation?.turn).toBe(7);
  });
});

import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import type { ConversationTurn } from '../types';

const analyzer = createAnalyzer(model);
const chat = (...lines: string[]): ConversationTurn[] => lines.map((text, i) => ({ role: i % 2 === 0 ? 'customer' : 'agent', text }));

describe('sentiment_decline', () => {
  it.each([
    [
      'calm, calm, then furious (nl)',
      chat(
        'Hoi, mijn tv-ontvanger doet raar.',
        'Kunt u de stekker er even uit halen?',
        'Gedaan, geen verschil.',
        'Dan moet het toestel retour, dat duurt drie weken.',
        'Drie weken zonder tv?! Wat een waardeloze service, echt schandalig!',
      ),
    ],
    [
      'flat report, flat, then anger (en)',
      chat(
        'My smart plug will not pair with the app.',
        'Please reset it and try again.',
        'I reset it twice, same result.',
        'Then you will need to buy a new one.',
        'Are you kidding me? This is pathetic, what a useless company!',
      ),
    ],
  ])('flags %s at the last customer turn', (_label, turns) => {
    const escalation = analyzer.analyzeConversation(turns).escalation;
    expect(escalation?.reason).toBe('sentiment_decline');
    expect(escalation?.turn).toBe(5);
  });

  it.each([
    ['angry opening that calms down', chat('Dit is echt belachelijk, mijn pakket is kwijt!', 'Wat vervelend, ik stuur een nieuw.', 'Oké, dank u.', 'Het komt morgen.', 'Prima, fijne dag.')],
    ['mildly let down at the end', chat('Can I change my delivery day?', 'Friday is the only option.', 'Ok.', 'Sorry, that is all we have.', 'Ah well, a bit of a shame but fine.')],
  ])('stays quiet for %s', (_label, turns) => {
    expect(analyzer.analyzeConversation(turns).escalation).toBeNull();
  });

  // An annoyed opening, a calm reply, annoyed again: no lower than the start, so no fall yet.
  it.each([
    [
      'en',
      chat(
        'The app keeps crashing, very frustrating.',
        'Sorry! Which phone do you use?',
        'An iPhone 13.',
        'Please reinstall the app.',
        'Still crashing. This is really annoying.',
      ),
    ],
    [
      'nl',
      chat(
        'De app crasht steeds, heel frustrerend.',
        'Sorry! Welke telefoon heeft u?',
        'Een Samsung.',
        'Wilt u de app opnieuw installeren?',
        'Crasht nog steeds. Dit begint echt irritant te worden.',
      ),
    ],
  ])('does not flag a chat that ends where its annoyed opening began (%s)', (_lang, turns) => {
    expect(analyzer.analyzeConversation(turns).escalation).toBeNull();
  });
});

import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';

// A fourth table, through the analyser (so the message's own sentiment plays its part): further
// ways to ask for someone above the agent, go public, say a reply is still missing, and the
// harmless or administrative uses that must stay quiet.
const analyzer = createAnalyzer(model);
const reasonOf = (text: string) => analyzer.analyzeMessage(text).escalation?.reason ?? null;

const RAISED: Array<[string, string]> = [
  ['manager', 'Could somebody more qualified look at this please?'],
  ['manager', 'I need whoever runs the complaints team.'],
  ['manager', "Put me through to whoever's in charge, please."],
  ['manager', 'Ik wil iemand spreken die hier wat te zeggen heeft.'],
  ['manager', 'Ik wil iemand die hierover beslist.'],
  ['manager', 'Haal me maar iemand anders, u begrijpt het niet.'],
  ['public', 'The consumer programme on TV would love this story.'],
  ['public', 'Ik ga de media inschakelen.'],
  ['public', 'Ben benieuwd wat Kassa hiervan vindt.'],
  ['public', 'My 5k followers are going to hear about this.'],
  ['repeat', 'Still no response to the two tickets I opened.'],
  ['repeat', 'Ik wacht al drie weken op een reactie van jullie.'],
  ['repeat', 'We were promised last month that the meter would be replaced.'],
  ['repeat', 'Ik heb drie berichten gestuurd via het contactformulier.'],
];

const QUIET: string[] = [
  'Please tell your supervisor how helpful you were, thanks a lot!',
  'Zeg ook tegen uw teamleider dat u me super geholpen heeft!',
  'Is the manager of the branch in Delft in today?',
  'Can you escalate the urgency of my repair? It is for work.',
  'Please copy our legal team on the invoice for their records.',
  'My husband passed away, please close his account.',
  'Ik emigreer naar Canada, dus ik wil mijn abonnement opzeggen.',
  'Graag de factuur naar het adres van mijn advocaat.',
];

describe('escalation signals, further wordings (analyser)', () => {
  it.each(RAISED)('%s: %s', (reason, text) => {
    expect(reasonOf(text)).toBe(reason);
  });
  it.each(QUIET)('no escalation: %s', (text) => {
    expect(reasonOf(text)).toBeNull();
  });
  it('a rival named still makes a life event churn', () => {
    expect(reasonOf("I'm moving abroad and switching to another provider there anyway, cancel my contract.")).toBe('churn');
  });
});

import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../analyzer';

describe('message escalation signals', () => {
  it.each([
    ['legal', 'If this is not refunded by Friday my lawyer will contact you.', 'lawyer'],
    ['legal', "I'm going to take you to court for this.", 'take you to court'],
    ['legal', 'I will hold your company liable for the damage.', 'hold your company liable'],
    ['legal', 'Ik schakel mijn advocaat in.', 'advocaat'],
    ['legal', 'Dan onderneem ik juridische stappen.', 'juridische stappen'],
    ['legal', 'Ik stel jullie aansprakelijk voor de schade.', 'aansprakelijk'],
    ['public', "I'm going to post this on Twitter so everyone knows.", 'post this on Twitter'],
    ['public', 'Expect a one-star review from me.', 'one-star review'],
    ['public', 'Ik ga dit op Facebook zetten.', 'ga dit op Facebook'],
    ['public', 'Ik stap naar de pers hiermee.', 'naar de pers'],
    ['churn', 'I want to cancel my subscription right now.', 'cancel my subscription'],
    ['churn', "I'm switching to another provider.", 'switching to another provider'],
    ['churn', 'Ik wil mijn abonnement opzeggen.', 'abonnement opzeggen'],
    ['churn', 'Ik zeg mijn contract op.', 'zeg mijn contract op'],
    ['churn', 'Dan stap ik over naar een andere provider.', 'stap ik over naar een andere provider'],
    ['manager', 'Let me speak to your manager.', 'speak to your manager'],
    ['manager', 'I want a supervisor, now.', 'want a supervisor'],
    ['manager', 'Ik wil uw leidinggevende spreken.', 'uw leidinggevende'],
    ['manager', 'Verbind me door met een manager.', 'Verbind me door met een manager'],
    ['repeat', 'This is the third time I am contacting you about this.', 'third time I am contacting'],
    ['repeat', 'I have already called twice this week.', 'I have already called'],
    ['repeat', 'Dit is de derde keer dat ik bel.', 'derde keer dat ik bel'],
    ['repeat', 'Ik heb al drie keer gemaild.', 'Ik heb al drie keer gemaild'],
    ['safety', 'The charger caught fire last night.', 'caught fire'],
    ['safety', 'My son got an electric shock from the kettle.', 'got an electric shock'],
    ['safety', 'De föhn is oververhit en begon te roken.', 'oververhit'],
    ['safety', 'Mijn dochter heeft een allergische reactie gekregen.', 'allergische reactie'],
  ])('%s: %s', (reason, text, evidence) => {
    const hit = detectEscalation(text);
    expect(hit?.reason).toBe(reason);
    expect(hit?.evidence.text.toLowerCase()).toContain(evidence.toLowerCase().split(' ')[0]);
    expect(text.slice(hit!.evidence.start, hit!.evidence.end)).toBe(hit!.evidence.text);
  });

  it.each([
    ['harmless churn word', 'Can I switch the blue jacket for the red one?'],
    ['cancel one order', 'Please cancel my order 12345, I ordered the wrong size.'],
    ['negated churn', "I don't want to cancel my subscription, I just want it fixed."],
    ['negated churn nl', 'Ik wil mijn abonnement niet opzeggen hoor.'],
    ['notice period curiosity', 'What is the notice period for my contract?'],
    ['notice period curiosity nl', 'Wat is de opzegtermijn van mijn abonnement?'],
    ['what would be possible nl', 'Zou ik mijn abonnement kosteloos kunnen opzeggen?'],
    ['hypothetical cancel', 'If I cancel my subscription, do I get money back?'],
    ['warranty claim', 'I would like to make a warranty claim for my headphones.'],
    ['claim form', 'Where can I find the claim form for a lost parcel?'],
    ['claim form nl', 'Waar vind ik het claimformulier voor een zoekgeraakt pakket?'],
    ['own boss', 'My manager asked me to order ten more chairs.'],
    ['own boss nl', 'Mijn baas wil een factuur op naam van het bedrijf.'],
    ['platform mention', 'I saw your offer on Facebook, is it still valid?'],
    ['reading reviews', 'I read the reviews and they were good.'],
    ['ordering again', 'This is the second time I order here, love it!'],
    ['product name', 'Do you sell a carbon monoxide detector?'],
    ['product name nl', 'Ik zoek een rookmelder voor in de keuken.'],
    ['negated safety', 'It is not dangerous, just annoying.'],
    ['figure of speech', 'That really hurt my feelings.'],
    ['anger only', 'This is absolutely ridiculous, worst service ever!!!'],
    ['anger only nl', 'Wat een waardeloze service, echt belachelijk!'],
    ['plain request', 'Hello, I need help with my account.'],
  ])('no escalation for %s', (_label, text) => {
    expect(detectEscalation(text)).toBeNull();
  });
});

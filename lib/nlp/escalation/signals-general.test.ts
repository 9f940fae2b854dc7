import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../analyzer';

// A third table, in phrasings none of the rules were written from: verb + object variations,
// inflections, Flemish, and the harmless senses that must stay quiet.
const POSITIVES: Array<[string, string]> = [
  ['churn', "I won't be shopping here again."],
  ['churn', "I'm off to another bank."],
  ['churn', "I'm not paying another month for this, cancel it."],
  ['churn', 'Time to find a new internet provider.'],
  ['churn', 'Ik wil van dit contract af.'],
  ['manager', 'Get me someone who can actually make a decision.'],
  ['manager', 'Ik wil dat het hoofd klantenservice me belt.'],
  ['legal', "I'll see you in small claims court."],
  ['public', 'Wait until the newspapers hear about this.'],
  ['public', 'Jullie score op Google gaat flink omlaag.'],
  ['repeat', 'I am writing again because nobody answered my last message.'],
  ['repeat', 'Ik heb dit al aan vier verschillende mensen moeten uitleggen.'],
  ['safety', 'De ladder klapte onder me in.'],
  ['churn', 'Beschouw dit als mijn opzegging.'],
  ['legal', "I'm going to claim compensation for the lost wages."],
  ['legal', 'Ik eis een schadevergoeding voor het verloren loon.'],
  ['manager', 'Ik eis iemand te spreken die de leiding heeft.'],
  ['public', 'Heel Twitter gaat hiervan horen.'],
  ['repeat', 'I called last week and the week before about this.'],
  ['repeat', 'I called yesterday about my broken washing machine and nobody came.'],
  ['repeat', 'Ik krijg al een maand elke week hetzelfde te horen.'],
  ['safety', 'The food made my whole family sick.'],
  ['safety', 'De accu zwelt op en wordt heet.'],
  ['churn', "We're ending our contract with you at the end of this month."],
  ['churn', 'Please close our business account, we found another bank.'],
  ['churn', 'I am porting my number out to a different network.'],
  ['churn', 'Consider this my notice: I am cancelling the service.'],
  ['churn', 'Wij zeggen ons zakelijk abonnement op per 1 juni.'],
  ['churn', 'Ik ga naar KPN, daar krijg ik tenminste service.'],
  ['churn', 'Mijn verzekering mag per direct beëindigd worden.'],
  ['legal', 'I will be lodging a complaint with the financial ombudsman.'],
  ['legal', 'Our solicitor has advised us to recover the full amount.'],
  ['legal', 'Ik laat dit voorleggen aan de geschillencommissie.'],
  ['legal', 'Ik houd u verantwoordelijk, desnoods via de rechtbank.'],
  ['manager', 'Could someone senior please look at my case?'],
  ['manager', 'Is there a team leader I can speak with?'],
  ['manager', 'Kan ik iemand boven u aan de lijn krijgen?'],
  ['manager', 'Ik wil dat uw teamleider mij vandaag belt.'],
  ['public', "I'm filming this and putting it on YouTube."],
  ['public', 'All my followers are going to hear about this.'],
  ['public', 'Ik ga dit delen in alle Facebookgroepen die ik ken.'],
  ['public', 'Mijn volgers gaan horen hoe jullie met klanten omgaan.'],
  ['repeat', 'This is my third email this week about the same fault.'],
  ['repeat', 'The previous agent told me it would be sorted by Monday.'],
  ['repeat', 'Ik heb deze storing al eerder gemeld, vorige maand.'],
  ['repeat', 'Dit is mijn vijfde bericht over dezelfde factuur.'],
  ['safety', 'The adapter sparked and left a scorch mark on the wall.'],
  ['safety', 'My toddler swallowed a button battery from the remote.'],
  ['safety', 'Mijn zoontje heeft zijn vingers verbrand aan de oven.'],
  ['safety', 'Er zat een stukje metaal in de babyvoeding.'],
  ['churn', 'Als dit niet opgelost wordt ben ik weg.'],
  ['churn', 'If this is not fixed by Friday, I am cancelling my subscription.'],
  ['churn', 'Ik wil geen klant meer zijn.'],
  ['churn', 'Ik neem mijn geld mee naar een andere bank.'],
  ['repeat', 'Ik krijg steeds hetzelfde antwoord.'],
  ['repeat', 'Al drie weken bel ik elke dag.'],
  ['public', 'Ik zal dit aan iedereen laten weten.'],
];

const QUIET: string[] = [
  'Can I cancel the add-on on my plan and keep the rest?',
  'I want to stop my direct debit and pay by bank transfer instead.',
  "I'm out at the moment, can the courier come tomorrow?",
  'Hoe kan ik het geluid van de melding stoppen?',
  'Our store manager asked for a copy of the invoice.',
  'Ik zag een review van jullie op Google, klopt die prijs?',
  'I got a shock when I saw how fast it arrived, thanks!',
  'Is the ombudsman address on your website somewhere?',
  'Ik wil geen juridische stappen, alleen mijn geld terug.',
  'This is the second laptop I buy from you, very happy.',
  'Het is al de derde keer dat ik hier bestel en altijd top.',
  'Does this heater have a safety switch?',
  'My partner used to work as a lawyer, funny enough.',
  "If my parcel doesn't arrive, can I cancel my subscription?",
  "I don't know if I should cancel my plan.",
  'Hoe laat ik een review achter?',
  'Yes, cancel it.',
  'Yes, twice already.',
  'Ja, al twee keer geprobeerd.',
  'Sorry dat ik weer contact opneem, ik vergat te vragen naar de kleur.',
  'I have already written a review, five stars!',
  'Does the heater have overheat protection?',
];

describe('escalation signals, general phrasings', () => {
  it.each(POSITIVES)('%s: %s', (reason, text) => {
    const hit = detectEscalation(text);
    expect(hit?.reason).toBe(reason);
    expect(text.slice(hit!.evidence.start, hit!.evidence.end)).toBe(hit!.evidence.text);
  });
  it.each(QUIET)('no escalation: %s', (text) => {
    expect(detectEscalation(text)).toBeNull();
  });
});

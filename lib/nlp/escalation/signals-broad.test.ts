import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../analyzer';

// A second, broader table: more phrasings per reason in both languages, and more hard negatives.
const POSITIVES: Array<[string, string]> = [
  ['legal', 'My solicitor will be in touch.'], ['legal', 'I am considering legal action against your company.'], ['legal', 'See you in court.'],
  ['legal', "I'll sue you for every penny."], ['legal', 'I will report this to the ombudsman.'], ['legal', 'Ik neem een advocaat in de arm.'],
  ['legal', 'Ik ga naar de rechter als dit niet wordt opgelost.'], ['legal', 'U hoort van mijn jurist.'], ['legal', 'Ik stuur jullie een ingebrekestelling.'],
  ['legal', 'I will be contacting my attorney tomorrow.'], ['legal', 'This is a breach of contract and I will take legal steps.'],
  ['public', 'I will tell everyone on Facebook how you treat customers.'], ['public', "I'm going to leave a terrible review on Trustpilot."],
  ['public', 'Maybe the newspapers would be interested in this story.'], ['public', 'Ik ga dit delen op sociale media.'], ['public', 'Ik schrijf een slechte review.'],
  ['public', 'Dit gaat naar Radar.'], ['public', 'I will post about this on Twitter.'], ['public', 'Ik zet dit op Twitter.'],
  ['churn', 'I am closing my account today.'], ['churn', 'Please terminate my contract.'], ['churn', "I'm done, I'm taking my business elsewhere."],
  ['churn', 'I will never order from you again.'], ['churn', 'Ik ga overstappen naar een andere aanbieder.'], ['churn', 'Ik wil mijn lidmaatschap beëindigen.'],
  ['churn', 'Ik bestel hier nooit meer.'], ['churn', 'Cancel my membership please.'], ['churn', 'I want to end my subscription.'], ['churn', 'Zeg mijn abonnement maar op.'],
  ['manager', 'Can I talk to a supervisor please?'], ['manager', 'Put me through to your manager.'], ['manager', 'I demand to speak with someone higher up.'],
  ['manager', 'Mag ik uw manager spreken?'], ['manager', 'Ik wil iemand hoger spreken.'], ['manager', 'Kan ik je leidinggevende spreken?'], ['manager', 'I want to escalate this.'],
  ['repeat', "This is the fourth time I'm writing to you."], ['repeat', 'I have contacted you three times already.'], ['repeat', 'How many times do I have to explain this?'],
  ['repeat', 'Ik heb dit al drie keer gemeld.'], ['repeat', 'Voor de zoveelste keer: mijn pakket is niet aangekomen.'], ['repeat', 'Hoe vaak moet ik nog bellen?'],
  ['repeat', 'I already called last week about this.'], ['repeat', 'Ik heb vorige week al gebeld hierover.'],
  ['safety', 'The battery exploded.'], ['safety', 'My child was injured by the toy.'], ['safety', 'There was smoke coming out of the microwave.'],
  ['safety', 'Het apparaat vatte vlam.'], ['safety', 'Mijn zoon is gewond geraakt door het speelgoed.'], ['safety', 'Er kwam rook uit de oplader.'], ['safety', 'We got food poisoning from your meal.'],
  ['safety', 'Ik heb een schok gekregen van de stekker.'], ['safety', 'The heater is overheating and smells of burning.'],

  ['legal', 'You will be hearing from my lawyers.'], ['legal', 'I am going to file a lawsuit.'], ['legal', 'Mijn advocaat neemt contact met u op.'], ['legal', 'Ik start een rechtszaak tegen jullie.'],
  ['public', "I'll make sure all my followers on Instagram hear about this."], ['public', 'Ik ga een negatieve recensie schrijven op Google.'], ['public', 'I am writing a one star review right now.'],
  ['churn', "I'm switching to a competitor."], ['churn', 'Mijn contract wil ik per direct beëindigen.'], ['churn', 'Close my account, I am done with you.'], ['churn', 'Ik zeg mijn abonnement op.'],
  ['manager', 'Get me your supervisor now.'], ['manager', 'Ik wil met uw leidinggevende praten.'], ['manager', 'Is there a manager I can talk to?'],
  ['repeat', 'This is the 5th time I have emailed you.'], ['repeat', 'Ik heb al twee keer gebeld en niemand helpt me.'], ['repeat', 'I have asked this twice already.'],
  ['safety', 'The kettle caught fire in my kitchen.'], ['safety', 'De accu is ontploft.'], ['safety', 'My daughter had an allergic reaction after eating it.'], ['safety', 'Het snoer werd heet en ging smeulen, dit is gevaarlijk.'],

  ['legal', 'I have already spoken to a lawyer about this.'], ['legal', 'We will take legal action if the money is not returned.'], ['legal', 'Ik stel u hierbij aansprakelijk voor alle kosten.'],
  ['legal', 'Dit wordt een zaak voor de geschillencommissie.'], ['public', 'Everyone on TikTok is going to see this video.'], ['public', 'I am posting these photos on Facebook tonight.'],
  ['public', 'Ik ga dit op Twitter zetten, dan weet iedereen het.'], ['churn', 'Please cancel my account, I am leaving.'], ['churn', 'We are moving to another supplier next month.'],
  ['churn', 'Ik heb mijn opzegging al klaarstaan, ik zeg het contract op.'], ['churn', 'Ik stap over naar de concurrent.'], ['manager', 'Transfer me to your supervisor.'],
  ['manager', 'I would like to speak to the manager on duty.'], ['manager', 'Kan ik uw chef even spreken?'], ['repeat', 'I have called you four times this week!'],
  ['repeat', 'For the third time, my name is spelled wrong.'], ['repeat', 'Ik heb dit vorige maand ook al gemeld.'], ['safety', 'The phone got so hot it burned my hand.'],
  ['safety', 'Er kwamen vonken uit het stopcontact.'], ['safety', 'My son swallowed a small part and started choking.'], ['safety', 'Het eten was bedorven en we zijn ziek geworden.'],
];
const HARD_NEGATIVES: string[] = [
  'Can you tell me the opening hours of your court shop?', 'I would like to claim my free gift.', 'How do I file a claim for my lost suitcase?',
  'Sue from your team was very helpful!', 'My lawyer friend recommended your product.', 'Kan ik de garantie claimen?', 'Ik wil graag een claim indienen voor mijn verloren pakket.',
  'I read about you in the newspaper, great offer!', 'Do you have a Facebook page?', 'Ik zag jullie advertentie op Instagram.', 'Can I leave a review for the product?',
  'I love your reviews section.', 'Can I change my subscription to the premium plan?', 'I want to switch to the annual plan.', 'Ik wil overstappen naar een groter abonnement.',
  'How do I cancel an order?', 'Can I cancel the delivery and pick it up instead?', 'Ik wil mijn bestelling annuleren.', 'Wat is de opzegtermijn?',
  'If I were to cancel, would I lose my points?', "I'm not going to cancel, don't worry.", 'My boss needs an invoice.', 'Mijn manager heeft deze bestelling geplaatst.',
  'I am the manager of a small shop and want to order in bulk.', 'Our team lead approved the purchase.', 'This is the first time I order here.',
  'I ordered again because I loved it.', 'Ik bestel voor de tweede keer, super tevreden!', 'Can you send it again to the new address?', 'Het is mijn derde bestelling al, top!',
  'The fire extinguisher I ordered arrived today.', 'Do you sell smoke detectors?', 'The battery life is not dangerous?', 'Is deze kachel veilig voor kinderen?',
  'I need a burn cream refill.', 'It arrived quickly, no damage, no injuries haha.', 'The show was fire!', 'Mijn kind vindt het speelgoed geweldig.',
  'This is so frustrating, nothing works!', 'Ik ben echt boos, dit is schandalig!', 'Worst service ever.', 'Where is my refund???',
  'I hope this does not end up in court, but what are my options?', 'Kunnen jullie de pers-release sturen?', 'What is your company policy on returns?',
'Is there a warranty claim process for broken screens?', 'My manager said I can expense it.', 'Ik wil mijn pakket omruilen voor een andere maat.', 'Could I switch my delivery day to Friday?',
  'I saw on Twitter that you have a sale.', 'How long is the notice period for cancelling?', 'Ik heb een vraag over de opzegtermijn.', 'I do not want to talk to a manager, just fix it.',
  'I never had any problems before.', 'Thanks for calling me back the second time, much appreciated!', 'Is the charger safe to leave plugged in overnight?', 'Het product is brandveilig, toch?',
  'This is absolutely unacceptable, I am furious!', 'Jullie service is echt waardeloos.', 'Can my lawyer pick up the parcel for me?', 'De rechter-kolom van de website laadt niet.',
'I claimed the discount code but it did not work.', 'Where can I find your terms about legal guarantees?', 'Can you cancel the second item in my order?',
  'Ik wil van kleur wisselen, kan dat?', 'Do you post on Instagram often?', 'Ik volg jullie op Facebook!', 'My supervisor at work recommended you.',
  'This is my second order this month.', 'I called yesterday and it was solved, thanks!', 'The oven gets hot quickly, is that normal?',
  'Heeft u ook een brandblusser in het assortiment?', 'What happens if I end my contract early?', 'I will not leave a bad review, I promise.',
  'Ik ben er helemaal klaar voor, wanneer komt de monteur?',  'Waarom is mijn bestelling nog niet verzonden?!',
];

describe('escalation signals, broader table', () => {
  it.each(POSITIVES)('%s: %s', (reason, text) => {
    expect(detectEscalation(text)?.reason).toBe(reason);
  });
  it.each(HARD_NEGATIVES)('no escalation: %s', (text) => {
    expect(detectEscalation(text)).toBeNull();
  });
});

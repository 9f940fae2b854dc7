import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../analyzer';

// What a trigger word is about decides: a new plan or phone is not a new provider, "op" with its own
// object is a preposition, the option turned down ("instead of cancelling") is no intent, a question
// about a hazard reports none, being ill says nothing about the product without its cause, and what
// the customer would normally do ("normally I'd leave a bad review") is not what they do now.
const POSITIVES: Array<[string, string]> = [
  ['churn', "I'm switching to another provider, this is hopeless."],
  ['churn', "We're going to a cheaper supplier next month."],
  ['churn', "Fine, I'll move to a different one."],
  ['churn', 'Ik zeg mijn abonnement op per 1 juni.'],
  ['churn', 'Dan zeg ik het contract op, want dit werkt niet.'],
  ['churn', 'Ik stap over, naar KPN.'],
  ['safety', 'I felt sick after eating the salad.'],
  ['safety', 'My husband was ill for two days after the fish.'],
  ['safety', 'We are all unwell since eating your pizza.'],
  ['safety', 'This kettle is dangerous, the handle gets red hot.'],
  ['safety', 'Is it normal that the charger is smoking?'],
  ['safety', 'Is het normaal dat de stekker smelt?'],
  ['legal', "I'll take this through the courts if I must."],
  ['legal', 'Mijn advocaat is al op de hoogte.'],
  ['legal', 'Onze advocaat is ermee bezig.'],
  ['legal', 'Our solicitor is currently preparing a letter.'],
  ['legal', 'Dan dagvaard ik u.'],
  ['repeat', 'The last time I called you, I was told it would be fixed in a week.'],
  ['repeat', 'De vorige keer dat ik belde, werd me een monteur beloofd.'],
  ['repeat', "I've explained the issue to three different people already."],
  ['public', "Do you want this on Twitter? Because that's where it's heading."],
  ['public', 'Wil je dit op Facebook zien? Dat kan geregeld worden.'],
  ['public', 'The national press would love this story.'],
  ['public', 'Ik stap hiermee naar De Telegraaf.'],
  ['manager', 'Ik wil iemand die wél kan beslissen.'],
  ['safety', 'De waterkoker heeft vuur gevat.'],
  ['safety', 'Onze rookmelder gaat ineens af sinds de nieuwe kachel.'],
  ['safety', 'Mijn vrouw is voedselvergiftigd geraakt na jullie maaltijd.'],
  ['churn', "When the contract runs out I'm moving my broadband to a different provider."],
  ['churn', 'Ik maak mijn spaargeld over naar mijn nieuwe bank.'],
  ['churn', 'Dan zeg ik over twee maanden alles op.'],
  ['churn', 'Na de zomer ga ik naar een andere aanbieder.'],
  ['safety', 'Mijn zoon moest naar de eerste hulp na het eten van jullie koekjes.'],
  ['safety', 'Mijn dochter is in het ziekenhuis opgenomen.'],
  ['safety', 'My daughter is in hospital after using your cream.'],
  ['safety', 'Mijn zoon reageerde heel allergisch op de crème.'],
  ['legal', 'Your courier stole my parcel, I have reported it to the police.'],
  ['legal', "I'm reporting you to the police for fraud."],
  ['legal', 'Ik stel jullie aansprakelijk voor de schade.'],
  ['repeat', "As I said in my last email, the router still drops."],
  ['repeat', 'Zoals ik al eerder schreef, werkt de modem niet.'],
  ['repeat', "I'm writing again to ask where my refund is."],
  ['churn', 'My husband wants to cancel our contract, and so do I.'],
  ['churn', "I'm going back to my old provider."],
];

const QUIET: string[] = [
  'Can I switch to a different plan?',
  'I want to change to a new tariff, the cheaper one.',
  "I'm switching to a new phone, will my SIM work?",
  'We are moving to a new flat next month, can I take my internet with me?',
  'I want to change to a new bank account for the direct debit.',
  'I need to find a new store near me that has it in stock.',
  "I'm going to another shop of yours in Utrecht to pick it up.",
  'Wat zegt de monteur op mijn vraag?',
  'Zeg het maar op de factuur, dat is prima.',
  'Hoe zeg ik mijn opzegtermijn op de website terug te vinden?',
  'Ik wil graag overstappen, naar het grotere pakket.',
  'Can I pause my membership instead of cancelling it?',
  "I'd rather upgrade than cancel my subscription.",
  'Kan ik mijn abonnement pauzeren in plaats van opzeggen?',
  'Ik wil liever pauzeren dan opzeggen.',
  'Is it dangerous to leave the charger plugged in overnight?',
  'Is het gevaarlijk als de accu warm wordt tijdens het laden?',
  "My daughter is sick so I can't be home for the delivery.",
  "I've been sick all week so I couldn't return it in time.",
  'The court ruled in my favour against my landlord, so I need my address changed.',
  'Mijn advocaat is op vakantie, dus ik teken later.',
  "Normally I'd leave a bad review, but you fixed it fast, thanks!",
  'Meestal schrijf ik een slechte review, maar nu niet: top geholpen.',
  'Moving my money to my new bank account went fine, thanks.',
  "I'm moving my order to a different address.",
  "I've explained this to my husband and he agrees.",
  'Last time I ordered it arrived in two days.',
  'De vorige keer dat ik bestelde was het snel.',
  'I read it in the local newspaper, is the offer still on?',
  'Ik las in De Telegraaf over jullie actie, geldt die nog?',
  'Wat zeg ik over twee maanden tegen de monteur?',
  'Who is liable if the parcel gets damaged in transit?',
  'Wie is aansprakelijk als het pakket onderweg beschadigd raakt?',
  'Ik heb een juridische vraag over de algemene voorwaarden.',
  'Mijn pakket is gestolen, ik heb aangifte gedaan bij de politie. Hebben jullie een kopie nodig?',
  'My parcel was stolen from my doorstep, I reported it to the police. Do you need the reference?',
  "Can you cancel the service visit on Monday? I'll be away.",
  'I want to cancel my plan upgrade, I clicked it by mistake.',
  'Ik wil mijn dubbele account verwijderen, ik heb er per ongeluk twee.',
  'Kunt u de krant opzeggen tijdens onze vakantie?',
  'Ik stop ermee om het zelf te installeren, kan een monteur komen?',
  "As I said, I'd like the blue one please.",
  'Zoals ik al zei, ik wil graag de blauwe.',
  "I'm writing again to add my new phone number.",
  'Ik mail nogmaals om mijn nieuwe adres door te geven.',
  'Ik lag in het ziekenhuis, daarom heb ik de brief gemist.',
  'I was in hospital for a checkup so I missed the courier.',
  'Ben ik allergisch voor dit product? Wat zit erin?',
  'My son fell asleep waiting for the technician, lol.',
  'I cancelled my old contract with my previous provider to join you.',
  'My husband cancelled his phone contract, can I take over his number?',
];

describe('escalation signals, what the trigger is about', () => {
  it.each(POSITIVES)('%s: %s', (reason, text) => {
    const hit = detectEscalation(text);
    expect(hit?.reason).toBe(reason);
    expect(text.slice(hit!.evidence.start, hit!.evidence.end)).toBe(hit!.evidence.text);
  });
  it.each(QUIET)('no escalation: %s', (text) => {
    expect(detectEscalation(text)).toBeNull();
  });
});

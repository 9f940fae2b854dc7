/**
 * Generic chat words and everyday product names: not stop words, but they say little about which snippet a customer
 * needs ("order", "today", "send", "bestelling", "vandaag"). They still help to rank, but
 * carry little information, so a message that only shares them with a snippet is not an
 * answer ("what's the weather today" must not suggest "Delivery times").
 */
import { typoTerms } from './term-expansion';
import { stem, stopwordList, words } from './text-analysis';
import type { KbLanguage } from './types';

const WEAK: Record<KbLanguage, ReadonlySet<string>> = {
  en: new Set(
    'order orders ordered ordering today tomorrow yesterday time times week weeks day days month months year years work works working get getting got item items product products thing things something stuff one new old back send sent sending still says said shows see saw go going went now already bought buy buying make made long much many first left right way ways use used need needed take taken taking find found look looking happen happened problem issue question customer customers shop store online website good bad best number free headphones earbuds toaster blender vacuum cleaner laptop phone phones tv television speaker lamp shoes jacket coffee machine camera tablet watch monitor printer mixer iron fan heater monday tuesday wednesday thursday friday saturday sunday weekend january february march april may june july august september october november december morning afternoon evening tonight hour hours minute minutes ago last next soon later earlier since until while microwave freezer grinder pan pans pot set airfryer fryer juicer razor shaver hairdryer washer console controller keyboard mouse router charger cable battery screen sofa chair table bed mattress desk box think thought supposed come comes coming came goes gone say tell told asked wait waiting waited keep kept happening seems seem anything nothing everything someone somebody anyone nobody everyone somewhere anywhere house home door place friend wife husband son daughter mother father mum mom dad family birthday present christmas two three four five six seven eight nine ten twice once again yet ever bit lot lots little big small huge saying text message messages texted check checked site page app hoover sister brother aunt uncle friends colleague girlfriend boyfriend partner kids kid child children neighbour neighbor kitchen living room office telling keeps true false wrong correct fix same another other euros euro eur cents price prices turn turns turned start starts started stop stops stopped exactly possible possibly probably usually normally generally typically currently recently finally simply quickly slowly properly correctly definitely certainly obviously honestly seriously totally completely entirely fully instead rather quite pretty very too enough almost nearly hardly only even else whether able unable allowed version versions option options kind type model models sort part parts piece pieces side end point case situation reason fact example idea information info details detail answer reply response update updates process procedure step steps system reach reached takes took lasts lasted usual normal general certain sure clear simple easy hard difficult quick fast slow early important impossible available black white red blue green yellow grey gray pink purple orange brown silver gold large medium tiny top bottom front inside outside full empty happy unhappy sad disappointed annoyed angry upset frustrated terrible awful horrible ridiculous unacceptable useless please kindly urgent urgently asap immediately straight away hello person people guy guys lady man woman mate folks everybody anybody whatever whenever wherever however meanwhile otherwise exact precisely specifically especially particular particularly regarding concerning about around approximately roughly mean means meant understand understood explain explained wanted wants hoping hope hoped expect expected let letting give giving gave given put putting show showing shown seen looks looked feel feeling felt try trying manage managed mind makes making search searching searched offer offers offering sell sells selling sold stay stays stayed staying whole entire sit sat sitting lie lying lay stand standing stood walk walked hear heard read write wrote written live lives lived nice lovely fine alright decent regular alone together separate separately both second third fourth latest previous couple newest oldest expensive cheap short high low prefer preferably hair hot cold warm air water light lights sound'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'bestelling bestellingen slecht slechte belachelijk schandalig onacceptabel boos teleurgesteld gefrustreerd irritant vervelend balen jammer serieus echt waar wanneer komt kwam komen per vind niks niets iemand niemand thuis fout vorige volgende geleden drie twee vier vijf ongeluk wacht wachten gewacht kocht opgegeven besteld bestellen vandaag morgen gisteren tijd week weken dag dagen maand maanden jaar jaren product producten artikel artikelen iets ding dingen spullen nieuwe nieuw oude oud terug sturen gestuurd staat stond zie zien gezien gaan gaat ging al gekocht kopen lang hoeveel eerste manier gebruiken nodig vinden gevonden kijken probleem vraag klant winkel online website goed nummer gratis krijgen krijg kreeg doen doet koptelefoon oordopjes broodrooster blender stofzuiger laptop telefoon gsm tv televisie speaker lamp schoenen jas koffiezetapparaat koffiemachine camera tablet horloge monitor printer mixer strijkijzer ventilator kachel apparaat maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend januari februari maart april mei juni juli augustus september oktober november december ochtend middag avond vanavond vanochtend uur uren minuut minuten later eerder sinds tot magnetron oven vriezer koffiemolen pan pannen pannenset set airfryer frituurpan sapcentrifuge scheerapparaat fohn console toetsenbord muis router oplader kabel batterij scherm bank stoel tafel bed matras bureau doos denk denken dacht zou moest gekomen gegaan zeggen zei gezegd vroeg houden gebeurd gebeurt lijkt alles iedereen ergens nergens huis woning deur plek vriend vriendin vrouw man zoon dochter moeder vader mama papa familie verjaardag cadeau kerst zes zeven acht negen tien keer nogmaals alweer ooit beetje veel weinig groot grote klein kleine zegt sms bericht berichtje app site pagina föhn zus broer tante oom vrienden collega partner kinderen kind buurman buurvrouw keuken kamer kantoor werk klopt klopte juist verbeteren zelfde hetzelfde andere ander euro cent prijs prijzen bestel bestelt werkt werken werkte deed valt vallen viel start starten startte slaat sloeg raar precies mogelijk misschien waarschijnlijk meestal normaal gewoonlijk doorgaans momenteel onlangs eindelijk snel langzaam correct zeker duidelijk eenvoudig makkelijk moeilijk belangrijk beschikbaar zwart zwarte wit witte rood rode blauw blauwe groen groene geel gele grijs grijze roze paars oranje bruin bruine zilver goud middel links rechts boven onder voorkant binnenkant vol leeg blij tevreden ontevreden verdrietig geïrriteerd kwaad woedend vreselijk verschrikkelijk nutteloos dringend spoedig meteen direct onmiddellijk zsm persoon mensen meneer mevrouw wat dan ook hoe ondertussen anders vooral bijzonder betreffende ongeveer rond zowat bedoel bedoelt bedoeling begrijp begrijpen snap snappen uitleggen uitleg wilde wil hoop hopen hoopte verwacht verwachtte laten geef geven gaf gegeven zetten gezet tonen getoond kijk keek voel voelen probeer proberen geprobeerd lukt gelukt versie versies optie opties soort type model modellen deel delen kant einde punt geval situatie reden feit voorbeeld idee informatie info details antwoord reactie update proces procedure stap stappen systeem duurt duren duurde mee vaak soms altijd nooit weleens maken maak maakt gemaakt zoeken zocht gezocht bieden biedt aanbieden verkopen verkoopt verkocht blijven blijf blijft bleef gebleven hele gehele geheel liggen ligt lag gelegen zitten zit zat gezeten gestaan lopen loopt liep gelopen horen hoorde gehoord praten schrijven geschreven lezen gelezen antwoorden wonen woon woont woonde rijden leuk leuke mooi mooie lekker prima redelijk normale gewone enige enkel alleen samen apart allebei tweede derde vierde laatste laatst vorig volgend paar nieuwste oudste duur dure goedkope snelle trage lange korte hoog laag geraak geraakt geraken uiterste liever warm warme koud koude lucht haar water licht lichtje lampje lampjes geluid kanten'.split(
      ' ',
    ),
  ),
};

/**
 * Everyday chat: verb forms, hedges, interjections, Flemish or texting spellings, and adjectives
 * of size, degree or state ("een flinke deuk", "beperkt geldig", "unknown shipment"). None names
 * a topic, so none may count as a topic the KB lacks when the KB does not know it ("ik geloof
 * niet dat het nog aankomt", "vooraleer ik mijn pakje heb", "idk, kinda annoying"), nor qualify
 * the word beside it into another topic the way "wifi" does "password".
 */
const CHAT: Record<KbLanguage, readonly string[]> = {
  en: 'massive slight enormous unknown become became becomes thinks knew known believe believed guess guessed suppose supposedly seemed gets gotten brought bring brings begin began begun figure figured kinda sorta gonna wanna gotta lemme dunno idk tbh btw fyi imo yeah yep yup nope nah ugh damn oh ah aw super wtf jeez sigh annoying annoyingly frustrating unbelievable weird strange odd luck lucky unlucky fortunately unfortunately hopefully clearly fewer everywhere anymore needs appear appeared appears apparently mentioned mention noticed notice realised realized realise realize assume assumed hears meaning care cares worried worry worries stressed stressful anxious nervous confused confusing shocked surprised ok fair deal tho cuz cos coz thru gimme ya yall less play plays playing played'.split(' '),
  nl: 'flink flinke enorme beperkt beperkte onbekend onbekende gehad bent word werden geworden gingen kwamen zeg zeiden geloof gelooft geloofde geloven denkt dachten gedacht weet wist wisten geweten ziet zag zagen gekeken vraagt vragen gevraagd wilden gewild konden gekund mocht mochten moesten liet gelaten leek geleken blijkt bleek gebleken vindt vond vonden houd houdt hield gehouden probeert probeerde begin begint begon beginnen begonnen hoopt snapt begrijpt wachtte nou straks zometeen zojuist net verder nogal best hartstikke ontzettend enorm doordat vooraleer alvorens tijdens totdat tenzij indien mits hoewel ofschoon blijkbaar kennelijk natuurlijk uiteraard gelukkig helaas pech shit verdorie okee merci dankuwel dankjewel eventjes seffens awel allez amai kben tzal den des zulle mezelf hoezo gebeuren gebeurde haalde gehaald halen haal brengen breng bracht gebracht nemen neem nam genomen maakte zet zette gewerkt betekenen betekent bedoelde zult ga kom daarna vrij staan loop kijkt merk merkte gemerkt vermoed vermoedelijk benieuwd bezorgd-zijn ongerust zenuwachtig gestrest stress verward verbaasd geschrokken eens zoiets effen rap ambetant content dinges toestand gedoe gezeur alsjeblieft alsjeblief asjeblieft astublieft aub dezelfde minder meer check checken gecheckt checkt regelen geregeld regel vermeld vermelden vermeldt heen overal overdag bestelnummer ordernummer anderhalf elkaar elektronica'.split(' '),
};

const CHAT_SETS: Record<KbLanguage, ReadonlySet<string>> = { en: new Set(CHAT.en), nl: new Set(CHAT.nl) };

export const isWeakWord = (word: string, lang: KbLanguage) => WEAK[lang].has(word) || CHAT_SETS[lang].has(word);

/**
 * Whether a word the KB does not know is a slip for a generic one or a stop word ("bestelign",
 * "julie"): a typo of chat is chat, not a topic the KB lacks. One edit from a word of 6 letters
 * or more (a short one is more often a word of its own: "maker" is not "make"), two for words of
 * 8 letters or more; same first letter.
 */
export function isWeakWordTypo(word: string, lang: KbLanguage): boolean {
  // The word is neither a stop word nor a weak one (the caller checked), so no exact match hides here.
  return word.length >= 5 && typoTerms(genericVocabulary(lang), word).length > 0;
}

const genericSorted: Partial<Record<KbLanguage, string[]>> = {};

/** Generic words and stop words of 6 letters or more, sorted as typoTerms expects (built on first use). */
function genericVocabulary(lang: KbLanguage): string[] {
  genericSorted[lang] ??= [...new Set([...WEAK[lang], ...CHAT_SETS[lang], ...stopwordList(lang)])].filter((w) => w.length >= 6).sort();
  return genericSorted[lang];
}

/**
 * Idioms whose words belong to a KB topic but that say something else: "op zoek naar" is not a
 * lost parcel ("zoek"), "the difference between two models" is not a price match, "a trade-in"
 * is not an exchange. Their words are read as chat.
 */
const GENERIC_PHRASES: Record<KbLanguage, readonly string[]> = {
  en: ['difference between', 'differences between', 'looking for', 'look for', 'trade in', 'trade-in'],
  nl: ['verschil tussen', 'verschillen tussen', 'op zoek naar', 'op zoek', 'opzoek naar'],
};
const genericPhraseStems: Record<KbLanguage, ReadonlyArray<readonly string[]>> = {
  en: GENERIC_PHRASES.en.map((p) => words(p).map((w) => stem(w, 'en'))),
  nl: GENERIC_PHRASES.nl.map((p) => words(p).map((w) => stem(w, 'nl'))),
};

/** Positions of a message's raw words that a generic idiom covers (see GENERIC_PHRASES). */
export function genericPhrasePositions(rawWords: readonly string[], lang: KbLanguage): Set<number> {
  const stems = rawWords.map((w) => stem(w, lang));
  const out = new Set<number>();
  for (const phrase of genericPhraseStems[lang]) {
    for (let i = 0; i + phrase.length <= stems.length; i++) {
      if (phrase.every((s, k) => stems[i + k] === s)) for (let k = 0; k < phrase.length; k++) out.add(i + k);
    }
  }
  return out;
}

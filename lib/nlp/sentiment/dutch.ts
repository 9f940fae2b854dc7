import { SentimentNl, StemmerNl, StopwordsNl } from '@nlpjs/lang-nl';
import { indexPhrases, type SentimentProfile } from './profile';

/** pattern_nl is in [−1, 1]; the scorer works on VADER's −4..4 scale. */
const PATTERN_SCALE = 4;

/**
 * General-language and customer-service corrections, by surface form (checked before the
 * stemmed pattern_nl look-up). Stemming merges words pattern_nl should not merge ("boos"
 * → "bos", "geweldig" → "geweld") and pattern_nl lacks or zeroes some common words
 * ("heerlijk", "fantastisch"); intensifiers are boosters, not sentiment ("zeer", "erg").
 */
const SURFACE: Record<string, number> = {
  heerlijk: 3, fantastisch: 3.2, geweldig: 3.2, top: 2.4, toppie: 2.4, perfect: 3, uitstekend: 3,
  prima: 2, tevreden: 2, blij: 2.4, dankbaar: 2, vriendelijk: 2, behulpzaam: 2, fijn: 2, leuk: 2, mooi: 2.4,
  lekker: 2.4, aanrader: 2.4, opgelost: 1.4, snel: 1.4, vlot: 1.4, netjes: 1.6, correct: 1.2, goed: 2,
  // Flemish for "snel", "snelle".
  rap: 1.4, rappe: 1.4,
  zucht: -1.2,
  // Faults told in a word the lexicon lacks: "vastgelopen" (frozen), "kwijtgeraakt" (lost).
  vastgelopen: -1.6, kwijtgeraakt: -1.6,
  verspild: -1.8, verspilling: -1.8, redding: 2, gered: 1.8,
  kapot: -2, defect: -2, beschadigd: -2, vertraagd: -1.4, vertraging: -1.2, kwijt: -1.6,
  verdwenen: -1.6, onacceptabel: -2.6, belachelijk: -2.4, schandalig: -2.8, schande: -2.8, waardeloos: -2.8,
  slecht: -2.8, teleurgesteld: -2.2, teleurstellend: -2.2, boos: -2.4, kwaad: -2.4, woedend: -3,
  gefrustreerd: -2.2, frustrerend: -2, irritant: -2, ergerlijk: -2, vervelend: -1.6, klote: -2.6, balen: -1.6,
  baal: -1.6, bagger: -2.6, rampzalig: -3, verschrikkelijk: -2.8, vreselijk: -2.8, afschuwelijk: -3,
  onbeschoft: -2.4, oplichting: -3, oplichters: -3, oplichter: -3, nep: -2, duur: -1, onbruikbaar: -2.2,
  nutteloos: -2.2, traag: -1.4, ontevreden: -2.2, klacht: -1, probleem: -1, fout: -1.4, verkeerd: -1.4,
  onbereikbaar: -1.6, onzin: -2, jammer: -1.2, helaas: -0.8, zielig: -1.6, matig: -1.4, smerig: -2.6, vies: -2.4,
  onvriendelijk: -2.2, teleurstelling: -2.2, tegenvaller: -1.8, tegenvallen: -1.8, tegenvallend: -1.8, lauw: -1,
  flauw: -1.2, smakeloos: -2, overgewaardeerd: -2, overdreven: -1, arrogant: -2, ongeinteresseerd: -1.8,
  ongeïnteresseerd: -1.8, chaotisch: -1.6, rommelig: -1.2, lawaaierig: -1.2, vuil: -2, ranzig: -2.6, minder: -0.6,
  slordig: -1.6, ontbrak: -1.2, ontbreekt: -1.2, ontbraken: -1.2, stinkt: -2, stank: -2, lawaai: -1.2, herrie: -1.2,
  ongenietbaar: -2.4, oneetbaar: -2.6, zonde: -1.4, geldverspilling: -2.4, tijdverspilling: -2.4, onbeleefd: -2.2,
  smaakvol: 2, verzorgd: 1.6, vakkundig: 2, professioneel: 1.6, deskundig: 1.6, gevarieerd: 1.2, origineel: 1.4,
  creatief: 1.4, verfijnd: 2, mals: 2, sappig: 1.6, knapperig: 1.2, krokant: 1.2, vers: 1.2, huiselijk: 1.2,
  romantisch: 1.4, cool: 1.6, nice: 1.8, relaxed: 1.4, chill: 1.2, awesome: 2.6, fail: -1.6, wow: 2, haha: 1.2, hahaha: 1.4, hihi: 1, hehe: 1, lol: 1.2, jeej: 2, joepie: 2, bah: -1.6, getver: -2, gatver: -2, jakkes: -2, pff: -1, pfff: -1.2, omg: 0,
  bevalt: 1.6, beviel: 1.6, bevallen: 1.6, waardeer: 1.6, waarderen: 1.6, aanraden: 2, aanbevelen: 2, klagen: -1,
  klaag: -1, ergeren: -1.6, erger: -1.6, ergerde: -1.6, irriteren: -1.6, irriteert: -1.6, teleurstellen: -2,
  lachwekkend: -2, opmerking: 0, vroeg: 0, talrijk: 0.4, beschikbaar: 0, waarschijnlijk: 0, duidelijk: 0.4,
  waar: 0, naast: 0, daarnaast: 0, mogelijk: 0, volledig: 0, absoluut: 0, absolute: 0, frequent: 0, apart: 0, terecht: 0, oud: 0, oude: 0,
  spijtig: -1.4, ontgoocheld: -2.2, ontgoocheling: -2.2, ontgoochelend: -2, ondermaats: -2.2, magertjes: -1.4,
  overroepen: -1.8, middelmatig: -1.2, doorsnee: -0.4, afzetterij: -2.6, oplichterij: -2.8, nors: -1.6, kortaf: -1.4,
  laks: -1.4, onverschillig: -1.6, chaos: -1.6, troep: -2, puinhoop: -2.4, zooi: -2, overgaar: -1.4, waterig: -1.2,
  bedorven: -2.6, beschimmeld: -2.6, onverteerbaar: -2.2, prijzig: -1, overprijsd: -2, woekerprijzen: -2.4, krap: -0.8,
  benauwd: -1.2, tochtig: -1, smoezelig: -1.6, onhygienisch: -2.4, onhygiënisch: -2.4, onverzorgd: -1.6, verouderd: -1.2,
  gedateerd: -1, eentonig: -1.2, steriel: -0.8, onpersoonlijk: -1.4, afrader: -2.4, afraden: -2, vermijden: -1.4,
  hartelijk: 2, proper: 1.4, schoon: 1.2, betaalbaar: 1.4, toppertje: 2.4, topper: 2.4, kanjer: 2, formidabel: 2.8,
  magnifiek: 3, prachtig: 2.8, schitterend: 3, smullen: 2.4, gesmuld: 2.4, verwend: 1.8, content: 1.6, aanbevolen: 2,
  amazing: 2.8, great: 2.4, happy: 2, weird: -1, annoying: -2, boring: -1.6, lame: -1.6, sucks: -2, shit: -2.4,
  wtf: -2, fantastic: 3, epic: 1.6, thanks: 1.6,
  ruim: 0.8, goedkoop: 0.6, weinig: -0.8, tegengevallen: -1.8, tegenviel: -1.8,
  onprofessioneel: -2.2, vergeten: -1.2, vergat: -1.2, vergaten: -1.2, ongeduldig: -1.2, onduidelijk: -1.2, ingewikkeld: -1, omslachtig: -1.2, onhandig: -1.2,
  aardig: 1.6, attent: 1.8, gastvrij: 2, sfeervol: 2, smakelijk: 2.2, voortreffelijk: 3, subliem: 3.2,
  uitmuntend: 3, verrukkelijk: 3, gezellig: 2.2, knap: 1.6, zalig: 2.8, genieten: 2, genoten: 2.2,
  groot: 0, later: 0, warm: 0.8, genoeg: 0.4, vrij: 0, open: 0, enig: 0, juist: 0, natuurlijk: 0, speciaal: 1.2,
  bijzonder: 1.2, plaats: 0, laag: -0.4, simpel: 0, gerecht: 0, hoofdgerecht: 0, voorgerecht: 0, precies: 0,
  bekend: 0, normaal: 0, vol: 0, hoog: 0, klein: 0, lang: -0.4, druk: -0.4, eenvoudig: 1.2,
  hallo: 0, hoi: 0, hey: 0, hee: 0, goedemorgen: 0, goedemiddag: 0, goedenavond: 0, beste: 2.4, geachte: 0,
  help: 0, helpen: 0, hulp: 0, graag: 0, alstublieft: 0, alsjeblieft: 0, aub: 0, wachten: 0, wacht: 0,
  ondersteuning: 0, bestelling: 0, bestellen: 0, pakket: 0, retour: 0, terugbetaling: 0, annuleren: 0,
  opzeggen: 0, vraag: 0, vragen: 0, wil: 0, willen: 0, zeer: 0, erg: 0, heel: 0, echt: 0, zo: 0, nog: 0,
  // Service words that name a product or request; Flemish and chat words.
  nieuwe: 0, nieuw: 0, nogmaals: 0, enorm: 0, trots: 2, fier: 2, mis: -1, mist: -1, laatste: 0, betaling: 0, bezorgd: 0, verwerkt: 0, zakelijk: 0, zakelijke: 0, laat: -1, punten: 0, gratis: 0, korting: 0, storing: -1.2, foutmelding: -1.2,
  foutcode: -1, geweigerd: -1.2, mislukt: -1.4, flink: 0, eerlijk: 1.2, beledigend: -2.4, nachtmerrie: -2.6, miserie: -2.2,
  lachertje: -2.2, lachertjes: -2.2, schat: 1.8, achteruitgegaan: -1.8, achteruit: -1.4, ambetant: -2, zever: -1.8, zootje: -2,
  rommel: -1.8, prutswerk: -2.4, beu: -2.2, kotsbeu: -2.8, spuugzat: -2.8, onnozel: -1.8, triestig: -1.8, triest: -2, plezant: 2,
  tof: 2, straf: 1.6, chapeau: 2.2, merci: 1.6, sjiek: 1.6, dikke: 0, hopeloos: -2.4, incompetent: -2.4, genegeerd: -2, walgelijk: -3,
  verpesten: -2.4, verpest: -2.4, spijt: -1.6, smoesjes: -1.8, onbetrouwbaar: -2.2, gedoe: -1.6, beroerd: -2.4,
  // General evaluative Dutch (food, service, products) from common usage.
  degelijk: 1.4, schappelijk: 1.4, uitgebreid: 1, mager: -1.2, droog: -1, taai: -1.4, zouteloos: -1.6, aangebrand: -1.8,
  klef: -1.4, vettig: -1.2, zuur: -1, langzaam: -1, vriendelijkheid: 1.8, gastvrijheid: 1.8, onvriendelijkheid: -2, traagheid: -1.4,
  teleurgestelde: -2.2, voortreffelijke: 3, uitstekende: 3, overheerlijk: 3.2, overheerlijke: 3.2, goddelijk: 3, verrukkelijke: 3,
  hemels: 2.6, gezelligheid: 2, sfeer: 0.4, kwaliteit: 0.4, aanbeveling: 2, afgeraden: -2, ongezellig: -1.8,
  ongemanierd: -2.2, gehaast: -1.2, opdringerig: -1.6, onattent: -1.6, warrig: -1.2, rumoerig: -1.2, lawaaiig: -1.2,
  smakelijke: 2.2, onsmakelijk: -2.2, onsmakelijke: -2.2, oneetbare: -2.6, correcte: 1.2, vlotte: 1.4, snelle: 1.4, trage: -1.4,
  verprutst: -2.4, verknoeid: -2.2, prutsers: -2.4, knoeiers: -2.2, amateurs: -1.8, slap: -1.2, ongeloofwaardig: -2, klantonvriendelijk: -2.4, amateuristisch: -2.2,
  // Worry, shock and stress; safety asked about is no feeling.
  // pattern_nl misreads these in chat: "gek" (as in "te gek"), "eindeloos" waiting, "ver", "totaal".
  afgezet: -2, klasse: 2, verknald: -2.2, verkloot: -2.4, bespaard: 1.4, aanwinst: 2, boeien: 1.6, boeit: 1.6, boeide: 1.6, gaaf: 2.2, gemeen: -2, geduldig: 1.4, succes: 1.6, ergernis: -1.8, woede: -2.4, blijdschap: 2.4, compliment: 2, complimenten: 2, klachten: -1,
  schaamte: -1.8, pech: -1.4, geluk: 1.6, knudde: -2.4, ergste: -3, waanzinnig: 0, makkelijk: 2, oncomfortabel: -2,
  gek: 0, eindeloos: -1, eindeloze: -1, ver: 0, totaal: 0, geholpen: 1.6, drama: -2, onkunde: -2.2, onkundig: -2, onbekwaam: -2.2, wanorde: -1.6,
  // Who is in charge is asked about, not felt ("geef me je leidinggevende", "wie is verantwoordelijk").
  geregeld: 1.2, bezig: 0, gaan: 0, gaat: 0, aanwezig: 0, regel: 0, regelen: 0, heet: 0, benieuwd: 0,
  leidinggevende: 0, leidinggevenden: 0, verantwoordelijk: 0, verantwoordelijke: 0, verantwoordelijkheid: 0,
  automatisch: 0, automatische: 0, gemaakt: 0, overgemaakt: 0, overmaken: 0, gewaardeerd: 1.8, nodig: 0, veilig: 0, veiligheid: 0, stress: -1.6, gestrest: -1.8, gestresst: -1.8, schrik: -1.4, schrok: -1.4, schrikken: -1.4, geschrokken: -1.6,
  ongerust: -1.8, bezorgdheid: -1.4, overstuur: -2.2, radeloos: -2.4, wanhopig: -2.4, baalt: -1.6, baalde: -1.6, opgelucht: 2, opluchting: 2,
  betaal: 0, betaalt: 0, betaald: 0, hoofdpijn: -1.4, opgehangen: -1.8, ijskoud: -1.2, wilde: 0, moest: 0, moesten: 0, gaf: 0, zat: 0, begrijp: 0, begrijpt: 0,
  belangrijk: 0, bezet: 0, daadwerkelijk: 0, eventueel: 0, gedeeltelijk: 0, gelijk: 0, geldig: 0, gerust: 0, half: 0, hard: 0, liefst: 0, officieel: 0,
  rechtstreeks: 0, schijnbaar: 0, slechts: 0, spoedig: 0, straks: 0, verplicht: 0, vlak: 0, voorlopig: 0, misverstand: 0,
  wijziging: 0, vervanger: 0, vervanging: 0, kind: 0, moeder: 0, feest: 0, zwanger: 0,
  wit: 0, witte: 0, grijs: 0, grijze: 0, roze: 0, bruin: 0, bruine: 0, breed: 0, brede: 0, dun: 0, dunne: 0, jong: 0, dicht: 0, dichtbij: 0, held: 2, helden: 2, farce: -2.2, afgescheept: -2, afschepen: -2, afgewimpeld: -2, recht: 0, rechten: 0, onjuist: -1.4, onjuiste: -1.4,
  // Stem collisions ("geknipt" as "cut", "langs" as "lang", "betalend" as "betaal", "verzekering" as "zeker").
  geknipt: 0, langs: 0, betalend: 0, verzekering: 0, zekering: 0, positief: 1.2, negatief: -1.2, verademing: 2.4, parel: 2, smulde: 2.4, smulden: 2.4, doorgezakt: -1.6,
  bedankt: 1.6, dank: 1.4, steeds: 0, even: 0, gewoon: 0, wel: 0, groet: 0, groeten: 0, ok: 0.9, oke: 0.9, oké: 0.9, zeker: 0.6,
};

const PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['te laat', -1.8], ['lang wachten', -1.6], ['lang gewacht', -1.6], ['lang moeten wachten', -1.8], ['viel tegen', -1.8],
  ['vielen tegen', -1.8], ['valt tegen', -1.8], ['aan te raden', 2.2], ['de moeite waard', 2],
  ['nooit meer', -1.6], ['niks speciaals', -1.2], ['niets speciaals', -1.2], ['niets bijzonders', -1.2], ['niks bijzonders', -1.2], ['zonde van het geld', -2.2], ['niet te eten', -2.4], ['niet te vreten', -2.6], ['waar voor je geld', 1.8], ['kom zeker terug', 2],
  ['komen zeker terug', 2], ['een aanrader', 2.4], ['geen probleem', 1], ['geen zorgen', 1], ['zo snel mogelijk', 0], ['zo spoedig mogelijk', 0], ['zo vlot mogelijk', 0], ['naar behoren', 1.2], ['een stuk beter', 1.6], ['stuk beter', 1.6], ['veel beter', 1.6],
  ['geen vertrouwen meer', -2], ['sorry voor de late reactie', 0], ['sorry voor de vertraging', 0], ['sorry voor de verwarring', 0], ['excuses voor de late reactie', 0], ['fijn weekend', 0], ['fijne avond', 0], ['fijne middag', 0], ['prettig weekend', 0], ['prettige dag', 0], ['fijne feestdagen', 0], ['begrijp niet goed', 0], ['begrijp het niet goed', 0], ['snap niet goed', 0], ['snap het niet goed', 0], ['weet niet goed', 0], ['niks op aan te merken', 2], ['niets op aan te merken', 2], ['niets aan te merken', 2], ['niks aan te merken', 2], ['pak van mijn hart', 2], ['in no time', 1.4], ['geen vertrouwen', -1.8], ['niemand neemt de moeite', -2], ['neemt de moeite niet', -1.8], ['dat is goed ,', 0], ['dat is goed .', 0], ['is goed ,', 0], ['vriendelijke groet', 0], ['beste groeten', 0], ['beste groet', 0], ['de beste wensen', 0], ['vriendelijke groeten', 0],
  ['met vriendelijke', 0], ['in de steek', -2.2], ['niet normaal', -2], ['niet oké', -2], ['niet ok', -2],
  ['eerlijk gezegd', 0], ['niet wat ik verwacht', -1.8], ['slaat nergens op', -2.2], ['sloeg nergens op', -2.2], ['niet weer', -1.4], ['nee hè', -1.2], ['kan beter', -1], ['hoe lang', 0], ['kon erger', 1], ['meer verwacht', -1.6], ['beter verwacht', -1.8], ['precies wat ik', 2], ['juist wat ik', 2],
  ['werkt eindelijk', 1.6], ['ben er klaar mee', -2], ['klaar mee', -1.8], ['snelle vraag', 0], ['korte vraag', 0], ['kleine vraag', 0], ['valt mee', 1.2], ['viel mee', 1.2], ['vielen mee', 1.2], ['niets mis mee', 1.4], ['niks mis mee', 1.4],
  ['voor herhaling vatbaar', 2.4], ['zeker terug', 2], ['komen terug', 1.6], ['kom terug', 1.6], ['geen aanrader', -2.2], ['niet aan te raden', -2.2], ['laat te wensen over', -2],
  ['liet te wensen over', -2], ['op zijn best', 2], ['om van te smullen', 2.6], ['om duimen en vingers', 3], ['prijs-kwaliteit', 0], ['kon niet blijer', 3], ['kan niet blijer', 3], ['kon niet beter', 2.6], ['kan niet beter', 2.6],
  ['niet te klagen', 1.4], ['geen klachten', 1.6], ['bedankt voor niks', -2.4], ['bedankt voor niets', -2.4], ['het zat', -2.2],
  ['geknipt voor', 2], ['trouwe klant', 0], ['iets anders verwacht', -1.6], ['niet wat ik besteld', -1.8], ['niet wat ik had besteld', -1.8], ['niet wat ik heb besteld', -1.8],
  ['niet wat mij beloofd', -1.8], ['niet wat me beloofd', -1.8], ['niet wat ons beloofd', -1.8], ['zonder enige uitleg', -1.6], ['zonder uitleg', -1.4], ['zonder enige waarschuwing', -1.4], ['zonder waarschuwing', -1.2],
  ['zonder iets te laten weten', -1.6], ['aan het lijntje', -2], ['niet beter kunnen', 2.2], ['sorry dat ik stoor', 0], ['sorry voor het storen', 0],
  ['warm water', 0], ['de moeite', 0], ['ne goeie', 2], ['een schat', 2],
  ['beste tijd gehad', -2], ['leest als een trein', 2.4], ['verwacht je meer', -1.4], ['is dat goed', 0], ['is dat oké', 0], ['is dat ok', 0], ['is dat prima', 0], ['is het goed', 0], ['is het oké', 0], ['is dat goed zo', 0], ['het beste bij', 0], ['het beste past', 0], ['de beste manier', 0], ['de beste optie', 0],
  ['lekker dan', -1.6], ['nou lekker', -1.6], ['van de gekke', -2], ['potje van', -2], ['de druppel', -1.8], ['hoe is dit mogelijk', -1.6], ['vertrouwen is weg', -1.8], ['van het kastje naar de muur', -2.2], ['niets dan problemen', -2], ['niks dan problemen', -2], ['niets dan ellende', -2.2], ['wat is dit voor service', -1.8], ['wat voor service is dit', -1.8],
  ['vertrouwen te verliezen', -1.8], ['vertrouwen verloren', -1.8], ['vertrouwen kwijt', -1.8], ['gedoe bespaard', 1.6], ['als een zonnetje', 2.4], ['meer van jullie verwacht', -1.8], ['meer van u verwacht', -1.8], ['zit lekker', 1.2], ['zit niet lekker', -1.2], ['zitten niet lekker', -1.2], ['past niet goed', -1.2], ['zitten lekker', 1.2], ['zat lekker', 1.2], ['past goed', 1.2], ['niet zeker', 0], ['te gek', 2.4], ['te gek voor woorden', -2.4], ['word er gek van', -2], ['word gek van', -2], ['gek van word', -2], ['beneden peil', -2], ['onder de maat', -2], ['niet op peil', -1.6],
  ['is stuk', -1.6], ['al stuk', -2], ['gaat stuk', -1.6], ['ging stuk', -1.6], ['stuk gegaan', -1.6], ['beter dan verwacht', 2], ['slechter dan verwacht', -2], ['wat ik had gehoopt', 1.4],
  ['niet verwacht van', -1.6], ['vind ik niet kunnen', -2], ['kan echt niet', -1.8], ['kan toch niet', -1.8], ['in orde', 1.2], ['niet in orde', -1.6], ['schiet niet op', -1.6], ['geen zin', -1.4],
  ['gebeurt niks', -1.6], ['gebeurt niets', -1.6], ['geen service meer', -2], ['klopt niets van', -1.8], ['klopt niks van', -1.8], ['te spreken over', 1.8],
  ['maak me zorgen', -1.6], ['maak me ernstig zorgen', -2], ['maken ons zorgen', -1.6], ['geduld raakt op', -2], ['geduld is op', -2], ['niet onder de indruk', -1.8],
  ['meen je dat', -1.6], ['meen je het', -1.6], ['meent u dat', -1.6], ['wat een grap', -2], ['is een grap', -1.8], ['nog steeds niets', -1.4], ['nog steeds niks', -1.4], ['nog altijd niets', -1.4], ['nog altijd niks', -1.4],
  ['kan niet geloven', -1.4], ['kan het niet geloven', -1.4], ['niet te geloven', -1.6],
  ['hoop dat het goed met u gaat', 0], ['hoop dat het goed met je gaat', 0], ['hoop dat alles goed is', 0], ['serieus genomen', 1.6], ['scheelt me een hoop gedoe', 2], ['scheelt een hoop gedoe', 2], ['scheelt me een hoop', 1.4], ['scheelt een hoop', 1.4], ['handenvol geld', -1.6], ['voor de gek gehouden', -2.2], ['voor de gek houden', -2.2], ['hoe vaak moet ik', -1.8], ['hoeveel keer moet ik', -1.8], ['niemand neemt op', -1.8], ['neemt niemand op', -1.8], ['niemand neemt de telefoon op', -2], ['laatste keer dat ik bij jullie', -2], ['werkt weer', 1.4], ['doet het weer', 1.4], ['niks aan de hand', 0], ['niets aan de hand', 0], ['dank je', 1.6], ['dank u', 1.6], ['geen problemen meer', 1.6], ['geen last meer', 1.6], ['klopt van geen kant', -2], ['klopte van geen kant', -2], ['klopt geen bal van', -2.2], ['goede morgen', 0], ['fijne dag', 0], ['klantenservice', 0],
  // "Daar heb ik niks aan": useless to me. "Kan niet wachten om…": eager (without "om" it is as often impatience).
  ['heb ik niks aan', -1.8], ['heb ik niets aan', -1.8], ['heb je niks aan', -1.8], ['heb je niets aan', -1.8], ['hebben we niks aan', -1.8], ['hebben we niets aan', -1.8],
  ['kan niet wachten om', 2], ['kunnen niet wachten om', 2],
  ['nee dank je', 0], ['nee dank u', 0], ['nee bedankt', 0], ['nee dankjewel', 0], ['nee dankuwel', 0],
  ['van de bovenste plank', 2.6], ['niet genoeg bedanken', 3], ['zelfs beter', 1.6], ['nog beter', 1.6],
  ['kan jullie niks schelen', -2], ['kan jullie niets schelen', -2], ['kan jullie geen bal schelen', -2.4], ['kan u niks schelen', -2], ['kan u niets schelen', -2],
  ['loopt vast', -1.6], ['liep vast', -1.6], ['lopen vast', -1.6], ['weggegooid geld', -2], ['geld weggegooid', -2],
  ['om zot van te worden', -2], ['om gek van te worden', -2], ['vind het maar niks', -1.6], ['vond het maar niks', -1.6], ['vind ik maar niks', -1.6], ['vond ik maar niks', -1.6],
];

const TYPOS: ReadonlyMap<string, string> = new Map([
  ['nie', 'niet'], ['ni', 'niet'], ['nix', 'niets'], ['egt', 'echt'], ['ech', 'echt'], ['bedank', 'bedankt'],
  ['thnx', 'bedankt'], ['thx', 'bedankt'], ['tnx', 'bedankt'], ['dankjewel', 'bedankt'], ['dankuwel', 'bedankt'],
  ['dankje', 'bedankt'], ['idd', 'inderdaad'], ['belachlijk', 'belachelijk'], ['onacceptabl', 'onacceptabel'],
  ['kut', 'klote'],
]);

const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...['heel', 'echt', 'zeer', 'super', 'erg', 'ontzettend', 'enorm', 'vreselijk', 'verschrikkelijk', 'hartstikke',
    'zo', 'te', 'bijzonder', 'uiterst', 'extreem', 'totaal', 'compleet', 'absoluut', 'werkelijk', 'heel erg',
    'mega', 'keihard', 'hele', 'zwaar', 'ongelooflijk', 'ongelofelijk', 'absoluut', 'volledig', 'volledig', 'helemaal', 'behoorlijk', 'best']
    .map((w) => [w, 0.293] as const),
  ...['beetje', 'enigszins', 'nogal', 'redelijk', 'tamelijk', 'iets', 'vrij', 'ietwat', 'wat']
    .map((w) => [w, -0.293] as const),
]);

const stemmer = new StemmerNl();
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** pattern_nl's keys were stemmed after nlp.js's normaliser stripped diacritics ("één" → "een"). */
const DIACRITICS = /[\u0300-\u036f]/g;

export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > STEM_CACHE_LIMIT) stems.clear();
    s = stemmer.stemWord(word.normalize('NFD').replace(DIACRITICS, ''));
    stems.set(word, s);
  }
  return s;
}

const surface = new Map(Object.entries(SURFACE));
/** The same corrections by stem, so inflected forms ("kapotte", "vriendelijke") get them too. */
const stemmedSurface = new Map<string, number>();
for (const [word, value] of surface) if (!stemmedSurface.has(stem(word))) stemmedSurface.set(stem(word), value);
const pattern = SentimentNl.pattern;
/**
 * pattern_nl stems that mostly stand for other, neutral words once stemmed: "ervar" (ervaring),
 * "gaf" (geven), "stur" (sturen), "lag" (liggen), "val" (vallen), "betal" (betalen)...
 */
const COLLIDING_STEMS = new Set(
  `gaf grot betal bekek began clos col gis honger spel spit zondag zomer direct net licht los rak wis saf pur natur klar
  inten ervar extra open wee geacht senior levend aannem opbouw gelez bereik berijd behor afbrek zout zoet groen gewonn
  geborg human daver dender vermog wakker lag led leg val stel bar beur boer bos volk min mat hond hes gur gor lat link
  pass stur edel heilig global dik donker koel stil gezag zander opzet onen oner arm gebet bedenk belast bot nor dronk
  winder slink schuin zweter temer onog rekbar`.split(/\s+/),
);
/** Function words ("het", "de") carry no sentiment, whatever their stem collides with in pattern_nl. */
const functionWords = new StopwordsNl();

/** Prefixes that intensify a Dutch compound ("superlekker", "keigoed"). */
/** "wan-" marks a bad kind of something ("wansmakelijk", "wanprestatie"). */
const BAD_PREFIX = 'wan';
const INTENSIFYING_PREFIX = ['super', 'mega', 'hyper', 'ultra', 'reuze', 'kei', 'bere', 'top', 'over'];
const INTENSIFIED = 1.3;
/** "on-" turns a positive adjective negative ("onvriendelijk", "ongezellig"), a bit weaker. */
const NEGATING_PREFIX_SCALAR = -0.8;
/** The shortest head and tail a compound is split into: shorter parts are mostly suffixes or noise. */
const MIN_HEAD = 3;
const MIN_TAIL = 5;
/** Comparative and superlative endings the stemmer keeps ("lekkerste", "duurder"). */
const DEGREE = /(?:ste|st|dere|der|ere|er)$/;
const compounds = new Map<string, number | null>();
const DIMINUTIVE = /(?:etje|pje|tje|je)s?$/;
const DIMINISHED = 0.8;

/**
 * Dutch writes compounds as one word and the last part carries the meaning ("klantvriendelijk",
 * "topkwaliteit"); a word the lexicon lacks is scored by its longest known tail.
 */
function compoundValence(word: string): number | undefined {
  const cached = compounds.get(word);
  if (cached !== undefined) return cached ?? undefined;
  let found: number | null = null;
  for (const prefix of ['on', BAD_PREFIX]) {
    if (found !== null || !word.startsWith(prefix) || word.length < prefix.length + MIN_TAIL) continue;
    const rest = lexiconValence(word.slice(prefix.length));
    if (rest !== undefined && rest > 0) found = rest * NEGATING_PREFIX_SCALAR;
  }
  for (let k = MIN_HEAD; found === null && word.length - k >= MIN_TAIL; k++) {
    const tail = lexiconValence(word.slice(k));
    if (tail === undefined) continue;
    // The longest known tail decides: "reisverzekering" is a "verzekering" (neutral), not a "zeker".
    if (tail === 0) break;
    const head = word.slice(0, k);
    found = INTENSIFYING_PREFIX.includes(head) ? tail * INTENSIFIED : tail;
  }
  if (compounds.size > STEM_CACHE_LIMIT) compounds.clear();
  compounds.set(word, found);
  return found ?? undefined;
}

function valence(word: string): number | undefined {
  return lexiconValence(word) ?? (word.length >= MIN_HEAD + MIN_TAIL ? compoundValence(word) : undefined);
}

function lexiconValence(word: string): number | undefined {
  const direct = surface.get(word);
  if (direct !== undefined) return direct;
  if (functionWords.isStopword(word)) return undefined;
  // Both lexicons below are looked up by stem and hold adjectives, which inflect to -e/-er/-st; a word
  // in -en is mostly a verb or plural noun that only shares the stem ("betalen", "wilden", "kinderen").
  if (word.length >= 4 && word.endsWith('en')) return undefined;
  const stemmed = stem(word);
  const corrected = stemmedSurface.get(stemmed);
  if (corrected !== undefined) return corrected;
  if (COLLIDING_STEMS.has(stemmed)) return undefined;
  const polarity = pattern[stemmed];
  if (polarity) return polarity * PATTERN_SCALE;
  // A diminutive ("zooitje", "foutje", "grapje") keeps its base word's meaning, a little softened.
  const small = DIMINUTIVE.exec(word);
  if (small && small.index >= 3) {
    const base = word.slice(0, small.index);
    const v = surface.get(base);
    if (v !== undefined) return v * DIMINISHED;
  }
  // Comparatives and superlatives the stemmer keeps ("duurdere", "lekkerste").
  const base = word.replace(DEGREE, '');
  if (base !== word && base.length >= 3) return lexiconValence(base);
  const plain = uninflected(word);
  return plain === undefined ? undefined : surface.get(plain);
}

/**
 * The base form of an inflected adjective whose spelling changes: "waardeloze" → "waardeloos",
 * "boze" → "boos", "lieve" → "lief" (the -e ending voices s/f and halves a long vowel).
 */
function uninflected(word: string): string | undefined {
  if (word.length < 5 || !word.endsWith('e')) return undefined;
  let base = word.slice(0, -1);
  if (base.endsWith('z')) base = `${base.slice(0, -1)}s`;
  else if (base.endsWith('v')) base = `${base.slice(0, -1)}f`;
  const open = /(?:^|[^aeiou])([aeou])([^aeiouj])$/.exec(base);
  return open ? `${base.slice(0, -1)}${open[1]}${open[2]}` : base;
}

/** Fault words of a plain problem report (see SentimentProfile.factual). */
const FACTUAL = new Set([
  'kapot', 'kapotte', 'defect', 'defecte', 'beschadigd', 'beschadigde', 'vertraagd', 'vertraging', 'kwijt', 'verdwenen', 'fout',
  'foute', 'foutmelding', 'foutcode', 'verkeerd', 'verkeerde', 'probleem', 'problemen', 'storing', 'lager', 'laag', 'lage', 'vergeten',
  'geweigerd', 'mislukt', 'gebroken', 'vast', 'leeg', 'ontbreekt', 'ontbrak', 'ontbreken', 'ontbrekende', 'geblokkeerd', 'ongeldig',
  'lek', 'lekt', 'onbetaald', 'geannuleerd', 'gecrasht', 'crasht', 'dubbel', 'zwart', 'uitgevallen', 'te laat', 'laat',
  'vastgelopen', 'kwijtgeraakt', 'loopt vast', 'liep vast', 'lopen vast',
  'zit lekker', 'zit niet lekker', 'zitten niet lekker', 'past niet goed', 'zitten lekker', 'zat lekker', 'past goed', 'klacht', 'foutje', 'slecht bereik', 'is stuk', 'gaat stuk', 'ging stuk', 'stuk gegaan', 'mis', 'mist', 'gebarsten', 'gescheurd', 'vlek', 'krassen', 'kras', 'rood', 'minder', 'traag', 'trage', 'langzaam', 'last', 'onjuist', 'onjuiste',
]);

export const dutch: SentimentProfile = {
  lang: 'nl',
  valence,
  negators: new Set(['niet', 'geen', 'nooit', 'niets', 'niks', 'niemand', 'nergens', 'noch', 'zonder', 'nee', 'neen', 'amper', 'nauwelijks', 'weinig', 'minder', 'gebrek']),
  boosters: BOOSTERS,
  contrast: new Set(['maar', 'echter']),
  courtesy: new Set(['bedankt', 'dank', 'alvast', 'hopelijk', 'hoop', 'helaas', 'sorry', 'excuus', 'waardeer', 'merci']),
  requestWords: new Set(['alvast', 'graag', 'alstublieft', 'alsjeblieft', 'aub', 'svp', 'asjeblieft', 'astublieft']),
  requestOpeners: new Set(['kunt u', 'kun je', 'kan je', 'kunnen jullie', 'zou u', 'zou je', 'kan ik', 'mag ik', 'ik wil', 'ik zou', 'ik heb', 'ik wacht', 'hoe kan', 'waar is', 'wanneer komt', 'wanneer wordt', 'is het', 'hoe lang']),
  expectations: new Set([
    'ontvangen', 'geleverd', 'bezorgd', 'aangekomen', 'gekregen', 'werkt', 'werken', 'werkte', 'gewerkt', 'opgelost',
    'beantwoord', 'gereageerd', 'teruggestort', 'terugbetaald', 'verzonden', 'verstuurd', 'geholpen', 'gehoord',
    'binnen', 'gekomen', 'komt', 'teruggebeld', 'gebeld', 'reactie', 'antwoord', 'terugbetaling', 'pakket',
    'bericht', 'update', 'hulp', 'oplossing', 'levering', 'bevestiging', 'aan', 'doet', 'klopt', 'klopte', 'klopten',
    'beantwoordt', 'beantwoorden', 'beantwoordde', 'antwoorden', 'luistert', 'luisteren', 'luisterde', 'past', 'passen', 'paste', 'pasten', 'belde', 'belt', 'reageert', 'reageerde', 'antwoordt', 'antwoordde', 'terug', 'gemaild', 'opgenomen', 'nagekomen',
    'geregeld', 'excuses', 'excuus', 'uitleg', 'verwerkt', 'doorgekomen', 'aangepast', 'gewijzigd', 'bijgeschreven', 'informatie', 'geserveerd', 'gebracht', 'gemeld', 'verteld', 'geïnformeerd', 'opgediend', 'opdagen', 'opgedaagd', 'verschenen', 'krijg', 'krijgen', 'kreeg', 'kregen', 'kwam', 'kwamen', 'deed', 'deden', 'vinden', 'gevonden',
  ]),
  phrases: indexPhrases(PHRASES),
  typos: TYPOS,
  interjections: new Set(['haha', 'hahaha', 'hihi', 'hehe', 'lol', 'jeej', 'joepie', 'bah', 'getver', 'gatver', 'jakkes', 'pff', 'pfff', 'wow', 'omg', 'xd']),
  waiting: new Set(['wacht', 'wachten', 'gewacht', 'wachtte', 'wachtten', 'wachtend', 'duurde', 'duurt', 'duren', 'geduurd']),
  durations: new Set(['minuten', 'kwartier', 'uur', 'uren', 'dagen', 'dag', 'weken', 'week', 'maanden', 'maand', 'lang', 'eeuwig', 'eeuwen', 'sinds']),
  excess: 'te',
  // "te" is also the infinitive marker ("om te eten"): infinitives end in -en.
  isExcessTarget: (word) => word.length > 2 && !word.endsWith('en') && !functionWords.isStopword(word),
  factual: FACTUAL,
  serviceWords: new Set('aansluiting abonnement account accu adres afspraak afstandsbediening api app apparaat artikel auto bagage batterij bedrag beeldscherm bereik bestelling bestellingen betaling bezorger bezorging bluetooth boeking bon camera code console contract controller cv decoder deur doos droger export factuur fiets gas gebruikersnaam headset horloge hypotheek incasso inlog instellingen internet internetsnelheid jas kaart kabel kachel ketel knop koelkast koerier koptelefoon kortingscode lamp laptop lening levering licentie licentiesleutel link machine mail meter meterstand meterstanden modem monitor monteur muis nummer oplader orderbedrag overboeking pakket pakketje pas pincode pixel polis portaal printer product profiel retour rits router saldo scherm schoenen scooter simkaart site slot snelheid speaker stekker stroom synchronisatie tablet telefoon terugbetaling ticket toetsenbord tracking tv update vaatwasser verbinding verwarming verzekering vlucht volume wachtwoord wasmachine water waterdruk waterkoker website wifi zending'.split(' ')),
  negatorMayFollow: true,
  greetings: new Set(['beste']),
};

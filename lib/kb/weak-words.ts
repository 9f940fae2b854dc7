/**
 * Generic chat words and everyday product names: not stop words, but they say little about which snippet a customer
 * needs ("order", "today", "send", "bestelling", "vandaag"). They still help to rank, but
 * carry little information, so a message that only shares them with a snippet is not an
 * answer ("what's the weather today" must not suggest "Delivery times").
 */
import type { KbLanguage } from './types';

const WEAK: Record<KbLanguage, ReadonlySet<string>> = {
  en: new Set(
    'order orders ordered ordering today tomorrow yesterday time times week weeks day days month months year years work works working get getting got item items product products thing things something stuff one new old back send sent sending still says said shows see saw go going went now already bought buy buying make made long much many first left right way ways use used need needed take taken taking find found look looking happen happened problem issue question customer customers shop store online website good bad best number free headphones earbuds toaster blender vacuum cleaner laptop phone phones tv television speaker lamp shoes jacket coffee machine camera tablet watch monitor printer mixer iron fan heater'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'bestelling bestellingen slecht slechte belachelijk schandalig onacceptabel boos teleurgesteld gefrustreerd irritant vervelend balen jammer serieus echt waar wanneer komt kwam komen per vind niks niets iemand niemand thuis fout vorige volgende geleden drie twee vier vijf ongeluk wacht wachten gewacht kocht opgegeven besteld bestellen vandaag morgen gisteren tijd week weken dag dagen maand maanden jaar jaren product producten artikel artikelen iets ding dingen spullen nieuwe nieuw oude oud terug sturen gestuurd staat stond zie zien gezien gaan gaat ging al gekocht kopen lang hoeveel eerste manier gebruiken nodig vinden gevonden kijken probleem vraag klant winkel online website goed slecht nummer gratis krijgen krijg kreeg doen doet koptelefoon oordopjes broodrooster blender stofzuiger laptop telefoon gsm tv televisie speaker lamp schoenen jas koffiezetapparaat koffiemachine camera tablet horloge monitor printer mixer strijkijzer ventilator kachel apparaat'.split(
      ' ',
    ),
  ),
};

export const isWeakWord = (word: string, lang: KbLanguage) => WEAK[lang].has(word);

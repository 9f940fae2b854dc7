/**
 * Customer-service vocabulary, EN and NL: the words customers use in chat mapped onto the
 * concepts a webshop KB is written in ("my package hasn't shown up" → parcel, arrive;
 * "ik geraak niet in mijn account" → wachtwoord, inloggen). Query-side only: a snippet is
 * never re-indexed, and a look-up is a dictionary hit, whatever the KB's size.
 *
 * Each concept lists words and short phrases per language. Any member found in a message
 * stands for every single-word member of its concept (those are what KB text contains).
 * Phrases are matched on the message's raw words (stop words included: "doet het niet").
 */
import { typoTerms } from './term-expansion';
import { isStopword, stem, words } from './text-analysis';
import type { KbLanguage } from './types';
import { isWeakWord } from './weak-words';

type Concept = Record<KbLanguage, readonly string[]>;

const stemAll = (phrase: string, lang: KbLanguage) => words(phrase).map((w) => stem(w, lang));

export const CONCEPTS: readonly Concept[] = [
  { en: ['parcel', 'package', 'packet', 'shipment', 'consignment', 'pkg', 'parcels', 'packages', 'box', 'delivery box', 'my stuff', 'my things', 'my purchase', 'my goods'], nl: ['pakket', 'pakje', 'pakketje', 'zending', 'doos', 'colli', 'pakketten', 'pakketjes', 'doosje', 'pakjes', 'zendingen', 'mijn spullen', 'mijn pakketje', 'postpakket'] },
  {
    en: ['arrive', 'arrived', 'delivered', 'received', 'shown up', 'show up', 'turned up', 'turn up', 'dropped off', 'came', 'get here', 'come in', 'receive', 'got it', 'arrival', 'be there', 'get to me', 'reach me', 'marked delivered', 'shows delivered', 'says delivered', 'arrives', 'arriving', 'shows up', 'showed up', 'turns up', 'receive it', 'delivered to me'],
    nl: ['aangekomen', 'aankomen', 'bezorgd', 'geleverd', 'afgeleverd', 'ontvangen', 'gekregen', 'toegekomen', 'geleverd', 'binnen', 'binnengekomen', 'aankomst', 'ontvang', 'er zijn', 'bij mij', 'staat als bezorgd', 'staat op bezorgd', 'aankomt', 'binnenkomt', 'bezorgt', 'geleverd worden', 'bezorgd worden', 'komt aan', 'kwam aan', 'afgegeven'],
  },
  {
    en: ['late', 'delay', 'delayed', 'overdue', 'still waiting', 'not arrived', 'never arrived', 'hasnt arrived', 'not here yet', 'taking long', 'taking forever', 'hasnt come', 'not come', 'still not here', 'should have arrived', 'supposed to arrive', 'past the date', 'expected yesterday', 'still nothing', 'longer than', 'promised', 'no sign', 'no sign of', 'missed the date', 'delivery window', 'running late', 'behind schedule', 'hasnt turned up', 'not received yet', 'still hasnt arrived', 'still not arrived', 'still hasnt come', 'hasnt shown up', 'not shown up', 'days late', 'week late', 'over a week', 'past the expected date', 'expected date passed', 'taking ages', 'taking too long', 'not delivered yet', 'still not delivered', 'was due', 'due date', 'should be here', 'should have been here', 'waiting for ages', 'nothing yet', 'not here'],
    nl: ['te laat', 'vertraging', 'vertraagd', 'duurt lang', 'nog steeds niet', 'nooit aangekomen', 'niet aangekomen', 'nog niet binnen', 'laat', 'nog niet', 'nog niks', 'nog niets', 'over de datum', 'zou komen', 'had moeten komen', 'nog altijd niet', 'later dan verwacht', 'langer dan beloofd', 'beloofd', 'geen spoor', 'bezorgmoment', 'tijdvak', 'er kwam niks', 'kwam niet', 'loopt vertraging op', 'nog niet ontvangen', 'nog steeds niet binnen', 'al dagen', 'nog steeds niet bezorgd', 'nog steeds niet geleverd', 'nog niet bezorgd', 'nog niet geleverd', 'nog niet aangekomen', 'nog niet gekregen', 'nog altijd niks', 'dagen te laat', 'week te laat', 'al een week', 'te lang', 'over de verwachte datum', 'verwachte datum voorbij', 'zou er al zijn', 'had er al moeten zijn', 'lang onderweg', 'al dagen onderweg', 'blijft weg', 'komt maar niet', 'duurt erg lang', 'nog steeds niks'],
  },
  { en: ['lost', 'missing', 'gone missing', 'disappeared', 'vanished', 'lose', 'misplaced', 'never came', 'stuck', 'not moving', 'no movement', 'hasnt moved', 'went missing', 'lost in the post', 'never turned up', 'no updates', 'no update', 'lost my parcel', 'never showed up', 'never delivered', 'cant find', 'nowhere', 'no trace', 'tracking stopped', 'not updated', 'hasnt updated', 'no tracking updates', 'stuck in transit', 'stuck at the depot', 'depot', 'lost it'], nl: ['kwijt', 'zoek', 'vermist', 'verloren', 'kwijtgeraakt', 'verdwenen', 'zoekgeraakt', 'staat stil', 'beweegt niet', 'geen beweging', 'nooit gekomen', 'onvindbaar', 'geen update', 'geen updates', 'raakgeraakt', 'nooit bezorgd', 'kwijt geraakt', 'nergens te vinden', 'niet te vinden', 'geen update meer', 'staat al dagen stil', 'zit vast', 'ligt stil', 'sorteercentrum', 'depot', 'raakt kwijt'] },
  {
    en: ['tracking', 'track', 'trace', 'status', 'where is', 'wheres', 'where are', 'follow', 'whereabouts', 'tracking code', 'tracking number', 'track it', 'on its way', 'where it is', 'follow my order', 'where are', 'check where', 'right now', 'trace my parcel', 'locate', 'track my order', 'order status', 'shipping status', 'barcode', 'track and trace', 'tracking link', 'tracking info', 'tracking information', 'tracking details', 'follow it', 'follow the parcel', 'see where', 'find out where', 'where my parcel is', 'where my order is', 'shipment status', 'delivery status', 'been shipped', 'has it shipped', 'dispatched', 'shipped'],
    nl: ['volgen', 'track', 'trace', 'status', 'waar is', 'waar blijft', 'volgcode', 'traceren', 'bevindt', 'waar het is', 'onderweg', 'volglink', 'bijhouden', 'volgnummer', 'nakijken', 'waar het nu is', 'kijken waar', 'pakket volgen', 'bestelstatus', 'status van mijn bestelling', 'barcode', 'zending volgen', 'track en trace', 'track & trace', 'trackingcode', 'trackingnummer', 'tracking', 'trackinglink', 'zien waar', 'waar mijn pakket is', 'waar mijn bestelling is', 'verzonden', 'al verstuurd', 'is het al verstuurd', 'verzendstatus', 'leveringsstatus', 'waar zit', 'trackinginfo', 'trackinginformatie'],
  },
  {
    en: ['how fast', 'how quickly', 'how soon', 'next day', 'have it tomorrow', 'delivery time', 'when will it arrive', 'when will my order arrive', 'when will it be delivered', 'how long', 'how many days', 'when can i expect', 'expect', 'delivery date', 'when will i get', 'when will i receive', 'before the weekend', 'by friday', 'by saturday', 'by monday', 'eta', 'lead time', 'same day', 'express delivery', 'arrive by', 'delivered by', 'take to arrive', 'how quick', 'working days', 'business days', 'delivery days', 'deliver on saturday', 'deliver on sunday', 'weekend delivery', 'saturday delivery', 'ship abroad', 'deliver abroad', 'international delivery', 'deliver to belgium', 'ship to belgium', 'how fast do you deliver'],
    nl: ['hoe snel', 'morgen in huis', 'volgende dag', 'levertijd', 'levertijden', 'wanneer wordt geleverd', 'wanneer komt het', 'in huis', 'hoe lang duurt', 'hoelang', 'hoeveel dagen', 'wanneer heb ik', 'wanneer krijg ik', 'leverdatum', 'verwacht', 'verwachten', 'voor het weekend', 'voor zaterdag', 'voor maandag', 'hoe lang doen jullie', 'zelfde dag', 'spoedlevering', 'binnen hoeveel dagen', 'wanneer bezorgd', 'wanneer in huis', 'werkdagen', 'leverdagen', 'op zaterdag bezorgen', 'in het weekend bezorgen', 'zaterdagbezorging', 'zondagbezorging', 'naar het buitenland', 'buitenland', 'naar belgie', 'leveren jullie ook', 'bezorgen jullie ook', 'hoe snel leveren'],
  },
  { en: ['delivery', 'deliver', 'shipping', 'ship', 'dispatch', 'courier', 'deliveries', 'delivering', 'shipped', 'shipment', 'postal', 'post', 'carrier', 'postnl', 'dhl', 'ups', 'dpd', 'bpost', 'delivery guy', 'delivery driver', 'driver', 'postman', 'mailman'], nl: ['bezorging', 'bezorgen', 'levering', 'leveren', 'verzending', 'verzenden', 'levertijd', 'koerier', 'leveringen', 'bezorger', 'pakketbezorger', 'postbode', 'pakjesdienst', 'vervoerder', 'chauffeur', 'postnl', 'dhl', 'dpd', 'bpost', 'verstuurd', 'versturen', 'bezorgdienst', 'pakketdienst', 'transporteur'] },
  { en: ['shipping costs', 'postage', 'delivery charge', 'delivery fee', 'shipping fee', 'delivery costs', 'send costs', 'pay for shipping', 'charge for delivery', 'free shipping', 'free delivery', 'postal costs', 'included', 'on top', 'extra costs', 'surcharge', 'charge', 'delivery price', 'postage and packing', 'shipping rates', 'free postage', 'shipping charge', 'shipping cost', 'delivery cost', 'cost to ship', 'cost of shipping', 'cost of delivery', 'how much is shipping', 'how much is delivery', 'pay for postage', 'pay extra', 'extra for delivery', 'minimum order', 'minimum amount', 'free above', 'postage costs', 'p&p'], nl: ['verzendkosten', 'portokosten', 'porto', 'bezorgkosten', 'verzendkost', 'leveringskosten', 'opsturen', 'kosten verzending', 'gratis verzending', 'gratis bezorging', 'verzendtarief', 'inbegrepen', 'bijkomende kosten', 'kost het', 'erbij', 'extra kosten', 'verzendprijs', 'bezorgprijs', 'gratis thuisbezorgd', 'verzendtarieven', 'kosten voor verzending', 'kosten voor bezorging', 'wat kost verzending', 'wat kost bezorging', 'wat kost het verzenden', 'betalen voor verzending', 'minimum bedrag', 'minimaal bedrag', 'gratis vanaf', 'extra betalen', 'kosten rekenen', 'rekenen jullie'] },
  { en: ['pickup', 'collect', 'pick up', 'servicepoint', 'parcel shop', 'parcel point', 'collection point', 'pick it up', 'post office', 'parcel locker', 'not home', 'collect it', 'pickup location', 'pick-up location', 'collect from', 'locker', 'click and collect', 'pickup point', 'pick up point', 'service point', 'drop point', 'collection', 'nearby', 'near me', 'in my area', 'while im at work', 'not at home', 'wont be home', 'not be home'], nl: ['afhaalpunt', 'ophalen', 'afhalen', 'pakketpunt', 'servicepunt', 'pakjeswinkel', 'postkantoor', 'pakketautomaat', 'niet thuis', 'ophaalpunt', 'zelf ophalen', 'pakketwinkel', 'pakketshop', 'afhaallocatie', 'pakketkluis', 'ophalen bij', 'afhaalpunten', 'ophaalpunten', 'servicepunten', 'pakketpunten', 'in de buurt', 'dichtbij', 'bij mij in de buurt', 'niet thuis zijn', 'ben niet thuis', 'overdag niet thuis', 'postnl punt', 'dhl punt', 'bpost punt'] },
  { en: ['address', 'adress', 'moved', 'house number', 'postcode', 'wrong address', 'new address', 'moving', 'relocating', 'street', 'my office', 'to work', 'postal code', 'zip code', 'deliver elsewhere', 'redirect', 'reroute', 'update address', 'shipping address', 'addresses', 'street name', 'typo', 'typed', 'misspelled', 'spelling mistake', 'wrong postcode', 'wrong zip', 'wrong house number', 'different address', 'another address', 'new place', 'move house', 'moving house', 'deliver to my work', 'send it somewhere else', 'change the address', 'fix the address', 'correct the address'], nl: ['adres', 'bezorgadres', 'huisnummer', 'verhuisd', 'verhuizen', 'postcode', 'verkeerd adres', 'nieuw adres', 'straat', 'verhuis', 'woonadres', 'naar mijn werk', 'werkadres', 'ander adres', 'postcode wijzigen', 'omleiden', 'adres wijzigen', 'verzendadres', 'afleveradres', 'adressen', 'straatnaam', 'typfout', 'tikfout', 'verkeerd ingevuld', 'fout ingevuld', 'verkeerde postcode', 'verkeerd huisnummer', 'adres aanpassen', 'adres veranderen', 'adres verbeteren', 'ergens anders', 'nieuwe woning', 'nieuw huis', 'verhuizing', 'gaan verhuizen'] },
  {
    en: ['return', 'returning', 'send back', 'sending back', 'bring back', 'send it back', 'retrun', 'returns', 'give back', 'take back', 'ship back', 'bring it back', 'return it', 'sending back', 'send things back', 'return policy', 'return deadline', 'return period', 'cooling off', 'start a return', 'return form', 'returns portal', 'register a return', 'return label', 'returns label', 'shipping label', 'label', 'qr code', 'drop off', 'procedure', 'how do i return', 'how to return', 'return process', 'send something back', 'send stuff back', 'send an item back', 'send the item back', 'returned', 'return window', 'days to return', 'time to return', 'too late to return'],
    nl: ['retour', 'retourneren', 'terugsturen', 'terug sturen', 'terugzenden', 'retourzending', 'retourneer', 'terugbrengen', 'kan het nog terug', 'terug te sturen', 'terug te brengen', 'terug naar jullie', 'terug geven', 'teruggeven', 'terug te geven', 'retouren', 'retourtje', 'dingen terugsturen', 'retourbeleid', 'retourperiode', 'retourformulier', 'retour aanmelden', 'retourportaal', 'bedenktermijn', 'retourlabel', 'retoursticker', 'verzendlabel', 'label', 'sticker', 'qr-code', 'qr code', 'inleveren', 'afgeven', 'retour sturen', 'retour doen', 'retourprocedure', 'retourtermijn', 'hoe retourneren', 'hoe stuur ik terug', 'teruggestuurd', 'teruggebracht', 'geretourneerd', 'terugsturen kan', 'te laat om te retourneren', 'weggebracht', 'wegbrengen', 'teruggebracht naar'],
  },
  {
    en: ['refund', 'money back', 'reimburse', 'reimbursement', 'pay me back', 'repay', 'paid back', 'refunded', 'my money', 'reimbursed', 'credited', 'money returned', 'get my money', 'refunds', 'pay out', 'payout', 'credit back', 'no refund', 'not refunded', 'refund status', 'refund money', 'get my money back', 'see the money', 'seen the money', 'money in my account', 'money on my account', 'back on my card', 'back in my account', 'bank statement', 'reimburse me', 'compensation'],
    nl: ['terugbetaling', 'geld terug', 'terugstorting', 'teruggestort', 'terugbetalen', 'centen terug', 'terugkrijgen', 'terugbetaald', 'mijn geld', 'geld terugkrijgen', 'terugstorten', 'geld retour', 'bedrag terug', 'mijn centen', 'terugbetalingen', 'uitbetalen', 'uitbetaling', 'uitbetaald', 'betalen uit', 'geen terugbetaling', 'niet terugbetaald', 'terugbetaling duurt', 'geld teruggestort', 'geld terugstorten', 'geld op mijn rekening', 'op mijn rekening', 'bankafschrift', 'rekeningafschrift', 'geld terugzien', 'geld teruggekregen', 'terugbetaalt', 'vergoeding', 'vergoed', 'creditnota', 'teruggave', 'restitutie'],
  },
  {
    en: ['pay the difference', 'exchange', 'swap', 'switch', 'different size', 'other size', 'bigger size', 'smaller size', 'wrong size', 'different colour', 'different color', 'trade', 'replace it with', 'exchange it', 'other colour', 'other color', 'wrong colour', 'wrong color', 'doesnt fit', 'too small', 'too big', 'same model', 'replace with', 'swap for', 'exchange for', 'wrong model', 'exchanging', 'swap it', 'trade it', 'change it for', 'change the size', 'change the colour', 'change the color', 'different one', 'other one instead', 'bigger one', 'smaller one', 'size up', 'size down', 'larger size', 'replace it', 'for another', 'for a different'],
    nl: ['bijbetalen', 'het verschil bijbetalen', 'ruilen', 'omruilen', 'omwisselen', 'wisselen', 'andere maat', 'verkeerde maat', 'maat groter', 'maat kleiner', 'andere kleur', 'inwisselen', 'omruil', 'ander exemplaar', 'verkeerde kleur', 'past niet', 'te klein', 'te groot', 'hetzelfde model', 'ruilen voor', 'omwisselen voor', 'verkeerd model', 'ander model', 'inruilen', 'inruil', 'verruilen', 'wisselen voor', 'ruilen tegen', 'andere versie', 'ander formaat', 'groter formaat', 'kleiner formaat', 'maatje groter', 'maatje kleiner', 'maatje te klein', 'maatje te groot', 'andere uitvoering', 'vervangen door', 'in plaats van', 'ipv'],
  },
  {
    en: ['defective', 'broken', 'faulty', 'fault', 'not working', 'stopped working', 'doesnt work', 'dont work', 'isnt working', 'dead', 'malfunction', 'wont turn on', 'doesnt turn on', 'repair', 'leaking', 'leaks', 'stopped', 'stops working', 'wont start', 'wont charge', 'no sound', 'not turning on', 'keeps turning off', 'switches off', 'broke', 'broken down', 'died', 'flickering', 'noise', 'malfunctioning', 'cuts out', 'burnt', 'burning smell', 'smells', 'blinking', 'flashing', 'wont print', 'gave up', 'defect', 'stopped charging', 'wont switch on', 'doesnt switch on', 'error message', 'glitch', 'not charging', 'not heating', 'wont heat', 'doesnt heat', 'heat up', 'heating up', 'no heat', 'no hot air', 'cold air', 'only one side', 'one ear', 'left ear', 'right ear', 'crackling', 'buzzing', 'rattling', 'rattles', 'humming', 'no power', 'wont power on', 'doesnt power on', 'not responding', 'unresponsive', 'frozen', 'freezes', 'keeps crashing', 'crashes', 'acting up', 'playing up', 'stopped blowing', 'not blowing', 'not cooling', 'not spinning', 'wont spin', 'wont open', 'wont close', 'not printing', 'lights blink', 'blinks', 'fails', 'doesnt do anything', 'does nothing', 'works badly', 'poor quality', 'fell apart', 'came apart', 'came loose', 'wobbly', 'stuck button', 'fix it', 'repaired', 'repairs', 'faulty product', 'one side', 'on one side', 'one earbud', 'one speaker', 'sound on one side'],
    nl: ['defect', 'kapot', 'stuk', 'werkt niet', 'doet het niet', 'doet het niet meer', 'doet niks meer', 'gaat niet aan', 'gaat niet meer aan', 'repareren', 'gerepareerd', 'reparatie', 'valt uit', 'laadt niet', 'lekt', 'kapotte', 'kapot gegaan', 'gaat uit', 'slaat af', 'doet raar', 'geen geluid', 'start niet', 'laadt niet op', 'begeeft', 'hapert', 'storing', 'mankement', 'raar geluid', 'werkt niet meer', 'verbrand', 'brandlucht', 'ruikt', 'knippert', 'knipperen', 'print niet', 'begeven', 'uitvallen', 'laadt niet meer', 'foutcode', 'kapotgegaan', 'wordt niet warm', 'niet meer warm', 'warmt niet op', 'niet warm', 'geen warme lucht', 'blaast niet', 'koude lucht', 'alleen links', 'alleen rechts', 'aan een kant', 'kraakt', 'kraken', 'zoemt', 'bromt', 'rammelt', 'geen stroom', 'reageert niet', 'loopt vast', 'blijft hangen', 'hangt', 'crasht', 'print niet meer', 'koelt niet', 'draait niet', 'gaat niet open', 'gaat niet dicht', 'valt steeds uit', 'doet niets', 'doet niks', 'slecht werkt', 'uit elkaar gevallen', 'zit los', 'losgekomen', 'wiebelt', 'herstellen', 'hersteld', 'laten maken', 'gemaakt', 'defecte', 'gebrek', 'mankeert', 'marcheert niet', 'marcheert niet meer', 'werkt nie', 'herstelling', 'herstel', 'reparatieservice', 'maar aan een kant', 'een oortje'],
  },
  { en: ['warranty', 'guarantee', 'guaranteed', 'covered', 'still covered', 'warranty period', 'guarantee period', 'warranty length', 'years warranty', 'how long is the warranty', 'warranties', 'guarantees', 'under warranty', 'warranty claim', 'claim', 'warranty card', 'manufacturer warranty', 'how many years', 'years of warranty', 'guarantee on', 'warranty on', 'still under guarantee', 'out of warranty', 'expired warranty'], nl: ['garantie', 'waarborg', 'gedekt', 'garantietermijn', 'valt onder', 'dekking', 'garantieperiode', 'jaar garantie', 'garantie duurt', 'fabrieksgarantie', 'garantieclaim', 'claim', 'garantiebewijs', 'onder garantie', 'nog garantie', 'hoeveel jaar', 'garantie op', 'buiten garantie', 'garantie verlopen'] },
  {
    en: ['damaged', 'damage', 'dented', 'dent', 'smashed', 'shattered', 'scratched', 'crushed', 'arrived broken', 'crack', 'cracked', 'broken glass', 'arrived damaged', 'banged up', 'bent', 'torn', 'dents', 'soaked', 'wet', 'water damage', 'in pieces', 'ripped', 'damaged in transit', 'damaged during shipping', 'broken when it arrived', 'scratches', 'unpacked', 'unpacking', 'opened the box', 'opened it', 'out of the box', 'box was damaged', 'box was crushed', 'box crushed', 'broken on arrival', 'arrived cracked', 'arrived dented', 'transport damage', 'shipping damage', 'pieces', 'shards', 'chipped', 'chip', 'scuffed', 'scuff', 'broken in the box'],
    nl: ['beschadigd', 'schade', 'deuk', 'ingedeukt', 'barst', 'gebarsten', 'gebroken', 'kras', 'krassen', 'transportschade', 'kapot aangekomen', 'geplet', 'gedeukt', 'deukje', 'stuk aangekomen', 'kapot binnen', 'beschadiging', 'scheur', 'krom', 'doorweekt', 'nat', 'waterschade', 'in stukken', 'gescheurd', 'beschadigd geleverd', 'kapot geleverd', 'schade bij levering', 'uitgepakt', 'uitpakken', 'uitpakte', 'doos open', 'doos was kapot', 'doos kapot', 'scherven', 'in scherven', 'kapot bezorgd', 'gebarsten aangekomen', 'schilfer', 'afgebroken', 'afgebroken stuk', 'beschadigd ontvangen', 'schade aan', 'vervoersschade', 'deukjes', 'krasje', 'barstje'],
  },
  { en: ['cancel', 'cancellation', 'call off', 'stop my order', 'cancelled', 'cancelling', 'canceling', 'ordered by mistake', 'by accident', 'dont want it anymore', 'dont send', 'undo', 'withdraw', 'revoke', 'retract', 'cancel my order', 'cancel purchase', 'stop shipment', 'changed my mind', 'cancel it', 'cancel the order', 'stop the order', 'stop it', 'halt', 'dont need it anymore', 'no longer need', 'dont want it', 'made a mistake', 'wrong order', 'ordered twice', 'ordered the wrong', 'by mistake', 'accidentally ordered', 'accidentally'], nl: ['annuleren', 'annulering', 'cancelen', 'tegenhouden', 'geannuleerd', 'annuleer', 'per ongeluk besteld', 'niet versturen', 'ongedaan', 'terugdraaien', 'niet meer hebben', 'bedacht', 'intrekken', 'terugtrekken', 'herroepen', 'bestelling annuleren', 'aankoop annuleren', 'bestelling intrekken', 'annuleert', 'annulatie', 'stopzetten', 'tegen houden', 'niet meer nodig', 'wil het niet meer', 'per abuis', 'per ongeluk', 'dubbel besteld', 'twee keer besteld', 'verkeerd besteld', 'foutje', 'vergist', 'niet meer willen', 'bestelling stoppen', 'ongedaan maken'] },
  { en: ['invoice', 'receipt', 'bill', 'proof of purchase', 'invoices', 'receipts', 'paperwork', 'invoice copy', 'billing document', 'download invoice', 'expense report', 'expenses', 'expense claim', 'records', 'accounting', 'bookkeeping', 'pdf', 'copy of my invoice', 'copy of the bill', 'order receipt', 'purchase receipt', 'proof of payment', 'employer', 'accountant', 'for work', 'for my employer'], nl: ['factuur', 'bon', 'kassabon', 'aankoopbewijs', 'fatcuur', 'facturen', 'bonnetje', 'nota', 'factuurtje', 'kopie factuur', 'factuur downloaden', 'factuur kwijt', 'declaratie', 'declareren', 'onkostennota', 'onkosten', 'administratie', 'boekhouding', 'pdf', 'kopie', 'kopie van de factuur', 'rekening', 'betaalbewijs', 'aankoopbon', 'kasticket', 'kassaticket', 'aankoopticket', 'werkgever', 'boekhouder', 'accountant', 'voor mijn werk'] },
  { en: ['vat', 'tax', 'company', 'business', 'vat number', 'tax number', 'company name', 'chamber of commerce', 'excluding vat', 'sole trader', 'business account', 'taxes', 'vat invoice', 'company details', 'business purchase', 'reverse charge', 'vat exempt', 'tax invoice', 'kvk', 'company invoice', 'business invoice', 'on my company', 'company name on', 'business customer', 'business customers', 'self employed', 'freelancer', 'firm', 'vat id', 'vat registration', 'reverse charged', 'without vat', 'ex vat', 'incl vat', 'including vat'], nl: ['btw', 'belasting', 'bedrijf', 'zakelijk', 'bedrijfsnaam', 'btw nummer', 'kvk', 'btw-nummer', 'eenmanszaak', 'zzp', 'zzper', 'ondernemer', 'exclusief btw', 'belastingen', 'btw-factuur', 'bedrijfsgegevens', 'zakelijke aankoop', 'btw verlegd', 'kvk-nummer', 'firma', 'onderneming', 'zelfstandige', 'freelancer', 'btw-id', 'btw apart', 'zonder btw', 'excl btw', 'incl btw', 'inclusief btw', 'op naam van mijn bedrijf', 'bedrijfsfactuur', 'zakelijke factuur', 'zakelijke klant', 'plichtig', 'btw-plichtig', 'mijn zaak', 'eigen zaak', 'ondernemingsnummer'] },
  { en: ['payment', 'pay', 'paying', 'credit card', 'paypal', 'visa', 'mastercard', 'ways to pay', 'pay by', 'debit card', 'bank transfer', 'apple pay', 'ideal', 'bancontact', 'payment options', 'pay with', 'google pay', 'maestro', 'payment methods', 'payment method', 'pay using', 'pay by card', 'accept', 'accepted', 'american express', 'amex', 'card', 'cards', 'cash', 'checkout options', 'how can i pay', 'ways of paying', 'payconiq', 'bank card'], nl: ['betalen', 'betaalmethode', 'betaalmogelijkheden', 'creditcard', 'betaalwijze', 'visa', 'pinnen', 'pinpas', 'overmaken', 'bankoverschrijving', 'ideal', 'bancontact', 'paypal', 'betaling', 'betaalopties', 'betalen met', 'google pay', 'maestro', 'betaalmethoden', 'betaalmethodes', 'betaalwijzen', 'betaalmogelijkheid', 'afrekenen met', 'accepteren', 'american express', 'amex', 'kaart', 'bankkaart', 'debetkaart', 'contant', 'cash', 'hoe kan ik betalen', 'manier van betalen', 'kredietkaart', 'kredietkaarten', 'payconiq', 'betaalkaart', 'maestrokaart', 'overschrijving', 'domiciliering'] },
  { en: ['pay later', 'afterpay', 'klarna', 'installments', 'pay afterwards', 'buy now pay later', 'in 30 days', 'pay next month', 'in instalments', 'instalments', 'spread the cost', 'spread the payment', 'monthly payments', 'financing', 'pay after', 'pay afterwards', 'pay on delivery', 'after delivery', 'receive it first', 'pay in 3', 'deferred payment', 'pay by invoice', 'pay in parts', 'in parts', 'three parts', 'pay in three', 'split payment', 'split the payment', 'split the cost', 'pay monthly', 'monthly installments', 'pay over time', 'spread payments', 'deferred', 'after 30 days', 'within 30 days', 'payment reminder', 'reminder to pay', 'payment reminders'], nl: ['achteraf betalen', 'afterpay', 'klarna', 'gespreid betalen', 'later betalen', 'termijnen', 'in termijnen', 'gespreid', 'volgende maand betalen', 'in delen', 'afbetalen', 'financiering', 'daarna betalen', 'na ontvangst', 'eerst ontvangen', 'pas betalen', 'achteraf', 'in drie termijnen', 'betalen per factuur', 'spreiden', 'spreid', 'in stukjes', 'in drie keer', 'in 3 keer', 'in delen betalen', 'per maand', 'maandelijks', 'maandelijkse termijnen', 'in termijnen betalen', 'afbetaling', 'op afbetaling', 'pas later', 'binnen 30 dagen', 'betaalherinnering', 'betalingsherinnering', 'aanmaning', 'herinnering om te betalen'] },
  {
    en: ['payment failed', 'didnt go through', 'not go through', 'declined', 'failed', 'unpaid', 'charged', 'debited', 'taken from my account', 'error', 'card declined', 'card rejected', 'rejected', 'refused', 'wont go through', 'checkout error', 'payment error', 'double charged', 'charged twice', 'payment not accepted', 'transaction failed', 'payment pending', 'charged but no order', 'money taken', 'money was taken', 'money left my account', 'taken from my card', 'charged my card', 'no confirmation', 'no order confirmation', 'order confirmation', 'confirmation email', 'didnt get a confirmation', 'payment problem', 'couldnt pay', 'cant pay', 'unable to pay', 'wont let me pay', 'checkout problem', 'checkout failed', 'stuck at checkout', 'went wrong', 'something went wrong', 'did it go through', 'went through'],
    nl: ['error', 'errormelding', 'foutcode', 'mislukt', 'niet gelukt', 'foutmelding', 'afgeschreven', 'onbetaald', 'fout bij betalen', 'ging niet door', 'geweigerd', 'afgewezen', 'lukt niet', 'betaling lukt niet', 'dubbel betaald', 'twee keer afgeschreven', 'fout bij afrekenen', 'betaling niet geaccepteerd', 'transactie mislukt', 'betaling in behandeling', 'betaald maar geen bestelling', 'geld afgeschreven', 'van mijn rekening', 'geld is weg', 'geen bevestiging', 'geen orderbevestiging', 'orderbevestiging', 'bevestigingsmail', 'geen bevestigingsmail', 'betaalprobleem', 'kan niet betalen', 'kon niet betalen', 'lukt niet te betalen', 'afrekenen lukt niet', 'afrekenen mislukt', 'ging mis', 'ging iets mis', 'fout gegaan', 'is het gelukt', 'doorgegaan', 'blijft hangen bij betalen', 'ging fout', 'misgegaan', 'niet doorgekomen', 'niet doorgegaan', 'betaling ging mis'],
  },
  {
    en: ['password', 'login', 'log in', 'sign in', 'locked out', 'cant get in', 'login details', 'forgot password', 'reset', 'forgot', 'forgotten', 'cant remember', 'cant log in', 'cant login', 'access my account', 'get into my account', 'locked', 'reset password', 'change password', 'password link', 'cant sign in', 'forgot my password', 'passwords', 'passcode', 'pw', 'username', 'log on', 'logon', 'signin', 'sign on', 'cant access', 'no access', 'locked out of', 'get back in', 'cant get into', 'get into', 'reset link', 'reset email', 'reset mail', 'login problem', 'login page', 'account access', 'two factor', 'verification code', 'login code'],
    nl: ['wachtwoord', 'inloggen', 'inlog', 'inloggegevens', 'geraak niet in', 'kom niet in', 'kan niet in', 'wachtwoord vergeten', 'resetten', 'paswoord', 'vergeten', 'inlogcode', 'kan niet inloggen', 'kom er niet in', 'account geblokkeerd', 'weet niet meer', 'wachtwoord wijzigen', 'resetlink', 'kan niet aanmelden', 'wachtwoorden', 'gebruikersnaam', 'aanmelden', 'aanmelden lukt niet', 'inloggen lukt niet', 'geraak niet meer in', 'kom niet meer in', 'kan niet meer in', 'geraak er niet in', 'kom er niet meer in', 'niet meer in mijn account', 'toegang', 'geen toegang', 'resetmail', 'inlogpagina', 'inlogprobleem', 'verificatiecode', 'buitengesloten'],
  },
  { en: ['change email', 'email address', 'delete account', 'remove account', 'close account', 'delete my account', 'profile', 'erase', 'close my account', 'remove my details', 'new email', 'update my email', 'change my email', 'update email', 'remove my account', 'gdpr', 'data deletion', 'email change', 'change my email address', 'different email', 'personal details', 'my details', 'update details', 'change details', 'delete', 'deleted', 'remove', 'removed', 'erased', 'wipe', 'forget me', 'right to be forgotten', 'deactivate', 'terminate my account', 'account deletion'], nl: ['e-mailadres', 'emailadres', 'mailadres', 'account verwijderen', 'account opheffen', 'gegevens wijzigen', 'profiel', 'gegevens verwijderen', 'account sluiten', 'nieuw mailadres', 'gegevens wissen', 'e-mail wijzigen', 'mailadres wijzigen', 'account opzeggen', 'avg', 'e-mail aanpassen', 'mailadres aanpassen', 'ander e-mailadres', 'persoonlijke gegevens', 'mijn gegevens', 'gegevens aanpassen', 'verwijderen', 'verwijderd', 'wissen', 'gewist', 'opheffen', 'opgeheven', 'afsluiten', 'deactiveren', 'account laten verwijderen', 'profiel aanpassen', 'profiel wijzigen'] },
  {
    en: ['newsletter', 'unsubscribe', 'mailing list', 'promotional emails', 'marketing emails', 'opt out', 'stop sending', 'promotions', 'emails', 'spam', 'mails', 'advertising', 'mailings', 'stop emailing', 'too many emails', 'email preferences', 'stop newsletter', 'unsubscribe me', 'promo', 'promos', 'promotional', 'promo emails', 'marketing', 'adverts', 'ads', 'offers', 'deals emails', 'junk', 'junk mail', 'daily emails', 'email list', 'mailing', 'subscribed', 'unsubscribing', 'stop the emails', 'stop getting emails'],
    nl: ['nieuwsbrief', 'afmelden', 'uitschrijven', 'reclame', 'reclamemails', 'mailinglijst', 'geen mails meer', 'die mails', 'mails', 'spam', 'aanbiedingen', 'reclamemail', 'mailtjes', 'geen mail meer', 'e-mailvoorkeuren', 'nieuwsbrief stoppen', 'promotiemails', 'promotiemail', 'promoties', 'promotie', 'promo', 'mailing', 'reclamefolder', 'acties', 'aanbiedingsmails', 'marketingmails', 'geen reclame', 'geen nieuwsbrief', 'mailtjes stoppen', 'ingeschreven', 'afmelden voor'],
  },
  { en: ['membership', 'subscription', 'premium', 'plus', 'member', 'perks', 'benefits', 'worth it', 'advantages', 'member programme', 'member program', 'loyalty programme', 'whats included', 'loyalty', 'member perks', 'membership benefits', 'what do i get', 'what does it include', 'whats in it', 'membership fee', 'monthly fee', 'member benefits', 'plus membership', 'northwind plus', 'sign up for plus', 'join plus', 'is it worth', 'pay off', 'pays off', 'worth joining', 'become a member', 'worth becoming a member', 'join'], nl: ['lidmaatschap', 'abonnement', 'plus', 'lid', 'voordelen', 'voordeel', 'de moeite waard', 'ledenprogramma', 'leden', 'wat zit erin', 'wat houdt het in', 'ledenvoordeel', 'wat krijg ik', 'wat zit erbij', 'lidgeld', 'maandbedrag', 'plus-lidmaatschap', 'plus lidmaatschap', 'northwind plus', 'lid worden', 'is het de moeite', 'loont het', 'loont', 'lonen', 'rendabel', 'lid te worden', 'lid word', 'interessant om lid'] },
  { en: ['end my subscription', 'stop my subscription', 'terminate', 'stop paying', 'stop my membership', 'cancel my membership', 'end membership', 'quit', 'cancel membership', 'stop subscription', 'auto renew', 'renewal', 'renews', 'end my plus', 'cancel plus', 'stop plus', 'quit plus', 'before it renews', 'stop renewing', 'notice period', 'unsubscribe from plus', 'leave plus', 'end it'], nl: ['opzeggen', 'stopzetten', 'beeindigen', 'opzegging', 'stoppen', 'stoppen met', 'lidmaatschap stoppen', 'ermee stoppen', 'lidmaatschap opzeggen', 'abonnement opzeggen', 'automatisch verlengd', 'verlenging', 'wordt verlengd', 'zeg op', 'zeg ik op', 'opzegtermijn', 'plus opzeggen', 'plus stoppen', 'plus-abonnement opzeggen', 'niet verlengen', 'voordat het verlengd', 'verlengd wordt', 'stoppen met plus', 'uitschrijven plus'] },
  {
    en: ['opening hours', 'open', 'opening', 'phone number', 'call you', 'reach you', 'contact', 'closed', 'phone', 'call', 'ring', 'talk to someone', 'speak to someone', 'open on', 'business hours', 'chat', 'what time', 'staffed', 'reachable', 'until when', 'customer service hours', 'contact details', 'chat hours', 'when are you available', 'opening times', 'open today', 'open tomorrow', 'close', 'closes', 'closing', 'closing time', 'support hours', 'customer support', 'customer service', 'support', 'helpdesk', 'help desk', 'phone line', 'hotline', 'telephone', 'number to call', 'ring you', 'call back', 'speak to a person', 'speak to a human', 'human', 'agent', 'email address to contact', 'contact you', 'get in touch'],
    nl: ['openingstijden', 'open', 'geopend', 'bellen', 'telefoonnummer', 'bereikbaar', 'contact', 'gesloten', 'openingsuren', 'telefonisch', 'bel', 'iemand spreken', 'open op', 'chat', 'hoe laat', 'bemand', 'tot wanneer', 'telefonisch bereikbaar', 'klantenservice', 'contactgegevens', 'wanneer bereikbaar', 'open vandaag', 'sluit', 'sluiten', 'sluitingstijd', 'klantendienst', 'helpdesk', 'telefoon', 'telefoonlijn', 'nummer', 'opbellen', 'terugbellen', 'medewerker', 'mens spreken', 'persoon spreken', 'contact opnemen', 'mailen', 'bereiken', 'te bereiken'],
  },
  { en: ['flames', 'caught fire', 'catch fire', 'on fire', 'exploded', 'recall', 'kettle', 'dangerous', 'unsafe', 'overheat', 'overheating', 'safety', 'spark', 'sparks', 'sparked', 'fire', 'smoke', 'electric shock', 'hazard', 'taken off the market', 'withdrawn', 'pulled', 'banned', 'safe to use', 'product recall', 'safety notice', 'safety issue', 'recalled', 'recalls', 'burning smell', 'smells burnt', 'smells like burning', 'melted', 'melting', 'too hot', 'gets very hot', 'shock', 'sparking', 'fire hazard', 'safety recall', 'is it safe'], nl: ['vlam', 'vlammen', 'in brand', 'vuur', 'ontploft', 'terugroepactie', 'waterkoker', 'gevaarlijk', 'onveilig', 'oververhit', 'veiligheid', 'terugroepen', 'vonken', 'vonk', 'brand', 'brandgevaar', 'rook', 'schok', 'kortsluiting', 'uit de handel', 'teruggeroepen', 'ingetrokken', 'veilig', 'veiligheidswaarschuwing', 'veiligheidsprobleem', 'terughaalactie', 'brandgeur', 'verbrand ruikt', 'ruikt verbrand', 'gesmolten', 'smelt', 'te heet', 'wordt heel heet', 'heet', 'stroomschok', 'vonkt', 'brandgevaarlijk', 'is het veilig'] },
  { en: ['gift card', 'giftcard', 'voucher', 'gift voucher', 'gift certificate', 'gift voucher', 'store credit', 'gift cards', 'vouchers', 'e-gift', 'gift card balance', 'balance check', 'giftcards', 'gift code', 'voucher code', 'balance', 'remaining balance', 'left on', 'redeem', 'redeeming', 'expire', 'expires', 'expiry', 'credit on', 'how much is left on', 'whats left on', 'left on it'], nl: ['cadeaukaart', 'cadeaubon', 'kadokaart', 'kadobon', 'tegoedbon', 'giftcard', 'waardebon', 'tegoed', 'cadeaubonnen', 'cadeaukaarten', 'saldo', 'cadeaukaart saldo', 'saldo checken', 'tegoed checken', 'kadobonnen', 'giftcards', 'tegoedbonnen', 'restsaldo', 'nog op staat', 'inwisselen', 'verzilveren', 'verloopt', 'verlopen', 'geldig', 'geldigheid', 'hoeveel staat er nog op', 'staat er nog op', 'resterend bedrag', 'wat staat er nog op'] },
  { en: ['beat', 'beat the price', 'beat prices', 'price match', 'cheaper', 'less elsewhere', 'lower price', 'competitor', 'competitors', 'another shop', 'match prices', 'cheaper elsewhere', 'lower elsewhere', 'better price', 'beat the price', 'match the price', 'other store', 'price guarantee', 'lowest price', 'price promise', 'found it cheaper', 'cheaper somewhere else', 'cheaper at', 'cheaper on', 'less at', 'lower at', 'price difference', 'difference back', 'refund the difference', 'match that', 'match it', 'price beat', 'same price as', 'another webshop', 'other webshop', 'other website', 'cheaper online', 'for less', 'coolblue', 'bol com', 'amazon', 'mediamarkt', 'currys', 'argos', 'best buy', 'walmart'], nl: ['prijsgarantie', 'goedkoper', 'elders', 'concurrent', 'andere winkel', 'laagste prijs', 'prijsverschil', 'lagere prijs', 'elders goedkoper', 'prijs matchen', 'daarin mee', 'andere webshop', 'goedkoper gezien', 'elders voordeliger', 'ergens anders goedkoper', 'goedkoper bij', 'goedkoper gevonden', 'verschil terug', 'verschil terugkrijgen', 'zelfde prijs', 'andere zaak', 'andere website', 'daarin meegaan', 'gaan jullie mee', 'prijs evenaren', 'laagsteprijsgarantie', 'goedkoper online', 'voor minder', 'lagere prijs gezien', 'coolblue', 'mediamarkt', 'amazon', 'wehkamp', 'vanden borre', 'krefel', 'fnac', 'blokker', 'bol com'] },
  {
    en: ['washing machine', 'fridge', 'dryer', 'install', 'installation', 'large appliance', 'old appliance', 'take away', 'dishwasher', 'freezer', 'fridge freezer', 'upstairs', 'carry', 'connect', 'hook up', 'hook it up', 'old one', 'dispose', 'haul away', 'white goods', 'appliance delivery', 'delivery appointment', 'time slot', 'built in', 'washer', 'tumble dryer', 'oven', 'cooker', 'stove', 'appliance', 'appliances', 'big appliance', 'installing', 'installed', 'set it up', 'plumb', 'plumbing', 'take the old one', 'remove the old', 'old machine', 'recycle the old', 'carry it', 'delivery team', 'two men', 'stairs', 'flight of stairs', 'carry up', 'no lift', 'no elevator', 'elevator'],
    nl: ['wasmachine', 'koelkast', 'droger', 'installeren', 'installatie', 'aansluiten', 'groot apparaat', 'meenemen', 'vaatwasser', 'vriezer', 'naar boven', 'sjouwen', 'oude meenemen', 'afvoeren', 'oude apparaat', 'witgoed', 'bezorgafspraak', 'tijdslot', 'inbouw', 'oude mee terug', 'wasdroger', 'fornuis', 'kookplaat', 'oven', 'apparaat', 'apparaten', 'geinstalleerd', 'aangesloten', 'oude weghalen', 'oude machine', 'naar boven dragen', 'naar boven brengen', 'bezorgteam', 'verdieping', 'etage', 'trap', 'trappen', 'de trap op', 'bovenverdieping', 'lift', 'geen lift'],
  },
  { en: ['backorder', 'out of stock', 'sold out', 'unavailable', 'restock', 'back in stock', 'in stock', 'not available', 'available again', 'when back', 'expected later', 'preorder', 'no stock', 'restock date', 'when available', 'expected date', 'pre-order', 'delayed item', 'temporarily unavailable', 'currently unavailable', 'not in stock', 'stock', 'availability', 'available', 'restocked', 'restocking', 'when will it be available', 'expected delivery date', 'coming soon', 'waiting list', 'notify me'], nl: ['nabestelling', 'uitverkocht', 'niet op voorraad', 'voorraad', 'weer binnen', 'leverbaar', 'backorder', 'niet beschikbaar', 'weer leverbaar', 'niet leverbaar', 'pre-order', 'geen voorraad', 'verwachte leverdatum', 'wanneer leverbaar', 'nog niet leverbaar', 'op voorraad', 'tijdelijk niet beschikbaar', 'tijdelijk uitverkocht', 'niet op stock', 'op stock', 'beschikbaarheid', 'weer beschikbaar', 'wanneer weer', 'aangevuld', 'nabestellen', 'wachtlijst', 'binnenkort', 'verwachte datum'] },
];

/**
 * How-long and when questions: they ask about a time, but which one (delivery, a refund, the
 * return window, the warranty) is said by the rest of the message ("how long does a refund
 * take", "hoe lang gaat de batterij mee"). They stay in their concept but carry little
 * information of their own (message-terms.ts).
 */
const QUESTION_FRAMES: Record<KbLanguage, readonly string[]> = {
  en: ['how long', 'how many days', 'how fast', 'how quickly', 'how soon', 'how quick', 'expect', 'when will i get', 'when will i receive', 'when can i expect', 'how long does it take', 'how many working days'],
  nl: ['hoe snel', 'hoe lang', 'hoelang', 'hoe lang duurt', 'hoeveel dagen', 'binnen hoeveel dagen', 'wanneer heb ik', 'wanneer krijg ik', 'verwacht', 'verwachten', 'hoeveel werkdagen'],
};
const frameKeys: Record<KbLanguage, ReadonlySet<string>> = {
  en: new Set(QUESTION_FRAMES.en.map((f) => stemAll(f, 'en').join(' '))),
  nl: new Set(QUESTION_FRAMES.nl.map((f) => stemAll(f, 'nl').join(' '))),
};

/** Whether a word or phrase (as written) only frames a question in time: see QUESTION_FRAMES. */
export const isQuestionFrame = (phrase: string, lang: KbLanguage) => frameKeys[lang].has(stemAll(phrase, lang).join(' '));

interface Vocabulary {
  /** Stem of a single-word member → the concepts it belongs to. */
  byStem: Map<string, number[]>;
  /** Multi-word members as stem sequences, longest first. */
  phrases: Array<{ stems: string[]; concept: number }>;
  /** Indexes into `phrases` by first stem: a message is checked only against phrases it could start. */
  phrasesByStart: Map<string, number[]>;
  /** The first two stems of every phrase, space-joined ("send back"). */
  phrasePairs: Set<string>;
  /** Single-word members' stems per concept: what an expansion adds. */
  targets: string[][];
  /** Single-word members as written, for typo correction against the dictionary. */
  surface: string[];
}


function build(lang: KbLanguage): Vocabulary {
  const byStem = new Map<string, number[]>();
  const phrases: Vocabulary['phrases'] = [];
  const targets: string[][] = [];
  const surface = new Set<string>();
  const isSingle = (member: string) => words(member).length === 1 && !member.includes('-');
  /** Stems that are single-word members of some concept: they stand for that concept only. */
  const owned = new Set(CONCEPTS.flatMap((c) => c[lang].filter(isSingle).map((m) => stem(words(m)[0] as string, lang))));
  /** How many concepts' phrases use each stem: "period" (return period, warranty period) says neither. */
  const phraseUse = new Map<string, number>();
  for (const c of CONCEPTS) {
    const used = new Set(c[lang].filter((m) => !isSingle(m)).flatMap((m) => stemAll(m, lang)));
    for (const s of used) phraseUse.set(s, (phraseUse.get(s) ?? 0) + 1);
  }
  CONCEPTS.forEach((concept, ci) => {
    const single = new Set<string>();
    for (const member of concept[lang]) {
      const stems = stemAll(member, lang);
      if (stems.length === 1 && !member.includes('-')) {
        const s = stems[0] as string;
        single.add(s);
        surface.add(words(member)[0] as string);
        byStem.set(s, [...new Set([...(byStem.get(s) ?? []), ci])]);
      } else if (stems.length) {
        phrases.push({ stems, concept: ci });
        // KB text says "shipping costs" too: a phrase's own content words are targets as well,
        // but not generic ones ("works", "back"), another concept's words ("pay me back") nor
        // words that several concepts' phrases share ("period", "card").
        for (const w of words(member)) {
          const s = stem(w, lang);
          if (!isStopword(w, lang) && !isWeakWord(w, lang) && !owned.has(s) && phraseUse.get(s) === 1) single.add(s);
        }
      }
    }
    targets.push([...single]);
  });
  phrases.sort((a, b) => b.stems.length - a.stems.length);
  const phrasesByStart = new Map<string, number[]>();
  phrases.forEach((p, i) => {
    const start = p.stems[0] as string;
    const list = phrasesByStart.get(start);
    if (list) list.push(i);
    else phrasesByStart.set(start, [i]);
  });
  const phrasePairs = new Set(phrases.map((p) => p.stems.slice(0, 2).join(' ')));
  return { byStem, phrases, phrasesByStart, phrasePairs, targets, surface: [...surface].sort() };
}

const vocabularies: Record<KbLanguage, Vocabulary> = { en: build('en'), nl: build('nl') };

/** Stems a word stands for through its concepts (itself excluded). */
export function conceptTerms(wordStem: string, lang: KbLanguage): string[] {
  const v = vocabularies[lang];
  const out = new Set<string>();
  for (const ci of v.byStem.get(wordStem) ?? []) for (const t of v.targets[ci] ?? []) if (t !== wordStem) out.add(t);
  return [...out];
}

/** Whether some phrase starts with these two words ("send" + "back"). */
export const startsPhrase = (first: string, second: string, lang: KbLanguage) => vocabularies[lang].phrasePairs.has(`${stem(first, lang)} ${stem(second, lang)}`);

export interface PhraseMatch {
  phrase: string;
  /** Positions in the word list the phrase covers. */
  positions: number[];
  terms: string[];
}

/**
 * Dutch puts the rest of the clause between a verb and its negation ("doet het sinds gisteren
 * niet meer", "zou dinsdag komen maar kwam niet"): a phrase's "niet" or "geen" may come this
 * many words later, within the same clause.
 */
const NEGATION_GAP = 4;
const NEGATIONS: Record<KbLanguage, ReadonlySet<string>> = { en: new Set(), nl: new Set(['niet', 'geen', 'nie'].map((w) => stem(w, 'nl'))) };

/** Positions of a phrase's words from `start`, or undefined when it is not there. */
function phraseAt(stems: readonly string[], phrase: readonly string[], start: number, clauses: readonly number[] | undefined, lang: KbLanguage): number[] | undefined {
  const positions: number[] = [];
  let j = start;
  for (let k = 0; k < phrase.length; k++) {
    const want = phrase[k] as string;
    let at = stems[j] === want ? j : -1;
    if (at < 0 && k > 0 && clauses && NEGATIONS[lang].has(want)) {
      for (let g = j + 1; g <= j + NEGATION_GAP && g < stems.length && clauses[g] === clauses[start]; g++) {
        if (stems[g] === want) {
          at = g;
          break;
        }
      }
    }
    if (at < 0) return undefined;
    positions.push(at);
    j = at + 1;
  }
  return positions;
}

/**
 * Multi-word members found in a message's raw words (longest first, no overlaps). `clauses`
 * (each word's clause number) lets a Dutch negation stand apart from its verb.
 */
export function findPhrases(rawWords: readonly string[], lang: KbLanguage, clauses?: readonly number[]): PhraseMatch[] {
  const v = vocabularies[lang];
  const stems = rawWords.map((w) => stem(w, lang));
  const candidates = new Set<number>();
  for (const s of stems) for (const pi of v.phrasesByStart.get(s) ?? []) candidates.add(pi);
  // Most messages start no phrase at all.
  if (candidates.size === 0) return [];
  const taken = new Set<number>();
  const out: PhraseMatch[] = [];
  // In the phrases' own order (longest first), as a scan of all of them would meet them.
  for (const pi of [...candidates].sort((x, y) => x - y)) {
    const p = v.phrases[pi] as Vocabulary['phrases'][number];
    for (let i = 0; i + p.stems.length <= stems.length; i++) {
      if (stems[i] !== p.stems[0]) continue;
      const positions = phraseAt(stems, p.stems, i, clauses, lang);
      if (!positions || positions.some((pos) => taken.has(pos))) continue;
      for (const pos of positions) taken.add(pos);
      out.push({ phrase: positions.map((pos) => rawWords[pos]).join(' '), positions, terms: v.targets[p.concept] ?? [] });
    }
  }
  return out;
}

/**
 * The dictionary word nearest a misspelt one ("wachtwrd" → "wachtwoord"): one edit away, two
 * for words of 8 letters or more, same first letter; the first in sorted order among equals.
 * typoTerms() scans only the first letter's block and memoises, as for the index's terms.
 */
export function correctToDictionary(word: string, lang: KbLanguage): string | undefined {
  if (word.length < 5) return undefined;
  return typoTerms(vocabularies[lang].surface, word)[0];
}

// What in a forum post looks like a minor's personal data (tax code, date of birth, phone number,
// e-mail address, a full name next to words about a minor), so the author can remove it or
// confirm. Pure and dependency-free: runs on the server and, later, in the browser.
//
// Decisions (each a trade-off between asking too often and missing data):
// - Tax code: a 16-character code with digits where the format wants them is flagged even when its
//   check character is wrong (a mistyped code is still personal data). The check character is
//   only needed for a code written without any digit (full omocodia), which must also be written
//   in capitals: that way no ordinary 16-letter word is ever taken for a code.
// - Date of birth: a full past date near a birth word ("nato il", "data di nascita", "n. a … il",
//   "d.o.b.") unless an event word comes between ("nato in Mali, arrivato il …"); a bare full date
//   only when its year makes the person 10–21 today and it is not a law's, a document's or an
//   event's ("D.Lgs. 18 agosto 2015", "arrivato il 12/05/2015", "dal 1/9/2012").
//   Future dates, dates without a year ("udienza il 3 dicembre") and "classe 2008" are never flagged.
// - Phone: Italian mobiles and landlines, +/00 international numbers; never toll-free (800/803)
//   or short numbers (112, 1522), amounts, dates, times, protocol numbers, "n/anno" references.
// - E-mail: every address, also in links, offices' ones included (the author confirms).
// - Names: two to four capitalised words next to a word about a minor, minus institutions,
//   places, months, common words and nouns, bodies' names ("Istituto Carlo Cattaneo"), "@mentions"
//   of members and names next to a role ("avv. Maria Rossi", "Paola Neri (tutrice)"). A single
//   first name, initials ("M. D.") and titles in Title Case are not flagged.
// - Addresses (http(s), www., the portal's own "/forum/…" paths) hide everything but e-mails.

export type PrivacyFindingKind = "tax_code" | "birth_date" | "phone" | "email" | "name_near_minor";

export interface PrivacyFinding {
  kind: PrivacyFindingKind;
  /** The text that matched, as written (to show the author what to remove). */
  match: string;
  /** Index of the match in the input. */
  index: number;
}

interface Span {
  index: number;
  end: number;
}

/** When two findings overlap, the more specific (higher) one is kept. */
const SPECIFICITY: Record<PrivacyFindingKind, number> = { tax_code: 5, email: 4, phone: 3, birth_date: 2, name_near_minor: 1 };
/** How far (in characters) a birth word or a word about a minor may be from what it qualifies. */
const NEAR = 40;

/** What in a post (Markdown source, possibly with a title) looks like a minor's personal data. */
export function findPersonalData(text: string, options?: { now?: Date }): PrivacyFinding[] {
  const now = options?.now ?? new Date();
  const dates = findDates(text);
  const addresses = spansOf(ADDRESS, text);
  const candidates = [
    ...findTaxCodes(text),
    ...findEmails(text),
    ...findPhones(text, [...dates, ...spansOf(NOT_A_PHONE, text)]),
    ...dates.filter((date) => isBirthDate(text, date, now)).map((d) => finding("birth_date", text, d)),
    ...findNamesNearMinor(text),
  ].filter((f) => f.kind === "email" || f.kind === "tax_code" || !addresses.some((a) => overlaps(a, spanOf(f))));
  return keepMostSpecific(candidates);
}

// ---------------------------------------------------------------------------------------------
// Tax code (codice fiscale)

/** A place where the code has a digit; omocodia replaces digits with these letters. */
const CF_DIGIT = "[0-9LMNPQRSTUV]";
/** The compact code: surname, name, year, month letter, day, place of birth, check character. */
const TAX_CODE = new RegExp(String.raw`\b[A-Z]{6}${CF_DIGIT}{2}[A-EHLMPR-T]${CF_DIGIT}{2}[A-Z]${CF_DIGIT}{3}[A-Z]\b`, "gi");
/** The same code in groups with single spaces: "RSSMRA 85T10 A562S", "RSS MRA 85T10 A562S". */
const TAX_CODE_GROUPED = new RegExp(
  String.raw`\b[A-Z]{3} ?[A-Z]{3} ${CF_DIGIT}{2}[A-EHLMPR-T]${CF_DIGIT}{2} [A-Z]${CF_DIGIT}{3}[A-Z]\b`,
  "gi",
);
/** The official values of the characters in odd positions (1st, 3rd…), for 0–9 and A–Z alike. */
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** The check character of a tax code, from its first 15 characters. */
export function taxCodeCheckCharacter(first15: string): string {
  let sum = 0;
  [...first15.toUpperCase()].forEach((ch, i) => {
    // Digits and letters share the tables: 0 is worth what A is worth, 1 what B is…
    const code = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? ODD_VALUES[code] : code;
  });
  return String.fromCharCode(65 + (sum % 26));
}

function findTaxCodes(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const m of text.matchAll(TAX_CODE)) {
    const code = m[0];
    const plausible =
      /\d/.test(code) || (code === code.toUpperCase() && taxCodeCheckCharacter(code.slice(0, 15)) === code[15]);
    if (plausible) found.push({ kind: "tax_code", match: code, index: m.index });
  }
  for (const m of text.matchAll(TAX_CODE_GROUPED)) {
    if (/\d/.test(m[0])) found.push({ kind: "tax_code", match: m[0], index: m.index });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses and web addresses

/** An e-mail address (also inside a "mailto:" link). */
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
/** Web addresses and the portal's own paths ("/forum/argomenti/…"): nothing in them but e-mails and tax codes counts. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+|(?<![\p{L}\p{N}/])\/\p{L}[\p{L}\p{N}\-._~/?=&#%]*/gu;

function findEmails(text: string): PrivacyFinding[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: "email" as const, match: m[0], index: m.index }));
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/** Groups of digits separated by one space, dot, dash or slash, maybe after a "+": "+39 347 123 4567". */
const DIGIT_RUN = /\+?\d+(?:[ .\-/]\d+)*/g;
/** Numbers that are not phones: times ("14.30"), "number/year" references ("47/2017", "12345/2026",
 *  "06/2026"), protocol, case and document numbers ("prot. n. 0012345"). */
const NOT_A_PHONE = new RegExp(
  [
    String.raw`\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?!\.\d)`,
    String.raw`\b\d+[/.\-](?:19|20)\d{2}\b(?![.\-/]\d)`,
    String.raw`\b(?:prot(?:ocollo)?|pratica|fascicolo|r\.\s?g|rg|cui|iban|codice|cod|matricola|n|nr|num)\b\.?\s*(?:n\.?|nr\.?)?\s*[:°]?\s*\d[\d/.\-]*`,
  ].join("|"),
  "gi",
);
/** Text right before or after a number that makes it an amount of money. */
const MONEY_BEFORE = /(?:€|\beur|\beuro)\s*$/i;
const MONEY_AFTER = /^\s*(?:€|euro\b|eur\b|mila\b|milion|miliard)/i;

/** Italian numbers without the +39: mobiles (3xx, 9–10 digits) and landlines (0 + area code, 6–11
 *  digits). `firstGroup` is how many digits were written before the first separator, if known. */
function isItalianNumber(digits: string, firstGroup: number | null): boolean {
  if (/^3[1-9]\d{7,8}$/.test(digits)) return firstGroup === null || firstGroup >= 3;
  if (/^0[1-9]\d{4,9}$/.test(digits)) {
    // Two-digit area codes exist only for Milano (02) and Roma (06): "03 2009" is no phone.
    return firstGroup === null || firstGroup >= 3 || (firstGroup === 2 && /^0[26]/.test(digits));
  }
  return false;
}

/** Whether some consecutive groups of digits, as written, form a phone number. */
function isPhone(groups: string[]): boolean {
  const first = groups[0];
  const digits = groups.join("").replace("+", "");
  if (first.startsWith("+") || first.startsWith("00")) {
    const international = first.startsWith("+") ? digits : digits.slice(2);
    const country = first.replace(/^\+|^00/, "");
    if (international.startsWith("39")) {
      return isItalianNumber(international.slice(2), country === "39" ? (groups[1]?.length ?? null) : null);
    }
    return international.length >= 8 && international.length <= 15;
  }
  return isItalianNumber(digits, first.length);
}

function findPhones(text: string, notPhones: Span[]): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    // A run glued to a word or to another number ("I12345678", "1,347…") is no phone.
    const before = text.slice(Math.max(0, run.index - 2), run.index);
    if (/[\p{L}\p{N}_]$/u.test(before) || /\d[.,/-]$/.test(before)) continue;
    const groups = [...run[0].matchAll(/\+?\d+/g)].map((g) => ({ index: run.index + g.index, text: g[0] }));
    let i = 0;
    while (i < groups.length) {
      // A phone starts at the run's start or after a space, never after a dot ("1.347.000").
      let last = -1;
      if (i === 0 || text[groups[i].index - 1] === " ") {
        for (let j = Math.min(groups.length - 1, i + 5); j >= i && last < 0; j--) {
          if (isPhone(groups.slice(i, j + 1).map((g) => g.text))) last = j;
        }
      }
      if (last < 0) {
        i++;
        continue;
      }
      const span = { index: groups[i].index, end: groups[last].index + groups[last].text.length };
      const glued = last === groups.length - 1 && /^\p{L}/u.test(text.slice(span.end));
      const money = MONEY_BEFORE.test(text.slice(0, span.index)) || MONEY_AFTER.test(text.slice(span.end));
      if (!glued && !money && !notPhones.some((n) => overlaps(n, span))) found.push(finding("phone", text, span));
      i = last + 1;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Dates of birth

interface FoundDate extends Span {
  year: number;
  month: number;
  day: number;
  /** "12/03/09": a year in two digits only counts next to a birth word. */
  shortYear: boolean;
}

/** Day, month, year with the same separator twice: 12/03/2009, 12-03-2009, 12.3.2009, 12/03/09. */
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b(?![.\-/]\d)/g;
/** ISO dates: 2009-03-12. */
const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const MONTHS = [
  "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
  "january february march april may june july august september october november december",
  "gen feb mar apr mag giu lug ago set ott nov dic",
  "jan feb mar apr may jun jul aug sep oct nov dec",
].map((line) => line.split(" "));
/** Dates with the month in words: "3 aprile 2008", "1° marzo del 2009", "12 mar. 2009", "3 April 2008". */
const TEXT_DATE = new RegExp(
  String.raw`\b(\d{1,2})[°º]?\s+(?:di\s+)?(${[...new Set(MONTHS.flat())].sort((a, b) => b.length - a.length).join("|")}|sett)\.?,?\s+(?:del\s+)?(\d{4})\b`,
  "gi",
);

/** Words that announce a birth date before it: "nato il", "nata a Dakar il", "data di nascita:",
 *  "n. il", "d.o.b.", "born". */
const BIRTH_BEFORE = /\b(?:nat[oaie]|nascita|born|dob)\b|\bd\.\s?o\.\s?b\.?|\bn\.(?=\s*(?:il|a|ad|in)\b)/gi;
/** Words that say a date just written was a birth date: "12/03/2009 (data di nascita)". */
const BIRTH_AFTER = /^\s*(?:\(|[–-])\s*(?:data di nascita|nascita|d\.\s?o\.\s?b|dob)(?!\p{L})/iu;
/** Words before a date that make it an event's: between a birth word and a date, or before a bare date. */
const EVENT_WORDS =
  /\b(?:arriv|sbarc|entrat|ingress|udienz|colloqu|appuntament|convoc|scad|rilasc|fissat|rinnov|decret|nomin|iscritt|accolt|inserit|trasferit|dal|dall|fino|entro|dopo)/i;
/** A sentence or paragraph ends between two spans. */
const BREAK = /[!?]|\.\s+\p{Lu}|\n\s*\n/u;
/** A date cited as a law, a decree or a document rather than as a person's: "D.Lgs. 18 agosto 2015". */
const LEGAL_BEFORE =
  /(?:\blegge|\bl\.|\bd\.?\s?lgs|\bd\.?\s?l\.|\bd\.?\s?p\.?\s?r|\bdecreto|\bcircolare|\bsentenza|\bordinanza|\bdirettiva|\bregolamento|\bdelibera|\bdetermina|\bnota|\bmessaggio|\bprovvedimento|\bcass|\bg\.\s?u\.|\bgazzetta|\bprot|\bintesa|\baccordo|\bconvenzione)/i;
const LEGAL_AFTER = /^,?\s*n(?:r|um)?\.?\s*\d/i;

function findDates(text: string): FoundDate[] {
  const dates: FoundDate[] = [];
  const add = (index: number, length: number, year: number, month: number, day: number, shortYear = false) => {
    // "04/15/2009" is written month first.
    if (month > 12 && day <= 12) [month, day] = [day, month];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) dates.push({ index, end: index + length, year, month, day, shortYear });
  };
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const short = m[4].length === 2;
    add(m.index, m[0].length, short ? 2000 + Number(m[4]) : Number(m[4]), Number(m[3]), Number(m[1]), short);
  }
  for (const m of text.matchAll(ISO_DATE)) add(m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(TEXT_DATE)) {
    const word = m[2].toLowerCase() === "sett" ? "set" : m[2].toLowerCase();
    const month = MONTHS.map((names) => names.indexOf(word)).find((i) => i >= 0)! + 1;
    add(m.index, m[0].length, Number(m[3]), month, Number(m[1]));
  }
  return dates;
}

function isBirthDate(text: string, date: FoundDate, now: Date): boolean {
  // Two-digit years: the latest past one ("12/03/09" is 2009, "12/03/85" is 1985).
  const year = date.shortYear && date.year > now.getUTCFullYear() ? date.year - 100 : date.year;
  if (Date.UTC(year, date.month - 1, date.day) > now.getTime()) return false;
  const window = text.slice(Math.max(0, date.index - NEAR), date.index);
  const birthWord = [...window.matchAll(BIRTH_BEFORE)].filter((m) => m[0] !== "NATO").pop();
  if (birthWord) {
    const gap = window.slice(birthWord.index + birthWord[0].length);
    if (!BREAK.test(gap) && !EVENT_WORDS.test(gap)) return true;
  }
  if (BIRTH_AFTER.test(text.slice(date.end, date.end + NEAR))) return true;
  // A bare date: only when it makes someone 10–21 years old today, and is not cited as a law's, a
  // document's or an event's ("arrivato in Italia il 12/05/2015").
  const age = now.getUTCFullYear() - year;
  if (date.shortYear || age < 10 || age > 21) return false;
  return !LEGAL_BEFORE.test(window) && !EVENT_WORDS.test(window) && !LEGAL_AFTER.test(text.slice(date.end));
}

// ---------------------------------------------------------------------------------------------
// Full names next to words about a minor

/** A word that may belong to a name: capitalised or in capitals, with inner apostrophes or hyphens
 *  before another capital ("D'Angelo", "Ben-Salah"); "L'avvocato" is not one. */
const NAME_WORD = /(?<![\p{L}\p{N}'’@])\p{Lu}[\p{Ll}\p{Lu}]*(?:['’-]\p{Lu}[\p{Ll}\p{Lu}]*)*(?![\p{L}\p{N}]|['’-]\p{L})/gu;
/** What may stand between two words of one name: a space, or lowercase particles ("Ahmed ben Salah"). */
const NAME_JOINER = /^[ \u00a0](?:(?:ben|bin|bint|ibn|el|al|ould|ag|abu|van|von|der|de|dos|das|da)[ \u00a0])?$/;
/** Words about a minor: a full name near one of these is likely the minor's. */
const MINOR_WORDS =
  /\b(?:minor(?:e|i|enne|enni)|(?:il mio |la mia )?tutelat[oaie]|il mio ragazzo|la mia ragazza|il ragazzo|la ragazza|msna|nat[oa]|si chiama|di nome|(?:nome e )?cognome|nome(?=\s*:))\b/gi;
/** A professional title or a member's "@" before a name: an adult acting in their role. */
const TITLE_BEFORE =
  /(?:@|\b(?:avv|avvocat[oaie]|dott|dott\.ssa|dottor|dottoressa|dr|prof|professor|professoressa|giudice|assistente sociale|maestr[oa]|insegnante|docente|preside|medico(?: di base| di famiglia)?|pediatra|infermier[ea]|allenatore|mister|educat(?:ore|rice)|tutore|tutrice|mediat(?:ore|rice)|operat(?:ore|rice)|psicolog[oa]|sig|sig\.ra|signor|signora|presidente|sindaco|garante|funzionari[oa]|referente|coordinat(?:ore|rice)|responsabile|collega|ispettore|commissario|cancellier[ea])\.?\s+)$/i;
/** A role after a name: "Paola Neri (tutrice volontaria)", "Mario Rossi, assistente sociale". */
const TITLE_AFTER =
  /^\s*[,(–-]?\s*(?:tutor[ei]|tutrice|volontari[oa]|avv|avvocat[oa]|assistente sociale|educat(?:ore|rice)|operat(?:ore|rice)|mediat(?:ore|rice)|dott|giudice|coordinat(?:ore|rice)|referente|responsabile|presidente)(?!\p{L})/iu;
/** A preposition or street word before a name: a place ("in Sierra Leone", "via Giuseppe Verdi"). */
const PLACE_BEFORE =
  /\b(?:in|nel|nella|nello|nei|negli|nelle|dal|dalla|dallo|dai|dagli|dalle|verso|presso|via|viale|piazza|piazzale|corso|largo|vicolo|strada)\s+$/i;
/** Words that name a body by what follows them: "Cooperativa Farsi Prossimo", "Istituto Carlo Cattaneo". */
const BODIES = new Set(
  [
    "cooperativa associazione fondazione comunità casa centro istituto scuola liceo università ospedale",
    "parrocchia oratorio progetto ente palazzo premio bando fondo piano programma sportello rete gruppo corso",
    "polisportiva società squadra",
  ]
    .join(" ")
    .split(" "),
);
/** Capitalised words that are not personal names (compared in lower case). */
const NOT_NAMES = new Set(
  [
    // Institutions, offices, documents, organisations
    "tribunale tribunali questura prefettura comune comuni ufficio uffici procura garante asl ats asst regione",
    "stato ministero interno sai cas cara cpr hotspot inps inail agenzia entrate carta permesso commissione",
    "territoriale corte appello cassazione servizi servizio sociali sociale centro comunità casa scuola cpia",
    "istituto ospedale croce rossa caritas ambrosiana fondazione associazione cooperativa onlus ets aps odv",
    "polizia carabinieri anagrafe asilo protezione internazionale sussidiaria speciale soggiorno unione europea",
    "ue onu unhcr unicef oim iom msna save children emergency medici senza frontiere consiglio repubblica",
    "governo parlamento camera senato legge decreto lgs dlgs dpr gazzetta ufficiale regolamento dublino",
    "convenzione ginevra diocesi parrocchia oratorio università politecnico liceo stazione centrale porta",
    "duomo piazza via viale corso largo sanità salute sanitaria sanitario pronto soccorso neuropsichiatria",
    "uonpia npi consultorio tessera codice fiscale patente identità passaporto ambasciata consolato portale",
    "forum tutore tutori tutrice tutela tutele minore minori minorenne minorenni spid cie pec isee iban faq",
    "whatsapp google meet microsoft teams zoom telegram facebook instagram android iphone windows covid",
    // Places
    "lombardia milano brescia bergamo como cremona lecco lodi mantova monza brianza pavia sondrio varese",
    "italia roma torino genova bologna napoli palermo catania bari firenze venezia verona padova trieste",
    "ventimiglia lampedusa sesto san santo santa sant cinisello balsamo rho legnano busto arsizio",
    "gallarate saronno vigevano crema desio seregno cantù erba africa europa asia america egitto tunisia",
    "marocco algeria libia albania kosovo pakistan bangladesh afghanistan gambia senegal mali guinea bissau",
    "conakry equatoriale sierra burkina faso nigeria ghana niger ciad sudan sud eritrea",
    "etiopia somalia ucraina russia siria iraq iran turchia camerun congo togo benin tunisi cairo dakar",
    "bamako abidjan lagos tripoli stati uniti regno unito sri lanka salvador capo arabia saudita",
    "bosnia erzegovina serbia romania moldavia georgia perù ecuador colombia cina india nepal yemen",
    "palestina libano giordania mauritania kurdistan filippine piemonte liguria veneto trentino alto adige",
    "friuli emilia romagna reggio toscana umbria marche lazio abruzzo molise campania puglia",
    "basilicata calabria sicilia sardegna aosta",
    // Common nouns and adjectives often capitalised in posts
    "modello unico certificato medico sindrome post giovani talenti formazione lavoro green pass",
    "nazionale regionale provinciale comunale civile generale straniero stranieri non accompagnato",
    "accompagnati nuovo nuova terzo europeo europea domanda modulo richiesta ricevuta attestato",
    "diploma licenza esame media superiore tecnico professionale lingua italiano inglese francese arabo",
    // Football clubs (the boys' favourite topic)
    "inter milan juventus juve atalanta napoli lazio torino real barcellona barcelona madrid psg chelsea arsenal",
    // Months, days, feasts
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica natale pasqua pasquetta capodanno ferragosto",
    "ramadan eid epifania",
    // Common words that start sentences, greetings, titles
    "il lo la gli le un una uno del della dei degli delle al alla ai agli alle dal dalla dai nel nella",
    "sul sulla per con tra fra di da in su ed ma se che chi cosa come dove quando perché quale quali",
    "quanto quanti anche ancora già poi però quindi allora inoltre invece comunque infatti intanto oggi",
    "ieri domani stamattina stasera ora adesso dopo prima durante appena solo forse magari purtroppo",
    "fortunatamente finalmente ciao buongiorno buonasera salve gentili gentile cari care caro cara grazie",
    "saluti cordiali distinti io tu lui lei noi voi loro mi ti ci vi si mio mia miei mie suo sua questo",
    "questa questi queste quello quella quel ho hai ha abbiamo avete hanno sono sei siamo siete sto sta",
    "stiamo vorrei volevo devo posso può potete sapete sapreste qualcuno qualcuna nessuno tutti tutte ogni",
    "ecco ok sì no non nb ps re oggetto buon buona secondo dunque anzi mentre sig signor signora avv dott",
    "prof dr ing nome cognome data nascita nato nata ragazzo ragazza ragazzi",
  ]
    .join(" ")
    .split(" "),
);
/** Endings of common nouns and adverbs, never of names ("Formazione", "Accertamento", "Finalmente"). */
const NOUN_ENDING = /(?:mente|zione|zioni|sione|sioni|mento|menti|ità|ismo|ologia)$/i;
/** Endings of verbs that start sentences ("Chiediamo", "Sentivo", "Dicevano"). */
const VERB_ENDING = /(?:iamo|evo|ivo|avano|evano)$/i;

function findNamesNearMinor(text: string): PrivacyFinding[] {
  const triggers = spansOf(MINOR_WORDS, text, (m) => m !== "NATO");
  if (triggers.length === 0) return [];
  const words = [...text.matchAll(NAME_WORD)]
    .filter((m) => m[0].length >= 2)
    .map((m) => ({ index: m.index, end: m.index + m[0].length, text: m[0] }));
  // Runs of capitalised words joined by spaces (or particles).
  const runs: (typeof words)[] = [];
  for (const word of words) {
    const run = runs[runs.length - 1];
    if (run && NAME_JOINER.test(text.slice(run[run.length - 1].end, word.index))) run.push(word);
    else runs.push([word]);
  }
  const found: PrivacyFinding[] = [];
  for (const run of runs) {
    const isName = (w: (typeof words)[number], i: number) =>
      !NOT_NAMES.has(w.text.toLowerCase().replace(/’/g, "'")) &&
      !NOUN_ENDING.test(w.text) &&
      !(i === 0 && VERB_ENDING.test(w.text) && atSentenceStart(text, w.index));
    const leading = run.findIndex((w, i) => isName(w, i));
    // More than four capitalised words in a row is a title ("Documenti Necessari Per Il Minore").
    if (leading < 0 || run.length - leading > 4) continue;
    let part: typeof words = [];
    const flush = () => {
      const span = { index: part[0]?.index ?? 0, end: part[part.length - 1]?.end ?? 0 };
      const before = text.slice(Math.max(0, span.index - 30), span.index);
      if (
        part.length >= 2 &&
        part.some((w) => w.text !== w.text.toUpperCase()) &&
        !TITLE_BEFORE.test(before) &&
        !TITLE_AFTER.test(text.slice(span.end, span.end + 40)) &&
        !PLACE_BEFORE.test(before) &&
        triggers.some((t) => isNear(text, t, span))
      ) {
        found.push(finding("name_near_minor", text, span));
      }
      part = [];
    };
    // After "Cooperativa", "Istituto"… the words name the body, not a person.
    const body = run.findIndex((w) => BODIES.has(w.text.toLowerCase()));
    run.slice(0, body < 0 ? run.length : body).forEach((w, i) => (isName(w, i) ? part.push(w) : flush()));
    flush();
  }
  return found;
}

/** Whether a word opens a sentence, a line, a list item or a heading. */
function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  if (/^[\s*_"“«([#>-]*$/.test(text.slice(0, index))) return true;
  return /(?:[.!?:]|\n[ \t]*(?:[-*+>]|#{1,6}|\d+[.)])?)[\s*_"“«([]*$/.test(before);
}

/** Within NEAR characters of each other, in the same paragraph. */
function isNear(text: string, a: Span, b: Span): boolean {
  const [first, second] = a.index <= b.index ? [a, b] : [b, a];
  if (first.end > second.index) return false;
  return second.index - first.end <= NEAR && !/\n\s*\n/.test(text.slice(first.end, second.index));
}

// ---------------------------------------------------------------------------------------------
// Spans

function finding(kind: PrivacyFindingKind, text: string, span: Span): PrivacyFinding {
  return { kind, match: text.slice(span.index, span.end), index: span.index };
}

function spanOf(f: PrivacyFinding): Span {
  return { index: f.index, end: f.index + f.match.length };
}

function spansOf(pattern: RegExp, text: string, keep: (match: string) => boolean = () => true): Span[] {
  return [...text.matchAll(pattern)].filter((m) => keep(m[0])).map((m) => ({ index: m.index, end: m.index + m[0].length }));
}

function overlaps(a: Span, b: Span): boolean {
  return a.index < b.end && b.index < a.end;
}

/** One finding per span: on overlap the more specific kind wins, then the longer match. */
function keepMostSpecific(candidates: PrivacyFinding[]): PrivacyFinding[] {
  const ranked = [...candidates].sort(
    (a, b) => SPECIFICITY[b.kind] - SPECIFICITY[a.kind] || b.match.length - a.match.length || a.index - b.index,
  );
  const kept: PrivacyFinding[] = [];
  for (const f of ranked) if (!kept.some((k) => overlaps(spanOf(k), spanOf(f)))) kept.push(f);
  return kept.sort((a, b) => a.index - b.index);
}

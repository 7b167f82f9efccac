// The forum's check for a minor's personal data: realistic posts by volunteer guardians that must
// be held for confirmation, and ordinary posts that must go through untouched.
import { describe, expect, it } from "vitest";
import { findPersonalData, taxCodeCheckCharacter, type PrivacyFindingKind } from "../../../app/modules/forum/privacy";

// A fixed "today", so that "a person aged 10–21" does not move as the tests age.
const now = new Date("2026-11-24T12:00:00Z");
const find = (text: string) => findPersonalData(text, { now });
/** What the author would be shown: each finding as "kind: text". */
const shown = (text: string) => find(text).map((f) => `${f.kind}: ${f.match}`);
const as = (kind: PrivacyFindingKind, match: string) => `${kind}: ${match}`;

// Fictional tax codes. Check characters computed with the official odd/even tables:
// DLLMMD08C15Z343 → W (Diallo Mamadou, 15 March 2008, born abroad), BNLHMD09D03Z330 → B
// (Benali Ahmed, 3 April 2009, Morocco), KTAFTM08M52Z352 → C (Keita Fatima, 12 August 2008: day + 40
// for a woman), RSSMRA85T10A562 → S (the textbook example), RSSMRAURTMLARSN → L (its fully
// omocodic form: every digit replaced by a letter).
describe("tax codes", () => {
  it("knows the check characters of the fictional codes used here", () => {
    expect(taxCodeCheckCharacter("DLLMMD08C15Z343")).toBe("W");
    expect(taxCodeCheckCharacter("BNLHMD09D03Z330")).toBe("B");
    expect(taxCodeCheckCharacter("KTAFTM08M52Z352")).toBe("C");
    expect(taxCodeCheckCharacter("RSSMRA85T10A562")).toBe("S");
    expect(taxCodeCheckCharacter("RSSMRAURTMLARSN")).toBe("L");
  });

  it("holds a post with the tax code of the boy, even with a mistyped check character", () => {
    const text = "Per la tessera sanitaria mi hanno chiesto il codice fiscale del ragazzo: DLLMMD08C15Z343K, va bene?";
    expect(find(text)).toEqual([{ kind: "tax_code", match: "DLLMMD08C15Z343K", index: text.indexOf("DLLMMD08C15Z343K") }]);
    expect(shown("Il CF corretto è DLLMMD08C15Z343W.")).toEqual([as("tax_code", "DLLMMD08C15Z343W")]);
  });

  it.each([
    ["Codice fiscale: bnlhmd09d03z330b (scritto in minuscolo)", "bnlhmd09d03z330b"],
    ["CF della ragazza KTAFTM08M52Z352C, nata in Guinea", "KTAFTM08M52Z352C"],
    ["Sul permesso c'è RSSMRA 85T10 A562S, ma l'Agenzia delle Entrate dice altro", "RSSMRA 85T10 A562S"],
    ["scritto così: RSS MRA 85T10 A562S", "RSS MRA 85T10 A562S"],
    ["il codice omocodico assegnato è RSSMRA85T10A56NH", "RSSMRA85T10A56NH"],
    ["e quello tutto in lettere RSSMRAURTMLARSNL", "RSSMRAURTMLARSNL"],
  ])("finds the tax code in %j", (text, code) => {
    expect(shown(text)).toEqual([as("tax_code", code)]);
  });

  it("prefers the tax code to a date or a phone inside it, and reports it once", () => {
    const found = find("DLLMMD08C15Z343W DLLMMD08C15Z343W");
    expect(found.map((f) => f.index)).toEqual([0, 17]);
    expect(found.every((f) => f.kind === "tax_code")).toBe(true);
  });

  it("does not take long words for codes, nor a code-shaped word without digits and a wrong check", () => {
    expect(find("PRECIPITEVOLISSIMEVOLMENTE, responsabilmente, RESPONSABILMENTE, sovrannumerario")).toEqual([]);
    expect(find("RSSMRAURTMLARSNX")).toEqual([]);
  });
});

describe("dates of birth", () => {
  it.each([
    ["Il mio ragazzo, Ahmed Benali, è nato il 3/4/2009", "3/4/2009"],
    ["Mamadou è nato il 12 marzo 2009 a Conakry", "12 marzo 2009"],
    ["Data di nascita: 03/04/2009", "03/04/2009"],
    ["nata a Conakry (Guinea) il 12-03-2009", "12-03-2009"],
    ["n. a Dakar il 1° aprile 2008", "1° aprile 2008"],
    ["dichiara di essere nato il 3 aprile del 2008", "3 aprile del 2008"],
    ["sul passaporto: DOB 2009-03-12", "2009-03-12"],
    ["12.3.09 (data di nascita secondo la Questura)", "12.3.09"],
    ["arrivato a Lampedusa il 03/08/2023; data di nascita dichiarata 01/01/2008", "01/01/2008"],
    // A bare date that makes someone 10–21 today is likely a birth date in this forum.
    ["Il ragazzo ha fatto la visita per l'accertamento dell'età: per il medico è del 14/02/2010", "14/02/2010"],
  ])("finds the date of birth in %j", (text, date) => {
    expect(shown(text).filter((s) => s.startsWith("birth_date"))).toEqual([as("birth_date", date)]);
  });

  it.each([
    "Il Tribunale per i minorenni di Brescia ha fissato l'udienza al 12/01/2027.",
    "Il permesso scade il 15/03/2027, l'udienza è il 3 dicembre",
    "Il decreto del 12/03/2024 è arrivato ieri",
    "Il ragazzo è classe 2008 e frequenta la classe prima",
    "Il mio tutelato, nato in Mali, ha avuto il colloquio in Commissione il 12/10/2025",
    "Il minore è stato inserito nel SAI di Cremona il 12/05/2025",
    "Il D.Lgs. 18 agosto 2015, n. 142 disciplina l'accoglienza",
    "La sentenza della Cassazione del 12 marzo 2015 dice che il minore va sentito",
    "È arrivato in Italia il 12/05/2015 ed è seguito dai servizi",
    "Sono nato il 3 aprile 2030? No, è la data di scadenza",
  ])("does not take %j for a birth date", (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe("phone numbers", () => {
  it.each([
    ["Il numero del ragazzo è +39 347 123 4567", "+39 347 123 4567"],
    ["cell. 347-1234567", "347-1234567"],
    ["chiamatemi al 3471234567 dopo le 18", "3471234567"],
    ["347 12 34 567 (WhatsApp)", "347 12 34 567"],
    ["02 1234 5678", "02 1234 5678"],
    ["la comunità risponde allo 030 123456", "030 123456"],
    ["tel. 02/12345678", "02/12345678"],
    ["lo zio in Senegal: +221 77 123 45 67", "+221 77 123 45 67"],
    ["dall'estero 0039 02 1234 5678", "0039 02 1234 5678"],
    ["[chiama](tel:+393471234567)", "+393471234567"],
  ])("finds the phone number in %j", (text, phone) => {
    expect(shown(text)).toEqual([as("phone", phone)]);
  });

  it.each([
    "Ho chiamato il numero verde 800 123 456?",
    "Per le emergenze il 112, per la violenza il 1522, Telefono Azzurro 19696",
    "Il pocket money è di 1.200 euro all'anno, cioè 3,50 € al giorno; il progetto vale € 320.000.000",
    "Ci vediamo alle 14.30; lo sportello è aperto dalle 09.30-12.30",
    "Ho ricevuto la risposta prot. n. 12345/2026 e anche prot. 0012345/2026",
    "Ai sensi dell'art. 19 comma 2 della legge 47/2017 e del D.Lgs. 142/2015",
    "Il CAP di Roma è 00184 e quello di Milano 20121",
    "Nel 2009 c'erano 347 domande e 1.320.000 euro di fondi",
    "Il permesso scade a 06/2026",
    "Pagamento sull'IBAN IT60X0542811101000000123456",
  ])("finds no phone in %j", (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe("e-mail addresses", () => {
  it.each([
    ["scrivetegli a ahmed.b2009@example.com", "ahmed.b2009@example.com"],
    ["[scrivimi](mailto:tutore.mario@pec.it)", "tutore.mario@pec.it"],
    ["la sua mail è FATIMA_K+scuola@Example.org.", "FATIMA_K+scuola@Example.org"],
  ])("finds the address in %j", (text, email) => {
    expect(shown(text)).toEqual([as("email", email)]);
  });

  it("keeps the whole address when digits inside it look like a phone", () => {
    expect(shown("mamadou.3471234567@example.com")).toEqual([as("email", "mamadou.3471234567@example.com")]);
  });
});

describe("full names next to words about a minor", () => {
  it.each([
    ["il minore Mamadou Diallo", "Mamadou Diallo"],
    ["Mamadou Diallo è nato in Guinea", "Mamadou Diallo"],
    ["Il mio tutelato Omar El Fassi ha un problema con la scuola", "Omar El Fassi"],
    ["La ragazza si chiama Fatima Zahra El Idrissi", "Fatima Zahra El Idrissi"],
    ["Il ragazzo, di nome Ahmed ben Salah, è arrivato ieri", "Ahmed ben Salah"],
    ["la tutelata KEITA Aminata (msna) ha chiesto aiuto", "KEITA Aminata"],
    ["Il minore Jean-Baptiste N'Diaye vive in comunità", "Jean-Baptiste N'Diaye"],
    ["Purtroppo Mamadou Keita, il mio ragazzo, è malato", "Mamadou Keita"],
    ["Nome e cognome: Ibrahim Touré", "Ibrahim Touré"],
    ["il tutelato Giovanni Costa frequenta il CPIA", "Giovanni Costa"],
  ])("finds the name in %j", (text, name) => {
    expect(shown(text)).toEqual([as("name_near_minor", name)]);
  });

  it("holds a post with the boy's name and birth date together, in order", () => {
    const text = "Il mio ragazzo, Ahmed Benali, è nato il 3/4/2009";
    expect(find(text)).toEqual([
      { kind: "name_near_minor", match: "Ahmed Benali", index: 16 },
      { kind: "birth_date", match: "3/4/2009", index: 40 },
    ]);
  });

  it.each([
    "Qualcuno sa quale ufficio della Questura di Bergamo gestisce le conversioni del permesso per minore età?",
    "Il mio ragazzo ha iniziato la scuola al CPIA di Milano",
    "Il ragazzo è nato in Burkina Faso e vive a Sesto San Giovanni",
    "La ragazza è seguita dall'avv. Maria Rossi e dalla dott.ssa Anna Bianchi",
    "Il minore segue il corso di italiano con la maestra Laura Verdi",
    "Ho scritto a @Mario Rossi che segue il minore",
    "Il mio ragazzo tifa Inter e ieri ha visto Inter Juventus con Luca",
    "Ho parlato con Save the Children e con Medici Senza Frontiere per il minore",
    "## Documenti Necessari Per Il Minore Straniero Non Accompagnato",
    "Il Tribunale per i Minorenni di Milano ha nominato il tutore per il minore",
    "Ciao Giulia, il ragazzo si chiama Omar ma non dico altro",
    "Mario Rossi, tutore a Brescia, scrive in un'altra discussione",
    "Saluti, Paola Neri (tutrice volontaria di due minori)",
    "Il ragazzo è stato accolto dalla Cooperativa Farsi Prossimo e va alla Scuola Media Giovanni Pascoli",
  ])("finds no name in %j", (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe("ordinary posts", () => {
  it.each([
    "il permesso di soggiorno scade a marzo",
    "Buongiorno a tutti,\nil mio tutelato ha ottenuto il permesso per minore età il 10/02/2026 e adesso la Questura di Milano chiede il passaporto per la conversione. L'ambasciata del Gambia a Roma non risponde. Qualcuno ha esperienza? Grazie, Giulia",
    "Il ragazzo ha compiuto 18 anni a settembre e il Tribunale ha disposto il prosieguo amministrativo fino a 21 anni (art. 13 comma 2 L. 47/2017).",
    "Vi segnalo il webinar del Garante regionale del 15/12/2026 alle ore 17:00: https://example.org/webinar/2026-12-15?id=3471234567",
    "Leggete la discussione [qui](/forum/argomenti/3f2a1b40-0212-4345-8678-123456789012) e la FAQ.",
    "Il ragazzo vive presso la comunità Casa Gioiosa di Lecco e frequenta l'Istituto Tecnico Carlo Cattaneo da settembre.",
    "Il minore MI-2026-0042 ha l'udienza a gennaio: portate `copia del decreto` e la carta d'identità.",
    "Versione 3.12.2024 del modulo; anno scolastico 2025/2026; voti 30/30 e 100/100; alto 1.78, pesa 65,5 kg.",
    "Orari 9-13 / 14-18, sabato 9.00-12.00; nel 2023 sono arrivati 3 347 minori.",
    "Conviene chiedere il rinnovo 60 giorni prima della scadenza; la Prefettura risponde in 30-40 giorni.",
  ])("finds nothing in %j", (text) => {
    expect(find(text)).toEqual([]);
  });

  it("reads title and body together, and a long post quickly", () => {
    const text = `Tessera sanitaria del minore\n${"Il permesso di soggiorno scade a marzo e la Questura di Como ha fissato l'appuntamento. ".repeat(500)}Il suo numero è 347 123 4567.`;
    const started = Date.now();
    expect(shown(text)).toEqual([as("phone", "347 123 4567")]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("tax codes inside web addresses", () => {
  it("are still flagged (a link can carry a minor's tax code)", () => {
    const found = findPersonalData("Ecco la scheda: https://esempio.it/scheda?cf=RSSMRA08T10F205X", { now: new Date("2026-11-24T12:00:00Z") });
    expect(found.map((f) => f.kind)).toEqual(["tax_code"]);
  });
});

// Demo data for Tutele: the courts' lists of volunteer guardians (elenco) and the minors of both
// districts with their whole story — waiting for a guardian, proposals declined and withdrawn, active
// appointments with their deadlines, flags and diary notes, guardianships ended — so that every demo
// account finds Tutele in use. Every name, date, facility and court file here is invented, and a
// minor's name appears only in the minors table (flags, deadlines and audit entries use the code).
// Dates are relative to ctx.now. Like the other seeds it runs once, on an empty database: when its
// first minor is already there it does nothing.
import { and, eq, sql } from "drizzle-orm";
import {
  appointments,
  auditLog,
  guardianProfiles,
  guardianStateHistory,
  mailOutbox,
  minorCodeCounters,
  minorDeadlines,
  minorFlags,
  minorNotes,
  minors,
  notifications,
  pledgeAcceptances,
  userRoles,
  users,
} from "../schema";
import { syncRuleDeadlines } from "../../app/modules/guardianship/deadlines.server";
import { addDays, addYears } from "../../app/modules/guardianship/deadlines";
import type { EndReason, SpecialNeed } from "../../app/modules/guardianship/schema";
import { PLEDGE_VERSION } from "../../app/modules/auth/pledge";
import { notify } from "../../app/modules/notifications/notify.server";
import { romeLocalToUtc, utcToRomeLocal } from "../../app/utils/dates";
import type { SeedContext } from "./context";

const DAY = 24 * 3600 * 1000;

type District = "MI" | "BS";

/** An appointment of the minor's past or present other than the active/ended one of `guardian`. */
export interface SeedAppointment {
  guardian: string;
  status: "proposed" | "accepted" | "declined" | "withdrawn";
  proposedDaysAgo: number;
  respondedDaysAgo?: number;
  declineReason?: string;
  endedDaysAgo?: number;
  endReason?: EndReason;
}

export interface SeedMinor {
  code: string;
  district: District;
  firstName: string;
  lastName: string;
  sex: "M" | "F";
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  /** ISO 639 codes, as users' spoken languages. */
  languages: string[];
  /** Age at seeding time, in years and months (15–17; 18 for a guardianship ended at majority). */
  age: [number, number];
  /** Months since arrival in Italy (or `arrivedDaysAgo`, which wins). */
  arrivedMonthsAgo?: number;
  arrivedDaysAgo?: number;
  facility: string;
  /** One of the municipalities of FACILITY_PROVINCE. */
  municipality: string;
  /** The guardian of the (active or ended) appointment, or null while the minor waits for one. */
  guardian: string | null;
  /** Days since the court's decree of appointment. */
  decreeDaysAgo?: number;
  /** The guardianship ended: why, and how many days ago (default: on the 18th birthday). */
  ended?: { reason: EndReason; daysAgo?: number };
  courtFile: string;
  /** The residence permit expires in this many days. */
  permitExpiresInDays?: number;
  specialNeeds?: SpecialNeed[];
  /** Other appointments: an open proposal, or declined and withdrawn ones. */
  history?: SeedAppointment[];
}

/** The reception facilities' municipalities and their provinces (all within their district). */
const FACILITY_PROVINCE: Record<string, string> = {
  Milano: "MI",
  "Sesto San Giovanni": "MI",
  Monza: "MB",
  Varese: "VA",
  Lodi: "LO",
  Como: "CO",
  Brescia: "BS",
  Bergamo: "BG",
  Cremona: "CR",
  Mantova: "MN",
};

/** The demo minors; guardians are demo accounts, extra members or EXTRA_GUARDIANS (same district). */
export const SEED_MINORS: SeedMinor[] = [
  // Milano
  {
    code: "MI-2026-0001",
    district: "MI",
    firstName: "Abdelrahman",
    lastName: "Mansour",
    sex: "M",
    nationality: "EG",
    languages: ["ar"],
    age: [17, 10],
    arrivedMonthsAgo: 14,
    facility: "Comunità educativa Alfa",
    municipality: "Milano",
    guardian: "tutore.milano@example.org",
    decreeDaysAgo: 300,
    courtFile: "412/2025 V.G.",
  },
  {
    code: "MI-2026-0002",
    district: "MI",
    firstName: "Bakary",
    lastName: "Touré",
    sex: "M",
    nationality: "ML",
    languages: ["bm", "fr"],
    age: [16, 2],
    arrivedMonthsAgo: 7,
    facility: "Comunità educativa Beta",
    municipality: "Sesto San Giovanni",
    guardian: "tutore.milano@example.org",
    decreeDaysAgo: 150,
    courtFile: "87/2026 V.G.",
    permitExpiresInDays: 60,
  },
  {
    code: "MI-2026-0003",
    district: "MI",
    firstName: "Arlind",
    lastName: "Hoxha",
    sex: "M",
    nationality: "AL",
    languages: ["sq", "it"],
    age: [17, 1],
    arrivedMonthsAgo: 13,
    facility: "Casa di accoglienza Gamma",
    municipality: "Monza",
    guardian: "alessandro.bianchi@example.org",
    decreeDaysAgo: 340,
    courtFile: "388/2025 V.G.",
  },
  {
    code: "MI-2026-0004",
    district: "MI",
    firstName: "Rahim",
    lastName: "Hossain",
    sex: "M",
    nationality: "BD",
    languages: ["bn", "en"],
    age: [16, 6],
    arrivedMonthsAgo: 11,
    facility: "Comunità educativa Alfa",
    municipality: "Milano",
    guardian: "beatrice.conti@example.org",
    decreeDaysAgo: 290,
    courtFile: "431/2025 V.G.",
  },
  {
    code: "MI-2026-0005",
    district: "MI",
    firstName: "Semhar",
    lastName: "Tesfamariam",
    sex: "F",
    nationality: "ER",
    languages: ["ti", "en"],
    age: [15, 10],
    arrivedMonthsAgo: 10,
    facility: "Comunità per ragazze Delta",
    municipality: "Varese",
    guardian: "daniela.esposito@example.org",
    decreeDaysAgo: 260,
    courtFile: "455/2025 V.G.",
    permitExpiresInDays: 120,
    specialNeeds: ["psychological_support"],
  },
  {
    code: "MI-2026-0006",
    district: "MI",
    firstName: "Idrissa",
    lastName: "Camara",
    sex: "M",
    nationality: "GN",
    languages: ["fr", "ff"],
    age: [16, 9],
    arrivedMonthsAgo: 9,
    facility: "Casa di accoglienza Gamma",
    municipality: "Monza",
    guardian: "emanuele.ferri@example.org",
    decreeDaysAgo: 220,
    courtFile: "23/2026 V.G.",
  },
  {
    code: "MI-2026-0007",
    district: "MI",
    firstName: "Yassine",
    lastName: "Boukhari",
    sex: "M",
    nationality: "MA",
    languages: ["ar", "fr"],
    age: [15, 5],
    arrivedMonthsAgo: 1,
    facility: "Comunità di prima accoglienza Epsilon",
    municipality: "Milano",
    guardian: null,
    courtFile: "164/2026 V.G.",
    // Tutore.milano's proposal to answer in the demo.
    history: [{ guardian: "tutore.milano@example.org", status: "proposed", proposedDaysAgo: 2 }],
  },
  {
    code: "MI-2026-0008",
    district: "MI",
    firstName: "Mariam",
    lastName: "Diakité",
    sex: "F",
    nationality: "CI",
    languages: ["fr", "dyu"],
    age: [16, 0],
    arrivedMonthsAgo: 1,
    facility: "Comunità per ragazze Delta",
    municipality: "Varese",
    guardian: null,
    courtFile: "171/2026 V.G.",
  },
  {
    code: "MI-2026-0009",
    district: "MI",
    firstName: "Farid",
    lastName: "Ahmadi",
    sex: "M",
    nationality: "AF",
    languages: ["ps", "fa"],
    age: [16, 3],
    arrivedDaysAgo: 5,
    facility: "Comunità di prima accoglienza Epsilon",
    municipality: "Milano",
    guardian: null,
    courtFile: "188/2026 V.G.",
  },
  {
    code: "MI-2026-0010",
    district: "MI",
    firstName: "Luwam",
    lastName: "Ghebremedhin",
    sex: "F",
    nationality: "ER",
    languages: ["ti"],
    age: [16, 8],
    arrivedDaysAgo: 68,
    facility: "Comunità per ragazze Delta",
    municipality: "Varese",
    guardian: null,
    courtFile: "176/2026 V.G.",
    specialNeeds: ["asylum_application"],
    // Two proposals that came to nothing: one declined, one withdrawn by the coordinator.
    history: [
      {
        guardian: "martina.orlando@example.org",
        status: "declined",
        proposedDaysAgo: 60,
        respondedDaysAgo: 57,
        declineReason: "Non posso garantire la presenza nei prossimi mesi per impegni di lavoro fuori sede.",
      },
      { guardian: "nicola.pellegrini@example.org", status: "withdrawn", proposedDaysAgo: 45, endedDaysAgo: 30, endReason: "other" },
    ],
  },
  {
    code: "MI-2026-0011",
    district: "MI",
    firstName: "Sohel",
    lastName: "Rahman",
    sex: "M",
    nationality: "BD",
    languages: ["bn", "en"],
    age: [17, 2],
    arrivedDaysAgo: 95,
    facility: "Casa di accoglienza Iota",
    municipality: "Lodi",
    guardian: null,
    courtFile: "149/2026 V.G.",
  },
  {
    code: "MI-2026-0012",
    district: "MI",
    firstName: "Moussa",
    lastName: "Keita",
    sex: "M",
    nationality: "ML",
    languages: ["bm", "fr"],
    // Came of age a month ago: the guardianship ended on the 18th birthday.
    age: [18, 1],
    arrivedMonthsAgo: 13,
    facility: "Comunità educativa Kappa",
    municipality: "Como",
    guardian: "giorgio.lombardi@example.org",
    decreeDaysAgo: 330,
    ended: { reason: "eighteenth_birthday" },
    courtFile: "401/2025 V.G.",
  },
  {
    code: "MI-2026-0013",
    district: "MI",
    firstName: "Omar",
    lastName: "Haddad",
    sex: "M",
    nationality: "TN",
    languages: ["ar", "fr"],
    age: [16, 11],
    arrivedMonthsAgo: 11,
    facility: "Comunità educativa Alfa",
    municipality: "Milano",
    guardian: "ilaria.mancini@example.org",
    decreeDaysAgo: 250,
    ended: { reason: "transfer", daysAgo: 90 },
    courtFile: "447/2025 V.G.",
  },
  {
    code: "MI-2026-0014",
    district: "MI",
    firstName: "Ergys",
    lastName: "Lika",
    sex: "M",
    nationality: "AL",
    languages: ["sq", "it"],
    age: [15, 7],
    arrivedMonthsAgo: 4,
    facility: "Comunità educativa Sigma",
    municipality: "Varese",
    guardian: "daniela.esposito@example.org",
    decreeDaysAgo: 40,
    courtFile: "121/2026 V.G.",
  },
  // Brescia
  {
    code: "BS-2026-0001",
    district: "BS",
    firstName: "Hamza",
    lastName: "Rehman",
    sex: "M",
    nationality: "PK",
    languages: ["ur", "pa", "en"],
    age: [17, 3],
    arrivedMonthsAgo: 12,
    facility: "Comunità educativa Zeta",
    municipality: "Brescia",
    guardian: "tutore.brescia@example.org",
    decreeDaysAgo: 310,
    courtFile: "298/2025 V.G.",
  },
  {
    code: "BS-2026-0002",
    district: "BS",
    firstName: "Ebrima",
    lastName: "Jallow",
    sex: "M",
    nationality: "GM",
    languages: ["mnk", "en"],
    age: [16, 4],
    arrivedMonthsAgo: 10,
    facility: "Casa di accoglienza Eta",
    municipality: "Bergamo",
    guardian: "carlo.deluca@example.org",
    decreeDaysAgo: 270,
    courtFile: "317/2025 V.G.",
  },
  {
    code: "BS-2026-0003",
    district: "BS",
    firstName: "Liban",
    lastName: "Warsame",
    sex: "M",
    nationality: "SO",
    languages: ["so", "ar"],
    age: [15, 8],
    arrivedMonthsAgo: 9,
    facility: "Comunità educativa Zeta",
    municipality: "Brescia",
    guardian: "francesca.greco@example.org",
    decreeDaysAgo: 230,
    courtFile: "12/2026 V.G.",
  },
  {
    code: "BS-2026-0004",
    district: "BS",
    firstName: "Sami",
    lastName: "Ben Amor",
    sex: "M",
    nationality: "TN",
    languages: ["ar", "fr"],
    age: [17, 0],
    arrivedMonthsAgo: 8,
    facility: "Comunità educativa Theta",
    municipality: "Cremona",
    guardian: "lorenzo.negri@example.org",
    decreeDaysAgo: 200,
    courtFile: "41/2026 V.G.",
  },
  {
    code: "BS-2026-0005",
    district: "BS",
    firstName: "Ajmal",
    lastName: "Noori",
    sex: "M",
    nationality: "AF",
    languages: ["ps", "fa"],
    age: [16, 7],
    arrivedMonthsAgo: 1,
    facility: "Casa di accoglienza Eta",
    municipality: "Bergamo",
    guardian: null,
    courtFile: "133/2026 V.G.",
    // Accepted, waiting for the court's decree (the Brescia coordinator records it).
    history: [{ guardian: "lorenzo.negri@example.org", status: "accepted", proposedDaysAgo: 12, respondedDaysAgo: 9 }],
  },
  {
    code: "BS-2026-0006",
    district: "BS",
    firstName: "Karim",
    lastName: "Mostafa",
    sex: "M",
    nationality: "EG",
    languages: ["ar"],
    age: [16, 0],
    arrivedDaysAgo: 6,
    facility: "Comunità educativa Lambda",
    municipality: "Mantova",
    guardian: null,
    courtFile: "151/2026 V.G.",
  },
  {
    code: "BS-2026-0007",
    district: "BS",
    firstName: "Bilal",
    lastName: "Ashraf",
    sex: "M",
    nationality: "PK",
    languages: ["ur", "en"],
    // Turns 18 within 90 days and still waits for a guardian.
    age: [17, 10],
    arrivedDaysAgo: 75,
    facility: "Comunità educativa Theta",
    municipality: "Cremona",
    guardian: null,
    courtFile: "102/2026 V.G.",
  },
  {
    code: "BS-2026-0008",
    district: "BS",
    firstName: "Chinedu",
    lastName: "Okafor",
    sex: "M",
    nationality: "NG",
    languages: ["en", "ig"],
    age: [16, 10],
    arrivedMonthsAgo: 6,
    facility: "Comunità educativa Zeta",
    municipality: "Brescia",
    guardian: "tutore.brescia@example.org",
    decreeDaysAgo: 95,
    courtFile: "58/2026 V.G.",
    permitExpiresInDays: 40,
  },
  {
    code: "BS-2026-0009",
    district: "BS",
    firstName: "Klevis",
    lastName: "Dervishi",
    sex: "M",
    nationality: "AL",
    languages: ["sq"],
    age: [17, 6],
    arrivedMonthsAgo: 9,
    facility: "Casa di accoglienza Eta",
    municipality: "Bergamo",
    guardian: "francesca.greco@example.org",
    decreeDaysAgo: 180,
    // Assisted voluntary return to the family, ordered by the court.
    ended: { reason: "repatriation", daysAgo: 50 },
    courtFile: "352/2025 V.G.",
  },
];

const COORDINATOR: Record<District, string> = {
  MI: "coordinatore.milano@example.org",
  BS: "coordinatore.brescia@example.org",
};

/** A calendar date (Rome) `years` and `months` (and `days`) before today, as YYYY-MM-DD. */
function dateBefore(now: Date, years: number, months: number, days = 0): string {
  const [y, m, d] = utcToRomeLocal(now).date.split("-").map(Number);
  const totalMonths = y * 12 + (m - 1) - years * 12 - months;
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  // Clamp to the month's length (31 March minus one month is 28/29 February).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const t = new Date(Date.UTC(year, month - 1, Math.min(d, last) - days));
  return t.toISOString().slice(0, 10);
}

/** The Rome calendar date `days` after today (before, when negative). */
function dayFrom(now: Date, days: number): string {
  return utcToRomeLocal(new Date(now.getTime() + days * DAY)).date;
}

/** A calendar date at noon in Rome, as a moment. */
function noonOf(date: string): Date {
  return romeLocalToUtc(date, "12:00")!;
}

interface SeedProfile {
  email: string;
  district: District;
  state: "candidate" | "listed" | "suspended" | "removed";
  /** Months since the entry in the elenco (listed, suspended, and removed after being listed). */
  listedMonthsAgo?: number;
  /** Suspended or removed: why, and how many days ago. */
  stateReason?: string;
  stateChangedDaysAgo?: number;
  /** Listed without the mandatory course: why. */
  listingOverride?: string;
  province: string;
  languages: string[];
  available?: boolean;
  maxMinors?: number;
  maxMinorsReason?: string;
  notes?: string;
}

/**
 * The courts' elenco. Caseloads follow from SEED_MINORS: tutore.milano 3 of 4 (two active, one
 * proposal to answer), beatrice.conti 1 of 1 (at the cap), daniela.esposito 2, lorenzo.negri 2
 * (one accepted), several with none.
 */
const PROFILES: SeedProfile[] = [
  // Milano
  {
    email: "tutore.milano@example.org",
    district: "MI",
    state: "listed",
    listedMonthsAgo: 26,
    province: "MI",
    languages: ["it", "en", "fr"],
    maxMinors: 4,
    maxMinorsReason: "Esperienza pluriennale e disponibilità a tempo pieno: il Tribunale ha autorizzato fino a quattro tutele.",
    notes: "Referente del gruppo di auto-aiuto dei tutori di Milano.",
  },
  { email: "alessandro.bianchi@example.org", district: "MI", state: "listed", listedMonthsAgo: 20, province: "MI", languages: ["it", "fr", "ar"], notes: "Disponibile anche per minori ospitati fuori città." },
  {
    email: "beatrice.conti@example.org",
    district: "MI",
    state: "listed",
    listedMonthsAgo: 15,
    province: "MB",
    languages: ["it", "en"],
    maxMinors: 1,
    maxMinorsReason: "Ha chiesto di seguire un solo minore per impegni di lavoro.",
  },
  { email: "daniela.esposito@example.org", district: "MI", state: "listed", listedMonthsAgo: 18, province: "VA", languages: ["it", "en", "ti"] },
  { email: "emanuele.ferri@example.org", district: "MI", state: "listed", listedMonthsAgo: 11, province: "MB", languages: ["it", "fr"] },
  { email: "giorgio.lombardi@example.org", district: "MI", state: "listed", listedMonthsAgo: 24, province: "CO", languages: ["it", "fr", "ar"] },
  {
    email: "ilaria.mancini@example.org",
    district: "MI",
    state: "suspended",
    listedMonthsAgo: 16,
    stateReason: "Sospensione chiesta dalla persona per un periodo di lavoro all'estero, fino a marzo.",
    stateChangedDaysAgo: 40,
    province: "MI",
    languages: ["it", "en"],
    available: false,
  },
  {
    email: "martina.orlando@example.org",
    district: "MI",
    state: "listed",
    listedMonthsAgo: 8,
    province: "PV",
    languages: ["it", "en", "bn"],
    available: false,
    notes: "Non disponibile per nuove tutele fino a gennaio (impegni di lavoro fuori sede).",
  },
  { email: "nicola.pellegrini@example.org", district: "MI", state: "listed", listedMonthsAgo: 3, province: "LO", languages: ["it", "fr", "ar"] },
  { email: "pietro.sala@example.org", district: "MI", state: "candidate", province: "MI", languages: ["it", "fr"], notes: "Colloquio conoscitivo svolto; corso base in corso." },
  { email: "teresa.zanetti@example.org", district: "MI", state: "candidate", province: "LC", languages: ["it", "en"] },
  {
    email: "roberta.testa@example.org",
    district: "MI",
    state: "removed",
    stateReason: "Candidatura ritirata: la persona si è trasferita in un'altra regione.",
    stateChangedDaysAgo: 60,
    province: "MB",
    languages: ["it", "en"],
  },
  // Brescia
  { email: "tutore.brescia@example.org", district: "BS", state: "listed", listedMonthsAgo: 14, province: "BS", languages: ["it", "en"] },
  { email: "carlo.deluca@example.org", district: "BS", state: "listed", listedMonthsAgo: 17, province: "BG", languages: ["it", "fr", "en"] },
  { email: "francesca.greco@example.org", district: "BS", state: "listed", listedMonthsAgo: 13, province: "BS", languages: ["it", "en", "so"] },
  { email: "lorenzo.negri@example.org", district: "BS", state: "listed", listedMonthsAgo: 12, province: "CR", languages: ["it", "fr", "ar"] },
  {
    email: "olga.riva@example.org",
    district: "BS",
    state: "removed",
    listedMonthsAgo: 22,
    stateReason: "Cancellazione dall'elenco su sua richiesta, per motivi personali.",
    stateChangedDaysAgo: 20,
    province: "BG",
    languages: ["it", "en"],
    available: false,
  },
  {
    email: "valentina.rota@example.org",
    district: "BS",
    state: "listed",
    listedMonthsAgo: 2,
    listingOverride: "Già tutrice volontaria presso un altro Tribunale per i minorenni: completerà il corso obbligatorio del portale entro marzo.",
    province: "MN",
    languages: ["it", "sq"],
    notes: "Da ricontattare per il corso obbligatorio.",
  },
];

/** Guardians who are not among the users seed's extra members; created here the same way. */
const EXTRA_GUARDIANS = [{ email: "valentina.rota@example.org", name: "Valentina Rota", district: "BS" as District, languages: ["it", "sq"], createdMonthsAgo: 5 }];

/** tutore.milano's and tutore.brescia's own records: manual deadlines, diary, flags. */
const MANUAL_DEADLINES = [
  { code: "MI-2026-0002", by: "tutore.milano@example.org", title: "Accompagnare il ragazzo in Questura per il rinnovo del permesso", dueInDays: 12, createdDaysAgo: 10, doneDaysAgo: null },
  { code: "MI-2026-0001", by: "tutore.milano@example.org", title: "Colloquio con l'assistente sociale sul progetto dopo i 18 anni", dueInDays: -20, createdDaysAgo: 35, doneDaysAgo: 21 },
  { code: "BS-2026-0001", by: "tutore.brescia@example.org", title: "Incontro con l'ente di formazione sul tirocinio", dueInDays: 9, createdDaysAgo: 14, doneDaysAgo: null },
];

const NOTES = [
  {
    code: "MI-2026-0001",
    by: "tutore.milano@example.org",
    daysAgo: 20,
    body: "Visita in comunità: il ragazzo è sereno e frequenta con regolarità il corso di italiano. Da chiedere all'assistente sociale a che punto è la richiesta di prosieguo.",
  },
  {
    code: "MI-2026-0002",
    by: "tutore.milano@example.org",
    daysAgo: 6,
    body: "Telefonata con la segreteria della scuola: serve una nuova domanda di iscrizione per iscritto. Preparare la lettera entro venerdì.",
  },
];

const FLAGS: { code: string; by: string; reason: string; raisedDaysAgo: number; addressInDays: number; removed?: { daysAgo: number; reason: string } }[] = [
  { code: "MI-2026-0002", by: "tutore.milano@example.org", reason: "Iscrizione scolastica rifiutata: serve un intervento dei servizi sociali.", raisedDaysAgo: 6, addressInDays: 14 },
  {
    code: "MI-2026-0001",
    by: "tutore.milano@example.org",
    reason: "Documentazione per l'audizione in Commissione territoriale incompleta.",
    raisedDaysAgo: 70,
    addressInDays: -50,
    removed: { daysAgo: 55, reason: "Documenti consegnati alla Commissione territoriale." },
  },
  { code: "MI-2026-0011", by: "coordinatore.milano@example.org", reason: "In attesa di un tutore da oltre 90 giorni: sollecitare la nomina.", raisedDaysAgo: 30, addressInDays: -7 },
  { code: "MI-2026-0010", by: "coordinatore.milano@example.org", reason: "Due proposte non andate a buon fine: cercare un tutore che parli tigrino.", raisedDaysAgo: 28, addressInDays: 10 },
  { code: "BS-2026-0007", by: "coordinatore.brescia@example.org", reason: "Compie 18 anni a breve ed è ancora senza tutore: priorità.", raisedDaysAgo: 15, addressInDays: -3 },
  { code: "BS-2026-0008", by: "tutore.brescia@example.org", reason: "Permesso di soggiorno in scadenza: appuntamento in Questura da fissare.", raisedDaysAgo: 4, addressInDays: 20 },
];

export async function seedGuardianship(ctx: SeedContext): Promise<void> {
  const { tx, users: ids, now } = ctx;
  const today = utcToRomeLocal(now).date;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const [already] = await tx.select({ id: minors.id }).from(minors).where(eq(minors.code, SEED_MINORS[0].code));
  if (already) return;

  // ---- extra guardians (fictional), as the users seed creates its members
  const [template] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.email, COORDINATOR.MI));
  if (template) {
    for (const g of EXTRA_GUARDIANS) {
      const created = new Date(now.getTime() - g.createdMonthsAgo * 30 * DAY);
      const [user] = await tx
        .insert(users)
        .values({
          email: g.email,
          name: g.name,
          passwordHash: template.passwordHash,
          spokenLanguages: g.languages,
          emailVerifiedAt: created,
          privacyAcceptedAt: created,
          createdAt: created,
          updatedAt: created,
        })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (!user) continue;
      ids.set(g.email, user.id);
      await tx.insert(userRoles).values({ userId: user.id, role: "guardian", districtCode: g.district, grantedAt: created }).onConflictDoNothing();
      await tx.insert(pledgeAcceptances).values({ userId: user.id, version: PLEDGE_VERSION, acceptedAt: created }).onConflictDoNothing();
    }
  }

  // ---- the elenco, with each person's history of states
  for (const p of PROFILES) {
    const userId = ids.get(p.email);
    if (!userId) continue;
    const coordinatorId = ids.get(COORDINATOR[p.district]) ?? null;
    const listedSince = p.listedMonthsAgo !== undefined ? dateBefore(now, 0, p.listedMonthsAgo) : null;
    const changedAt = p.stateChangedDaysAgo !== undefined ? ago(p.stateChangedDaysAgo) : listedSince ? noonOf(listedSince) : ago(45);
    const inserted = await tx
      .insert(guardianProfiles)
      .values({
        userId,
        districtCode: p.district,
        state: p.state,
        listedSince: p.state === "listed" || p.state === "suspended" ? listedSince : null,
        stateReason: p.stateReason ?? null,
        listingOverrideReason: p.listingOverride ?? null,
        stateChangedAt: changedAt,
        available: p.available ?? true,
        maxMinors: p.maxMinors ?? 3,
        maxMinorsReason: p.maxMinorsReason ?? null,
        province: p.province,
        languages: p.languages,
        notes: p.notes ?? "",
        updatedAt: changedAt,
      })
      .onConflictDoNothing()
      .returning({ userId: guardianProfiles.userId });
    if (inserted.length === 0) continue;
    // Candidate two months before the listing (or 45 days ago), then listed, then the last change.
    const steps: { state: SeedProfile["state"]; at: Date; reason?: string; override?: string }[] = [
      { state: "candidate", at: listedSince ? new Date(noonOf(listedSince).getTime() - 60 * DAY) : ago(p.state === "candidate" ? 45 : 200) },
    ];
    if (listedSince) steps.push({ state: "listed", at: noonOf(listedSince), override: p.listingOverride });
    if (p.state === "suspended" || p.state === "removed") steps.push({ state: p.state, at: changedAt, reason: p.stateReason });
    for (const s of steps) {
      await tx.insert(guardianStateHistory).values({
        userId,
        districtCode: p.district,
        state: s.state,
        reason: s.reason ?? null,
        overrideReason: s.override ?? null,
        changedById: s.state === "candidate" ? null : coordinatorId,
        changedAt: s.at,
      });
    }
  }

  // ---- minors, their appointments and rule deadlines
  const minorIds = new Map<string, string>();
  const birthDates = new Map<string, string>();
  const audit = (actorId: string | null, action: string, minorId: string, m: SeedMinor, at: Date, details: Record<string, string | number | boolean | null> = {}) =>
    tx.insert(auditLog).values({ actorId, action, entityType: "minor", entityId: minorId, districtCode: m.district, details: { code: m.code, ...details }, createdAt: at });
  let pendingProposal: { guardianId: string; code: string; at: Date } | null = null;

  for (const m of SEED_MINORS) {
    const guardianId = m.guardian ? ids.get(m.guardian) : undefined;
    const coordinatorId = ids.get(COORDINATOR[m.district]) ?? null;
    const arrival = m.arrivedDaysAgo !== undefined ? dayFrom(now, -m.arrivedDaysAgo) : dateBefore(now, 0, m.arrivedMonthsAgo ?? 1, 3);
    // Registered in the portal a few days after arrival (and never in the future).
    const registered = new Date(Math.min(now.getTime() - 2 * DAY, noonOf(arrival).getTime() + 6 * DAY));
    // Born `age` ago, minus a few days so the age holds for a while.
    const birthDate = dateBefore(now, m.age[0], m.age[1], 5);
    const appointed = guardianId !== undefined && m.decreeDaysAgo !== undefined;
    const endedOn = appointed && m.ended ? (m.ended.daysAgo !== undefined ? dayFrom(now, -m.ended.daysAgo) : addYears(birthDate, 18)) : null;
    const [minor] = await tx
      .insert(minors)
      .values({
        districtCode: m.district,
        code: m.code,
        firstName: m.firstName,
        lastName: m.lastName,
        birthDate,
        sex: m.sex,
        nationality: m.nationality,
        languages: m.languages,
        arrivalDate: arrival,
        facilityName: m.facility,
        facilityMunicipality: m.municipality,
        facilityProvince: FACILITY_PROVINCE[m.municipality] ?? null,
        permitExpiry: m.permitExpiresInDays !== undefined ? dayFrom(now, m.permitExpiresInDays) : null,
        courtFileNumber: m.courtFile,
        specialNeeds: m.specialNeeds ?? [],
        status: endedOn ? "ended" : appointed ? "with_guardian" : "waiting",
        createdById: coordinatorId,
        createdAt: registered,
        updatedAt: endedOn ? noonOf(endedOn) : registered,
      })
      .returning({ id: minors.id });
    minorIds.set(m.code, minor.id);
    birthDates.set(m.code, birthDate);
    await audit(coordinatorId, "minor.create", minor.id, m, registered);

    for (const h of m.history ?? []) {
      const otherId = ids.get(h.guardian);
      if (!otherId) continue;
      const proposedAt = ago(h.proposedDaysAgo);
      const respondedAt = h.respondedDaysAgo !== undefined ? ago(h.respondedDaysAgo) : null;
      const endedAt = h.endedDaysAgo !== undefined ? ago(h.endedDaysAgo) : null;
      await tx.insert(appointments).values({
        minorId: minor.id,
        guardianId: otherId,
        status: h.status,
        proposedById: coordinatorId,
        proposedAt,
        respondedAt,
        declineReason: h.declineReason ?? null,
        endedAt,
        endReason: h.endReason ?? null,
      });
      await audit(coordinatorId, "appointment.propose", minor.id, m, proposedAt, { guardianId: otherId, override: false });
      if (respondedAt) await audit(otherId, h.status === "declined" ? "appointment.decline" : "appointment.accept", minor.id, m, respondedAt);
      if (endedAt) await audit(coordinatorId, "appointment.withdraw", minor.id, m, endedAt, { endReason: h.endReason ?? null, endedOn: utcToRomeLocal(endedAt).date });
      if (h.status === "proposed") pendingProposal = { guardianId: otherId, code: m.code, at: proposedAt };
    }

    if (appointed) {
      const decreeDate = dayFrom(now, -m.decreeDaysAgo!);
      const proposedAt = new Date(noonOf(decreeDate).getTime() - 12 * DAY);
      const respondedAt = new Date(proposedAt.getTime() + 2 * DAY);
      const activatedAt = noonOf(decreeDate);
      await tx.insert(appointments).values({
        minorId: minor.id,
        guardianId: guardianId!,
        status: endedOn ? "ended" : "active",
        proposedById: coordinatorId,
        proposedAt,
        respondedAt,
        decreeDate,
        activatedAt,
        endedAt: endedOn ? noonOf(endedOn) : null,
        endReason: endedOn ? m.ended!.reason : null,
      });
      await audit(coordinatorId, "appointment.propose", minor.id, m, proposedAt, { guardianId: guardianId!, override: false });
      await audit(guardianId!, "appointment.accept", minor.id, m, respondedAt);
      await audit(coordinatorId, "appointment.activate", minor.id, m, activatedAt, { decreeDate });
      if (endedOn) await audit(coordinatorId, "appointment.end", minor.id, m, noonOf(endedOn), { endReason: m.ended!.reason, endedOn });
    }
    await syncRuleDeadlines(tx, minor.id, today);
  }

  // ---- codes: the next registered minor gets the next number of its district and year
  const highest = new Map<string, { district: string; year: number; last: number }>();
  for (const m of SEED_MINORS) {
    const [district, year, seq] = m.code.split("-");
    const key = `${district}-${year}`;
    const last = Number(seq);
    if ((highest.get(key)?.last ?? 0) < last) highest.set(key, { district, year: Number(year), last });
  }
  for (const c of highest.values()) {
    await tx
      .insert(minorCodeCounters)
      .values({ districtCode: c.district, year: c.year, last: c.last })
      .onConflictDoUpdate({
        target: [minorCodeCounters.districtCode, minorCodeCounters.year],
        set: { last: sql`greatest(${minorCodeCounters.last}, ${c.last})` },
      });
  }

  // ---- the guardians' own records: manual and done deadlines, diary notes, flags
  for (const d of MANUAL_DEADLINES) {
    const minorId = minorIds.get(d.code);
    const by = ids.get(d.by) ?? null;
    if (!minorId) continue;
    await tx.insert(minorDeadlines).values({
      minorId,
      kind: "manual",
      title: d.title,
      dueDate: dayFrom(now, d.dueInDays),
      remindDaysBefore: [7, 1],
      doneAt: d.doneDaysAgo !== null ? ago(d.doneDaysAgo) : null,
      doneById: d.doneDaysAgo !== null ? by : null,
      createdById: by,
      createdAt: ago(d.createdDaysAgo),
    });
  }
  // The request for the prosieguo of the minor turning 18 soon was sent in time: done.
  const first = minorIds.get("MI-2026-0001");
  const milanoGuardian = ids.get("tutore.milano@example.org") ?? null;
  const firstBirth = birthDates.get("MI-2026-0001");
  if (first && firstBirth) {
    const due = addDays(addYears(firstBirth, 18), -90);
    const doneAt = new Date(Math.min(now.getTime() - DAY, noonOf(addDays(due, -10)).getTime()));
    await tx
      .update(minorDeadlines)
      .set({ doneAt, doneById: milanoGuardian })
      .where(and(eq(minorDeadlines.minorId, first), eq(minorDeadlines.kind, "prosieguo_request")));
  }
  for (const n of NOTES) {
    const minorId = minorIds.get(n.code);
    const authorId = ids.get(n.by);
    if (!minorId || !authorId) continue;
    await tx.insert(minorNotes).values({ minorId, authorId, body: n.body, createdAt: ago(n.daysAgo) });
  }
  for (const f of FLAGS) {
    const minorId = minorIds.get(f.code);
    if (!minorId) continue;
    const by = ids.get(f.by) ?? null;
    await tx.insert(minorFlags).values({
      minorId,
      reason: f.reason,
      addressBy: dayFrom(now, f.addressInDays),
      raisedById: by,
      raisedAt: ago(f.raisedDaysAgo),
      removedAt: f.removed ? ago(f.removed.daysAgo) : null,
      removedById: f.removed ? by : null,
      removalReason: f.removed?.reason ?? null,
    });
  }

  // ---- the notification of the proposal to answer (already mailed: the demo mails nobody)
  if (pendingProposal) {
    const { id } = await notify(pendingProposal.guardianId, "tutele_proposal", { code: pendingProposal.code }, { tx, link: "/tutele" });
    await tx.update(notifications).set({ createdAt: pendingProposal.at, digestedAt: pendingProposal.at }).where(eq(notifications.id, id));
    await tx
      .update(mailOutbox)
      .set({ status: "sent", sentAt: pendingProposal.at, createdAt: pendingProposal.at, nextAttemptAt: pendingProposal.at })
      .where(and(eq(mailOutbox.userId, pendingProposal.guardianId), eq(mailOutbox.category, "notification:tutele_proposal"), eq(mailOutbox.status, "pending")));
  }
}

// Demo data for Tutele: a handful of fictional minors per district and the guardians' active
// appointments, so that a guardian can link a consultation request to "one of my minors" and the
// coordinators find a list in use. Every name, date, facility and court file here is invented.
// Issue 6 (the coordinators' desk) extends this seed.
import { appointments, guardianProfiles, minors } from "../schema";
import { syncRuleDeadlines } from "../../app/modules/guardianship/deadlines.server";
import { romeLocalToUtc, utcToRomeLocal } from "../../app/utils/dates";
import type { SeedContext } from "./context";

const DAY = 24 * 3600 * 1000;

export interface SeedMinor {
  code: string;
  district: "MI" | "BS";
  firstName: string;
  lastName: string;
  sex: "M" | "F";
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  /** ISO 639 codes, as users' spoken languages. */
  languages: string[];
  /** Age at seeding time, in years and months (always 15–17). */
  age: [number, number];
  /** Months since arrival in Italy. */
  arrivedMonthsAgo: number;
  facility: string;
  municipality: string;
  /** The guardian's e-mail, or null while the minor waits for one. */
  guardian: string | null;
  /** Days since the court's decree of appointment. */
  decreeDaysAgo?: number;
  courtFile: string;
}

/** The demo minors; guardians are demo accounts or extra members (role guardian, same district). */
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
    age: [17, 8],
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
  },
];

const COORDINATOR: Record<"MI" | "BS", string> = {
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

/** The demo guardians' places in their court's elenco. */
const PROFILES = [
  { email: "tutore.milano@example.org", district: "MI", province: "MI", languages: ["it", "en", "fr"], listedYearsAgo: 2 },
  { email: "tutore.brescia@example.org", district: "BS", province: "BS", languages: ["it", "en"], listedYearsAgo: 1 },
] as const;

export async function seedGuardianship(ctx: SeedContext): Promise<void> {
  const { tx, users, now } = ctx;
  for (const p of PROFILES) {
    const userId = users.get(p.email);
    if (!userId) continue;
    await tx.insert(guardianProfiles).values({
      userId,
      districtCode: p.district,
      state: "listed",
      listedSince: dateBefore(now, p.listedYearsAgo, 2),
      province: p.province,
      languages: [...p.languages],
      stateChangedAt: now,
    });
  }
  for (const m of SEED_MINORS) {
    const guardianId = m.guardian ? users.get(m.guardian) : undefined;
    const coordinatorId = users.get(COORDINATOR[m.district]) ?? null;
    const arrival = dateBefore(now, 0, m.arrivedMonthsAgo, 3);
    // Registered in the portal a few days after arrival (and never in the future).
    const registered = new Date(Math.min(now.getTime() - 2 * DAY, romeLocalToUtc(arrival, "10:00")!.getTime() + 6 * DAY));
    const withGuardian = guardianId !== undefined && m.decreeDaysAgo !== undefined;
    const [minor] = await tx
      .insert(minors)
      .values({
        districtCode: m.district,
        code: m.code,
        firstName: m.firstName,
        lastName: m.lastName,
        // Born `age` ago, minus a few days so the age holds for a while.
        birthDate: dateBefore(now, m.age[0], m.age[1], 5),
        sex: m.sex,
        nationality: m.nationality,
        languages: m.languages,
        arrivalDate: arrival,
        facilityName: m.facility,
        facilityMunicipality: m.municipality,
        courtFileNumber: m.courtFile,
        status: withGuardian ? "with_guardian" : "waiting",
        createdById: coordinatorId,
        createdAt: registered,
        updatedAt: registered,
      })
      .returning({ id: minors.id });
    if (!withGuardian) {
      await syncRuleDeadlines(tx, minor.id, utcToRomeLocal(now).date);
      continue;
    }
    const decree = new Date(now.getTime() - m.decreeDaysAgo! * DAY);
    const decreeDate = utcToRomeLocal(decree).date;
    const proposedAt = new Date(decree.getTime() - 12 * DAY);
    await tx.insert(appointments).values({
      minorId: minor.id,
      guardianId: guardianId!,
      status: "active",
      proposedById: coordinatorId,
      proposedAt,
      respondedAt: new Date(proposedAt.getTime() + 2 * DAY),
      decreeDate,
      activatedAt: romeLocalToUtc(decreeDate, "12:00")!,
    });
    await syncRuleDeadlines(tx, minor.id, utcToRomeLocal(now).date);
  }
}

// Accounts: 4,000 guardians (at scale 1) over the 29 districts, per district 1–2 coordinators and
// 2 legal consultants, 10 trainers, and the fixed bench accounts in Milano. Every account is in the
// state the app needs to use the portal (as the demo seed leaves its accounts): e-mail verified,
// privacy and pledge accepted; guardians listed in their court's elenco with a caseload cap.
import type { Role } from "../../../db/schema";
import { PLEDGE_VERSION } from "../../../app/modules/auth/pledge";
import { copyRows, type Row } from "./db";
import { BENCH_DISTRICTS, allocate } from "./districts";
import { type Ctx, DAY, dateOf, noonOf } from "./context";
import { rng } from "./rng";
import { FIRST_NAMES, LAST_NAMES, SPOKEN, emailLocal } from "./vocab";

export type GuardianState = "candidate" | "listed" | "suspended" | "removed";

export interface Person {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** null for the admin. */
  district: string | null;
  createdAt: number;
  languages: string[];
  // Guardians only.
  state?: GuardianState;
  listedSince?: string;
  stateChangedAt?: number;
  stateReason?: string;
  available?: boolean;
  maxMinors?: number;
  maxMinorsReason?: string;
  province?: string;
}

export interface DistrictPeople {
  guardians: Person[];
  coordinators: Person[];
  consultants: Person[];
  trainers: Person[];
}

export interface People {
  all: Person[];
  guardians: Person[];
  byDistrict: Map<string, DistrictPeople>;
  bench: { tutore: Person; consulente: Person; coordinatore: Person; formatore: Person; admin: Person };
}

export const BENCH_PASSWORD = "bench-password-2026";

const BENCH_ACCOUNTS = {
  tutore: { email: "bench.tutore@example.org", name: "Giulia Benassi", role: "guardian" as Role },
  consulente: { email: "bench.consulente@example.org", name: "Avv. Chiara Borsani", role: "legal_consultant" as Role },
  coordinatore: { email: "bench.coordinatore@example.org", name: "Elena Fumagalli", role: "coordinator" as Role },
  formatore: { email: "bench.formatore@example.org", name: "Paolo Vergani", role: "trainer" as Role },
  admin: { email: "bench.admin@example.org", name: "Amministrazione Portale", role: "admin" as Role },
};

/** Districts that get a trainer (the 10 of scale 1). */
const TRAINER_DISTRICTS = ["MI", "MI", "RM", "NA", "TO", "BO", "FI", "PA", "VE", "BA"];

const SUSPEND_REASONS = [
  "Sospensione chiesta dalla persona per un periodo di lavoro all'estero.",
  "Sospensione temporanea per motivi di salute, su richiesta.",
];
const REMOVE_REASONS = [
  "Cancellazione dall'elenco su sua richiesta, per motivi personali.",
  "Trasferimento in un'altra regione.",
];
const CAP_REASONS: Record<number, string> = {
  1: "Ha chiesto di seguire un solo minore per impegni di lavoro.",
  2: "Ha chiesto di seguire al massimo due minori per impegni familiari.",
  4: "Esperienza pluriennale e disponibilità a tempo pieno: il Tribunale ha autorizzato fino a quattro tutele.",
};

export function makePeople(ctx: Ctx): People {
  const r = rng("people");
  const ids = rng("people.ids");
  const base = ctx.base.getTime();
  // Every name once: first names × surnames, shuffled.
  const names = r.shuffle(FIRST_NAMES.flatMap((f) => LAST_NAMES.map((l) => [f, l] as const)));
  let nameAt = 0;
  const emails = new Set<string>();
  const nextName = () => {
    const [first, last] = names[nameAt++ % names.length];
    let email = `${emailLocal(first, last)}@example.org`;
    for (let i = 2; emails.has(email); i++) email = `${emailLocal(first, last)}.${i}@example.org`;
    emails.add(email);
    return { name: `${first} ${last}`, email };
  };
  const languages = () => ["it", ...r.sample(SPOKEN, r.int(0, 2))];

  const byDistrict = new Map<string, DistrictPeople>(BENCH_DISTRICTS.map((d) => [d.code, { guardians: [], coordinators: [], consultants: [], trainers: [] }]));
  const all: Person[] = [];
  const staff = (role: Role, district: string | null, account?: { email: string; name: string }): Person => {
    const who = account ?? nextName();
    if (account) emails.add(account.email);
    const p: Person = { id: ids.uuid(), email: who.email, name: who.name, role, district, createdAt: base - r.int(3 * 365, 6 * 365) * DAY - r.int(0, 86_000) * 1000, languages: languages() };
    all.push(p);
    if (district) {
      const dp = byDistrict.get(district)!;
      if (role === "coordinator") dp.coordinators.push(p);
      if (role === "legal_consultant") dp.consultants.push(p);
      if (role === "trainer") dp.trainers.push(p);
    }
    return p;
  };

  // The bench accounts first (Milano).
  const bench = {
    tutore: staff("guardian", "MI", BENCH_ACCOUNTS.tutore),
    consulente: staff("legal_consultant", "MI", BENCH_ACCOUNTS.consulente),
    coordinatore: staff("coordinator", "MI", BENCH_ACCOUNTS.coordinatore),
    formatore: staff("trainer", "MI", BENCH_ACCOUNTS.formatore),
    admin: staff("admin", null, BENCH_ACCOUNTS.admin),
  };
  const listed = Math.floor(26 * 30.4);
  Object.assign(bench.tutore, {
    createdAt: base - (listed + 80) * DAY,
    state: "listed",
    listedSince: dateOf(base - listed * DAY),
    stateChangedAt: noonOf(dateOf(base - listed * DAY)),
    available: true,
    maxMinors: 4,
    maxMinorsReason: CAP_REASONS[4],
    province: "MI",
    languages: ["it", "en", "fr"],
  } satisfies Partial<Person>);
  byDistrict.get("MI")!.guardians.push(bench.tutore);

  // Staff of every district (not scaled: every district has its desk).
  for (const d of BENCH_DISTRICTS) {
    const coordinators = d.weight >= 0.03 ? 2 : 1;
    for (let i = 0; i < coordinators; i++) staff("coordinator", d.code);
    for (let i = 0; i < 2; i++) staff("legal_consultant", d.code);
  }
  for (const d of TRAINER_DISTRICTS) staff("trainer", d);

  // Guardians.
  const counts = allocate(ctx.count(4000));
  for (const d of BENCH_DISTRICTS) {
    for (let i = 0; i < counts.get(d.code)!; i++) {
      const who = nextName();
      // The elenchi started in 2017 and grew since: more people listed long ago than recently.
      const listedDaysAgo = Math.round(60 + (8.5 * 365 - 60) * Math.sqrt(r.next()));
      const listedSince = dateOf(base - listedDaysAgo * DAY);
      const roll = r.next();
      const state: GuardianState = roll < 0.03 ? "suspended" : roll < 0.05 ? "removed" : "listed";
      const cap = r.chance(0.06) ? r.pick([1, 2, 4]) : 3;
      const p: Person = {
        id: ids.uuid(),
        email: who.email,
        name: who.name,
        role: "guardian",
        district: d.code,
        createdAt: noonOf(listedSince) - r.int(50, 150) * DAY - r.int(0, 36_000) * 1000,
        languages: languages(),
        state,
        listedSince,
        stateChangedAt: state === "listed" ? noonOf(listedSince) : base - r.int(5, Math.max(6, Math.min(listedDaysAgo - 1, 400))) * DAY,
        stateReason: state === "suspended" ? r.pick(SUSPEND_REASONS) : state === "removed" ? r.pick(REMOVE_REASONS) : undefined,
        available: state === "listed" && r.chance(0.93),
        maxMinors: cap,
        maxMinorsReason: cap === 3 ? undefined : CAP_REASONS[cap],
        province: r.chance(0.5) ? d.provinces[0] : r.pick(d.provinces),
      };
      all.push(p);
      byDistrict.get(d.code)!.guardians.push(p);
    }
  }
  return { all, guardians: all.filter((p) => p.role === "guardian"), byDistrict, bench };
}

export async function insertPeople(ctx: Ctx, people: People, passwordHash: string): Promise<number> {
  const { sql } = ctx;
  const r = rng("people.rows");
  const rows = people.all.map((p): Row => {
    const created = new Date(p.createdAt);
    return [p.id, p.email, p.name, passwordHash, r.chance(0.05) ? "en" : "it", null, p.languages, created, null, null, created, created, created];
  });
  await copyRows(sql, "users", ["id", "email", "name", "password_hash", "locale", "phone", "spoken_languages", "email_verified_at", "disabled_at", "disabled_reason", "privacy_accepted_at", "created_at", "updated_at"], rows);
  await copyRows(
    sql,
    "user_roles",
    ["user_id", "role", "district_code", "granted_at", "granted_by"],
    people.all.map((p) => [p.id, p.role, p.district, new Date(p.createdAt), p.role === "admin" ? null : people.bench.admin.id]),
  );
  await copyRows(
    sql,
    "pledge_acceptances",
    ["user_id", "version", "accepted_at"],
    people.all.map((p) => [p.id, PLEDGE_VERSION, new Date(p.createdAt + 3 * 60_000)]),
  );
  const guardians = people.guardians;
  const coordinatorOf = (district: string) => people.byDistrict.get(district)!.coordinators[0].id;
  await copyRows(
    sql,
    "guardian_profiles",
    ["user_id", "district_code", "state", "listed_since", "state_reason", "listing_override_reason", "state_changed_at", "available", "max_minors", "max_minors_reason", "province", "languages", "notes", "updated_at"],
    guardians.map((p) => [
      p.id,
      p.district,
      p.state,
      p.state === "listed" || p.state === "suspended" ? p.listedSince : null,
      p.stateReason ?? null,
      null,
      new Date(p.stateChangedAt!),
      p.available,
      p.maxMinors,
      p.maxMinorsReason ?? null,
      p.province,
      p.languages,
      "",
      new Date(p.stateChangedAt!),
    ]),
  );
  const history: Row[] = [];
  for (const p of guardians) {
    const listedAt = noonOf(p.listedSince!);
    history.push([p.id, p.district, "candidate", null, null, null, new Date(p.createdAt + DAY)]);
    history.push([p.id, p.district, "listed", null, null, coordinatorOf(p.district!), new Date(listedAt)]);
    if (p.state === "suspended" || p.state === "removed") history.push([p.id, p.district, p.state, p.stateReason, null, coordinatorOf(p.district!), new Date(p.stateChangedAt!)]);
  }
  await copyRows(sql, "guardian_state_history", ["user_id", "district_code", "state", "reason", "override_reason", "changed_by_id", "changed_at"], history);
  return people.all.length;
}

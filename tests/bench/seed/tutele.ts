// Tutele: 20,000 minors (at scale 1) over the districts — most guardianships ended, ~15 % active,
// a few hundred waiting for a guardian or with a proposal — with 25,000 appointments following the
// app's rules (one active per minor, one open proposal per minor, decree before the end, caseload
// caps), the deadlines the app's rules produce for every minor still followed, flags, diary notes
// and the per-district, per-year code counters.
import { ruleDeadlines } from "../../../app/modules/guardianship/deadlines";
import { addYears } from "../../../app/modules/guardianship/deadlines";
import { SPECIAL_NEEDS } from "../../../app/modules/guardianship/schema";
import { utcToRomeLocal } from "../../../app/utils/dates";
import { copyRows, type Row } from "./db";
import { BENCH_DISTRICTS, PROVINCE_TOWN, allocate } from "./districts";
import { type Ctx, DAY, HOUR, dateOf, noonOf } from "./context";
import type { People, Person } from "./people";
import { rng } from "./rng";
import { DECLINE_REASONS, FACILITY_KINDS, FACILITY_NAMES, FLAG_REASONS, MANUAL_DEADLINE_TITLES, NOTE_BODIES, ORIGINS } from "./vocab";

type MinorStatus = "waiting" | "with_guardian" | "ended";
type ApptStatus = "proposed" | "declined" | "accepted" | "active" | "ended" | "withdrawn";

export interface Minor {
  id: string;
  district: string;
  code: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: "M" | "F";
  nationality: string;
  languages: string[];
  arrivalDate: string;
  facility: string;
  province: string;
  permitExpiry: string | null;
  courtFile: string;
  status: MinorStatus;
  specialNeeds: string[];
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  /** Only for ended records closed while waiting. */
  closedAt?: number;
}

export interface Appointment {
  id: string;
  minorId: string;
  guardianId: string;
  status: ApptStatus;
  proposedById: string;
  proposedAt: number;
  respondedAt: number | null;
  declineReason: string | null;
  decreeDate: string | null;
  activatedAt: number | null;
  endedAt: number | null;
  endReason: string | null;
}

export interface Tutele {
  minors: Minor[];
  appointments: Appointment[];
  /** The bench guardian's active minors' codes (the first one is the benchmark's target). */
  benchMinorCodes: string[];
  /** Guardian → minors of their active or ended appointments (for consultations). */
  minorsOfGuardian: Map<string, string[]>;
}

const END_WEIGHTS: [string, number][] = [
  ["eighteenth_birthday", 70],
  ["prosieguo_ended", 10],
  ["transfer", 8],
  ["left_untraceable", 5],
  ["repatriation", 3],
  ["revocation", 4],
];

interface Pool {
  /** Guardians of the district by listing date. */
  guardians: Person[];
  listedAt: number[];
  coordinators: Person[];
}

export function makeTutele(ctx: Ctx, people: People): Tutele {
  const r = rng("tutele");
  const ids = rng("tutele.ids");
  const base = ctx.base.getTime();
  const now = base - 2 * HOUR;
  const pools = new Map<string, Pool>();
  for (const d of BENCH_DISTRICTS) {
    const dp = people.byDistrict.get(d.code)!;
    const guardians = dp.guardians.filter((g) => g !== people.bench.tutore).sort((a, b) => noonOf(a.listedSince!) - noonOf(b.listedSince!));
    pools.set(d.code, { guardians, listedAt: guardians.map((g) => noonOf(g.listedSince!)), coordinators: dp.coordinators });
  }
  /** Open appointments (proposed, accepted, active) per guardian: the caseload the cap limits. */
  const load = new Map<string, number>();
  const minors: Minor[] = [];
  const appointments: Appointment[] = [];
  const minorsOfGuardian = new Map<string, string[]>();

  const pickGuardian = (pool: Pool, before: number, open: boolean, exclude: Set<string>): Person | null => {
    // Guardians listed before `before` are a prefix of the pool.
    let lo = 0;
    let hi = pool.listedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pool.listedAt[mid] < before) lo = mid + 1;
      else hi = mid;
    }
    // Nobody is appointed before being listed in the elenco: no one listed yet, no appointment.
    const prefix = lo;
    if (prefix === 0) return null;
    for (let attempt = 0; attempt < 25; attempt++) {
      const g = pool.guardians[Math.floor(r.next() * prefix)];
      if (!g || exclude.has(g.id)) continue;
      if (open && !(g.state === "listed" && g.available && (load.get(g.id) ?? 0) < g.maxMinors!)) continue;
      return g;
    }
    if (!open) return pool.guardians.slice(0, prefix).find((g) => !exclude.has(g.id)) ?? null;
    return null;
  };

  const addAppointment = (a: Omit<Appointment, "id">): Appointment => {
    const row = { id: ids.uuid(), ...a };
    appointments.push(row);
    if (a.status === "proposed" || a.status === "accepted" || a.status === "active") load.set(a.guardianId, (load.get(a.guardianId) ?? 0) + 1);
    if (a.status === "active" || a.status === "ended") {
      const list = minorsOfGuardian.get(a.guardianId) ?? [];
      list.push(a.minorId);
      minorsOfGuardian.set(a.guardianId, list);
    }
    return row;
  };

  const newMinor = (district: string, status: MinorStatus, arrival: number, majority: string, pool: Pool): Minor => {
    const origin = r.weighted(ORIGINS, ORIGINS.map((o) => o.weight));
    const sex = r.chance(0.1) ? "F" : "M";
    const d = BENCH_DISTRICTS.find((x) => x.code === district)!;
    const province = r.chance(0.45) ? d.provinces[0] : r.pick(d.provinces);
    const created = Math.min(arrival + r.int(1, 6) * DAY + r.int(8, 17) * HOUR, now - 6 * HOUR);
    const m: Minor = {
      id: ids.uuid(),
      district,
      code: "",
      firstName: r.pick(sex === "F" ? origin.female : origin.male),
      lastName: r.pick(origin.surnames),
      birthDate: addYears(majority, -18),
      sex,
      nationality: origin.nationality,
      languages: r.chance(0.3) ? [...origin.languages, "it"] : [...origin.languages],
      arrivalDate: dateOf(arrival),
      facility: `${r.pick(FACILITY_KINDS)} ${r.pick(FACILITY_NAMES)}`,
      province,
      permitExpiry: null,
      courtFile: "",
      status,
      specialNeeds: r.chance(0.1) ? [r.pick(SPECIAL_NEEDS)] : [],
      createdBy: r.pick(pool.coordinators).id,
      createdAt: created,
      updatedAt: created,
    };
    m.courtFile = `${r.int(1, 650)}/${new Date(created).getUTCFullYear()} V.G.`;
    minors.push(m);
    return m;
  };

  /** The proposal → acceptance → decree chain of an appointment that became active, within [from, until]. */
  const chain = (from: number, until: number) => {
    const span = Math.max(until - from, 4 * DAY);
    const proposedAt = from + Math.min(r.int(3, 20) * DAY, span * 0.3) + r.int(9, 17) * HOUR;
    const respondedAt = proposedAt + Math.min(r.int(1, 4) * DAY, span * 0.1) + r.int(1, 6) * HOUR;
    let decree = dateOf(respondedAt + Math.min(r.int(5, 20) * DAY, span * 0.3));
    if (noonOf(decree) > until) decree = dateOf(Math.max(respondedAt + DAY, until - DAY));
    return { proposedAt, respondedAt, decreeDate: decree, activatedAt: noonOf(decree) };
  };

  const counts = allocate(ctx.count(20000));
  for (const d of BENCH_DISTRICTS) {
    const pool = pools.get(d.code)!;
    const total = counts.get(d.code)!;
    const coordinator = () => r.pick(pool.coordinators).id;
    let active = Math.round(total * 0.15);
    let waiting = Math.round(total * 0.02);

    // The bench guardian: three active minors, one proposal to answer, two guardianships ended.
    if (d.code === "MI") {
      const tutore = people.bench.tutore;
      const specs = [
        { arrivedDaysAgo: 420, majorityInDays: 75, decreeDaysAgo: 330, permit: null as number | null },
        { arrivedDaysAgo: 230, majorityInDays: 640, decreeDaysAgo: 150, permit: 60 },
        { arrivedDaysAgo: 120, majorityInDays: 900, decreeDaysAgo: 40, permit: 210 },
      ];
      for (const s of specs) {
        const m = newMinor("MI", "with_guardian", base - s.arrivedDaysAgo * DAY, dateOf(base + s.majorityInDays * DAY), pool);
        m.permitExpiry = s.permit === null ? null : dateOf(base + s.permit * DAY);
        const decree = dateOf(base - s.decreeDaysAgo * DAY);
        addAppointment({
          minorId: m.id, guardianId: tutore.id, status: "active", proposedById: coordinator(),
          proposedAt: noonOf(decree) - 12 * DAY, respondedAt: noonOf(decree) - 10 * DAY, declineReason: null,
          decreeDate: decree, activatedAt: noonOf(decree), endedAt: null, endReason: null,
        });
      }
      const w = newMinor("MI", "waiting", base - 9 * DAY, dateOf(base + 700 * DAY), pool);
      addAppointment({
        minorId: w.id, guardianId: tutore.id, status: "proposed", proposedById: coordinator(), proposedAt: base - 2 * DAY + 10 * HOUR,
        respondedAt: null, declineReason: null, decreeDate: null, activatedAt: null, endedAt: null, endReason: null,
      });
      for (const endedDaysAgo of [200, 330]) {
        const end = base - endedDaysAgo * DAY;
        const m = newMinor("MI", "ended", end - 420 * DAY, dateOf(end), pool);
        const c = chain(m.createdAt, end - 60 * DAY);
        addAppointment({ minorId: m.id, guardianId: tutore.id, status: "ended", proposedById: coordinator(), ...c, declineReason: null, endedAt: noonOf(dateOf(end)), endReason: "eighteenth_birthday" });
        m.updatedAt = noonOf(dateOf(end));
      }
      active -= 3;
      waiting -= 1;
    }

    for (let i = 0; i < total - (d.code === "MI" ? 6 : 0); i++) {
      if (i < active) {
        // Active: arrived in the last two years, not yet 18.
        const arrival = base - r.int(40, 700) * DAY;
        const lo = Math.max(base + 10 * DAY, arrival + 60 * DAY);
        const hi = Math.max(lo + 30 * DAY, arrival + 6 * 365 * DAY);
        const m = newMinor(d.code, "with_guardian", arrival, dateOf(lo + r.next() * (hi - lo)), pool);
        if (r.chance(0.6)) m.permitExpiry = dateOf(base + r.int(-15, 400) * DAY);
        const c = chain(m.createdAt, base - DAY);
        const g = pickGuardian(pool, c.proposedAt, true, new Set());
        if (!g) {
          m.status = "waiting";
          continue;
        }
        addAppointment({ minorId: m.id, guardianId: g.id, status: "active", proposedById: coordinator(), ...c, declineReason: null, endedAt: null, endReason: null });
      } else if (i < active + waiting) {
        const arrival = base - r.int(1, 150) * DAY;
        const m = newMinor(d.code, "waiting", arrival, dateOf(Math.max(base + 5 * DAY, arrival + r.int(60, 4 * 365) * DAY)), pool);
        if (r.chance(0.2)) m.permitExpiry = dateOf(base + r.int(20, 300) * DAY);
        if (r.chance(0.45)) {
          const proposedAt = Math.min(m.createdAt + r.int(1, 10) * DAY, now - 3 * HOUR);
          const g = pickGuardian(pool, proposedAt, true, new Set());
          if (g) {
            const accepted = r.chance(0.25) && proposedAt + 2 * DAY < now;
            addAppointment({
              minorId: m.id, guardianId: g.id, status: accepted ? "accepted" : "proposed", proposedById: coordinator(), proposedAt,
              respondedAt: accepted ? proposedAt + r.int(1, 40) * HOUR : null, declineReason: null, decreeDate: null, activatedAt: null, endedAt: null, endReason: null,
            });
          }
        }
      } else {
        // Ended: some time in the last six years.
        const end = base - r.int(1, 6 * 365) * DAY;
        if (r.chance(0.03)) {
          // Closed while still waiting for a guardian (left, or transferred elsewhere).
          const m = newMinor(d.code, "ended", end - r.int(10, 120) * DAY, dateOf(end + r.int(30, 900) * DAY), pool);
          m.closedAt = Math.max(m.createdAt + DAY, noonOf(dateOf(end)));
          m.updatedAt = m.closedAt;
          continue;
        }
        const reason = r.weighted(END_WEIGHTS.map((e) => e[0]), END_WEIGHTS.map((e) => e[1]));
        let majority: number;
        let arrival: number;
        if (reason === "eighteenth_birthday" || reason === "revocation") {
          majority = end;
          arrival = majority - r.int(200, 1500) * DAY;
        } else if (reason === "prosieguo_ended") {
          majority = end - r.int(180, 1000) * DAY;
          arrival = majority - r.int(200, 1500) * DAY;
        } else {
          majority = end + r.int(30, 900) * DAY;
          arrival = end - r.int(120, 900) * DAY;
        }
        const m = newMinor(d.code, "ended", arrival, dateOf(majority), pool);
        const endNoon = noonOf(dateOf(end));
        m.updatedAt = endNoon;
        if (reason === "revocation") {
          // A first guardian revoked half-way, a second one until the 18th birthday.
          const mid = m.createdAt + (endNoon - m.createdAt) / 2;
          const c1 = chain(m.createdAt, mid - 20 * DAY);
          const g1 = pickGuardian(pool, c1.proposedAt, false, new Set());
          if (!g1) continue;
          addAppointment({ minorId: m.id, guardianId: g1.id, status: "ended", proposedById: coordinator(), ...c1, declineReason: null, endedAt: noonOf(dateOf(mid)), endReason: "revocation" });
          const c2 = chain(mid + DAY, endNoon - 20 * DAY);
          const g2 = pickGuardian(pool, c2.proposedAt, false, new Set([g1.id]));
          if (g2) addAppointment({ minorId: m.id, guardianId: g2.id, status: "ended", proposedById: coordinator(), ...c2, declineReason: null, endedAt: endNoon, endReason: "eighteenth_birthday" });
          continue;
        }
        const c = chain(m.createdAt, endNoon - 20 * DAY);
        const g = pickGuardian(pool, c.proposedAt, false, new Set());
        if (!g) continue;
        addAppointment({ minorId: m.id, guardianId: g.id, status: "ended", proposedById: coordinator(), ...c, declineReason: null, endedAt: endNoon, endReason: reason });
      }
    }
  }

  // Proposals that came to nothing (declined, or withdrawn by the coordinator) before the one
  // that worked, until the appointments reach their number.
  const target = ctx.count(25000);
  const firstOf = new Map<string, Appointment>();
  for (const a of appointments) {
    const prev = firstOf.get(a.minorId);
    if (!prev || a.proposedAt < prev.proposedAt) firstOf.set(a.minorId, a);
  }
  const byId = new Map(minors.map((m) => [m.id, m]));
  const candidates = [...firstOf.values()].filter((a) => a.proposedAt - byId.get(a.minorId)!.createdAt > 3 * DAY);
  r.shuffle(candidates);
  for (const a of candidates) {
    if (appointments.length >= target) break;
    const m = byId.get(a.minorId)!;
    const pool = pools.get(m.district)!;
    const proposedAt = m.createdAt + (a.proposedAt - m.createdAt) * r.float(0.1, 0.4);
    const g = pickGuardian(pool, proposedAt, false, new Set([a.guardianId]));
    if (!g) continue;
    const declined = r.chance(0.7);
    const respondedAt = proposedAt + (a.proposedAt - proposedAt) * r.float(0.2, 0.6);
    addAppointment({
      minorId: m.id, guardianId: g.id, status: declined ? "declined" : "withdrawn", proposedById: a.proposedById, proposedAt,
      respondedAt: declined ? respondedAt : null, declineReason: declined ? r.pick(DECLINE_REASONS) : null, decreeDate: null, activatedAt: null,
      endedAt: declined ? null : respondedAt, endReason: declined ? null : "other",
    });
  }

  // Codes: per district and year of registration, in the order of registration.
  const sorted = [...minors].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const seq = new Map<string, number>();
  for (const m of sorted) {
    const year = utcToRomeLocal(new Date(m.createdAt)).date.slice(0, 4);
    const key = `${m.district}-${year}`;
    const next = (seq.get(key) ?? 0) + 1;
    seq.set(key, next);
    m.code = `${key}-${String(next).padStart(4, "0")}`;
  }
  const benchMinorCodes = appointments
    .filter((a) => a.guardianId === people.bench.tutore.id && a.status === "active")
    .map((a) => byId.get(a.minorId)!.code);
  return { minors: sorted, appointments, benchMinorCodes, minorsOfGuardian };
}

export async function insertTutele(ctx: Ctx, people: People, t: Tutele): Promise<Record<string, number>> {
  const { sql } = ctx;
  const r = rng("tutele.rows");
  const base = ctx.base.getTime();
  const counts: Record<string, number> = {};
  counts.minors = await copyRows(
    sql,
    "minors",
    ["id", "district_code", "code", "first_name", "last_name", "birth_date", "estimated_age", "sex", "nationality", "languages", "arrival_date", "facility_name", "facility_municipality", "facility_province", "permit_expiry", "court_file_number", "status", "special_needs", "created_by_id", "created_at", "updated_at"],
    t.minors.map((m): Row => [
      m.id, m.district, m.code, m.firstName, m.lastName, m.birthDate, null, m.sex, m.nationality, m.languages, m.arrivalDate, m.facility,
      PROVINCE_TOWN[m.province] ?? null, m.province, m.permitExpiry, m.courtFile, m.status, m.specialNeeds, m.createdBy, new Date(m.createdAt), new Date(m.updatedAt),
    ]),
  );
  const date = (ms: number | null) => (ms === null ? null : new Date(ms));
  counts.appointments = await copyRows(
    sql,
    "appointments",
    ["id", "minor_id", "guardian_id", "status", "proposed_by_id", "proposed_at", "responded_at", "decline_reason", "decree_date", "activated_at", "ended_at", "end_reason", "override_reason"],
    [...t.appointments]
      .sort((a, b) => a.proposedAt - b.proposedAt)
      .map((a): Row => [a.id, a.minorId, a.guardianId, a.status, a.proposedById, date(a.proposedAt), date(a.respondedAt), a.declineReason, a.decreeDate, date(a.activatedAt), date(a.endedAt), a.endReason, null]),
  );

  // Counters: the next registered minor gets the next number of its district and year.
  const highest = new Map<string, number>();
  for (const m of t.minors) {
    const [district, year, n] = m.code.split("-");
    const key = `${district}-${year}`;
    highest.set(key, Math.max(highest.get(key) ?? 0, Number(n)));
  }
  counts.minor_code_counters = await copyRows(
    sql,
    "minor_code_counters",
    ["district_code", "year", "last"],
    [...highest.entries()].map(([key, last]) => [key.slice(0, 2), Number(key.slice(3)), last]),
  );

  // Rule deadlines of every minor still followed (what syncRuleDeadlines keeps), past ones mostly
  // done; manual deadlines of some guardians.
  const active = new Map<string, { guardianId: string; decree: string; activatedAt: number }>();
  for (const a of t.appointments) if (a.status === "active") active.set(a.minorId, { guardianId: a.guardianId, decree: a.decreeDate!, activatedAt: a.activatedAt! });
  const coordinatorsOf = (district: string) => people.byDistrict.get(district)!.coordinators;
  const deadlines: Row[] = [];
  const flags: Row[] = [];
  const notes: Row[] = [];
  for (const m of t.minors) {
    if (m.status === "ended") continue;
    const a = active.get(m.id);
    const doer = a ? a.guardianId : coordinatorsOf(m.district)[0].id;
    const createdAt = a ? Math.max(m.createdAt, a.activatedAt) : m.createdAt;
    for (const d of ruleDeadlines({ birthDate: m.birthDate, permitExpiry: m.permitExpiry, appointedOn: a?.decree ?? null, today: ctx.today })) {
      const past = d.dueDate < ctx.today;
      const done = past && r.chance(0.85) ? Math.min(base - HOUR, Math.max(createdAt + HOUR, noonOf(d.dueDate) - r.int(0, 10) * DAY)) : null;
      deadlines.push([m.id, d.kind, null, d.dueDate, d.remindDaysBefore, done === null ? null : new Date(done), done === null ? null : doer, null, new Date(Math.min(createdAt, base - HOUR))]);
    }
    if (a && r.chance(0.15)) {
      const created = Math.max(a.activatedAt, base - r.int(1, 40) * DAY);
      const due = dateOf(base + r.int(-40, 90) * DAY);
      const done = due < ctx.today && r.chance(0.7) ? new Date(Math.min(base - HOUR, noonOf(due))) : null;
      deadlines.push([m.id, "manual", r.pick(MANUAL_DEADLINE_TITLES), due, [7, 1], done, done ? a.guardianId : null, a.guardianId, new Date(created)]);
    }
    if (r.chance(0.06)) {
      const by = a && r.chance(0.6) ? a.guardianId : r.pick(coordinatorsOf(m.district)).id;
      const raised = Math.max(m.createdAt + HOUR, base - r.int(1, 60) * DAY);
      const removed = r.chance(0.3) ? new Date(Math.min(base - HOUR, raised + r.int(1, 20) * DAY)) : null;
      flags.push([m.id, r.pick(FLAG_REASONS), dateOf(base + r.int(-20, 30) * DAY), by, new Date(raised), removed, removed ? by : null, removed ? "Situazione risolta." : null]);
    }
    if (a) {
      for (let k = r.int(0, 3); k > 0; k--) {
        const at = a.activatedAt + r.next() * (base - HOUR - a.activatedAt);
        notes.push([m.id, a.guardianId, r.pick(NOTE_BODIES), new Date(at)]);
      }
    }
  }
  for (const a of t.appointments) {
    if (a.status !== "ended" || !r.chance(0.15)) continue;
    notes.push([a.minorId, a.guardianId, r.pick(NOTE_BODIES), new Date(a.activatedAt! + r.next() * (a.endedAt! - a.activatedAt!))]);
  }
  // The bench guardian's own records: a manual deadline and a flag on her first minor.
  const benchMinor = t.minors.find((m) => m.code === t.benchMinorCodes[0]);
  if (benchMinor) {
    const g = people.bench.tutore.id;
    deadlines.push([benchMinor.id, "manual", MANUAL_DEADLINE_TITLES[0], dateOf(base + 12 * DAY), [7, 1], null, null, g, new Date(base - 10 * DAY)]);
    flags.push([benchMinor.id, FLAG_REASONS[0], dateOf(base + 14 * DAY), g, new Date(base - 6 * DAY), null, null, null]);
    notes.push([benchMinor.id, g, NOTE_BODIES[0], new Date(base - 20 * DAY)]);
  }
  counts.minor_deadlines = await copyRows(sql, "minor_deadlines", ["minor_id", "kind", "title", "due_date", "remind_days_before", "done_at", "done_by_id", "created_by_id", "created_at"], deadlines);
  counts.minor_flags = await copyRows(sql, "minor_flags", ["minor_id", "reason", "address_by", "raised_by_id", "raised_at", "removed_at", "removed_by_id", "removal_reason"], flags);
  counts.minor_notes = await copyRows(sql, "minor_notes", ["minor_id", "author_id", "body", "created_at"], notes);
  return counts;
}


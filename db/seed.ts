// Fictional demo data: the districts, the demo accounts of DESIGN.md and a lived-in portal.
// Every person here is invented; no real minor or guardian appears anywhere.
import path from "node:path";
import { count, sql } from "drizzle-orm";
import type { Database } from "./client";
import { districts, notifications, pledgeAcceptances, userRoles, users, type Role } from "./schema";
import { hashPassword } from "../app/modules/auth/password.server";
import { PLEDGE_VERSION } from "../app/modules/auth/pledge";
import { syncContent } from "../app/modules/training/content-sync.server";
import { seedAuthoring } from "./seeds/authoring";
import { seedConsultations } from "./seeds/consultations";
import type { SeedContext } from "./seeds/context";
import { seedEvents } from "./seeds/events";
import { seedForum } from "./seeds/forum";
import { seedGuardianship } from "./seeds/guardianship";
import { seedLearning } from "./seeds/learning";

export const DEMO_PASSWORD = "demo-password-2026";

export const DISTRICTS = [
  { code: "MI", name: "Milano", provinces: ["MI", "CO", "LC", "LO", "MB", "PV", "SO", "VA"] },
  { code: "BS", name: "Brescia", provinces: ["BG", "BS", "CR", "MN"] },
];

type DemoAccount = { email: string; name: string; roles: [Role, "MI" | "BS" | null][]; phone?: string; languages?: string[] };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "tutore.milano@example.org", name: "Giulia Ferrari", roles: [["guardian", "MI"]], phone: "+39 333 000 0001", languages: ["it", "en", "fr"] },
  { email: "tutore.brescia@example.org", name: "Marco Bonetti", roles: [["guardian", "BS"]], languages: ["it", "en"] },
  { email: "aspirante@example.org", name: "Sara Colombo", roles: [["candidate", "MI"]], languages: ["it", "es"] },
  { email: "formatore@example.org", name: "Paolo Rinaldi", roles: [["trainer", "MI"]], languages: ["it", "en"] },
  { email: "consulente.milano@example.org", name: "Avv. Chiara Galli", roles: [["legal_consultant", "MI"]], languages: ["it", "en"] },
  { email: "consulente.brescia@example.org", name: "Avv. Luca Moretti", roles: [["legal_consultant", "BS"]], languages: ["it"] },
  { email: "coordinatore.milano@example.org", name: "Elena Fontana", roles: [["coordinator", "MI"]], languages: ["it", "en"] },
  { email: "coordinatore.brescia@example.org", name: "Davide Gatti", roles: [["coordinator", "BS"]], languages: ["it"] },
  { email: "admin@example.org", name: "Amministrazione Portale", roles: [["admin", null]], languages: ["it", "en"] },
];

// More fictional members, so that lists and dashboards look like a portal in use.
const FIRST = ["Alessandro", "Beatrice", "Carlo", "Daniela", "Emanuele", "Francesca", "Giorgio", "Ilaria", "Lorenzo", "Martina", "Nicola", "Olga", "Pietro", "Roberta", "Stefano", "Teresa", "Valerio", "Zoe"];
const LAST = ["Bianchi", "Conti", "De Luca", "Esposito", "Ferri", "Greco", "Lombardi", "Mancini", "Negri", "Orlando", "Pellegrini", "Riva", "Sala", "Testa", "Valli", "Zanetti", "Bruno", "Cattaneo"];

export const EXTRA_MEMBERS: (DemoAccount & { verified: boolean; disabled?: boolean })[] = FIRST.map((first, i) => {
  const district = i % 3 === 2 ? "BS" : "MI";
  const role: Role = i < 12 ? "guardian" : i < 16 ? "candidate" : "trainer";
  return {
    email: `${first.toLowerCase()}.${LAST[i].toLowerCase().replace(/ /g, "")}@example.org`,
    name: `${first} ${LAST[i]}`,
    roles: [[role, district]],
    languages: ["it", ...(i % 2 ? ["en"] : ["fr"]), ...(i % 5 === 0 ? ["ar"] : [])],
    verified: i !== 14,
    disabled: i === 11,
  };
});

/** Districts are reference data: present in every database, demo or not. */
export async function ensureDistricts(db: Database): Promise<void> {
  await db
    .insert(districts)
    .values(DISTRICTS)
    .onConflictDoUpdate({ target: districts.code, set: { name: sql`excluded.name`, provinces: sql`excluded.provinces` } });
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

export async function seedDemo(db: Database): Promise<void> {
  if (process.env.NODE_ENV === "production" && process.env.ALLOW_DEMO_SEED !== "true" && !(await isDatabaseEmpty(db))) {
    throw new Error("Refusing to add demo data to a production database that already has users.");
  }
  await ensureDistricts(db);
  // Courses come from content/ (the registered database handle is the one passed in).
  await syncContent(path.resolve("content"));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  await db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const [i, member] of EXTRA_MEMBERS.entries()) {
      const created = new Date(now.getTime() - (40 - i) * 7 * 24 * 3600 * 1000);
      const [user] = await tx
        .insert(users)
        .values({
          email: member.email,
          name: member.name,
          passwordHash,
          spokenLanguages: member.languages ?? [],
          emailVerifiedAt: member.verified ? created : null,
          disabledAt: member.disabled ? new Date(now.getTime() - 20 * 24 * 3600 * 1000) : null,
          disabledReason: member.disabled ? "Ha chiesto di essere cancellato dall'elenco per motivi personali." : null,
          privacyAcceptedAt: created,
          createdAt: created,
          updatedAt: created,
        })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (!user) continue;
      ids.set(member.email, user.id);
      for (const [role, districtCode] of member.roles) {
        await tx.insert(userRoles).values({ userId: user.id, role, districtCode, grantedAt: created }).onConflictDoNothing();
      }
      if (member.verified) {
        await tx.insert(pledgeAcceptances).values({ userId: user.id, version: PLEDGE_VERSION, acceptedAt: created }).onConflictDoNothing();
      }
    }
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          passwordHash,
          phone: account.phone ?? null,
          spokenLanguages: account.languages ?? [],
          emailVerifiedAt: now,
          privacyAcceptedAt: now,
        })
        .onConflictDoUpdate({ target: users.email, set: { name: account.name } })
        .returning({ id: users.id });
      ids.set(account.email, user.id);
      for (const [role, districtCode] of account.roles) {
        await tx.insert(userRoles).values({ userId: user.id, role, districtCode }).onConflictDoNothing();
      }
      await tx.insert(pledgeAcceptances).values({ userId: user.id, version: PLEDGE_VERSION }).onConflictDoNothing();
      // Already delivered in the portal (digestedAt set): the demo does not mail anyone.
      const [role, districtCode] = account.roles[0];
      await tx.insert(notifications).values([
        {
          userId: user.id,
          kind: "welcome",
          payload: { name: account.name },
          link: "/profilo",
          readAt: new Date(now.getTime() - 29 * 24 * 3600 * 1000),
          digestedAt: now,
          createdAt: new Date(now.getTime() - 30 * 24 * 3600 * 1000),
        },
        {
          userId: user.id,
          kind: "role_granted",
          payload: { role, district: districtCode },
          link: "/profilo",
          digestedAt: now,
          createdAt: new Date(now.getTime() - 2 * 24 * 3600 * 1000),
        },
      ]);
    }
    const ctx: SeedContext = { tx, users: ids, now };
    await seedLearning(ctx);
    await seedEvents(ctx);
    await seedAuthoring(ctx);
    await seedGuardianship(ctx);
    await seedConsultations(ctx);
    await seedForum(ctx);
  });
}

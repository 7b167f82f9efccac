// The national-scale benchmark seed: `npx tsx tests/bench/seed.ts --scale S` (S > 0, default 1).
//
// Drops and recreates the database named by BENCH_DATABASE_URL (creating the database itself when
// it does not exist), applies the app's migrations, imports the courses of content/ as the app does
// at start-up, and fills every domain with deterministic fictional data for the 29 districts of the
// juvenile courts: at scale 1 about 4,000 guardians, 20,000 minors, 25,000 appointments, 20,000
// forum topics with 200,000 posts, 50,000 consultation requests with 200,000 messages, 40 courses
// with 400 modules and 500,000 progress rows, 1,000,000 audit-log rows. Fixed bench accounts (all
// in Milano, password bench-password-2026) and the pages to measure go to the `bench` schema:
// bench.meta (scale, seeded_at) and bench.targets (name, path, role).
//
// Everything goes through the real schema and its constraints. The same scale gives the same rows
// (a seeded PRNG; dates relative to today's UTC midnight).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql as dsql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { registerDatabase } from "../../app/db.server";
import { hashPassword } from "../../app/modules/auth/password.server";
import { syncContent } from "../../app/modules/training/content-sync.server";
import { utcToRomeLocal } from "../../app/utils/dates";
import { seedAudit } from "./seed/audit";
import { seedConsultations } from "./seed/consultations";
import type { Ctx } from "./seed/context";
import { copyRows, log, n, step, type Sql } from "./seed/db";
import { BENCH_DISTRICTS } from "./seed/districts";
import { seedForum } from "./seed/forum";
import { seedNotifications } from "./seed/notifications";
import { BENCH_PASSWORD, insertPeople, makePeople } from "./seed/people";
import { seedCourses, seedLearning } from "./seed/training";
import { insertTutele, makeTutele } from "./seed/tutele";
import { SEARCH_WORD } from "./seed/vocab";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function fail(message: string): never {
  console.error(`bench:seed: ${message}`);
  process.exit(2);
}

function parseScale(argv: string[]): number {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--scale") raw = argv[++i];
    else if (a.startsWith("--scale=")) raw = a.slice("--scale=".length);
    else if (a === "--help" || a === "-h") {
      console.log("usage: BENCH_DATABASE_URL=postgres://… npx tsx tests/bench/seed.ts [--scale S]   (S > 0, default 1)");
      process.exit(0);
    } else fail(`unknown argument ${JSON.stringify(a)} (usage: --scale S)`);
  }
  if (raw === undefined) return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0) fail(`--scale must be a positive number, got ${JSON.stringify(raw)}`);
  return scale;
}

/** Creates the database of the URL when it does not exist (through the server's `postgres` database). */
async function ensureDatabase(url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail("BENCH_DATABASE_URL is not a valid URL (postgres://user@host:port/database)");
  }
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!name) fail("BENCH_DATABASE_URL names no database");
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const server = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const [found] = await server`select 1 as one from pg_database where datname = ${name}`;
    if (!found) {
      await server.unsafe(`create database "${name.replace(/"/g, '""')}"`);
      log(`created database ${name}`);
    }
  } finally {
    await server.end({ timeout: 5 });
  }
}

async function resetSchema(handle: DatabaseHandle): Promise<void> {
  await handle.db.execute(dsql`drop schema if exists bench cascade`);
  await handle.db.execute(dsql`drop schema if exists public cascade`);
  await handle.db.execute(dsql`drop schema if exists drizzle cascade`);
  await handle.db.execute(dsql`create schema public`);
  await handle.migrate();
}

/** Deterministic hashing for the INSERT … SELECT steps (dropped at the end). */
async function createHelpers(sql: Sql): Promise<void> {
  await sql`create schema bench`;
  await sql`
    create function bench.rnd(k bigint, salt bigint) returns float8 language sql immutable parallel safe
    as 'select (hashint8extended(k, salt) & 4503599627370495)::float8 / 4503599627370496.0'`;
  await sql`
    create function bench.pick(k bigint, salt bigint, n int) returns int language sql immutable parallel safe
    as 'select 1 + ((hashint8extended(k, salt + 7919) & 2147483647) % greatest(n, 1))::int'`;
}

async function tableCounts(sql: Sql): Promise<[string, number][]> {
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
  const out: [string, number][] = [];
  for (const { name } of tables) {
    const [row] = await sql.unsafe(`select count(*)::bigint as n from "${name}"`);
    out.push([name, Number(row.n)]);
  }
  return out;
}

async function main(): Promise<void> {
  const scale = parseScale(process.argv.slice(2));
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) fail("BENCH_DATABASE_URL is required (e.g. postgres://postgres@127.0.0.1:5432/portale_bench)");
  const t0 = Date.now();
  log(`scale ${scale}`);
  await ensureDatabase(url);

  const handle = await openDatabase({ url, max: 2 });
  registerDatabase(handle);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await step("schemas dropped and migrations applied", () => resetSchema(handle));
    await sql`set synchronous_commit = off`;
    await sql`set work_mem = '64MB'`;
    await sql`set maintenance_work_mem = '256MB'`;
    await createHelpers(sql);

    const base = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
    const ctx: Ctx = { sql, scale, base, today: utcToRomeLocal(base).date, count: (x) => Math.max(1, Math.round(x * scale)) };

    await step("districts", () =>
      copyRows(sql, "districts", ["code", "name", "provinces"], BENCH_DISTRICTS.map((d) => [d.code, d.name, d.provinces])),
    (k) => `${k} rows`);
    // The courses of content/, imported by the app's own content sync (as at every start).
    await step("content/ courses imported", () => syncContent(path.join(ROOT, "content")), (report) => JSON.stringify(report));
    const passwordHash = await hashPassword(BENCH_PASSWORD);

    await sql`begin`;
    const people = makePeople(ctx);
    await step("users, roles, pledges, guardian profiles", () => insertPeople(ctx, people, passwordHash), (k) => `${n(k)} users (${n(people.guardians.length)} guardians)`);
    const tutele = makeTutele(ctx, people);
    await step("minors, appointments, deadlines, flags, notes", () => insertTutele(ctx, people, tutele), describe);
    const { training } = await step("courses, modules, versions", () => seedCourses(ctx, people), (x) => describe(x.counts));
    await step("enrolments, module progress, quiz attempts, certificates", () => seedLearning(ctx, people, training), describe);
    const { forum } = await step("forum", () => seedForum(ctx, people), (x) => describe(x.counts));
    const { result: consultations } = await step("consultations", () => seedConsultations(ctx, people, tutele), (x) => describe(x.counts));
    await step("audit log", () => seedAudit(ctx, people), describe);

    // Facts for the bench accounts' notifications and the targets.
    const proposal = tutele.appointments.find((a) => a.guardianId === people.bench.tutore.id && a.status === "proposed");
    const proposalCode = proposal ? (tutele.minors.find((m) => m.id === proposal.minorId)?.code ?? null) : null;
    const subjects = await sql<{ id: string; number: number; subject: string }[]>`
      select id, number, subject from consultations where id = any(${[consultations.targetId, ...consultations.benchGuardianIds]}::uuid[])`;
    const subjectOf = (id: string | undefined) => subjects.find((s) => s.id === id) ?? null;
    const [topic] = await sql<{ id: string; title: string; author: string }[]>`
      select t.id, t.title, u.name as author from forum_topics t join users u on u.id = t.author_id where t.id = ${forum.bigTopicId}`;
    const [certificate] = await sql<{ course: string; code: string }[]>`
      select course_title as course, code from certificates where user_id = ${people.bench.tutore.id} order by issued_at desc limit 1`;
    await step(
      "notifications, deadline reminders",
      () =>
        seedNotifications(ctx, people, {
          proposalCode,
          minorCode: tutele.benchMinorCodes[0] ?? null,
          consultation: subjectOf(consultations.benchGuardianIds[3]),
          consultationTarget: subjectOf(consultations.targetId),
          topic: topic ?? null,
          certificate: certificate ?? null,
        }),
      describe,
    );

    // What the benchmark measures.
    const targets: [string, string, string][] = [
      ["home", "/", "guardian"],
      ["formazione", "/formazione", "guardian"],
      ["module", `/formazione/corsi/${training.target.course}/${training.target.module}`, "guardian"],
      ["forum", "/forum", "guardian"],
      ["category", `/forum/${forum.bigCategorySlug}`, "guardian"],
      ["topic", `/forum/argomenti/${forum.bigTopicId}`, "guardian"],
      ["search", `/forum/cerca?q=${encodeURIComponent(SEARCH_WORD)}`, "guardian"],
      ["consulenze", "/consulenze", "consultant"],
      ["consultation", `/consulenze/${consultations.targetId}`, "consultant"],
      ["tutele", "/tutele", "guardian"],
      ["minor", `/tutele/${tutele.benchMinorCodes[0]}`, "guardian"],
      ["coordinamento", "/coordinamento", "coordinator"],
    ];
    await sql`create table bench.meta (scale numeric not null, seeded_at timestamptz not null)`;
    await sql`create table bench.targets (name text primary key, path text not null, role text not null)`;
    await sql`insert into bench.meta (scale, seeded_at) values (${scale}, now())`;
    await copyRows(sql, "bench.targets", ["name", "path", "role"], targets);
    await sql`drop function bench.rnd(bigint, bigint)`;
    await sql`drop function bench.pick(bigint, bigint, int)`;
    await sql`commit`;
    log("committed");

    await step("vacuum analyze", () => sql`vacuum (analyze)`.then(() => undefined));

    // Report.
    const matches = await sql<{ n: number }[]>`
      select count(*)::int as n from forum_posts p join forum_topics t on t.id = p.topic_id join forum_categories c on c.id = t.category_id
      where p.search @@ websearch_to_tsquery('italian', ${SEARCH_WORD}) and p.deleted_at is null and p.hidden_at is null
        and (c.district_code is null or c.district_code = 'MI') and 'guardian' = any(c.read_roles)`;
    log(`search "${SEARCH_WORD}": ${n(matches[0].n)} posts readable by bench.tutore`);
    console.log("\nrows per table:");
    for (const [name, count] of await tableCounts(sql)) if (count > 0) console.log(`  ${name.padEnd(28)} ${n(count).padStart(10)}`);
    console.log("\ntargets (bench.targets):");
    for (const [name, p, role] of targets) console.log(`  ${name.padEnd(14)} ${role.padEnd(12)} ${p}`);
    console.log(`\naccounts (password ${BENCH_PASSWORD}): ${Object.values(people.bench).map((p) => p.email).join(", ")}`);
    log(`done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  } finally {
    await sql.end({ timeout: 5 });
    await handle.close();
  }
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${k} ${n(v)}`)
    .join(", ");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

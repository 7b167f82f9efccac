// `npm run bench:seed` at a small scale fills a fresh PostgreSQL database through the real schema,
// and the benchmark finds its accounts and pages there. Runs in the PostgreSQL project only (the
// benchmark is PostgreSQL's); a schema change that breaks the seed fails here, not on the day
// someone measures.
import { execFileSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

describe.runIf(process.env.TEST_DB === "postgres")("the benchmark seed", () => {
  const name = `portale_bench_${process.pid}_${Date.now()}`;
  let url: string;
  let sql: postgres.Sql;

  beforeAll(() => {
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${name}`;
    url = u.toString();
    // The seed creates the database itself.
    execFileSync(process.execPath, ["--import", "tsx", "tests/bench/seed.ts", "--scale", "0.01"], {
      cwd: root,
      env: { ...process.env, BENCH_DATABASE_URL: url },
      stdio: "pipe",
    });
    sql = postgres(url, { max: 1, onnotice: () => {} });
  }, 180_000);

  afterAll(async () => {
    await sql?.end({ timeout: 5 });
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it("records its scale and the twelve pages the benchmark loads", async () => {
    const [meta] = await sql<{ scale: string }[]>`select scale::text as scale from bench.meta`;
    expect(Number(meta!.scale)).toBe(0.01);
    const targets = await sql<{ name: string; path: string; role: string }[]>`select name, path, role from bench.targets order by name`;
    expect(targets.map((t) => t.name)).toEqual([
      "category", "consulenze", "consultation", "coordinamento", "formazione", "forum",
      "home", "minor", "module", "search", "topic", "tutele",
    ]);
    expect(new Set(targets.map((t) => t.role))).toEqual(new Set(["guardian", "consultant", "coordinator"]));
  });

  it("fills every domain in proportion to the scale, with a 500-post topic at any scale", async () => {
    const count = async (table: string) => Number((await sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n);
    expect(await count("minors")).toBe(200);
    expect(await count("forum_topics")).toBe(200);
    expect(await count("forum_posts")).toBeGreaterThanOrEqual(2000);
    expect(await count("consultations")).toBe(500);
    expect(await count("audit_log")).toBe(10_000);
    const [topic] = await sql<{ path: string }[]>`select path from bench.targets where name = 'topic'`;
    const id = topic!.path.split("/").pop()!;
    const [posts] = await sql<{ n: number }[]>`select count(*)::int as n from forum_posts where topic_id = ${id}`;
    expect(posts!.n).toBe(500);
  });

  it("gives the bench guardian her active minors in Milano, the target minor among them", async () => {
    const [minor] = await sql<{ path: string }[]>`select path from bench.targets where name = 'minor'`;
    const code = minor!.path.split("/").pop()!;
    const rows = await sql<{ code: string; district_code: string }[]>`
      select m.code, m.district_code from appointments a
      join minors m on m.id = a.minor_id
      join users u on u.id = a.guardian_id
      where u.email = 'bench.tutore@example.org' and a.status = 'active'`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.district_code === "MI")).toBe(true);
    expect(rows.map((r) => r.code)).toContain(code);
  });
});

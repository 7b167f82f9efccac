// Bulk writing for the benchmark seed: COPY … FROM STDIN through the postgres driver (rows made in
// JavaScript) and progress lines. All statements run on one connection (max: 1), so plain
// BEGIN / COMMIT and temporary tables work across calls.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";

export type Sql = postgres.Sql;
export type Row = readonly unknown[];

const started = Date.now();

export function elapsed(): string {
  return `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;
}

export function log(message: string): void {
  console.log(`[${elapsed()}] ${message}`);
}

const fmt = new Intl.NumberFormat("en-US");
export const n = (value: number) => fmt.format(value);

/** Runs a step and prints how long it took and what it wrote. */
export async function step<T>(label: string, task: () => Promise<T>, describe?: (result: T) => string): Promise<T> {
  const t0 = Date.now();
  const result = await task();
  const extra = describe ? ` ${describe(result)}` : "";
  log(`${label}${extra} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  return result;
}

function escapeText(text: string): string {
  return text.replace(/[\\\n\r\t]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"));
}

function arrayLiteral(values: readonly unknown[]): string {
  return `{${values
    .map((v) => (v === null || v === undefined ? "NULL" : typeof v === "number" ? String(v) : `"${String(v).replace(/[\\"]/g, "\\$&")}"`))
    .join(",")}}`;
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`copy: not a finite number: ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  if (typeof value === "object") return escapeText(JSON.stringify(value));
  return escapeText(String(value));
}

/**
 * Writes rows into `table` with COPY (text format). Values: null, string, number, boolean, Date,
 * arrays (text[] / int[] literals) and objects (JSON). Returns the number of rows.
 */
export async function copyRows(sql: Sql, table: string, columns: readonly string[], rows: Iterable<Row>): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let buffer: string[] = [];
    for (const row of rows) {
      if (row.length !== columns.length) throw new Error(`copy ${table}: ${row.length} values for ${columns.length} columns`);
      buffer.push(row.map(copyValue).join("\t"));
      count++;
      if (buffer.length >= 2000) {
        yield `${buffer.join("\n")}\n`;
        buffer = [];
      }
    }
    if (buffer.length > 0) yield `${buffer.join("\n")}\n`;
  }
  const target = await sql.unsafe(`copy ${table} (${columns.map((c) => `"${c}"`).join(", ")}) from stdin`).writable();
  await pipeline(Readable.from(chunks()), target);
  return count;
}

/** Creates a temporary table (dropped at the end of the session) and fills it with COPY. */
export async function stage(sql: Sql, table: string, columns: readonly [string, string][], rows: Iterable<Row>): Promise<number> {
  await sql.unsafe(`drop table if exists ${table}`);
  await sql.unsafe(`create temporary table ${table} (${columns.map(([name, type]) => `"${name}" ${type}`).join(", ")})`);
  return copyRows(
    sql,
    table,
    columns.map(([name]) => name),
    rows,
  );
}

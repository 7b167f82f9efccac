// Pure helpers of the coordinators' dashboard: the last months as "YYYY-MM", months without data
// filled in, the caseload buckets (0, 1, 2, 3, 4+) and a median. Calendar dates are "YYYY-MM-DD".

export const CASELOAD_BUCKETS = ["0", "1", "2", "3", "4+"] as const;
export type CaseloadBucket = (typeof CASELOAD_BUCKETS)[number];

/** The `count` months ending with the month of `today`, oldest first ("2025-12", …, "2026-11"). */
export function lastMonths(today: string, count = 12): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    months.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  return months;
}

/** Every month of `months` with its row, or null where the query found nothing. */
export function fillMonths<T extends { month: string }>(months: readonly string[], rows: readonly T[]): { month: string; row: T | null }[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => ({ month, row: byMonth.get(month) ?? null }));
}

/** How many guardians have 0, 1, 2, 3 and 4 or more active minors. */
export function caseloadDistribution(activeCounts: readonly number[]): { bucket: CaseloadBucket; guardians: number }[] {
  const totals = [0, 0, 0, 0, 0];
  for (const n of activeCounts) totals[Math.min(Math.max(Math.trunc(n), 0), 4)] += 1;
  return CASELOAD_BUCKETS.map((bucket, i) => ({ bucket, guardians: totals[i] }));
}

/** The median of some numbers (the mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// The dashboard's pure helpers: the last 12 months across a year's end, months without data,
// caseload buckets (4 and more together) and the median.
import { describe, expect, it } from "vitest";
import { caseloadDistribution, fillMonths, lastMonths, median } from "../../../app/modules/guardianship/stats";

describe("dashboard helpers", () => {
  it("lists the last 12 months, oldest first, across the turn of the year", () => {
    const months = lastMonths("2026-02-10");
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-03");
    expect(months[10]).toBe("2026-01");
    expect(months[11]).toBe("2026-02");
    expect(lastMonths("2026-12-31", 3)).toEqual(["2026-10", "2026-11", "2026-12"]);
  });

  it("keeps months without data as null", () => {
    expect(fillMonths(["2026-01", "2026-02"], [{ month: "2026-02", n: 3 }])).toEqual([
      { month: "2026-01", row: null },
      { month: "2026-02", row: { month: "2026-02", n: 3 } },
    ]);
  });

  it("counts guardians by active minors, 4 and more together", () => {
    expect(caseloadDistribution([0, 0, 1, 3, 4, 7])).toEqual([
      { bucket: "0", guardians: 2 },
      { bucket: "1", guardians: 1 },
      { bucket: "2", guardians: 0 },
      { bucket: "3", guardians: 1 },
      { bucket: "4+", guardians: 2 },
    ]);
  });

  it("takes the median of an odd and an even count, null when empty", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([20, 30])).toBe(25);
    expect(median([])).toBeNull();
  });
});

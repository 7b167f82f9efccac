// Suggested guardians for a minor: who is excluded, how the rest are scored and ordered.
import { describe, expect, it } from "vitest";
import {
  exclusionOf,
  rankSuggestions,
  TRAINING_HOURS_PER_YEAR,
  type Candidate,
  type MinorForMatch,
} from "../../../app/modules/guardianship/suggestions";

const candidate = (userId: string, over: Partial<Candidate> = {}): Candidate => ({
  userId,
  name: `Tutore ${userId}`,
  province: "MI",
  languages: [],
  caseload: 2,
  maxMinors: 3,
  available: true,
  listed: true,
  mandatoryCompleted: true,
  hoursThisYear: 0,
  ...over,
});
const minor: MinorForMatch = { province: "MI", languages: ["ar", "fr"] };
const ids = (list: { candidate: Candidate }[]) => list.map((s) => s.candidate.userId);

describe("exclusions", () => {
  it("each reason excludes, the first that applies wins", () => {
    expect(exclusionOf(candidate("a"))).toBeNull();
    expect(exclusionOf(candidate("a", { listed: false }))).toBe("not_listed");
    expect(exclusionOf(candidate("a", { mandatoryCompleted: false }))).toBe("mandatory_missing");
    expect(exclusionOf(candidate("a", { available: false }))).toBe("unavailable");
    expect(exclusionOf(candidate("a", { caseload: 3, maxMinors: 3 }))).toBe("at_capacity");
    expect(exclusionOf(candidate("a", { caseload: 4, maxMinors: 3 }))).toBe("at_capacity");
    expect(exclusionOf(candidate("a", { listed: false, mandatoryCompleted: false, available: false, caseload: 9 }))).toBe("not_listed");
    expect(exclusionOf(candidate("a", { mandatoryCompleted: false, available: false }))).toBe("mandatory_missing");
    expect(exclusionOf(candidate("a", { available: false, caseload: 9 }))).toBe("unavailable");
  });

  it("excluded candidates are never suggested, however well they would score", () => {
    const perfect = { province: "MI", languages: ["ar", "fr"], caseload: 0, maxMinors: 5, hoursThisYear: 40 };
    const list = rankSuggestions(minor, [
      candidate("not-listed", { ...perfect, listed: false }),
      candidate("no-course", { ...perfect, mandatoryCompleted: false }),
      candidate("unavailable", { ...perfect, available: false }),
      candidate("full", { ...perfect, caseload: 5 }),
      candidate("ok", { province: "TO" }),
    ]);
    expect(ids(list)).toEqual(["ok"]);
    expect(rankSuggestions(minor, [candidate("full", { ...perfect, caseload: 5 })])).toEqual([]);
  });
});

describe("scoring", () => {
  it("same province and a shared language beat free capacity alone", () => {
    const list = rankSuggestions(minor, [
      candidate("capacity", { province: "RM", caseload: 0, maxMinors: 10, hoursThisYear: 20 }),
      candidate("match", { province: "mi", languages: ["AR"] }),
    ]);
    expect(ids(list)).toEqual(["match", "capacity"]);
    expect(list[0]).toMatchObject({ score: 40 + 30 + 10, reasons: ["same_province", "shared_language", "free_capacity"], freeSlots: 1 });
    expect(list[1]).toMatchObject({ score: 20 + 10, reasons: ["free_capacity", "training_up_to_date"], freeSlots: 10 });
  });

  it("province compares trimmed and case-insensitively; an unknown province never matches", () => {
    const score = (m: MinorForMatch, c: Candidate) => rankSuggestions(m, [c])[0].reasons.includes("same_province");
    expect(score({ province: " Milano ", languages: [] }, candidate("a", { province: "milano" }))).toBe(true);
    expect(score({ province: "MI", languages: [] }, candidate("a", { province: "MB" }))).toBe(false);
    expect(score({ province: null, languages: [] }, candidate("a", { province: null }))).toBe(false);
    expect(score({ province: "", languages: [] }, candidate("a", { province: " " }))).toBe(false);
  });

  it("languages: 30 for the first shared, 5 per extra up to 10 more", () => {
    const m: MinorForMatch = { province: null, languages: ["ar", "FR", "en", "ti", "ar"] };
    const only = (languages: string[]) => rankSuggestions(m, [candidate("a", { province: null, caseload: 2, maxMinors: 3, languages })])[0];
    expect(only([])).toMatchObject({ score: 10, sharedLanguages: [] });
    expect(only(["so"])).toMatchObject({ score: 10, sharedLanguages: [] });
    expect(only(["Ar"])).toMatchObject({ score: 10 + 30, sharedLanguages: ["ar"] });
    expect(only(["fr", " AR "])).toMatchObject({ score: 10 + 35, sharedLanguages: ["ar", "fr"] });
    expect(only(["ti", "en", "fr", "ar"])).toMatchObject({ score: 10 + 40, sharedLanguages: ["ar", "fr", "en", "ti"] });
  });

  it("free capacity: 10 per free slot, at most 20", () => {
    const free = (caseload: number, maxMinors: number) =>
      rankSuggestions({ province: null, languages: [] }, [candidate("a", { caseload, maxMinors })])[0];
    expect(free(2, 3)).toMatchObject({ score: 10, freeSlots: 1, reasons: ["free_capacity"] });
    expect(free(1, 3)).toMatchObject({ score: 20, freeSlots: 2 });
    expect(free(0, 6)).toMatchObject({ score: 20, freeSlots: 6 });
  });

  it(`training is up to date from ${TRAINING_HOURS_PER_YEAR} hours this year`, () => {
    const trained = (hoursThisYear: number) =>
      rankSuggestions({ province: null, languages: [] }, [candidate("a", { hoursThisYear })])[0].reasons;
    expect(trained(TRAINING_HOURS_PER_YEAR - 0.5)).toEqual(["free_capacity"]);
    expect(trained(TRAINING_HOURS_PER_YEAR)).toEqual(["free_capacity", "training_up_to_date"]);
  });
});

describe("ordering", () => {
  it("ties go to fewer current minors, then name (Italian order), then userId — whatever the input order", () => {
    // All score 40 + 10 = 50 (same province, one free slot).
    const pool = [
      candidate("u3", { name: "Zeno", caseload: 1, maxMinors: 2 }),
      candidate("u2", { name: "Élodie", caseload: 2, maxMinors: 3 }),
      candidate("u1", { name: "elena", caseload: 2, maxMinors: 3 }),
      candidate("u5", { name: "Bruno", caseload: 2, maxMinors: 3 }),
      candidate("u4", { name: "Bruno", caseload: 2, maxMinors: 3 }),
    ];
    const expected = ["u3", "u4", "u5", "u1", "u2"];
    expect(ids(rankSuggestions({ province: "MI", languages: [] }, pool))).toEqual(expected);
    expect(ids(rankSuggestions({ province: "MI", languages: [] }, [...pool].reverse()))).toEqual(expected);
    expect(rankSuggestions({ province: "MI", languages: [] }, pool).every((s) => s.score === 50)).toBe(true);
  });

  it("returns at most `limit` suggestions, 10 by default", () => {
    const pool = Array.from({ length: 15 }, (_, i) => candidate(`u${String(i).padStart(2, "0")}`, { name: "Anna" }));
    expect(rankSuggestions(minor, pool)).toHaveLength(10);
    expect(ids(rankSuggestions(minor, pool, 3))).toEqual(["u00", "u01", "u02"]);
    expect(rankSuggestions(minor, pool, 0)).toEqual([]);
  });
});

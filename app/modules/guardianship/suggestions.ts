// Which volunteer guardians to suggest for a minor: eligible candidates only, ranked by a small,
// explainable score (same province, shared languages, free capacity, continuing training). Pure
// and deterministic: the same input always gives the same order.

export interface Candidate {
  userId: string;
  name: string;
  province: string | null;
  languages: string[];
  caseload: number;
  maxMinors: number;
  available: boolean;
  listed: boolean;
  mandatoryCompleted: boolean;
  hoursThisYear: number;
}

export interface MinorForMatch {
  province: string | null;
  languages: string[];
}

export type SuggestionReason = "same_province" | "shared_language" | "free_capacity" | "training_up_to_date";
export type Exclusion = "not_listed" | "mandatory_missing" | "unavailable" | "at_capacity";

export interface Suggestion {
  candidate: Candidate;
  score: number;
  reasons: SuggestionReason[];
  sharedLanguages: string[];
  freeSlots: number;
}

/** Continuing training expected per calendar year, "up to date" when hoursThisYear >= this. */
export const TRAINING_HOURS_PER_YEAR = 8;

const SCORE = {
  sameProvince: 40,
  sharedLanguage: 30,
  perExtraLanguage: 5,
  maxExtraLanguages: 10,
  perFreeSlot: 10,
  maxFreeCapacity: 20,
  trainingUpToDate: 10,
} as const;

const collator = new Intl.Collator("it");

/** Why a candidate cannot be suggested (the first reason that applies, in this order), or null. */
export function exclusionOf(c: Candidate): Exclusion | null {
  if (!c.listed) return "not_listed";
  if (!c.mandatoryCompleted) return "mandatory_missing";
  if (!c.available) return "unavailable";
  if (c.caseload >= c.maxMinors) return "at_capacity";
  return null;
}

function normalizeProvince(p: string | null): string {
  return (p ?? "").trim().toLowerCase();
}

/** Language codes lower-cased and trimmed, blanks and repeats dropped, first occurrence kept. */
function normalizeLanguages(codes: string[]): string[] {
  return [...new Set(codes.map((c) => c.trim().toLowerCase()).filter((c) => c !== ""))];
}

function score(minor: MinorForMatch, candidate: Candidate): Suggestion {
  const reasons: SuggestionReason[] = [];
  let total = 0;

  const province = normalizeProvince(minor.province);
  if (province !== "" && province === normalizeProvince(candidate.province)) {
    total += SCORE.sameProvince;
    reasons.push("same_province");
  }

  // In the minor's order: the languages the minor speaks are the ones that matter.
  const spoken = new Set(normalizeLanguages(candidate.languages));
  const sharedLanguages = normalizeLanguages(minor.languages).filter((code) => spoken.has(code));
  if (sharedLanguages.length > 0) {
    total += SCORE.sharedLanguage + Math.min(SCORE.maxExtraLanguages, SCORE.perExtraLanguage * (sharedLanguages.length - 1));
    reasons.push("shared_language");
  }

  const freeSlots = Math.max(0, candidate.maxMinors - candidate.caseload);
  if (freeSlots > 0) {
    total += Math.min(SCORE.maxFreeCapacity, SCORE.perFreeSlot * freeSlots);
    reasons.push("free_capacity");
  }

  if (candidate.hoursThisYear >= TRAINING_HOURS_PER_YEAR) {
    total += SCORE.trainingUpToDate;
    reasons.push("training_up_to_date");
  }

  return { candidate, score: total, reasons, sharedLanguages, freeSlots };
}

/**
 * Eligible candidates (exclusionOf === null), best first: higher score, then fewer current minors,
 * then name (Italian collation), then userId. At most `limit` suggestions.
 */
export function rankSuggestions(minor: MinorForMatch, candidates: Candidate[], limit = 10): Suggestion[] {
  return candidates
    .filter((c) => exclusionOf(c) === null)
    .map((c) => score(minor, c))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.candidate.caseload - b.candidate.caseload ||
        collator.compare(a.candidate.name, b.candidate.name) ||
        (a.candidate.userId < b.candidate.userId ? -1 : a.candidate.userId > b.candidate.userId ? 1 : 0),
    )
    .slice(0, Math.max(0, Math.floor(limit)));
}

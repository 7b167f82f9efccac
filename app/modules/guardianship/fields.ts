// The Tutele forms' choices and limits, without zod (the browser loads this module; the schemas
// are in ./schema.server). Dates are Rome calendar dates, YYYY-MM-DD.
export const SEXES = ["F", "M", "X"] as const;
/** Few, optional special needs a coordinator may record (no free-text health data). */
export const SPECIAL_NEEDS = ["health", "disability", "psychological_support", "asylum_application", "trafficking_risk"] as const;
export type SpecialNeed = (typeof SPECIAL_NEEDS)[number];
export const GUARDIAN_STATE_VALUES = ["candidate", "listed", "suspended", "removed"] as const;
// prosieguo_ended: end of the "prosieguo amministrativo", the juvenile court's order continuing
// support after 18, up to 21.
export const END_REASONS = [
  "eighteenth_birthday",
  "prosieguo_ended",
  "revocation",
  "transfer",
  "left_untraceable",
  "repatriation",
  "other",
] as const;
export type EndReason = (typeof END_REASONS)[number];
/** Why a minor still waiting for a guardian may no longer need one (the record is then closed). */
export const CLOSING_REASONS = ["eighteenth_birthday", "transfer", "left_untraceable", "repatriation"] as const satisfies readonly EndReason[];
/** Minors per page of the coordinators' lists. */
export const MINORS_PER_PAGE = 50;
export const DEFAULT_MAX_MINORS = 3;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export function isValidDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1900 && y <= 2200;
}

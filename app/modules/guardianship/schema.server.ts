// Zod schemas of the Tutele forms. Error messages are catalog keys of the `tutele` area. Dates are
// Rome calendar dates, YYYY-MM-DD; "today" is passed in so the checks against the future are testable.
import * as z from "zod";
import { DEFAULT_MAX_MINORS, END_REASONS, GUARDIAN_STATE_VALUES, isValidDate, SEXES, SPECIAL_NEEDS } from "./fields";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const optionalText = (max: number, tooLong: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, tooLong).optional());

const requiredText = (max: number, required: string, tooLong: string) =>
  z.string(required).trim().min(1, required).max(max, tooLong);

export const dateField = (invalid = "tutele.error.date") =>
  z.string(invalid).trim().refine(isValidDate, invalid);
const optionalDate = (invalid = "tutele.error.date") => z.preprocess(blankToUndefined, dateField(invalid).optional());

/** A list of ISO 639 language codes typed as "ar, fr" or sent as several values. */
export const languagesField = z.preprocess(
  (v) => {
    const parts = (Array.isArray(v) ? v : [v ?? ""]).flatMap((x) => String(x).split(/[,;\s]+/));
    return [...new Set(parts.map((x) => x.trim().toLowerCase()).filter(Boolean))];
  },
  z.array(z.string().regex(/^[a-z]{2,3}$/, "tutele.error.languages")).max(12, "tutele.error.languages"),
);

const listOf = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values, message)),
  );

/** The minor's record, as registered or corrected by a coordinator. */
export function minorSchema(today: string) {
  return z
    .object({
      firstName: requiredText(80, "tutele.error.firstName", "tutele.error.tooLong"),
      lastName: requiredText(80, "tutele.error.lastName", "tutele.error.tooLong"),
      birthDate: optionalDate("tutele.error.birthDate"),
      estimatedAge: z.preprocess(
        blankToUndefined,
        z.coerce.number("tutele.error.estimatedAge").int("tutele.error.estimatedAge").min(0, "tutele.error.estimatedAge").max(21, "tutele.error.estimatedAge").optional(),
      ),
      sex: z.preprocess(blankToUndefined, z.enum(SEXES, "tutele.error.sex").optional()),
      nationality: z.preprocess(
        (v) => (typeof v === "string" ? v.trim().toUpperCase() || undefined : v),
        z.string().regex(/^[A-Z]{2}$/, "tutele.error.nationality").optional(),
      ),
      languages: languagesField,
      arrivalDate: optionalDate("tutele.error.arrivalDate"),
      facilityName: optionalText(120, "tutele.error.tooLong"),
      facilityMunicipality: optionalText(80, "tutele.error.tooLong"),
      facilityProvince: z.preprocess(
        (v) => (typeof v === "string" ? v.trim().toUpperCase() || undefined : v),
        z.string().regex(/^[A-Z]{2}$/, "tutele.error.province").optional(),
      ),
      courtFileNumber: optionalText(40, "tutele.error.tooLong"),
      permitExpiry: optionalDate("tutele.error.date"),
      specialNeeds: listOf(SPECIAL_NEEDS, "tutele.error.specialNeeds"),
    })
    .superRefine((v, ctx) => {
      if (v.birthDate && v.birthDate > today)
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "tutele.error.birthDateFuture" });
      if (!v.birthDate && v.estimatedAge === undefined)
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "tutele.error.birthOrAge" });
      if (v.arrivalDate && v.arrivalDate > today)
        ctx.addIssue({ code: "custom", path: ["arrivalDate"], message: "tutele.error.arrivalFuture" });
      if (v.arrivalDate && v.birthDate && v.arrivalDate < v.birthDate)
        ctx.addIssue({ code: "custom", path: ["arrivalDate"], message: "tutele.error.arrivalBeforeBirth" });
    });
}
export type MinorInput = z.infer<ReturnType<typeof minorSchema>>;

/** Coordinators' fields of a guardian's profile (not the state in the elenco). */
export const guardianProfileSchema = z
  .object({
    available: z
      .union([z.literal("on"), z.literal("true"), z.literal("1")])
      .optional()
      .transform((v) => v !== undefined),
    maxMinors: z.coerce.number("tutele.error.maxMinors").int("tutele.error.maxMinors").min(0, "tutele.error.maxMinors").max(10, "tutele.error.maxMinors"),
    maxMinorsReason: optionalText(300, "tutele.error.tooLong"),
    province: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toUpperCase() || undefined : v),
      z.string().regex(/^[A-Z]{2}$/, "tutele.error.province").optional(),
    ),
    languages: languagesField,
    notes: z.preprocess((v) => (v ?? ""), z.string().trim().max(4000, "tutele.error.tooLong")),
  })
  .superRefine((v, ctx) => {
    if (v.maxMinors !== DEFAULT_MAX_MINORS && !v.maxMinorsReason)
      ctx.addIssue({ code: "custom", path: ["maxMinorsReason"], message: "tutele.error.maxMinorsReason" });
  });
export type GuardianProfileInput = z.infer<typeof guardianProfileSchema>;

/** A change of state in the elenco: listing needs a date, suspension and removal a reason. */
export function stateChangeSchema(today: string) {
  return z
    .object({
      state: z.enum(GUARDIAN_STATE_VALUES, "tutele.error.state"),
      listedSince: optionalDate("tutele.error.date"),
      reason: optionalText(500, "tutele.error.tooLong"),
      overrideReason: optionalText(500, "tutele.error.tooLong"),
    })
    .superRefine((v, ctx) => {
      if (v.state === "listed" && !v.listedSince)
        ctx.addIssue({ code: "custom", path: ["listedSince"], message: "tutele.error.listedSince" });
      if (v.listedSince && v.listedSince > today)
        ctx.addIssue({ code: "custom", path: ["listedSince"], message: "tutele.error.dateFuture" });
      if ((v.state === "suspended" || v.state === "removed") && !v.reason)
        ctx.addIssue({ code: "custom", path: ["reason"], message: "tutele.error.stateReason" });
    });
}
export type StateChangeInput = z.infer<ReturnType<typeof stateChangeSchema>>;

export const proposeSchema = z.object({
  guardianId: z.uuid("tutele.error.guardian"),
  overrideReason: optionalText(500, "tutele.error.tooLong"),
});

export const declineSchema = z.object({
  reason: optionalText(500, "tutele.error.tooLong"),
});

export function decreeSchema(today: string) {
  return z.object({ decreeDate: dateField("tutele.error.decreeDate") }).superRefine((v, ctx) => {
    if (v.decreeDate > today) ctx.addIssue({ code: "custom", path: ["decreeDate"], message: "tutele.error.dateFuture" });
  });
}

export function endSchema(today: string) {
  return z
    .object({
      endReason: z.enum(END_REASONS, "tutele.error.endReason"),
      endedOn: dateField("tutele.error.date"),
    })
    .superRefine((v, ctx) => {
      if (v.endedOn > today) ctx.addIssue({ code: "custom", path: ["endedOn"], message: "tutele.error.dateFuture" });
    });
}

export const deadlineSchema = z.object({
  title: requiredText(150, "tutele.error.deadlineTitle", "tutele.error.tooLong"),
  dueDate: dateField("tutele.error.date"),
  remindDaysBefore: z.preprocess(
    blankToUndefined,
    z.coerce.number("tutele.error.remindDays").int("tutele.error.remindDays").min(0, "tutele.error.remindDays").max(365, "tutele.error.remindDays").optional(),
  ),
});

export const flagSchema = z.object({
  reason: requiredText(500, "tutele.error.flagReason", "tutele.error.tooLong"),
  addressBy: optionalDate("tutele.error.date"),
});

export const removeFlagSchema = z.object({
  removalReason: requiredText(500, "tutele.error.removalReason", "tutele.error.tooLong"),
});

export const noteSchema = z.object({
  body: requiredText(5000, "tutele.error.noteBody", "tutele.error.tooLong"),
});

/** ?esito= of a guardian's profile page in the elenco: which form was saved. */
export const rosterOutcomeSchema = z.enum(["stato", "profilo"]);

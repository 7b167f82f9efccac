// The minor's page (/tutele/:codice): what it shows to a coordinator or to the active guardian, and
// its actions (deadlines, flags, diary). Kept beside the page's components because only that route
// uses it; the writes themselves live in records.server.ts.
import { data, redirect } from "@remix-run/node";
import * as z from "zod";
import { perLocale, type Locale } from "~/i18n";
import type { CurrentUser } from "~/modules/auth/user.server";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { forbidden, notFound } from "~/utils/http.server";
import { ageOn } from "../../deadlines";
import { romeToday, type MinorRecord } from "../../minors.server";
import type { MinorViewer } from "../../policy.server";
import {
  addFlag,
  addManualDeadline,
  addNote,
  deleteManualDeadline,
  markDeadlineDone,
  minorContext,
  minorWorkspace,
  removeFlag,
  reopenDeadline,
  type RecordOutcome,
} from "../../records.server";
import { deadlineSchema, flagSchema, noteSchema, removeFlagSchema } from "../../schema";
import { MINOR_ANCHORS, MINOR_INTENTS, MINOR_OUTCOMES, type MinorIntent, type MinorResult } from "./types";

type Who = Pick<CurrentUser, "id" | "roles">;

export const outcomeParam = z.enum(Object.values(MINOR_OUTCOMES) as [string, ...string[]]);

const displayNamesByType = {
  language: perLocale((tag) => buildDisplayNames(tag, "language")),
  region: perLocale((tag) => buildDisplayNames(tag, "region")),
};

function buildDisplayNames(tag: string, type: "language" | "region") {
  try {
    return new Intl.DisplayNames([tag], { type, fallback: "code" });
  } catch {
    return null;
  }
}

function displayNames(locale: Locale, type: "language" | "region") {
  return displayNamesByType[type](locale);
}

function nameOf(names: Intl.DisplayNames | null, code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Everything the page shows (the read is already audited by readMinor). */
export async function minorPage(minor: MinorRecord, viewer: MinorViewer, user: Who, locale: Locale, now = new Date()) {
  const today = romeToday(now);
  const [context, workspace] = await Promise.all([minorContext(minor), minorWorkspace(minor, user.id, today)]);
  const languages = displayNames(locale, "language");
  const regions = displayNames(locale, "region");
  return {
    today,
    viewer,
    districtName: context.districtName,
    appointment: context.appointment
      ? { guardianName: context.appointment.guardianName, decreeDate: context.appointment.decreeDate, mine: context.appointment.guardianId === user.id }
      : null,
    minor: {
      id: minor.id,
      code: minor.code,
      firstName: minor.firstName,
      lastName: minor.lastName,
      birthDate: minor.birthDate,
      estimatedAge: minor.estimatedAge,
      age: minor.birthDate ? ageOn(minor.birthDate, today) : null,
      sex: minor.sex as "F" | "M" | "X" | null,
      nationality: minor.nationality ? { code: minor.nationality, name: nameOf(regions, minor.nationality) } : null,
      languages: minor.languages.map((code) => nameOf(languages, code)),
      arrivalDate: minor.arrivalDate,
      facilityName: minor.facilityName,
      facilityMunicipality: minor.facilityMunicipality,
      facilityProvince: minor.facilityProvince,
      courtFileNumber: minor.courtFileNumber,
      permitExpiry: minor.permitExpiry,
      status: minor.status,
      specialNeeds: minor.specialNeeds as ("health" | "disability" | "psychological_support" | "asylum_application" | "trafficking_risk")[],
    },
    ...workspace,
  };
}

const idSchema = z.object({ id: z.uuid() });

function refused(intent: MinorIntent | null, target: string | null, errors: FieldErrors, form: FormData) {
  return data<MinorResult>({ intent, target, errors, values: keptValues(form) }, { status: 400 });
}

/** The id of the deadline or flag a form acts on; anything but a uuid names nothing here (404). */
function targetId(form: FormData): string {
  const parsed = idSchema.safeParse({ id: form.get("id") });
  return parsed.success ? parsed.data.id : notFound();
}

/** Maps a write's refusal: an id of another minor → 404, a row not the user's → 403. */
function settle(result: RecordOutcome, intent: MinorIntent, target: string, form: FormData, done: () => Response) {
  if (result.ok) return done();
  if (result.error === "not_found") return notFound();
  if (result.error === "forbidden") return forbidden();
  return refused(intent, target, { _form: "tutelaminor.error.stale" }, form);
}

/**
 * Runs one of the page's actions for a user who sees the minor (the route checked that with
 * readMinor). Success redirects to the page with a one-time outcome; a refused form comes back with
 * status 400, the message beside the field and the input kept.
 */
export async function submitMinorAction(user: Who, minor: MinorRecord, viewer: MinorViewer, request: Request, now = new Date()) {
  const form = await request.formData();
  const parsedIntent = z.enum(MINOR_INTENTS).safeParse(form.get("intent"));
  if (!parsedIntent.success) return refused(null, null, { _form: "tutelaminor.error.intent" }, form);
  const intent = parsedIntent.data;
  const done = () => redirect(`/tutele/${minor.code}?esito=${MINOR_OUTCOMES[intent]}#${MINOR_ANCHORS[intent]}`);

  switch (intent) {
    case "done":
    case "reopen": {
      // Marking deadlines done is the guardian's own work; coordinators follow it.
      if (viewer !== "guardian") return forbidden();
      const id = targetId(form);
      const result = intent === "done" ? await markDeadlineDone(user, minor, id, now) : await reopenDeadline(user, minor, id);
      return settle(result, intent, id, form, done);
    }
    case "deleteDeadline": {
      const id = targetId(form);
      return settle(await deleteManualDeadline(user, minor, id), intent, id, form, done);
    }
    case "removeFlag": {
      const id = targetId(form);
      const parsed = parseForm(removeFlagSchema, form);
      if (!parsed.ok) return refused(intent, id, parsed.errors, form);
      return settle(await removeFlag(user, minor, id, parsed.data.removalReason, now), intent, id, form, done);
    }
    case "addDeadline": {
      const parsed = parseForm(deadlineSchema, form);
      if (!parsed.ok) return refused(intent, null, parsed.errors, form);
      await addManualDeadline(user, minor, parsed.data, now);
      return done();
    }
    case "addFlag": {
      const parsed = parseForm(flagSchema, form);
      if (!parsed.ok) return refused(intent, null, parsed.errors, form);
      await addFlag(user, minor, parsed.data, now);
      return done();
    }
    case "addNote": {
      const parsed = parseForm(noteSchema, form);
      if (!parsed.ok) return refused(intent, null, parsed.errors, form);
      await addNote(user, minor, parsed.data.body, now);
      return done();
    }
  }
}

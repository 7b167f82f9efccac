// The appointment desk of one minor (/tutele/:codice/tutela): what the page shows in each state and
// the four actions (propose, withdraw, decree, end). Kept beside the desk's components because only
// that route uses it; the domain rules themselves live in appointments.server.ts.
import { data, redirect } from "@remix-run/node";
import * as z from "zod";
import type { MessageKey } from "~/i18n";
import type { CurrentUser } from "~/modules/auth/user.server";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import {
  appointmentHistory,
  candidatesOf,
  closeWaitingMinor,
  endAppointment,
  proposeGuardian,
  recordDecree,
  type ProposeError,
} from "../../appointments.server";
import { ageOn } from "../../deadlines";
import { romeToday, type MinorRecord } from "../../minors.server";
import { CLOSING_REASONS, decreeSchema, endSchema, proposeSchema } from "../../schema";
import { exclusionOf, rankSuggestions } from "../../suggestions";
import { MATCH_INTENTS, type MatchIntent, type MatchResult } from "./types";

type Who = Pick<CurrentUser, "id" | "roles">;


/** Outcomes shown once after the redirect (?esito=…), in Italian like the rest of the URLs. */
export const MATCH_OUTCOMES = { propose: "proposta", withdraw: "ritirata", decree: "decreto", end: "chiusa", close: "archiviata" } as const;
export const outcomeParam = z.enum(Object.values(MATCH_OUTCOMES) as [string, ...string[]]);

const OPEN = new Set(["proposed", "accepted", "active"]);

/** Everything the page shows for a minor the coordinator opened (the read is already audited). */
export async function matchDesk(minor: MinorRecord, now = new Date()) {
  const today = romeToday(now);
  const history = await appointmentHistory(minor.id);
  const open = history.find((a) => OPEN.has(a.status)) ?? null;
  const waiting = minor.status === "waiting" && open === null;
  // One read of the district's candidates serves both lists: the ranking is suggestionsFor's own.
  const candidates = waiting ? await candidatesOf(minor.districtCode, now) : [];
  const suggestions = waiting
    ? rankSuggestions({ province: minor.facilityProvince, languages: minor.languages }, candidates, 10)
    : [];
  const collator = new Intl.Collator("it");
  const excluded = candidates
    .map((candidate) => ({ candidate, why: exclusionOf(candidate) }))
    .filter((x): x is { candidate: typeof x.candidate; why: NonNullable<typeof x.why> } => x.why !== null)
    .sort((a, b) => collator.compare(a.candidate.name, b.candidate.name));
  return {
    today,
    minor: {
      code: minor.code,
      firstName: minor.firstName,
      lastName: minor.lastName,
      age: minor.birthDate ? ageOn(minor.birthDate, today) : minor.estimatedAge,
      ageEstimated: !minor.birthDate && minor.estimatedAge !== null,
      languages: minor.languages,
      facilityProvince: minor.facilityProvince,
      status: minor.status,
    },
    open,
    waiting,
    suggestions,
    excluded,
    history,
  };
}

const PROPOSE_ERRORS: Record<Exclude<ProposeError, "over_cap" | "at_capacity">, MessageKey> = {
  minor_not_waiting: "tutele.error.minorNotWaiting",
  open_proposal: "tutele.error.openProposal",
  not_guardian: "tutele.error.notGuardian",
  not_listed: "tutele.error.notListed",
  mandatory_missing: "tutele.error.mandatoryMissing",
  unavailable: "tutele.error.unavailable",
};

const appointmentSchema = z.object({ appointmentId: z.uuid("tutelamatch.error.stale") });

function refused(intent: MatchIntent | null, errors: FieldErrors, form: FormData) {
  return data<MatchResult>({ intent, errors, values: keptValues(form) }, { status: 400 });
}

/**
 * Runs one of the desk's actions for a coordinator of the minor's district (the route checked
 * that). Success redirects to the page, whose state then shows the change; refusals come back
 * with status 400, the message on the field concerned and the input kept.
 */
export async function submitMatchAction(user: Who, minor: MinorRecord, request: Request, now = new Date()) {
  const form = await request.formData();
  const parsedIntent = z.enum(MATCH_INTENTS).safeParse(form.get("intent"));
  if (!parsedIntent.success) return refused(null, { _form: "tutelamatch.error.intent" }, form);
  const intent = parsedIntent.data;
  const done = () => redirect(`/tutele/${minor.code}/tutela?esito=${MATCH_OUTCOMES[intent]}`);
  const today = romeToday(now);

  if (intent === "propose") {
    const parsed = parseForm(proposeSchema, form);
    if (!parsed.ok) return refused(intent, parsed.errors, form);
    const result = await proposeGuardian(user, minor.id, parsed.data.guardianId, parsed.data.overrideReason, now);
    if (result.ok) return done();
    if (result.error === "over_cap" || result.error === "at_capacity") {
      return refused(intent, { overrideReason: "tutele.error.overCap" }, form);
    }
    return refused(intent, { _form: PROPOSE_ERRORS[result.error] }, form);
  }

  if (intent === "close") {
    const parsed = parseForm(endSchema(today), form);
    if (!parsed.ok) return refused(intent, parsed.errors, form);
    const reason = CLOSING_REASONS.find((r) => r === parsed.data.endReason);
    if (!reason) return refused(intent, { endReason: "tutelamatch.error.closeReason" }, form);
    const result = await closeWaitingMinor(user, minor.id, reason, parsed.data.endedOn, now);
    if (result.ok) return done();
    return refused(intent, { _form: result.error === "open_proposal" ? "tutele.error.openProposal" : "tutele.error.minorNotWaiting" }, form);
  }

  // The other actions name the appointment they act on; one of another minor does not exist here.
  const target = parseForm(appointmentSchema, form);
  if (!target.ok) return refused(intent, target.errors, form);
  const history = await appointmentHistory(minor.id);
  const appointment = history.find((a) => a.id === target.data.appointmentId);
  if (!appointment) return notFound();

  if (intent === "withdraw") {
    // Only a proposal or an accepted appointment not yet decreed is withdrawn (endAppointment
    // would end an active one): "other" is the end reason that fits a coordinator changing their mind.
    if (appointment.status === "active") return refused(intent, { _form: "tutelamatch.error.withdrawActive" }, form);
    const result = await endAppointment(user, appointment.id, "other", today, now, "pending");
    if (result.ok) return done();
    return refused(intent, { _form: "tutele.error.notOpen" }, form);
  }

  if (intent === "decree") {
    const parsed = parseForm(decreeSchema(today), form);
    if (!parsed.ok) return refused(intent, parsed.errors, form);
    const result = await recordDecree(user, appointment.id, parsed.data.decreeDate, now);
    if (result.ok) return done();
    if (result.error === "before_arrival") return refused(intent, { decreeDate: "tutele.error.decreeBeforeArrival" }, form);
    return refused(intent, { _form: result.error === "already_active" ? "tutele.error.alreadyActive" : "tutele.error.notAccepted" }, form);
  }

  const parsed = parseForm(endSchema(today), form);
  if (!parsed.ok) return refused(intent, parsed.errors, form);
  if (appointment.status !== "active") return refused(intent, { _form: "tutelamatch.error.notActive" }, form);
  const result = await endAppointment(user, appointment.id, parsed.data.endReason, parsed.data.endedOn, now, "active");
  if (result.ok) return done();
  if (result.error === "before_decree") return refused(intent, { endedOn: "tutele.error.endBeforeDecree" }, form);
  return refused(intent, { _form: "tutele.error.notOpen" }, form);
}

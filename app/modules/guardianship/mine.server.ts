// What a guardian's own page (/tutele) shows: proposals to answer (with no identifying data: the
// guardian is not yet appointed), the minors of their active appointments with the next open
// deadlines, the next deadlines overall, ended guardianships and whether a calendar feed exists.
// A fixed number of queries whatever the number of minors.
import { absoluteUrl } from "~/modules/notifications/links.server";
import { data, redirect } from "@remix-run/node";
import { and, desc, eq, inArray } from "drizzle-orm";
import * as z from "zod";
import { appointments, minors } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import type { Locale, MessageKey } from "~/i18n";
import { requireUser } from "~/modules/auth/policy.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { parseForm, type FieldErrors } from "~/utils/forms";
import { forbidden } from "~/utils/http.server";
import { respondToProposal } from "./appointments.server";
import { feedCreatedAt, feedPath, renewFeed } from "./calendar.server";
import { openDeadlinesOf } from "./deadlines.server";
import { ageOn, deadlineState, type DeadlineKind, type DeadlineState } from "./deadlines";
import { coordinatorDistricts, isGuardian } from "./policy.server";
import { declineSchema } from "./schema";

/** Open deadlines shown beside each minor, and in the list across all minors. */
export const NEXT_PER_MINOR = 3;
export const NEXT_OVERALL = 10;
/** Ended guardianships listed (the most recent). */
const ENDED_SHOWN = 20;

export interface Age {
  years: number;
  estimated: boolean;
}

/** A proposal as the guardian may see it before the court appoints them: no name, no birth date, no facility. */
export interface ProposalView {
  id: string;
  status: "proposed" | "accepted";
  code: string;
  districtCode: string;
  facilityProvince: string | null;
  age: Age | null;
  sex: string | null;
  languages: string[];
  /** Only whether there are any: which ones (health, disability…) waits for the decree. */
  hasSpecialNeeds: boolean;
  proposedAt: Date;
}

export interface DeadlineView {
  id: string;
  code: string;
  kind: DeadlineKind;
  title: string | null;
  dueDate: string;
  state: DeadlineState;
}

export interface MyMinorView {
  code: string;
  firstName: string;
  lastName: string;
  age: Age | null;
  facilityName: string | null;
  facilityMunicipality: string | null;
  decreeDate: string | null;
  next: DeadlineView[];
  openCount: number;
}

export interface EndedView {
  code: string;
  endedAt: Date | null;
  endReason: string | null;
}

export interface GuardianOverview {
  proposals: ProposalView[];
  minors: MyMinorView[];
  upcoming: DeadlineView[];
  ended: EndedView[];
  feedCreatedAt: Date | null;
}

function ageOf(birthDate: string | null, estimatedAge: number | null, today: string): Age | null {
  if (birthDate) return { years: ageOn(birthDate, today), estimated: false };
  if (estimatedAge !== null) return { years: estimatedAge, estimated: true };
  return null;
}

/** Proposals addressed to the guardian, still to answer or accepted and waiting for the decree. */
async function proposalsOf(guardianId: string, today: string, tx: DbOrTx): Promise<ProposalView[]> {
  // Only the columns a not-yet-appointed guardian may see leave the database.
  const rows = await tx
    .select({
      id: appointments.id,
      status: appointments.status,
      proposedAt: appointments.proposedAt,
      code: minors.code,
      districtCode: minors.districtCode,
      facilityProvince: minors.facilityProvince,
      birthDate: minors.birthDate,
      estimatedAge: minors.estimatedAge,
      sex: minors.sex,
      languages: minors.languages,
      specialNeeds: minors.specialNeeds,
    })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .where(and(eq(appointments.guardianId, guardianId), inArray(appointments.status, ["proposed", "accepted"])))
    .orderBy(desc(appointments.proposedAt), minors.code);
  return rows.map(({ birthDate, estimatedAge, status, specialNeeds, ...r }) => ({
    ...r,
    hasSpecialNeeds: specialNeeds.length > 0,
    status: status === "accepted" ? "accepted" : "proposed",
    age: ageOf(birthDate, estimatedAge, today),
  }));
}

async function activeMinorsOf(guardianId: string, tx: DbOrTx) {
  return tx
    .select({
      minorId: minors.id,
      code: minors.code,
      firstName: minors.firstName,
      lastName: minors.lastName,
      birthDate: minors.birthDate,
      estimatedAge: minors.estimatedAge,
      facilityName: minors.facilityName,
      facilityMunicipality: minors.facilityMunicipality,
      decreeDate: appointments.decreeDate,
    })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .where(and(eq(appointments.guardianId, guardianId), eq(appointments.status, "active")))
    .orderBy(minors.lastName, minors.firstName, minors.code);
}

async function endedOf(guardianId: string, tx: DbOrTx): Promise<EndedView[]> {
  return tx
    .select({ code: minors.code, endedAt: appointments.endedAt, endReason: appointments.endReason })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .where(and(eq(appointments.guardianId, guardianId), eq(appointments.status, "ended")))
    .orderBy(desc(appointments.endedAt), minors.code)
    .limit(ENDED_SHOWN);
}

/** Everything /tutele shows for one guardian (five queries). `today` is the Rome calendar date. */
export async function guardianOverview(guardianId: string, today: string, tx: DbOrTx = db()): Promise<GuardianOverview> {
  const [proposals, active, ended, feed] = await Promise.all([
    proposalsOf(guardianId, today, tx),
    activeMinorsOf(guardianId, tx),
    endedOf(guardianId, tx),
    feedCreatedAt(guardianId, tx),
  ]);
  const codeOf = new Map(active.map((m) => [m.minorId, m.code]));
  // Soonest first, so the overdue ones lead.
  const open = await openDeadlinesOf([...codeOf.keys()], tx);
  const views = open.map((d) => ({
    minorId: d.minorId,
    view: {
      id: d.id,
      code: codeOf.get(d.minorId)!,
      kind: d.kind,
      title: d.title,
      dueDate: d.dueDate,
      state: deadlineState(d.dueDate, false, today),
    } satisfies DeadlineView,
  }));
  const byMinor = new Map<string, DeadlineView[]>();
  for (const { minorId, view } of views) {
    const list = byMinor.get(minorId) ?? [];
    list.push(view);
    byMinor.set(minorId, list);
  }
  return {
    proposals,
    minors: active.map((m) => {
      const all = byMinor.get(m.minorId) ?? [];
      return {
        code: m.code,
        firstName: m.firstName,
        lastName: m.lastName,
        age: ageOf(m.birthDate, m.estimatedAge, today),
        facilityName: m.facilityName,
        facilityMunicipality: m.facilityMunicipality,
        decreeDate: m.decreeDate,
        next: all.slice(0, NEXT_PER_MINOR),
        openCount: all.length,
      };
    }),
    upcoming: views.slice(0, NEXT_OVERALL).map((v) => v.view),
    ended,
    feedCreatedAt: feed,
  };
}

/** Language codes as names in the reader's language ("ar" → "arabo"), the code when unknown. */
export function languageNames(codes: readonly string[], locale: Locale): string[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale === "it" ? "it-IT" : "en-GB"], { type: "language", fallback: "code" });
  } catch {
    names = null;
  }
  return codes.map((code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  });
}

// ---------------------------------------------------------------- access and the page's forms

/**
 * The signed-in guardian. A coordinator without the guardian role goes to their desk; anyone
 * else signed in gets 403 (anonymous visitors are sent to the login by requireUser).
 */
export async function requireGuardianPage(request: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (isGuardian(user)) return user;
  if (coordinatorDistricts(user).length > 0) throw redirect("/coordinamento");
  return forbidden();
}

/** `?esito=` after an answer to a proposal (POST + redirect). */
export const GUARDIAN_OUTCOMES = { accettata: "tutelaguardian.outcome.accepted", rifiutata: "tutelaguardian.outcome.declined" } as const;

export function outcomeOf(url: URL): MessageKey | null {
  const esito = z.enum(["accettata", "rifiutata"]).safeParse(url.searchParams.get("esito"));
  return esito.success ? GUARDIAN_OUTCOMES[esito.data] : null;
}

const appointmentId = z.uuid("tutelaguardian.error.proposalGone");
const guardianFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("accept"), appointmentId }),
    declineSchema.extend({ intent: z.literal("decline"), appointmentId }),
    z.object({ intent: z.literal("feed") }),
  ],
  "tutelaguardian.error.intent",
);

export type GuardianActionResult =
  | { kind: "invalid"; appointmentId?: string; errors: FieldErrors; values: Record<string, string> }
  | { kind: "refused"; appointmentId: string; message: MessageKey }
  | { kind: "feed"; url: string; renewed: boolean };

/**
 * The forms of /tutele: accept or decline a proposal (then redirect with an outcome), or create /
 * renew the calendar feed (the new address is returned, not redirected: it is shown only now).
 */
export async function submitGuardianAction(user: CurrentUser, request: Request, now = new Date()) {
  const parsed = parseForm(guardianFormSchema, await request.formData());
  if (!parsed.ok) {
    const id = appointmentId.safeParse(parsed.values.appointmentId);
    return data<GuardianActionResult>(
      { kind: "invalid", appointmentId: id.success ? id.data : undefined, errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  }
  const input = parsed.data;
  if (input.intent === "feed") {
    const { token, renewed } = await renewFeed(user.id, now);
    // From PUBLIC_URL, not the request's Host header (which a proxy or a client sets).
    const url = absoluteUrl(feedPath(token));
    return data<GuardianActionResult>({ kind: "feed", url, renewed });
  }
  const accept = input.intent === "accept";
  const result = await respondToProposal(user, input.appointmentId, accept, accept ? undefined : input.reason, now);
  if (!result.ok) {
    const gone = result.error === "not_found";
    return data<GuardianActionResult>(
      {
        kind: "refused",
        appointmentId: input.appointmentId,
        message: gone ? "tutelaguardian.error.proposalGone" : "tutele.error.notPending",
      },
      { status: gone ? 404 : 409 },
    );
  }
  return redirect(`/tutele?esito=${accept ? "accettata" : "rifiutata"}`);
}

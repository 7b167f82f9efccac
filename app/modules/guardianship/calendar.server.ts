// A guardian's calendar feed (ICS) at a secret address: creating or renewing the secret (only its
// SHA-256 is stored, so the address is shown once), finding the owner of an address, and the feed
// itself — one all-day event per open deadline of the guardian's active minors, named by the
// minor's code and the deadline's kind only, because calendar apps sync to third parties.
import { and, asc, eq, isNull } from "drizzle-orm";
import { appointments, calendarFeeds, minorDeadlines, minors, users } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import { isLocale, translate, type Locale } from "~/i18n";
import { recordAudit } from "~/modules/audit/log.server";
import { generateToken, hashToken } from "~/modules/auth/tokens.server";
import { buildCalendar, type IcsEvent } from "./ics";

/** A feed secret as it appears in the address: 20 random bytes in lower-case base32 (32 characters). */
const TOKEN_RE = /^[a-z2-7]{32}$/;

/** The path of a feed, relative to the portal's origin. */
export function feedPath(token: string): string {
  return `/tutele/calendario/${token}.ics`;
}

/** The token of a `:token` route parameter ("<token>.ics" or "<token>"), or null when malformed. */
export function tokenFromParam(param: string | undefined): string | null {
  if (!param) return null;
  const token = param.toLowerCase().endsWith(".ics") ? param.slice(0, -4) : param;
  return TOKEN_RE.test(token) ? token : null;
}

/** When the user's current feed address was created, or null if there is none. */
export async function feedCreatedAt(userId: string, tx: DbOrTx = db()): Promise<Date | null> {
  const [row] = await tx.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row?.createdAt ?? null;
}

/**
 * Creates the user's feed secret, or replaces it (the old address stops working at once).
 * Returns the new secret: the only moment it exists in clear.
 */
export async function renewFeed(userId: string, now = new Date()): Promise<{ token: string; renewed: boolean }> {
  const token = generateToken();
  return db().transaction(async (tx) => {
    const existed = (await feedCreatedAt(userId, tx)) !== null;
    await tx
      .insert(calendarFeeds)
      .values({ userId, tokenHash: hashToken(token), createdAt: now })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hashToken(token), createdAt: now } });
    await recordAudit(
      { actorId: userId, action: existed ? "calendar_feed.renew" : "calendar_feed.create", entityType: "user", entityId: userId },
      tx,
    );
    return { token, renewed: existed };
  });
}

/** The owner of a feed secret (an enabled account), with the language the feed is written in. */
export async function feedOwner(token: string, tx: DbOrTx = db()): Promise<{ userId: string; locale: Locale } | null> {
  if (!TOKEN_RE.test(token)) return null;
  const [row] = await tx
    .select({ userId: users.id, locale: users.locale })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), isNull(users.disabledAt)));
  if (!row) return null;
  return { userId: row.userId, locale: isLocale(row.locale) ? row.locale : "it" };
}

/** The open deadlines of the guardian's active minors, soonest first (one query). */
async function feedDeadlines(guardianId: string, tx: DbOrTx) {
  return tx
    .select({ id: minorDeadlines.id, kind: minorDeadlines.kind, dueDate: minorDeadlines.dueDate, code: minors.code })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .innerJoin(minorDeadlines, eq(minorDeadlines.minorId, minors.id))
    .where(and(eq(appointments.guardianId, guardianId), eq(appointments.status, "active"), isNull(minorDeadlines.doneAt)))
    .orderBy(asc(minorDeadlines.dueDate), asc(minors.code), asc(minorDeadlines.kind));
}

/**
 * The ICS text of a guardian's feed. `origin` is the portal's address as the calendar app reached
 * it (event links and UIDs use it). Manual deadlines are shown by kind only: their free-text title
 * could carry a name.
 */
export async function guardianCalendar(
  owner: { userId: string; locale: Locale },
  origin: string,
  now = new Date(),
  tx: DbOrTx = db(),
): Promise<string> {
  const host = new URL(origin).host;
  const rows = await feedDeadlines(owner.userId, tx);
  const events: IcsEvent[] = rows.map((r) => {
    const kind = translate(owner.locale, `tutele.deadlineKind.${r.kind}`);
    return {
      uid: `${r.id}@${host}`,
      date: r.dueDate,
      summary: translate(owner.locale, "tutelaguardian.ics.summary", { code: r.code, kind }),
      description: translate(owner.locale, "tutelaguardian.ics.description", { code: r.code }),
      url: `${origin}/tutele/${r.code}`,
    };
  });
  return buildCalendar({ name: translate(owner.locale, "tutelaguardian.ics.name"), events, now });
}

// The daily digest: one e-mail per user listing the notifications they chose to receive once a day.
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { notificationPreferences, notifications, users } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import { formatDate, formatDateTime, isLocale, TIME_ZONE, translate, type Locale } from "~/i18n";
import { effectiveMode, type Payload } from "./kinds";
import { absoluteUrl } from "./links.server";
import { PREFERENCES_PATH } from "./notify.server";
import { enqueueMail } from "./outbox.server";
import { renderNotification } from "./render";

export const DIGEST_HOUR = 7;
// Transaction-scoped advisory lock: one digest pass at a time across all app servers.
const DIGEST_LOCK_KEY = 724501;

function romeWallClock(date: Date) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get("year"), m: get("month"), d: get("day"), h: get("hour"), min: get("minute"), s: get("second") };
}

/** The instant at which the Rome wall clock shows y-m-d at `hour`:00. */
function romeTime(y: number, m: number, d: number, hour: number): Date {
  const guess = Date.UTC(y, m - 1, d, hour);
  const w = romeWallClock(new Date(guess));
  const offset = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - guess;
  return new Date(guess - offset);
}

/**
 * The latest 07:00 (Europe/Rome) at or before `now`. A digest pass covers what arrived before
 * it, so however often the sender checks, each notification goes out in exactly one digest, the
 * first morning after it arrived; no "last run" needs storing.
 */
export function digestCutoff(now: Date): Date {
  const w = romeWallClock(now);
  const today = romeTime(w.y, w.m, w.d, DIGEST_HOUR);
  if (today.getTime() <= now.getTime()) return today;
  const yesterday = new Date(Date.UTC(w.y, w.m - 1, w.d - 1));
  return romeTime(yesterday.getUTCFullYear(), yesterday.getUTCMonth() + 1, yesterday.getUTCDate(), DIGEST_HOUR);
}

async function tryLock(tx: DbOrTx): Promise<boolean> {
  const result = (await tx.execute(sql`select pg_try_advisory_xact_lock(${DIGEST_LOCK_KEY}) as ok`)) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { ok: boolean }[];
  return rows[0]?.ok === true;
}

export interface DigestResult {
  /** False when another server was running a digest pass at the same moment. */
  ran: boolean;
  mails: number;
  notifications: number;
}

/**
 * Mails each user one digest of their notifications waiting for it (digestedAt null, created at or
 * before `cutoff`, default `now`) and marks them digested, in one transaction. Notifications
 * already read in the portal, of a kind the user has since set to "never", or of a disabled
 * user are marked without being mailed. Idempotent.
 */
export async function sendDailyDigests(now: Date = new Date(), options: { cutoff?: Date } = {}): Promise<DigestResult> {
  const cutoff = options.cutoff ?? now;
  return db().transaction(async (tx) => {
    if (!(await tryLock(tx))) return { ran: false, mails: 0, notifications: 0 };
    const waiting = await tx
      .select({
        id: notifications.id,
        userId: notifications.userId,
        kind: notifications.kind,
        payload: notifications.payload,
        link: notifications.link,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
        email: users.email,
        name: users.name,
        locale: users.locale,
        disabledAt: users.disabledAt,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(isNull(notifications.digestedAt), lte(notifications.createdAt, cutoff)))
      .orderBy(asc(notifications.userId), asc(notifications.createdAt));
    if (waiting.length === 0) return { ran: true, mails: 0, notifications: 0 };

    const userIds = [...new Set(waiting.map((n) => n.userId))];
    const prefs = await tx
      .select()
      .from(notificationPreferences)
      .where(inArray(notificationPreferences.userId, userIds));
    const stored = new Map(prefs.map((p) => [`${p.userId}:${p.kind}`, p.mode]));

    let mails = 0;
    let mailed = 0;
    for (const userId of userIds) {
      const mine = waiting.filter((n) => n.userId === userId);
      const first = mine[0];
      const locale: Locale = isLocale(first.locale) ? first.locale : "it";
      const items = mine.filter(
        (n) => !n.readAt && !first.disabledAt && effectiveMode(n.kind, stored.get(`${userId}:${n.kind}`)) !== "never",
      );
      if (items.length > 0) {
        const text = items
          .map((n) => {
            const r = renderNotification(locale, n.kind, n.payload as Payload);
            const line = translate(locale, "mail.digest.item", {
              title: r.title,
              body: r.body,
              date: formatDateTime(locale, n.createdAt),
            });
            return n.link ? line + translate(locale, "mail.digest.itemLink", { url: absoluteUrl(n.link) }) : line;
          })
          .join("\n\n");
        await enqueueMail(
          {
            to: first.email,
            subject: translate(locale, "mail.digest.subject", { date: formatDate(locale, now) }),
            text: translate(locale, "mail.digest.body", {
              name: first.name,
              count: items.length,
              items: text,
              all: absoluteUrl("/notifiche"),
              preferences: absoluteUrl(PREFERENCES_PATH),
            }),
            category: "notification:digest",
            userId,
          },
          tx,
        );
        mails++;
        mailed += items.length;
      }
      await tx
        .update(notifications)
        .set({ digestedAt: now })
        .where(inArray(notifications.id, mine.map((n) => n.id)));
    }
    return { ran: true, mails, notifications: mailed };
  });
}

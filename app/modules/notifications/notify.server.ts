// notify(): writes an in-app notification and, by the user's preference, an e-mail now or later in the digest.
import { eq } from "drizzle-orm";
import { notifications, users } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import { isLocale, translate, type Locale } from "~/i18n";
import { type NotificationKind, type Payload, type PayloadOf } from "./kinds";
import { absoluteUrl, isPortalPath } from "./links.server";
import { enqueueMail } from "./outbox.server";
import { deliveryModeFor } from "./preferences.server";
import { renderNotification } from "./render";

export interface NotifyOptions {
  /** Portal-relative path the notification leads to ("/forum/…"). */
  link?: string | null;
  /** Run inside the caller's transaction, so the notification commits (or not) with its cause. */
  tx?: DbOrTx;
}

export interface NotifyResult {
  id: string;
  mode: "immediate" | "daily" | "never";
}

export const PREFERENCES_PATH = "/notifiche/preferenze";

export async function notify<K extends NotificationKind>(
  userId: string,
  kind: K,
  payload: PayloadOf<K>,
  options: NotifyOptions = {},
): Promise<NotifyResult> {
  const link = options.link ?? null;
  if (link !== null && !isPortalPath(link)) throw new Error(`Notification links must be portal-relative: ${link}`);
  const work = async (tx: DbOrTx): Promise<NotifyResult> => {
    const [user] = await tx
      .select({ email: users.email, name: users.name, locale: users.locale, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, userId));
    if (!user) throw new Error(`notify: no user ${userId}`);
    const mode = await deliveryModeFor(userId, kind, tx);
    const now = new Date();
    const [row] = await tx
      .insert(notifications)
      .values({
        userId,
        kind,
        payload: payload as Payload,
        link,
        // digestedAt null means "waiting for the daily digest"; other modes have nothing left to send.
        digestedAt: mode === "daily" ? null : now,
        createdAt: now,
      })
      .returning({ id: notifications.id });
    if (mode === "immediate" && !user.disabledAt) {
      const locale: Locale = isLocale(user.locale) ? user.locale : "it";
      const rendered = renderNotification(locale, kind, payload as Payload);
      await enqueueMail(
        {
          to: user.email,
          subject: translate(locale, "mail.notification.subject", { title: rendered.title }),
          text: translate(locale, "mail.notification.body", {
            name: user.name,
            body: rendered.body,
            link: link ? translate(locale, "mail.notification.link", { url: absoluteUrl(link) }) : "",
            preferences: absoluteUrl(PREFERENCES_PATH),
          }),
          category: `notification:${kind}`,
          userId,
        },
        tx,
      );
    }
    return { id: row.id, mode };
  };
  return options.tx ? work(options.tx) : db().transaction(work);
}

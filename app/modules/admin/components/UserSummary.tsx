// The account facts an administrator needs before changing anything.
import { useFormat, useT } from "~/i18n/react";

export interface UserSummaryData {
  email: string;
  locale: string;
  verifiedAt: string | null;
  disabledAt: string | null;
  disabledReason: string | null;
  createdAt: string;
  activeSessions: number;
}

export function UserSummary({ user }: { user: UserSummaryData }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="account-title">
      <h2 id="account-title">{t("admin.user.details")}</h2>
      <dl className="admin-facts">
        <dt>{t("admin.col.email")}</dt>
        <dd className="admin-email">{user.email}</dd>
        <dt>{t("admin.user.locale")}</dt>
        <dd>{user.locale === "en" ? t("lang.en") : t("lang.it")}</dd>
        <dt>{t("admin.col.created")}</dt>
        <dd>{format.date(user.createdAt)}</dd>
        <dt>{t("admin.col.verified")}</dt>
        <dd>{user.verifiedAt ? format.date(user.verifiedAt) : <span className="tag tag-warn">{t("admin.user.notVerified")}</span>}</dd>
        <dt>{t("admin.col.status")}</dt>
        <dd>
          {user.disabledAt ? (
            <>
              <span className="tag tag-warn">{t("admin.user.disabledSince", { date: format.dateTime(user.disabledAt) })}</span>
              {user.disabledReason ? <p className="muted">{t("admin.user.disabledReason", { reason: user.disabledReason })}</p> : null}
            </>
          ) : (
            t("admin.status.active")
          )}
        </dd>
        <dt>{t("admin.user.sessions")}</dt>
        <dd>{format.number(user.activeSessions)}</dd>
      </dl>
    </section>
  );
}

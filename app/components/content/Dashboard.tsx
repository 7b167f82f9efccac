// The home page for signed-in users: their roles and what each is for, unread notifications,
// and links to the sections available to them today.
import { Link } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { hasRole, isAdmin, type RoleGrant } from "~/modules/auth/roles";
import type { ConsultationSummary } from "~/modules/consultations/dashboard.server";

export interface DashboardProps {
  name: string;
  roles: RoleGrant[];
  pledgeAccepted: boolean;
  unread: number;
  consultations?: ConsultationSummary | null;
}

interface Shortcut {
  to: string;
  title: MessageKey;
  body: MessageKey;
}

const SHORTCUTS: readonly Shortcut[] = [
  { to: "/formazione", title: "home.dash.links.training", body: "home.dash.links.trainingBody" },
  { to: "/profilo", title: "home.dash.links.profile", body: "home.dash.links.profileBody" },
  { to: "/notifiche", title: "home.dash.links.notifications", body: "home.dash.links.notificationsBody" },
  { to: "/impegno", title: "home.dash.links.pledge", body: "home.dash.links.pledgeBody" },
];

const ADMIN_SHORTCUT: Shortcut = { to: "/amministrazione", title: "home.dash.links.admin", body: "home.dash.links.adminBody" };

const CONSULTATIONS_SHORTCUT: Shortcut = { to: "/consulenze", title: "consultations.dash.link", body: "consultations.dash.linkBody" };
const FAQ_SHORTCUT: Shortcut = { to: "/consulenze/faq", title: "consultations.dash.faq", body: "consultations.dash.faqBody" };

function shortcutsFor(roles: readonly RoleGrant[]): Shortcut[] {
  const consult = hasRole(roles, "guardian") || hasRole(roles, "legal_consultant") || isAdmin(roles) ? CONSULTATIONS_SHORTCUT : FAQ_SHORTCUT;
  const list = [SHORTCUTS[0], consult, ...SHORTCUTS.slice(1)];
  return isAdmin(roles) ? [...list, ADMIN_SHORTCUT] : list;
}

/** What needs attention in Consulenze: the guardian's open requests, the consultant's desk. */
function ConsultationsPanel({ summary }: { summary: ConsultationSummary }) {
  const t = useT();
  if (!summary.mine && !summary.desk) return null;
  return (
    <section aria-labelledby="dash-consultations" className="dash-consultations">
      <h2 id="dash-consultations">{t("consultations.title")}</h2>
      <ul className="grid dash-figures">
        {summary.mine ? (
          <>
            <li className="card">
              <Link to="/consulenze">
                <span className="dash-figure">{summary.mine.open}</span> {t("consultations.dash.mineOpen")}
              </Link>
            </li>
            <li className={summary.mine.waitingForMe > 0 ? "card dash-attention" : "card"}>
              <Link to="/consulenze">
                <span className="dash-figure">{summary.mine.waitingForMe}</span> {t("consultations.dash.waitingForMe")}
              </Link>
            </li>
          </>
        ) : null}
        {summary.desk ? (
          <>
            <li className="card">
              <Link to="/consulenze?stato=new">
                <span className="dash-figure">{summary.desk.new}</span> {t("consultations.dash.deskNew")}
              </Link>
            </li>
            <li className={summary.desk.due24h > 0 ? "card dash-attention" : "card"}>
              <Link to="/consulenze?scadenza=24h">
                <span className="dash-figure">{summary.desk.due24h}</span> {t("consultations.dash.due24h")}
              </Link>
            </li>
            <li className={summary.desk.overdue > 0 ? "card dash-attention" : "card"}>
              <Link to="/consulenze?scadenza=scadute">
                <span className="dash-figure">{summary.desk.overdue}</span> {t("consultations.dash.overdue")}
              </Link>
            </li>
          </>
        ) : null}
      </ul>
    </section>
  );
}

export function Dashboard({ name, roles, pledgeAccepted, unread, consultations }: DashboardProps) {
  const t = useT();
  const shortcuts = shortcutsFor(roles);
  const unreadText =
    unread === 0
      ? t("home.dash.unread.none")
      : unread === 1
        ? t("home.dash.unread.one")
        : t("home.dash.unread.other", { count: unread });
  return (
    <div className="dashboard">
      <h1>{t("home.dash.title")}</h1>
      <p className="lead">{t("home.dash.signedInAs", { name })}</p>

      {pledgeAccepted ? (
        <div className={unread > 0 ? "dash-unread dash-unread-some" : "dash-unread"}>
          <p>{unreadText}</p>
          <Link to="/notifiche" className={unread > 0 ? "button button-small" : "button button-small button-secondary"}>
            {t("home.dash.unread.open")}
          </Link>
        </div>
      ) : (
        <Alert>
          <p>{t("home.dash.pledge")}</p>
          <p>
            <Link to="/impegno" className="button">
              {t("home.dash.pledgeAction")}
            </Link>
          </p>
        </Alert>
      )}

      <section aria-labelledby="dash-roles">
        <h2 id="dash-roles">{t("home.dash.roles.title")}</h2>
        {roles.length === 0 ? (
          <p>{t("home.dash.roles.none")}</p>
        ) : (
          <ul className="grid dash-roles">
            {roles.map((r) => (
              <li key={`${r.role}-${r.districtCode ?? "all"}`} className="card dash-role">
                <h3>{t(`role.${r.role}`)}</h3>
                <p className="tag">
                  {r.districtCode ? t("home.dash.roleIn", { district: t(`district.${r.districtCode}`) }) : t("home.dash.allDistricts")}
                </p>
                <p>{t(`home.dash.role.${r.role}`)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {pledgeAccepted && consultations ? <ConsultationsPanel summary={consultations} /> : null}

      {pledgeAccepted ? (
        <section aria-labelledby="dash-links">
          <h2 id="dash-links">{t("home.dash.links.title")}</h2>
          <ul className="grid dash-links">
            {shortcuts.map((s) => (
              <li key={s.to}>
                <Link to={s.to} className="card dash-link">
                  <span className="dash-link-title">{t(s.title)}</span>
                  <span className="dash-link-body">{t(s.body)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

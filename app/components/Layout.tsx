// The page frame: skip link, header with the sections the user's roles allow, footer.
import { Form, Link, NavLink } from "@remix-run/react";
import { useT } from "~/i18n/react";
import type { RoleGrant } from "~/modules/auth/roles";
import { LanguageSwitch } from "./LanguageSwitch";
import { sectionsFor } from "./nav";

interface RootSummary {
  locale: string;
  user: { name: string; roles: RoleGrant[]; pledgeAccepted: boolean } | null;
  unread: number;
  path: string;
}

export function Layout({ root, children }: { root: RootSummary | undefined; children: React.ReactNode }) {
  const t = useT();
  const user = root?.user ?? null;
  const sections = sectionsFor(user && user.pledgeAccepted ? user.roles.map((r) => r.role) : []);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="container header-bar">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width={32} height={32} />
            <span>{t("app.name")}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch path={root?.path ?? "/"} />
            {user ? (
              <>
                <Link
                  to="/notifiche"
                  className="bell"
                  aria-label={root?.unread ? t("nav.notificationsUnread", { count: root.unread }) : t("nav.notifications")}
                >
                  <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" focusable="false">
                    <path
                      fill="currentColor"
                      d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"
                    />
                  </svg>
                  {root?.unread ? <span className="badge">{root.unread > 99 ? "99+" : root.unread}</span> : null}
                </Link>
                <Link to="/profilo" className="header-link">
                  {user.name}
                </Link>
                <Form method="post" action="/esci" className="inline-form">
                  <button type="submit" className="button button-quiet">
                    {t("nav.logout")}
                  </button>
                </Form>
              </>
            ) : (
              <>
                <Link to="/accedi" className="header-link">
                  {t("nav.login")}
                </Link>
                <Link to="/registrati" className="button button-small">
                  {t("nav.register")}
                </Link>
              </>
            )}
          </div>
        </div>
        {sections.length > 1 ? (
          <nav aria-label={t("nav.main")} className="main-nav">
            <ul className="container">
              {sections.map((s) => (
                <li key={s.to}>
                  <NavLink to={s.to} end={s.to === "/"}>
                    {t(s.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="container main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container footer-inner">
          <p>{t("footer.about")}</p>
          <ul className="footer-links">
            <li>
              <Link to="/privacy">{t("footer.privacy")}</Link>
            </li>
            <li>
              <Link to="/impegno">{t("footer.conduct")}</Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}

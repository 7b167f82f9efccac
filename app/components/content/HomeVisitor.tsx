// The home page for visitors: what the portal is, for whom, and the public path to becoming a guardian.
import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";

const AUDIENCE: readonly MessageKey[] = [
  "home.who.guardians",
  "home.who.trainers",
  "home.who.consultants",
  "home.who.coordinators",
];

const FEATURES = [
  { title: "home.features.training.title", body: "home.features.training.body" },
  { title: "home.features.consultations.title", body: "home.features.consultations.body" },
  { title: "home.features.forum.title", body: "home.features.forum.body" },
  { title: "home.features.guardianships.title", body: "home.features.guardianships.body" },
] as const satisfies readonly { title: MessageKey; body: MessageKey }[];

const STEPS = [
  { title: "home.path.call.title", body: "home.path.call.body" },
  { title: "home.path.course.title", body: "home.path.course.body" },
  { title: "home.path.list.title", body: "home.path.list.body" },
  { title: "home.path.appointment.title", body: "home.path.appointment.body" },
  { title: "home.path.end.title", body: "home.path.end.body" },
] as const satisfies readonly { title: MessageKey; body: MessageKey }[];

const DISTRICTS = ["MI", "BS"] as const;

export function HomeVisitor() {
  const t = useT();
  return (
    <div className="home">
      <section className="hero home-hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("app.name")}</h1>
        <p className="lead">{t("app.tagline")}</p>
        <div className="actions">
          <Link to="/registrati" className="button">
            {t("home.cta.register")}
          </Link>
          <Link to="/accedi" className="button button-secondary">
            {t("home.cta.login")}
          </Link>
        </div>
      </section>

      <div className="home-columns">
        <section aria-labelledby="home-who" className="home-section">
          <h2 id="home-who">{t("home.who.title")}</h2>
          <p>{t("home.who.intro")}</p>
          <ul className="home-list">
            {AUDIENCE.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="home-features" className="home-section">
          <h2 id="home-features">{t("home.features.title")}</h2>
          <ul className="home-features">
            {FEATURES.map((f) => (
              <li key={f.title}>
                <h3>{t(f.title)}</h3>
                <p>{t(f.body)}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="home-path" className="card home-path">
        <h2 id="home-path">{t("home.path.title")}</h2>
        <p>{t("home.path.intro")}</p>
        <ol className="steps">
          {STEPS.map((s) => (
            <li key={s.title}>
              <h3>{t(s.title)}</h3>
              <p>{t(s.body)}</p>
            </li>
          ))}
        </ol>
        <p className="home-note">{t("home.path.portal")}</p>
      </section>

      <section aria-labelledby="home-districts" className="home-section">
        <h2 id="home-districts">{t("home.districts.title")}</h2>
        <p>{t("home.districts.intro")}</p>
        <ul className="home-districts">
          {DISTRICTS.map((code) => (
            <li key={code} className="card">
              <h3>{t("home.districts.court", { district: t(`district.${code}`) })}</h3>
              <p>{t(`home.districts.${code}`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-cta" className="card home-cta">
        <h2 id="home-cta">{t("home.cta.title")}</h2>
        <p>{t("home.cta.body")}</p>
        <div className="actions">
          <Link to="/registrati" className="button">
            {t("home.cta.register")}
          </Link>
        </div>
        <p className="muted home-login-note">
          {t("home.cta.haveAccount")} <Link to="/accedi">{t("home.cta.login")}</Link>
        </p>
      </section>
    </div>
  );
}

// The privacy notice (GDPR art. 13) of the portal in both languages, with a table of contents.
// Retention periods stated here are commitments: the clean-up jobs must honour them.
import type { ReactNode } from "react";
import { useLocale, useT } from "~/i18n/react";
import { english } from "./PrivacyText.en";
import { italian } from "./PrivacyText.it";

export interface Section {
  id: string;
  title: string;
  body: ReactNode;
}

export function PrivacyText() {
  const locale = useLocale();
  const t = useT();
  const sections = locale === "en" ? english : italian;
  return (
    <div className="prose privacy">
      <nav aria-labelledby="privacy-contents" className="card privacy-toc">
        <h2 id="privacy-contents">{t("privacy.contents")}</h2>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s, i) => (
        <section key={s.id} aria-labelledby={s.id}>
          <h2 id={s.id}>
            {i + 1}. {s.title}
          </h2>
          {s.body}
        </section>
      ))}
    </div>
  );
}

// /privacy — the privacy notice of the portal (public, both languages).
import type { MetaFunction } from "@remix-run/node";
import { PrivacyText } from "~/components/content/PrivacyText";
import { DEFAULT_LOCALE, translate } from "~/i18n";
import { useT } from "~/i18n/react";
import type { RootData } from "~/root";

export const meta: MetaFunction = ({ matches }) => {
  const locale = (matches.find((m) => m.id === "root")?.data as RootData | undefined)?.locale ?? DEFAULT_LOCALE;
  return [{ title: `${translate(locale, "privacy.title")} — ${translate(locale, "app.name")}` }];
};

export default function Privacy() {
  const t = useT();
  return (
    <div className="prose">
      <h1>{t("privacy.title")}</h1>
      <p className="muted">{t("privacy.updated")}</p>
      <PrivacyText />
    </div>
  );
}

// /privacy — the privacy notice of the portal (public, both languages).
import { PrivacyText } from "~/components/content/PrivacyText";
import { useT } from "~/i18n/react";
import { titled } from "~/utils/meta";

export const meta = titled("privacy.title");

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

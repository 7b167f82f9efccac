// /privacy — the privacy notice of the portal.
import { useT } from "~/i18n/react";

export default function Privacy() {
  const t = useT();
  return (
    <div className="prose">
      <h1>{t("footer.privacy")}</h1>
    </div>
  );
}

// /privacy — the privacy notice of the portal (public, both languages), with the operator's contacts.
import { useLoaderData } from "@remix-run/react";
import { PrivacyText } from "~/components/content/PrivacyText";
import { env } from "~/env.server";
import { useT } from "~/i18n/react";
import { titled } from "~/utils/meta";

export const meta = titled("privacy.title");

export function loader() {
  const e = env();
  return {
    operator: {
      name: e.OPERATOR_NAME ?? null,
      address: e.OPERATOR_ADDRESS ?? null,
      email: e.OPERATOR_EMAIL ?? null,
      dpoEmail: e.DPO_EMAIL ?? null,
    },
  };
}

export default function Privacy() {
  const t = useT();
  useLoaderData<typeof loader>();
  return (
    <div className="prose">
      <h1>{t("privacy.title")}</h1>
      <p className="muted">{t("privacy.updated")}</p>
      <PrivacyText />
    </div>
  );
}

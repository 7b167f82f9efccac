// /attestati/verifica — public: a form (GET, field codice) that leads to the code's verification page.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { VerifyForm } from "~/modules/training/components/learning/VerifyForm";
import { certificateCodeSchema } from "~/modules/training/certificates.server";
import { useT } from "~/i18n/react";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "training.certificate.verifyTitle"),
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const raw = new URL(request.url).searchParams.get("codice");
  if (raw === null) return { value: "", invalid: false };
  const parsed = certificateCodeSchema.safeParse(raw);
  if (parsed.success) throw redirect(`/attestati/verifica/${parsed.data}`);
  return data({ value: raw.slice(0, 40), invalid: true }, { status: 400 });
}

export default function VerifyStart() {
  const t = useT();
  const { value, invalid } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1>{t("training.certificate.verifyTitle")}</h1>
      <p>{t("training.certificate.verifyIntro")}</p>
      <VerifyForm value={value} error={invalid ? "training.certificate.invalidCode" : undefined} />
    </div>
  );
}

// /attestati/verifica/:codice — public check of a certificate code: confirms it with the
// certificate's details, or says it is unknown (404) without revealing anything else.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useFormat, useT } from "~/i18n/react";
import { VerifyForm } from "~/modules/training/components/learning/VerifyForm";
import { certificateCodeSchema, findCertificateByCode } from "~/modules/training/certificates.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  ...(data?.certificate
    ? pageTitle(matches, "training.certificate.resultTitle", { code: data.certificate.code })
    : pageTitle(matches, "training.certificate.notFoundTitle")),
  { name: "robots", content: "noindex" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const raw = (params.codice ?? "").slice(0, 40);
  const parsed = certificateCodeSchema.safeParse(raw);
  if (!parsed.success) return data({ code: raw, certificate: null, now: new Date() }, { status: 404 });
  if (parsed.data !== raw) throw redirect(`/attestati/verifica/${parsed.data}`);
  const certificate = await findCertificateByCode(parsed.data);
  return data({ code: parsed.data, certificate, now: new Date() }, { status: certificate ? 200 : 404, headers: { "Cache-Control": "no-store" } });
}

export default function VerifyCode() {
  const t = useT();
  const format = useFormat();
  const { code, certificate, now } = useLoaderData<typeof loader>();
  if (!certificate) {
    return (
      <div className="narrow">
        <h1>{t("training.certificate.notFoundTitle")}</h1>
        <Alert tone="error">
          <p>{t("training.certificate.notFound", { code })}</p>
        </Alert>
        <p>{t("training.certificate.notFoundHint")}</p>
        <h2>{t("training.certificate.another")}</h2>
        <VerifyForm />
      </div>
    );
  }
  const expired = certificate.expiresAt !== null && new Date(certificate.expiresAt) < new Date(now);
  return (
    <div className="narrow">
      <h1>{t("training.certificate.resultTitle", { code: certificate.code })}</h1>
      <Alert tone={expired ? "error" : "success"}>
        <p>
          <strong>{t("training.certificate.confirmed")}</strong>
        </p>
      </Alert>
      <dl className="card certificate-facts">
        <dt>{t("training.certificate.holder")}</dt>
        <dd>{certificate.holderName}</dd>
        <dt>{t("training.certificate.course")}</dt>
        <dd>{certificate.courseTitle}</dd>
        <dt>{t("training.certificate.hours")}</dt>
        <dd>{t("training.course.hours", { hours: format.number(certificate.hours) })}</dd>
        <dt>{t("training.certificate.issued")}</dt>
        <dd>{format.date(certificate.issuedAt)}</dd>
        <dt>{t("training.certificate.validity")}</dt>
        <dd>
          {certificate.expiresAt === null
            ? t("training.certificate.noExpiry")
            : expired
              ? t("training.certificate.expired", { date: format.date(certificate.expiresAt) })
              : t("training.certificate.validUntil", { date: format.date(certificate.expiresAt) })}
        </dd>
        <dt>{t("training.certificate.code")}</dt>
        <dd>
          <code>{certificate.code}</code>
        </dd>
      </dl>
      <h2>{t("training.certificate.another")}</h2>
      <VerifyForm />
    </div>
  );
}

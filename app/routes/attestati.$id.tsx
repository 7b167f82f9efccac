// /attestati/:id — a certificate as a PDF, for its holder, the trainers and coordinators of the
// holder's district, and admins; anyone else gets a 404 (the certificate's existence stays hidden).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/auth/policy.server";
import { renderCertificatePdf } from "~/modules/training/certificate-pdf.server";
import { getCertificateWithHolder } from "~/modules/training/certificates.server";
import { canSeeProgressOf } from "~/modules/training/policy.server";
import { notFound } from "~/utils/http.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!params.id || !UUID.test(params.id)) notFound();
  const found = (await getCertificateWithHolder(params.id!)) ?? notFound();
  if (!canSeeProgressOf(user, found.holder)) notFound();
  const { certificate } = found;
  const pdf = await renderCertificatePdf(certificate);
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="attestato-${certificate.code}.pdf"`,
      "Content-Length": String(pdf.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}

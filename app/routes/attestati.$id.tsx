// /attestati/:id — a certificate as a PDF, for its holder, the trainers and coordinators of the
// holder's district, and admins; anyone else gets a 404 (the certificate's existence stays hidden).
import type { LoaderFunctionArgs } from "@remix-run/node";
import * as z from "zod";
import { requireUser } from "~/modules/auth/policy.server";
import { renderCertificatePdf } from "~/modules/training/certificate-pdf.server";
import { getCertificateWithHolder } from "~/modules/training/certificates.server";
import { canSeeProgressOf } from "~/modules/training/policy.server";
import { notFound } from "~/utils/http.server";

const paramsSchema = z.object({ id: z.uuid() });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) return notFound();
  const found = (await getCertificateWithHolder(parsed.data.id)) ?? notFound();
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

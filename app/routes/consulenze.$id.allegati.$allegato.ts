// /consulenze/:id/allegati/:allegato — one attachment, served only to those who may see the
// request (the read is audited for anyone but its guardian), always as a download, with the
// type detected at upload and nosniff, never cached.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/auth/policy.server";
import { contentDisposition } from "~/modules/consultations/attachments.server";
import { getAttachment, loadForViewer } from "~/modules/consultations/requests.server";
import { idParam } from "~/modules/consultations/schema";
import { notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam.safeParse(params.id);
  const attachmentId = idParam.safeParse(params.allegato);
  if (!id.success || !attachmentId.success) return notFound();
  await loadForViewer(user, id.data, { audit: "consultation.attachment.read" });
  const file = await getAttachment(id.data, attachmentId.data);
  if (!file) return notFound();
  const bytes = new Uint8Array(file.data);
  return new Response(bytes, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.filename),
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}

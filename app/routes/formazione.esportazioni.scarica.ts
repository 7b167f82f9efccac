// /formazione/esportazioni/scarica?tipo&distretto&corso&dal&al — builds the export file (CSV or
// ZIP of PDFs) for a coordinator of the district or an admin, and writes it to the audit log.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLocale } from "~/i18n/locale.server";
import { requireUser } from "~/modules/auth/policy.server";
import { buildExport, exportFormSchema } from "~/modules/training/exports.server";
import { canExportDistrict } from "~/modules/training/policy.server";
import { httpError } from "~/utils/http.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const parsed = exportFormSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return httpError(400);
  if (!canExportDistrict(user, parsed.data.distretto)) return httpError(403);
  return buildExport(user.id, parsed.data, requestLocale(request, user));
}

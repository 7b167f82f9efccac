// The coordinators' desk pages (/coordinamento…) work on one district at a time: which one, and
// whether the signed-in user keeps it.
import * as z from "zod";
import { requireUser } from "~/modules/auth/policy.server";
import type { DistrictCode } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import { forbidden } from "~/utils/http.server";
import { coordinatorDistricts } from "./policy.server";

const districtParam = z.enum(["MI", "BS"]);

/**
 * The signed-in coordinator and the district the page works on (`?distretto=`, default the first
 * one they coordinate). Not a coordinator (admins included), or a district they do not
 * coordinate: 403.
 */
export async function requireDistrictDesk(request: Request): Promise<{ user: CurrentUser; district: DistrictCode; districts: DistrictCode[] }> {
  const user = await requireUser(request);
  const mine = coordinatorDistricts(user);
  if (mine.length === 0) return forbidden();
  const asked = new URL(request.url).searchParams.get("distretto");
  const parsed = districtParam.safeParse(asked || mine[0]);
  if (!parsed.success || !mine.includes(parsed.data)) return forbidden();
  return { user, district: parsed.data, districts: mine };
}

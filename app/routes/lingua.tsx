// /lingua — switches the language (POST); remembered in a cookie and, when signed in, in the profile.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import * as z from "zod";
import { localeCookie } from "~/i18n/locale.server";
import { setLocale } from "~/modules/auth/accounts.server";
import { getCurrentUser } from "~/modules/auth/user.server";
import { httpError, safeRedirectPath } from "~/utils/http.server";

const schema = z.object({ locale: z.enum(["it", "en"]), redirectTo: z.string().optional() });

export async function loader() {
  throw redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) httpError(400);
  const user = await getCurrentUser(request);
  if (user) await setLocale(user.id, parsed.data.locale);
  return redirect(safeRedirectPath(parsed.data.redirectTo), {
    headers: { "Set-Cookie": localeCookie(parsed.data.locale) },
  });
}

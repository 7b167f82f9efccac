// /esci — log out (POST); a GET shows a button, since following a link must not change state.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { blankSessionCookie, invalidateSession } from "~/modules/auth/session.server";
import { getCurrentUser } from "~/modules/auth/user.server";
import { titled } from "~/utils/meta";

export const meta = titled("nav.logout");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  if (!user) throw redirect("/accedi");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) await invalidateSession(user.sessionId);
  return redirect("/accedi?stato=uscito", { headers: { "Set-Cookie": blankSessionCookie() } });
}

export default function Logout() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("nav.logout")}</h1>
      <Form method="post">
        <button type="submit" className="button">
          {t("nav.logout")}
        </button>
      </Form>
    </div>
  );
}

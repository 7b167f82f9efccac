// / — for visitors: what the portal is and how to become a volunteer guardian; for users: a dashboard.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { getCurrentUser } from "~/modules/auth/user.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  return { user: user ? { name: user.name, roles: user.roles } : null };
}

export default function Home() {
  const t = useT();
  const { user } = useLoaderData<typeof loader>();
  if (!user) {
    return (
      <section className="hero">
        <h1>{t("app.name")}</h1>
        <p className="lead">{t("app.tagline")}</p>
        <div className="actions">
          <Link to="/registrati" className="button">
            {t("nav.register")}
          </Link>
          <Link to="/accedi" className="button button-secondary">
            {t("nav.login")}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section>
      <h1>{user.name}</h1>
    </section>
  );
}

// / — for visitors: what the portal is and how to become a volunteer guardian; for users: a dashboard.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Dashboard } from "~/components/content/Dashboard";
import { HomeVisitor } from "~/components/content/HomeVisitor";
import { getCurrentUser } from "~/modules/auth/user.server";
import { consultationSummary } from "~/modules/consultations/dashboard.server";
import { useRootData } from "~/root";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  return {
    user: user ? { name: user.name, roles: user.roles, pledgeAccepted: user.pledgeAccepted } : null,
    consultations: user?.pledgeAccepted ? await consultationSummary(user) : null,
  };
}

export default function Home() {
  const { user, consultations } = useLoaderData<typeof loader>();
  // The root loader already counts unread notifications for the header's bell.
  const unread = useRootData()?.unread ?? 0;
  if (!user) return <HomeVisitor />;
  return <Dashboard name={user.name} roles={user.roles} pledgeAccepted={user.pledgeAccepted} unread={unread} consultations={consultations} />;
}

// /forum/moderazione/registro?pagina=N — the moderation log of the categories the user moderates,
// newest first. Only coordinators and admins (403 for others).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { MODERATION_LOG_PATH } from "~/modules/forum/components/mod/anchors";
import { LogTable } from "~/modules/forum/components/mod/LogTable";
import { ModNav } from "~/modules/forum/components/mod/ModNav";
import { moderatesAnything, moderationLog } from "~/modules/forum/moderation.server";
import { pageParam } from "~/modules/forum/schema";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("forummod.log.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!moderatesAnything(user)) forbidden("forummod.error.noModeration");
  const page = pageParam.parse(new URL(request.url).searchParams.get("pagina") ?? undefined);
  return moderationLog(user, page);
}

export default function ModerationLog() {
  const t = useT();
  const { entries, page, pages } = useLoaderData<typeof loader>();
  return (
    <div className="forummod">
      <h1>{t("forummod.log.title")}</h1>
      <ModNav current="log" />
      <p>{t("forummod.log.intro")}</p>
      <LogTable entries={entries} page={page} pages={pages} />
      <Pagination page={page} pages={pages} href={(p) => (p > 1 ? `${MODERATION_LOG_PATH}?pagina=${p}` : MODERATION_LOG_PATH)} />
    </div>
  );
}

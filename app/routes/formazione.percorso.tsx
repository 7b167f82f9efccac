// /formazione/percorso — the signed-in user's own training record.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { RecordView } from "~/modules/training/components/record/RecordView";
import { trainingRecord } from "~/modules/training/record.server";
import { titled } from "~/utils/meta";

export const meta = titled("record.own.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { record: await trainingRecord(user.id) };
}

export default function OwnRecord() {
  const t = useT();
  const { record } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("record.own.title")}</h1>
      <p className="lead prose">{t("record.own.intro")}</p>
      <RecordView record={record} own />
    </div>
  );
}

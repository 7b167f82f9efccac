// /formazione/persone/:id — someone's training record, for trainers and coordinators of a
// district the person belongs to, and admins; to anyone else the person does not exist (404).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { RecordView } from "~/modules/training/components/record/RecordView";
import { canSeeProgressOf } from "~/modules/training/policy.server";
import { findLearner, trainingRecord } from "~/modules/training/record.server";
import { personParamsSchema as paramsSchema } from "~/modules/training/route-params.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "record.person.title", { name: data?.person.name ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request);
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) return notFound();
  const person = await findLearner(parsed.data.id);
  if (!person || !canSeeProgressOf(viewer, person)) return notFound();
  if (person.id === viewer.id) throw redirect("/formazione/percorso");
  return { person: { id: person.id, name: person.name }, record: await trainingRecord(person.id) };
}

export default function PersonRecord() {
  const t = useT();
  const { person, record } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("record.person.title", { name: person.name })}</h1>
      <p className="lead prose">{t("record.person.intro")}</p>
      <RecordView record={record} own={false} />
    </div>
  );
}

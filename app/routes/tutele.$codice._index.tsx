// /tutele/:codice — one minor's page: the record, the deadlines, the flags and the user's private
// diary. Seen only by the coordinators of the minor's district and by its active guardian; anyone
// else gets 404, the same as for a code that does not exist. Every read is audited (readMinor).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { requestLocale } from "~/i18n/locale.server";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { DeadlinesSection } from "~/modules/guardianship/components/minor/DeadlinesSection";
import { DiarySection } from "~/modules/guardianship/components/minor/DiarySection";
import { FlagsSection } from "~/modules/guardianship/components/minor/FlagsSection";
import { MinorFacts } from "~/modules/guardianship/components/minor/MinorFacts";
import { minorPage, outcomeParam, submitMinorAction } from "~/modules/guardianship/components/minor/page.server";
import type { MinorResult } from "~/modules/guardianship/components/minor/types";
import { readMinor } from "~/modules/guardianship/minors.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

// The title carries the code only: browser history and tabs never show a minor's name.
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "tutelaminor.title", undefined, data?.minor.code);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = await readMinor(user, params.codice ?? "");
  if (!found) return notFound();
  const outcome = outcomeParam.safeParse(new URL(request.url).searchParams.get("esito"));
  return {
    ...(await minorPage(found.minor, found.viewer, user, requestLocale(request, user))),
    outcome: outcome.success ? (`tutelaminor.outcome.${outcome.data}` as MessageKey) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Permission asked again on every write; the write is audited by the domain, the page read after
  // the redirect by the loader.
  const user = await requireUser(request);
  const found = await readMinor(user, params.codice ?? "", { audit: false });
  if (!found) return notFound();
  return submitMinorAction(user, found.minor, found.viewer, request);
}

export default function MinorPage() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as MinorResult | undefined;
  const location = useLocation();
  const formError = result?.errors._form;
  const { minor } = data;
  return (
    <div className="mp-page">
      <p className="breadcrumb">
        <Link to={data.viewer === "guardian" ? "/tutele" : "/coordinamento/minori"}>
          {t(data.viewer === "guardian" ? "tutelaminor.back.guardian" : "tutelaminor.back.coordinator")}
        </Link>
      </p>
      <h1>{t("tutelaminor.heading", { code: minor.code })}</h1>
      <p className="lead">
        {minor.firstName} {minor.lastName}
      </p>
      {data.outcome && !result ? <Alert tone="success">{t(data.outcome)}</Alert> : null}
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <nav className="mp-links" aria-label={t("tutelaminor.links.label")}>
        {data.viewer === "guardian" ? (
          <Link className="button" to={`/consulenze/nuova?minore=${minor.id}`}>
            {t("tutelaminor.links.ask")}
          </Link>
        ) : (
          <>
            <Link className="button button-secondary" to={`/tutele/${minor.code}/modifica`}>
              {t("tutelaminor.links.edit")}
            </Link>
            <Link className="button button-secondary" to={`/tutele/${minor.code}/tutela`}>
              {t("tutelaminor.links.appointment")}
            </Link>
          </>
        )}
      </nav>
      <MinorFacts viewer={data.viewer} districtName={data.districtName} appointment={data.appointment} minor={minor} />
      {/* Keyed by location so a successful submit clears the forms' kept input. */}
      <DeadlinesSection key={`d-${location.key}`} deadlines={data.deadlines} canMarkDone={data.viewer === "guardian"} result={result} />
      <FlagsSection key={`f-${location.key}`} openFlags={data.openFlags} removedFlags={data.removedFlags} result={result} />
      <DiarySection key={`n-${location.key}`} notes={data.notes} result={result} />
    </div>
  );
}

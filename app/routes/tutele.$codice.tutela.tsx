// /tutele/:codice/tutela — the coordinators' appointment desk of one minor: suggested guardians and
// the proposal, the court's decree, the end of the guardianship, and the full history.
// Only the coordinators of the minor's district get in. Everyone else gets 404, the minor's active
// guardian too: the guardian reads the record at /tutele/:codice, while choosing, replacing and
// ending guardians is the coordinators' job (and the suggestions list other volunteers' caseloads).
import { CloseForm } from "~/modules/guardianship/components/match/CloseForm";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { CurrentPanel } from "~/modules/guardianship/components/match/CurrentPanel";
import { HistoryTable } from "~/modules/guardianship/components/match/HistoryTable";
import { MinorHeader } from "~/modules/guardianship/components/match/MinorHeader";
import { SuggestionsPanel } from "~/modules/guardianship/components/match/SuggestionsPanel";
import { matchDesk, outcomeParam, submitMatchAction } from "~/modules/guardianship/components/match/match.server";
import type { MatchResult } from "~/modules/guardianship/components/match/types";
import { readMinor } from "~/modules/guardianship/minors.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

// The title carries the code only: browser history and tabs never show a minor's name.
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "tutelamatch.title", undefined, data?.minor.code);

/** The minor, for a coordinator of its district; anyone else: 404 (as for an unknown code). */
async function coordinatorsMinor(request: Request, code: string | undefined, audit: boolean) {
  const user = await requireUser(request);
  const found = await readMinor(user, code ?? "", { audit });
  if (!found || found.viewer !== "coordinator") return notFound();
  return { user, minor: found.minor };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { minor } = await coordinatorsMinor(request, params.codice, true);
  const outcome = outcomeParam.safeParse(new URL(request.url).searchParams.get("esito"));
  return {
    ...(await matchDesk(minor)),
    outcome: outcome.success ? (`tutelamatch.outcome.${outcome.data}` as MessageKey) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  // The write is audited by the domain; the page read after the redirect is audited by the loader.
  const { user, minor } = await coordinatorsMinor(request, params.codice, false);
  return submitMatchAction(user, minor, request);
}

export default function AppointmentDesk() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as MatchResult | undefined;
  const location = useLocation();
  const formError = result?.errors._form;
  return (
    <div className="match">
      <p className="breadcrumb">
        <Link to={`/tutele/${data.minor.code}`}>{t("tutelamatch.back", { code: data.minor.code })}</Link>
      </p>
      <h1>{t("tutelamatch.title")}</h1>
      <MinorHeader minor={data.minor} />
      {data.outcome && !result ? <Alert tone="success">{t(data.outcome)}</Alert> : null}
      {formError ? (
        <Alert tone="error">
          <p>{t(formError)}</p>
        </Alert>
      ) : null}
      {data.waiting ? (
        <>
          <SuggestionsPanel key={location.key} suggestions={data.suggestions} excluded={data.excluded} result={result} />
          <CloseForm key={`close-${location.key}`} today={data.today} result={result} />
        </>
      ) : data.open ? (
        <CurrentPanel key={location.key} appointment={data.open} today={data.today} result={result} />
      ) : (
        <section className="card" aria-labelledby="match-none">
          <h2 id="match-none">{t("tutelamatch.none.title")}</h2>
          <p>{t(`tutele.minorStatus.${data.minor.status}`)}</p>
        </section>
      )}
      <HistoryTable history={data.history} />
    </div>
  );
}

// The consultant's controls beside the thread: who has the request (take, assign to a colleague
// of the district) and its status by hand.
import { Form } from "@remix-run/react";
import { SelectField } from "~/components/ui/Field";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import type { CONSULTANT_TARGETS } from "../../schema";
import { resultFor, type RequestData, type ThreadActionData } from "./types";

type Target = (typeof CONSULTANT_TARGETS)[number];

export function Assignment({
  request,
  consultants,
  myId,
  result,
  formKey,
}: {
  request: RequestData;
  consultants: readonly { id: string; name: string }[];
  myId: string;
  result: ThreadActionData | undefined;
  formKey: string;
}) {
  const t = useT();
  if (request.status === "closed") return null;
  const take = resultFor(result, "take");
  const assign = resultFor(result, "assign");
  const error = take?.formError ?? assign?.formError ?? null;
  const mine = request.assigneeId === myId;
  return (
    <section className="card consult-assign" aria-labelledby="assign-title">
      <h2 id="assign-title">{t("consultguardian.assign.title")}</h2>
      {error ? <Alert tone="error">{t(error)}</Alert> : null}
      {mine ? (
        <p>
          <strong>{t("consultguardian.assign.mine")}</strong>
        </p>
      ) : (
        <Form method="post" action={`/consulenze/${request.id}`} className="consult-inline-form">
          <input type="hidden" name="intent" value="take" />
          <button type="submit" className="button">
            {t("consultguardian.assign.take")}
          </button>
        </Form>
      )}
      <Form key={formKey} method="post" action={`/consulenze/${request.id}`} className="consult-inline-form consult-assign-form">
        <input type="hidden" name="intent" value="assign" />
        <SelectField
          name="assigneeId"
          label={t("consultguardian.assign.to")}
          defaultValue={assign?.values.assigneeId ?? request.assigneeId ?? ""}
          error={assign?.errors.assigneeId}
          options={consultants.map((c) => ({ value: c.id, label: c.id === myId ? t("consultguardian.assign.you", { name: c.name }) : c.name }))}
        />
        <button type="submit" className="button button-secondary">
          {t("consultguardian.assign.submit")}
        </button>
      </Form>
    </section>
  );
}

export function StatusForm({
  request,
  moves,
  result,
  formKey,
}: {
  request: RequestData;
  moves: readonly Target[];
  result: ThreadActionData | undefined;
  formKey: string;
}) {
  const t = useT();
  if (moves.length === 0) return null;
  const own = resultFor(result, "status");
  return (
    <section className="card consult-status-form" aria-labelledby="status-title">
      <h2 id="status-title">{t("consultguardian.status.title")}</h2>
      {own?.formError ? <Alert tone="error">{t(own.formError)}</Alert> : null}
      <Form key={formKey} method="post" action={`/consulenze/${request.id}`} className="consult-inline-form">
        <input type="hidden" name="intent" value="status" />
        <SelectField
          name="status"
          label={t("consultguardian.status.to")}
          defaultValue={own?.values.status ?? moves[0]}
          error={own?.errors.status}
          options={moves.map((s) => ({ value: s, label: t(`consultations.status.${s}`) }))}
        />
        <button type="submit" className="button button-secondary">
          {t("consultguardian.status.submit")}
        </button>
      </Form>
    </section>
  );
}

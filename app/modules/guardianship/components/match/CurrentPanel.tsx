// The minor's open appointment: a proposal waiting for the guardian's answer, an accepted one
// waiting for the court's decree, or the active guardianship and how to end it.
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, SelectField } from "~/components/ui/Field";
import { useFormat, useT } from "~/i18n/react";
import { END_REASONS } from "../../fields";
import type { AppointmentRow, MatchIntent, MatchResult } from "./types";

function Hidden({ intent, id }: { intent: MatchIntent; id: string }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="appointmentId" value={id} />
    </>
  );
}

function WithdrawForm({ appointment }: { appointment: AppointmentRow }) {
  const t = useT();
  return (
    <Form method="post" className="match-withdraw">
      <Hidden intent="withdraw" id={appointment.id} />
      <p className="hint">{t("tutelamatch.withdraw.hint")}</p>
      <button type="submit" className="button button-secondary">
        {t("tutelamatch.withdraw.button")}
      </button>
    </Form>
  );
}

function DecreeForm({ appointment, today, result }: { appointment: AppointmentRow; today: string; result?: MatchResult }) {
  const t = useT();
  const mine = result?.intent === "decree" ? result : undefined;
  const labels = { decreeDate: t("tutelamatch.decree.date") };
  return (
    <Form method="post" className="match-form">
      <h3>{t("tutelamatch.decree.title")}</h3>
      <ErrorSummary errors={mine?.errors ?? {}} labels={labels} />
      <Hidden intent="decree" id={appointment.id} />
      <Field
        name="decreeDate"
        type="date"
        label={labels.decreeDate}
        hint={t("tutelamatch.decree.hint")}
        required
        max={today}
        defaultValue={mine?.values.decreeDate ?? ""}
        error={mine?.errors.decreeDate}
      />
      <button type="submit" className="button">
        {t("tutelamatch.decree.button")}
      </button>
    </Form>
  );
}

function EndForm({ appointment, today, result }: { appointment: AppointmentRow; today: string; result?: MatchResult }) {
  const t = useT();
  const mine = result?.intent === "end" ? result : undefined;
  const labels = { endReason: t("tutelamatch.end.reason"), endedOn: t("tutelamatch.end.date") };
  return (
    <Form method="post" className="match-form">
      <h3>{t("tutelamatch.end.title")}</h3>
      <ErrorSummary errors={mine?.errors ?? {}} labels={labels} />
      <Hidden intent="end" id={appointment.id} />
      <SelectField
        name="endReason"
        label={labels.endReason}
        required
        defaultValue={mine?.values.endReason ?? ""}
        error={mine?.errors.endReason}
        options={[
          { value: "", label: t("tutelamatch.end.choose") },
          ...END_REASONS.map((r) => ({ value: r, label: t(`tutele.endReason.${r}`) })),
        ]}
      />
      <Field
        name="endedOn"
        type="date"
        label={labels.endedOn}
        required
        max={today}
        defaultValue={mine?.values.endedOn ?? today}
        error={mine?.errors.endedOn}
      />
      <p className="match-consequence">{t("tutelamatch.end.consequence")}</p>
      <button type="submit" className="button button-danger">
        {t("tutelamatch.end.button")}
      </button>
    </Form>
  );
}

export function CurrentPanel({ appointment, today, result }: { appointment: AppointmentRow; today: string; result?: MatchResult }) {
  const t = useT();
  const f = useFormat();
  const titles = {
    proposed: "tutelamatch.proposed.title",
    accepted: "tutelamatch.accepted.title",
    active: "tutelamatch.active.title",
  } as const;
  if (appointment.status !== "proposed" && appointment.status !== "accepted" && appointment.status !== "active") return null;
  return (
    <section className="card match-panel" aria-labelledby="match-current">
      <h2 id="match-current">{t(titles[appointment.status])}</h2>
      <dl className="match-facts">
        <dt>{t("tutelamatch.col.guardian")}</dt>
        <dd>
          <strong>{appointment.guardianName}</strong>
        </dd>
        <dt>{t("tutelamatch.col.proposedAt")}</dt>
        <dd>{f.date(appointment.proposedAt)}</dd>
        {appointment.respondedAt ? (
          <>
            <dt>{t("tutelamatch.col.respondedAt")}</dt>
            <dd>{f.date(appointment.respondedAt)}</dd>
          </>
        ) : null}
        {appointment.decreeDate ? (
          <>
            <dt>{t("tutelamatch.col.decreeDate")}</dt>
            <dd>{f.date(appointment.decreeDate)}</dd>
          </>
        ) : null}
        {appointment.overrideReason ? (
          <>
            <dt>{t("tutelamatch.col.overrideReason")}</dt>
            <dd>{appointment.overrideReason}</dd>
          </>
        ) : null}
      </dl>
      {appointment.status === "proposed" ? (
        <>
          <p className="match-waiting">{t("tutelamatch.proposed.waiting")}</p>
          <WithdrawForm appointment={appointment} />
        </>
      ) : null}
      {appointment.status === "accepted" ? (
        <>
          <DecreeForm appointment={appointment} today={today} result={result} />
          <WithdrawForm appointment={appointment} />
        </>
      ) : null}
      {appointment.status === "active" ? <EndForm appointment={appointment} today={today} result={result} /> : null}
    </section>
  );
}

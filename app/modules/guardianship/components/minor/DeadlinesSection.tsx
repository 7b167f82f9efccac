// The minor's deadlines: open ones by date, then the done ones; the guardian marks them done (and
// undoes a mistake), both the guardian and the coordinators add deadlines by hand and delete their own.
import { Form } from "@remix-run/react";
import { Field } from "~/components/ui/Field";
import { useFormat, useT } from "~/i18n/react";
import { DeadlineName, DeadlineStateTag } from "../guardian/DeadlineBits";
import { resultFor, type DeadlineView, type MinorResult } from "./types";

export function DeadlinesSection({
  deadlines,
  canMarkDone,
  result,
}: {
  deadlines: DeadlineView[];
  canMarkDone: boolean;
  result: MinorResult | undefined;
}) {
  const t = useT();
  const f = useFormat();
  const add = resultFor(result, "addDeadline");
  return (
    <section className="card" aria-labelledby="scadenze">
      <h2 id="scadenze">{t("tutelaminor.deadlines.title")}</h2>
      {deadlines.length === 0 ? (
        <p className="muted">{t("tutelaminor.deadlines.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="mp-table">
            <caption className="visually-hidden">{t("tutelaminor.deadlines.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tutelaminor.deadlines.what")}</th>
                <th scope="col">{t("tutelaminor.deadlines.due")}</th>
                <th scope="col">{t("tutelaminor.deadlines.state")}</th>
                <th scope="col">{t("tutelaminor.deadlines.reminders")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("tutelaminor.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deadlines.map((d) => (
                <tr key={d.id} className={d.state === "done" ? "mp-row-done" : undefined}>
                  <th scope="row">
                    <DeadlineName kind={d.kind} title={d.title} />
                    {d.kind === "manual" ? <span className="mp-sub muted">{t("tutelaminor.deadlines.manual")}</span> : null}
                  </th>
                  <td className="mp-nowrap">{f.date(d.dueDate)}</td>
                  <td>
                    <DeadlineStateTag state={d.state} />
                    {d.doneAt ? (
                      <span className="mp-sub muted">
                        {d.doneByName
                          ? t("tutelaminor.deadlines.doneBy", { date: f.date(d.doneAt), name: d.doneByName })
                          : t("tutelaminor.deadlines.doneOn", { date: f.date(d.doneAt) })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {d.remindDaysBefore.length > 0
                      ? t("tutelaminor.deadlines.daysBefore", { days: d.remindDaysBefore.join(", ") })
                      : <span className="muted">{t("tutelaminor.deadlines.noReminder")}</span>}
                  </td>
                  <td className="mp-row-actions">
                    {canMarkDone ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value={d.doneAt ? "reopen" : "done"} />
                        <input type="hidden" name="id" value={d.id} />
                        <button type="submit" className={d.doneAt ? "button button-quiet button-small" : "button button-small"}>
                          {t(d.doneAt ? "tutelaminor.deadlines.reopen" : "tutelaminor.deadlines.markDone")}
                          <span className="visually-hidden">
                            : <DeadlineName kind={d.kind} title={d.title} />, {f.date(d.dueDate)}
                          </span>
                        </button>
                      </Form>
                    ) : null}
                    {d.deletable ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="deleteDeadline" />
                        <input type="hidden" name="id" value={d.id} />
                        <button type="submit" className="button button-quiet button-small">
                          {t("tutelaminor.deadlines.delete")}
                          <span className="visually-hidden">
                            : {d.title}, {f.date(d.dueDate)}
                          </span>
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Form method="post" className="mp-form" aria-labelledby="scadenze-nuova" noValidate>
        <h3 id="scadenze-nuova">{t("tutelaminor.deadlines.addTitle")}</h3>
        <input type="hidden" name="intent" value="addDeadline" />
        <Field name="title" label={t("tutelaminor.deadlines.titleLabel")} required maxLength={150} defaultValue={add.values.title} error={add.errors.title} />
        <div className="mp-row">
          <Field name="dueDate" type="date" label={t("tutelaminor.deadlines.dueLabel")} required defaultValue={add.values.dueDate} error={add.errors.dueDate} />
          <Field
            name="remindDaysBefore"
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            label={t("tutelaminor.deadlines.remindLabel")}
            hint={t("tutelaminor.deadlines.remindHint")}
            defaultValue={add.values.remindDaysBefore}
            error={add.errors.remindDaysBefore}
          />
        </div>
        <button type="submit" className="button">
          {t("tutelaminor.deadlines.add")}
        </button>
      </Form>
    </section>
  );
}

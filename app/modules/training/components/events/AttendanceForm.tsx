// Attendance of an event: one checkbox per registered person, saved in one POST.
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/react";

export function AttendanceForm({ people }: { people: readonly { id: string; name: string; email: string; attended: boolean | null }[] }) {
  const t = useT();
  return (
    <Form method="post" noValidate>
      <fieldset className="fieldset">
        <legend>{t("events.attendance.legend")}</legend>
        <ul className="event-attendance">
          {people.map((p) => (
            <li key={p.id} className="checkbox">
              <input type="checkbox" id={`present-${p.id}`} name="present" value={p.id} defaultChecked={p.attended === true} />
              <label htmlFor={`present-${p.id}`}>
                {p.name} <span className="muted">({p.email})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button">
          {t("events.attendance.save")}
        </button>
      </div>
    </Form>
  );
}

// For an event's managers: who is registered and the waiting list in order.
import { useFormat, useT } from "~/i18n/react";

interface Person {
  id: string;
  name: string;
  email: string;
  registeredAt: Date | string;
  attended: boolean | null;
}

export function RegistrationLists({ registered, waitlist }: { registered: readonly Person[]; waitlist: readonly Person[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <>
      <h3 id="registered-title">{t("events.registrations.registered", { count: registered.length })}</h3>
      {registered.length === 0 ? (
        <p>{t("events.registrations.none")}</p>
      ) : (
        // Focusable so that keyboard users can scroll it on narrow screens.
        <div className="table-wrap" role="region" aria-labelledby="registered-title" tabIndex={0}>
          <table aria-labelledby="registered-title">
            <thead>
              <tr>
                <th scope="col">{t("events.registrations.name")}</th>
                <th scope="col">{t("events.registrations.email")}</th>
                <th scope="col">{t("events.registrations.since")}</th>
                <th scope="col">{t("events.registrations.attendance")}</th>
              </tr>
            </thead>
            <tbody>
              {registered.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td className="event-email">{p.email}</td>
                  <td>{f.dateTime(p.registeredAt)}</td>
                  <td>{t(p.attended === true ? "events.attendance.present" : p.attended === false ? "events.attendance.absent" : "events.attendance.unknown")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 id="waitlist-title">{t("events.registrations.waitlist", { count: waitlist.length })}</h3>
      {waitlist.length === 0 ? (
        <p>{t("events.registrations.noWaitlist")}</p>
      ) : (
        <ol className="event-waitlist" aria-labelledby="waitlist-title">
          {waitlist.map((p) => (
            <li key={p.id}>
              {p.name} <span className="muted">({p.email}, {t("events.registrations.sinceShort", { date: f.dateTime(p.registeredAt) })})</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

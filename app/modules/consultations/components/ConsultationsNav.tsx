// The areas of Consulenze legali the user may open, as links under the page title.
import { Link, useLocation } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { consultationAreas } from "../policy.server";

export type ConsultationAreas = ReturnType<typeof consultationAreas>;

interface Area {
  show: (a: ConsultationAreas) => boolean;
  to: string;
  label: (a: ConsultationAreas) => MessageKey;
}

// "My requests" and the desk share /consulenze: one link, named after what the user finds there.
const AREAS: Area[] = [
  {
    show: (a) => a.mine || a.desk,
    to: "/consulenze",
    label: (a) => (a.mine && a.desk ? "consultdesk.nav.requests" : a.desk ? "consultdesk.nav.desk" : "consultdesk.nav.mine"),
  },
  { show: (a) => a.mine, to: "/consulenze/nuova", label: () => "consultdesk.nav.new" },
  { show: (a) => a.faq, to: "/consulenze/faq", label: () => "consultdesk.nav.faq" },
  { show: (a) => a.templates, to: "/consulenze/modelli", label: () => "consultdesk.nav.templates" },
  { show: (a) => a.reports, to: "/consulenze/rapporti", label: () => "consultdesk.nav.reports" },
];

const SUBAREAS = AREAS.slice(1).map((a) => a.to);

/** "page" on the area's own address, "true" inside it (a request's page belongs to the requests). */
function current(to: string, pathname: string): "page" | "true" | undefined {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === to) return "page";
  if (to === "/consulenze") {
    const inSubarea = SUBAREAS.some((s) => path === s || path.startsWith(`${s}/`));
    return !inSubarea && path.startsWith("/consulenze/") ? "true" : undefined;
  }
  return path.startsWith(`${to}/`) ? "true" : undefined;
}

export function ConsultationsNav({ areas }: { areas: ConsultationAreas }) {
  const t = useT();
  const { pathname } = useLocation();
  const links = AREAS.filter((a) => a.show(areas));
  if (links.length === 0) return null;
  return (
    <nav aria-label={t("consultdesk.nav.label")} className="training-nav consult-nav">
      <ul>
        {links.map((a) => (
          <li key={a.to}>
            <Link to={a.to} aria-current={current(a.to, pathname)}>
              {t(a.label(areas))}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// Demo data for Formazione (events): in each district two upcoming and two past training events,
// with registrations, a full event with a waiting list, and recorded attendance. Fictional people
// and invented, neutral places only.
import { courses, eventRegistrations, trainingEvents } from "../schema";
import { renderMarkdown } from "../../app/utils/markdown.server";
import { romeLocalToUtc, utcToRomeLocal } from "../../app/modules/training/events-schema";
import { EXTRA_MEMBERS } from "../seed";
import type { SeedContext } from "./context";

const DAY = 24 * 3600 * 1000;

interface SeedEvent {
  district: "MI" | "BS";
  creator: string;
  title: string;
  description: string;
  mode: "in_person" | "online";
  where: string;
  /** Days from today (negative: past), and Rome local times. */
  day: number;
  from: string;
  to: string;
  capacity: number;
  hours: number;
  course?: string;
  /** E-mails, in registration order; beyond the capacity they wait. */
  people: string[];
  /** For past events: who was absent (everyone else registered attended). */
  absent?: string[];
}

/** Extra members who are learners of a district and can log in. */
function learners(district: "MI" | "BS"): string[] {
  return EXTRA_MEMBERS.filter(
    (m) => m.verified && !m.disabled && m.roles.some(([role, d]) => (role === "guardian" || role === "candidate") && d === district),
  ).map((m) => m.email);
}

function events(): SeedEvent[] {
  const mi = learners("MI");
  const bs = learners("BS");
  const trainerMi = "formatore@example.org";
  const coordBs = "coordinatore.brescia@example.org";
  return [
    {
      district: "MI",
      creator: trainerMi,
      title: "Il primo colloquio con il minore: ascolto e fiducia",
      description:
        "Un laboratorio pratico sul primo incontro tra tutore e minore.\n\n- come presentarsi e spiegare il ruolo del tutore\n- lavorare con il mediatore linguistico-culturale\n- cosa annotare dopo il colloquio\n\nPorta con te un quaderno per gli esercizi a coppie.",
      mode: "in_person",
      where: "Sala formazione, via Esempio 10, Milano",
      day: 9,
      from: "17:30",
      to: "19:30",
      capacity: 6,
      hours: 2,
      course: "corso-base-tutori",
      // Full: the candidate has a place, the Milano demo guardian waits first in line.
      people: ["aspirante@example.org", ...mi.slice(0, 5), "tutore.milano@example.org", mi[5]],
    },
    {
      district: "MI",
      creator: trainerMi,
      title: "Permesso di soggiorno e conversione a 18 anni: domande e risposte",
      description:
        "Due ore di domande e risposte sul permesso di soggiorno del minore e sulla **conversione** al compimento dei 18 anni, con esempi di casi (inventati) e i tempi da rispettare.",
      mode: "online",
      where: "https://meet.example.org/tutori-milano-conversione",
      day: 16,
      from: "18:00",
      to: "20:00",
      capacity: 40,
      hours: 2,
      course: "aggiornamento-tutori",
      people: ["tutore.milano@example.org", mi[6], mi[7], mi[2]],
    },
    {
      district: "MI",
      creator: trainerMi,
      title: "La rete dei servizi per i minori stranieri non accompagnati",
      description: "Chi fa che cosa: servizi sociali, comunità di accoglienza, scuola, sanità. Con una mappa della rete da completare insieme.",
      mode: "in_person",
      where: "Sala formazione, via Esempio 10, Milano",
      day: -20,
      from: "09:30",
      to: "12:30",
      capacity: 25,
      hours: 3,
      course: "corso-base-tutori",
      people: ["tutore.milano@example.org", "aspirante@example.org", mi[0], mi[1], mi[3]],
      absent: [mi[3]],
    },
    {
      district: "MI",
      creator: trainerMi,
      title: "Scuola e formazione professionale: orientare il minore",
      description: "Iscrizione a scuola, corsi di italiano, percorsi di formazione professionale: come il tutore accompagna le scelte del minore.",
      mode: "online",
      where: "https://meet.example.org/tutori-milano-scuola",
      day: -45,
      from: "18:00",
      to: "19:30",
      capacity: 50,
      hours: 1.5,
      people: ["tutore.milano@example.org", mi[4], mi[5]],
    },
    {
      district: "BS",
      creator: coordBs,
      title: "Il tutore in udienza: preparazione e ascolto del minore",
      description: "Come ci si prepara a un'udienza davanti al Tribunale per i minorenni e come si aiuta il minore a far sentire la propria voce.",
      mode: "in_person",
      where: "Sala riunioni, viale Esempio 25, Brescia",
      day: 12,
      from: "17:00",
      to: "19:30",
      capacity: 20,
      hours: 2.5,
      people: ["tutore.brescia@example.org", bs[0]],
    },
    {
      district: "BS",
      creator: coordBs,
      title: "Salute e accesso al Servizio sanitario: cosa deve sapere il tutore",
      description: "Iscrizione al Servizio sanitario, scelta del medico, consenso alle cure: un incontro online con esempi pratici.",
      mode: "online",
      where: "https://meet.example.org/tutori-brescia-salute",
      day: 23,
      from: "18:00",
      to: "20:00",
      capacity: 30,
      hours: 2,
      course: "aggiornamento-tutori",
      people: [bs[1]],
    },
    {
      district: "BS",
      creator: coordBs,
      title: "Incontro di avvio per i nuovi tutori",
      description: "Presentazioni, il calendario della formazione e le prime domande dei nuovi tutori volontari del distretto.",
      mode: "in_person",
      where: "Sala incontri, via Esempio 5, Bergamo",
      day: -15,
      from: "10:00",
      to: "13:00",
      capacity: 15,
      hours: 3,
      people: ["tutore.brescia@example.org", bs[0], bs[1]],
      absent: [bs[1]],
    },
    {
      district: "BS",
      creator: coordBs,
      title: "Documenti e identità: il ruolo del tutore",
      description: "Identificazione, accertamento dell'età, documenti: che cosa chiede il tutore e a chi.",
      mode: "online",
      where: "https://meet.example.org/tutori-brescia-documenti",
      day: -60,
      from: "17:30",
      to: "19:30",
      capacity: 30,
      hours: 2,
      people: ["tutore.brescia@example.org", bs[0]],
    },
  ];
}

export async function seedEvents(ctx: SeedContext): Promise<void> {
  const { tx, users, now } = ctx;
  const courseIds = new Map((await tx.select({ id: courses.id, slug: courses.slug }).from(courses)).map((c) => [c.slug, c.id]));
  for (const e of events()) {
    const date = utcToRomeLocal(new Date(now.getTime() + e.day * DAY)).date;
    const startsAt = romeLocalToUtc(date, e.from)!;
    const endsAt = romeLocalToUtc(date, e.to)!;
    const past = e.day < 0;
    const [event] = await tx
      .insert(trainingEvents)
      .values({
        districtCode: e.district,
        courseId: e.course ? (courseIds.get(e.course) ?? null) : null,
        title: e.title,
        descriptionMd: e.description,
        descriptionHtml: renderMarkdown(e.description),
        mode: e.mode,
        place: e.mode === "in_person" ? e.where : null,
        link: e.mode === "online" ? e.where : null,
        startsAt,
        endsAt,
        capacity: e.capacity,
        hours: e.hours,
        createdBy: users.get(e.creator) ?? null,
        createdAt: new Date(startsAt.getTime() - 30 * DAY),
      })
      .returning({ id: trainingEvents.id });
    const people = e.people.filter((email, i, all) => users.has(email) && all.indexOf(email) === i);
    for (const [i, email] of people.entries()) {
      const registered = i < e.capacity;
      await tx.insert(eventRegistrations).values({
        eventId: event.id,
        userId: users.get(email)!,
        status: registered ? "registered" : "waitlisted",
        // In order, a few hours apart, some weeks before the event (and before now).
        registeredAt: new Date(Math.min(now.getTime(), startsAt.getTime()) - (20 - i) * 5 * 3600 * 1000 - 7 * DAY),
        attended: past && registered ? !(e.absent ?? []).includes(email) : null,
        attendanceRecordedAt: past && registered ? new Date(endsAt.getTime() + 2 * 3600 * 1000) : null,
      });
    }
  }
}

// Demo data for Consulenze legali: in both districts a desk in use. The demo guardians have
// requests in every state (a new urgent one with a hearing next week and a PDF, one in charge
// with a reply and an internal note, one waiting for them, one answered and not yet rated, one
// closed and rated); other guardians have a year of history for the reports, and each district
// has an overdue request and one due within 24 hours. Plus answer templates and the FAQ.
//
// Everything runs inside the seed's single transaction, so the domain functions (which open
// their own transactions) are not called: each request's story is replayed here in memory with
// the same rules as workflow.server.ts and the service-level functions of sla.ts, then written.
// Invented people only; minors appear by their code, never by name.
import { createHash, randomUUID } from "node:crypto";
import { deflateSync } from "node:zlib";
import { inArray } from "drizzle-orm";
import { PDFDocument, StandardFonts } from "pdf-lib";
import {
  consultationAttachments,
  consultationEvents,
  consultationMessages,
  consultationNotes,
  consultations,
  consultationTemplates,
  faqEntries,
  minors,
  notifications,
} from "../schema";
import type { ConsultationCategory, ConsultationEventType, ConsultationStatus } from "../schema";
import { renderMarkdown } from "../../app/utils/markdown.server";
import { romeLocalToUtc, utcToRomeLocal } from "../../app/utils/dates";
import { isWorkingDay, type PlainDate } from "../../app/utils/working-days";
import { detectType } from "../../app/modules/consultations/attachments.server";
import { AUTO_CLOSE_DAYS } from "../../app/modules/consultations/constants";
import { consultationPath } from "../../app/modules/consultations/requests.server";
import { earliest, firstResponseDue, followUpDue, resumeDue } from "../../app/modules/consultations/sla";
import type { SeedContext } from "./context";

type District = "MI" | "BS";
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const TM = "tutore.milano@example.org";
const TB = "tutore.brescia@example.org";
const CM = "consulente.milano@example.org";
const CB = "consulente.brescia@example.org";
const CONSULTANT: Record<District, string> = { MI: CM, BS: CB };

// ---------------------------------------------------------------------------------------------
// Rome calendar helpers (working days of the district, as the service levels count them)

const dayKey = (d: PlainDate) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
const parseKey = (key: string): PlainDate => {
  const [year, month, day] = key.split("-").map(Number);
  return { year, month, day };
};
function shiftKey(key: string, days: number): string {
  const d = parseKey(key);
  return new Date(Date.UTC(d.year, d.month - 1, d.day + days)).toISOString().slice(0, 10);
}
const romeKey = (instant: Date) => utcToRomeLocal(instant).date;
const at = (key: string, time: string) => romeLocalToUtc(key, time) ?? new Date(`${key}T12:00:00Z`);

/**
 * The day `n` working days after (n > 0) or before (n < 0) the day of `from`, at a Rome time;
 * with n = 0, the day of `from` if it is a working day, else the working day before.
 */
function wday(from: Date, n: number, time: string, district: District): Date {
  let key = romeKey(from);
  if (n === 0) {
    while (!isWorkingDay(parseKey(key), district)) key = shiftKey(key, -1);
    return at(key, time);
  }
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    key = shiftKey(key, step);
    if (isWorkingDay(parseKey(key), district)) left--;
  }
  return at(key, time);
}

// ---------------------------------------------------------------------------------------------
// Tiny valid attachments, generated here

interface SeedFile {
  filename: string;
  data: Uint8Array;
}

async function makePdf(title: string, lines: string[], now: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator("Portale Tutori - dati dimostrativi");
  doc.setProducer("Portale Tutori");
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  page.drawText("FAC-SIMILE - documento dimostrativo, nessun dato reale", { x: 56, y: 790, size: 9, font });
  page.drawText(title, { x: 56, y: 750, size: 16, font: bold });
  lines.forEach((line, i) => page.drawText(line, { x: 56, y: 715 - i * 18, size: 11, font }));
  return doc.save();
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** A small grey "photo of a sheet of paper": white page, grey lines of text, some blacked out. */
function makePng(width = 48, height = 64): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const margin = x < 5 || x >= width - 5 || y < 6 || y >= height - 6;
      const textLine = !margin && y % 6 < 2 && x < width - 5 - ((y * 7) % 13);
      const redacted = textLine && y < 20 && x > 20 && x < 38;
      const v = margin ? 0xd8 : redacted ? 0x10 : textLine ? 0x88 : 0xfa;
      raw.fill(v, y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(raw)), pngChunk("IEND", new Uint8Array())]));
}

// ---------------------------------------------------------------------------------------------
// A request's story, replayed with the rules of workflow.server.ts

interface State {
  status: ConsultationStatus;
  dueAt: Date | null;
  pausedAt: Date | null;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  assigneeId: string | null;
  ratingScore: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  lastActivityAt: Date;
  updatedAt: Date;
  /** When the last step happened. */
  last: Date;
}

type When = Date | ((s: State) => Date);

type Step =
  | { kind: "take"; at: When; by: string }
  | { kind: "reply"; at: When; by: string; body: string; next: "in_charge" | "waiting_guardian" | "answered"; files?: SeedFile[] }
  | { kind: "guardian"; at: When; body: string; files?: SeedFile[] }
  | { kind: "note"; at: When; by: string; body: string }
  | { kind: "status"; at: When; by: string; to: ConsultationStatus }
  | { kind: "close"; at: When }
  | { kind: "rate"; at: When; score: number; comment?: string }
  | { kind: "autoClose" };

interface Story {
  key?: string;
  district: District;
  guardian: string;
  minor?: string;
  category: ConsultationCategory;
  subject: string;
  description: string;
  /** The reason, when urgent. */
  urgent?: string;
  deadlineDate?: string;
  created: Date;
  files?: SeedFile[];
  steps: Step[];
  /**
   * Only for the "due within 24 hours" request on a weekend or holiday, when no working day ends
   * within 24 hours: the due date the demo shows instead.
   */
  dueOverride?: Date;
}

interface Replayed {
  id: string;
  story: Story;
  state: State;
  messages: (typeof consultationMessages.$inferInsert)[];
  notes: (typeof consultationNotes.$inferInsert)[];
  events: (typeof consultationEvents.$inferInsert)[];
  attachments: (typeof consultationAttachments.$inferInsert)[];
}

function replay(story: Story, ctx: SeedContext): Replayed | null {
  const user = (email: string) => {
    const id = ctx.users.get(email);
    if (!id) throw new Error(`seed: unknown user ${email}`);
    return id;
  };
  if (!ctx.users.has(story.guardian) || !ctx.users.has(CONSULTANT[story.district])) return null;
  const id = randomUUID();
  const d = story.district;
  const guardianId = user(story.guardian);
  const out: Replayed = { id, story, state: undefined as unknown as State, messages: [], notes: [], events: [], attachments: [] };
  const event = (
    actorId: string | null,
    type: ConsultationEventType,
    when: Date,
    extra: { from?: ConsultationStatus; to?: ConsultationStatus; details?: Record<string, string | number | boolean | null> } = {},
  ) =>
    out.events.push({
      consultationId: id,
      actorId,
      type,
      fromStatus: extra.from ?? null,
      toStatus: extra.to ?? null,
      details: extra.details ?? {},
      // Events of one step keep their order when listed by time.
      createdAt: new Date(when.getTime() + out.events.filter((e) => e.createdAt!.getTime() >= when.getTime()).length),
    });
  const attach = (files: SeedFile[] | undefined, messageId: string | null, uploaderId: string, when: Date) => {
    for (const f of files ?? []) {
      const contentType = detectType(f.data);
      if (!contentType) throw new Error(`seed: ${f.filename} is not a PDF, JPEG or PNG`);
      out.attachments.push({
        consultationId: id,
        messageId,
        uploaderId,
        filename: f.filename,
        contentType,
        size: f.data.byteLength,
        sha256: createHash("sha256").update(f.data).digest("hex"),
        data: f.data,
        createdAt: when,
      });
    }
  };

  const created = story.created;
  const s: State = {
    status: "new",
    dueAt: firstResponseDue(created, Boolean(story.urgent), d),
    pausedAt: null,
    waitingSince: null,
    firstResponseAt: null,
    answeredAt: null,
    closedAt: null,
    assigneeId: null,
    ratingScore: null,
    ratingComment: null,
    ratedAt: null,
    lastActivityAt: created,
    updatedAt: created,
    last: created,
  };
  attach(story.files, null, guardianId, created);
  event(guardianId, "created", created, { to: "new", details: { urgent: Boolean(story.urgent), attachments: story.files?.length ?? 0 } });

  const effectiveDue = (now: Date) => (!s.dueAt ? null : s.pausedAt ? resumeDue(s.dueAt, s.pausedAt, now, d) : s.dueAt);
  /** statusPatch() of workflow.server.ts, applied to the state. */
  const moveTo = (to: ConsultationStatus, now: Date) => {
    const from = s.status;
    if (from === "waiting_guardian" && to !== "waiting_guardian") {
      s.dueAt = effectiveDue(now);
      s.pausedAt = null;
      s.waitingSince = null;
    }
    if (to === "waiting_guardian" && from !== "waiting_guardian") {
      s.pausedAt = s.dueAt ? now : null;
      s.waitingSince = now;
    }
    if (to === "answered") s.answeredAt = now;
    if (from === "answered" && to !== "answered" && to !== "closed") s.answeredAt = null;
    if (to === "closed") {
      s.closedAt = now;
      s.dueAt = null;
      s.pausedAt = null;
      s.waitingSince = null;
    }
    s.status = to;
    s.updatedAt = now;
  };

  for (const step of story.steps) {
    const when = step.kind === "autoClose" ? new Date((s.answeredAt?.getTime() ?? 0) + AUTO_CLOSE_DAYS * DAY + 40 * 60_000) : typeof step.at === "function" ? step.at(s) : step.at;
    if (when.getTime() > ctx.now.getTime()) {
      // Never invent the future: the story stops where "now" is.
      break;
    }
    if (when.getTime() < s.last.getTime()) throw new Error(`seed: steps out of order in «${story.subject}»`);
    s.last = when;
    switch (step.kind) {
      case "take": {
        const by = user(step.by);
        const wasNew = s.status === "new";
        if (wasNew) moveTo("in_charge", when);
        s.assigneeId = by;
        s.lastActivityAt = when;
        s.updatedAt = when;
        event(by, "assigned", when, { details: { assigneeId: by } });
        if (wasNew) event(by, "status", when, { from: "new", to: "in_charge" });
        break;
      }
      case "reply": {
        const by = user(step.by);
        const due = effectiveDue(when);
        const onTime = due ? when.getTime() <= due.getTime() : null;
        const messageId = randomUUID();
        out.messages.push({
          id: messageId,
          consultationId: id,
          authorId: by,
          authorRole: "consultant",
          bodyMd: step.body,
          bodyHtml: renderMarkdown(step.body),
          dueAt: due,
          onTime,
          createdAt: when,
        });
        attach(step.files, messageId, by, when);
        const from = s.status;
        const hadAssignee = s.assigneeId !== null;
        s.dueAt = null;
        s.pausedAt = null;
        if (step.next !== from) moveTo(step.next, when);
        s.dueAt = null;
        s.pausedAt = null;
        s.firstResponseAt ??= when;
        s.assigneeId ??= by;
        s.lastActivityAt = when;
        s.updatedAt = when;
        event(by, "reply", when, { details: { onTime, attachments: step.files?.length ?? 0 } });
        if (step.next !== from) event(by, "status", when, { from, to: step.next });
        if (!hadAssignee) event(by, "assigned", when, { details: { assigneeId: by } });
        break;
      }
      case "guardian": {
        if (s.status === "closed") throw new Error("seed: a guardian cannot write on a closed request");
        const messageId = randomUUID();
        out.messages.push({
          id: messageId,
          consultationId: id,
          authorId: guardianId,
          authorRole: "guardian",
          bodyMd: step.body,
          bodyHtml: renderMarkdown(step.body),
          createdAt: when,
        });
        attach(step.files, messageId, guardianId, when);
        const from = s.status;
        const to: ConsultationStatus = from === "waiting_guardian" || from === "answered" ? "in_charge" : from;
        let owed: Date | null;
        if (to !== from) {
          const fromWaiting = from === "waiting_guardian";
          moveTo(to, when);
          // statusPatch sets dueAt only when leaving "waiting"; from "answered" nothing was owed.
          owed = fromWaiting ? s.dueAt : null;
        } else {
          owed = effectiveDue(when);
        }
        s.dueAt = earliest(owed, followUpDue(when, d));
        s.pausedAt = null;
        s.lastActivityAt = when;
        s.updatedAt = when;
        event(guardianId, "guardian_message", when, { details: { attachments: step.files?.length ?? 0 } });
        if (from === "answered") event(guardianId, "reopened", when, { from, to });
        else if (to !== from) event(guardianId, "status", when, { from, to });
        break;
      }
      case "note": {
        const by = user(step.by);
        out.notes.push({ consultationId: id, authorId: by, bodyMd: step.body, bodyHtml: renderMarkdown(step.body), createdAt: when });
        event(by, "note", when);
        break;
      }
      case "status": {
        const by = user(step.by);
        const from = s.status;
        if (step.to === "answered" && (s.firstResponseAt === null || s.dueAt !== null)) throw new Error("seed: answered needs a reply first");
        moveTo(step.to, when);
        s.lastActivityAt = when;
        s.assigneeId ??= by;
        event(by, "status", when, { from, to: step.to });
        break;
      }
      case "close": {
        const from = s.status;
        moveTo("closed", when);
        s.lastActivityAt = when;
        event(guardianId, "status", when, { from, to: "closed" });
        break;
      }
      case "rate": {
        if (!(s.status === "answered" || (s.status === "closed" && s.firstResponseAt))) throw new Error("seed: rating before an answer");
        s.ratingScore = step.score;
        s.ratingComment = step.comment ?? null;
        s.ratedAt = when;
        s.updatedAt = when;
        event(guardianId, "rated", when, { details: { score: step.score } });
        break;
      }
      case "autoClose": {
        if (s.status !== "answered") throw new Error("seed: only answered requests close by themselves");
        moveTo("closed", when);
        s.lastActivityAt = when;
        event(null, "auto_closed", when, { from: "answered", to: "closed" });
        break;
      }
    }
  }
  if (story.dueOverride && s.dueAt && (s.status === "new" || s.status === "in_charge") && !s.pausedAt) s.dueAt = story.dueOverride;
  out.state = s;
  return out;
}

// Reply timing against the due date of the moment (for the service-level reports).
/** Early: the next working day after the last step, mid-morning. */
const early = (d: District, time = "10:15") => (s: State) => wday(s.last, 1, time, d);
/** On the last working day before the deadline, late morning: still on time. */
const lastDay = (s: State) => new Date(s.dueAt!.getTime() - 13 * HOUR);
/** The working day after the deadline: late. */
const late = (d: District, time = "11:30") => (s: State) => wday(new Date(s.dueAt!.getTime() - 1), 1, time, d);
/** A day after the answer, in the evening: the guardian rates it. */
const nextEvening = (d: District) => (s: State) => wday(s.last, 1, "21:05", d);

// ---------------------------------------------------------------------------------------------
// The stories

function stories(now: Date, files: { hearing: SeedFile; reminder: SeedFile; schoolReply: SeedFile }): Story[] {
  const wdMI = (n: number, time: string) => wday(now, -n, time, "MI");
  const wdBS = (n: number, time: string) => wday(now, -n, time, "BS");
  const daysAgo = (n: number, time: string) => at(romeKey(new Date(now.getTime() - n * DAY)), time);
  const monthsAgo = (m: number, time: string, d: District) => wday(new Date(now.getTime() - Math.round(m * 30.4) * DAY), 0, time, d);
  const todayKey = romeKey(now);

  // --- the demo guardian of Milano ------------------------------------------------------------
  const dAnswered = wday(daysAgo(3, "12:00"), 0, "11:40", "MI");
  const tm: Story[] = [
    {
      district: "MI",
      guardian: TM,
      minor: "MI-2026-0001",
      category: "turning_18",
      subject: "Udienza per il prosieguo amministrativo: cosa preparare",
      description:
        "Il ragazzo che seguo (MI-2026-0001) compirà 18 anni tra pochi mesi. I servizi sociali hanno chiesto al Tribunale per i minorenni il prosieguo amministrativo e ci hanno comunicato che l'udienza è fissata per la prossima settimana.\n\nVorrei capire:\n\n1. se come tutrice devo depositare una mia relazione o posso intervenire solo in udienza;\n2. quali documenti conviene portare (progetto educativo, iscrizione a scuola, tirocinio);\n3. se nel frattempo bisogna già chiedere la conversione del permesso di soggiorno o è meglio aspettare la decisione.\n\nAllego la convocazione che ho ricevuto, con i dati personali oscurati.",
      urgent: "L'udienza è fissata per la prossima settimana e la comunità mi chiede entro pochi giorni che cosa inserire nella relazione.",
      deadlineDate: shiftKey(todayKey, 7),
      created: new Date(now.getTime() - 2.5 * HOUR),
      files: [files.hearing],
      steps: [],
    },
    {
      district: "MI",
      guardian: TM,
      minor: "MI-2026-0002",
      category: "school",
      subject: "Iscrizione a scuola a metà anno: la scuola chiede il permesso di soggiorno",
      description:
        "Il ragazzo (MI-2026-0002) ha 16 anni e frequenta un corso di italiano. Vorremmo iscriverlo a un istituto professionale, ma la segreteria dice che senza permesso di soggiorno l'iscrizione non si può fare e che comunque le iscrizioni sono chiuse.\n\nIl permesso per minore età è stato chiesto, ma la Questura non lo ha ancora rilasciato: abbiamo solo la ricevuta. È corretto che la scuola rifiuti l'iscrizione? Che cosa posso rispondere?",
      created: wdMI(7, "19:40"),
      steps: [
        { kind: "take", at: wdMI(6, "09:20"), by: CM },
        {
          kind: "reply",
          at: wdMI(5, "12:05"),
          by: CM,
          next: "in_charge",
          body: "Gentile tutrice,\n\nla scuola non può subordinare l'iscrizione al permesso di soggiorno: i minori stranieri hanno diritto all'istruzione indipendentemente dalla regolarità del soggiorno e si possono iscrivere in qualunque momento dell'anno scolastico.\n\nLe suggerisco di:\n\n- presentare comunque la domanda di iscrizione per iscritto, allegando il provvedimento di nomina e la ricevuta della richiesta di permesso;\n- chiedere alla segreteria, se rifiuta, una risposta scritta con la motivazione;\n- coinvolgere l'assistente sociale, che può contattare l'Ufficio scolastico territoriale.\n\nSe la scuola conferma il rifiuto, mi scriva qui: valutiamo insieme il passo successivo. Intanto lascio la richiesta aperta.",
        },
        {
          kind: "note",
          at: wdMI(5, "12:20"),
          by: CM,
          body: "Verificare se l'istituto ha posti nel primo anno del percorso di IeFP. In caso di rifiuto scritto, sentire l'Ufficio scolastico territoriale prima di una diffida formale: due casi simili quest'anno si sono chiusi in una settimana.",
        },
        {
          kind: "guardian",
          at: daysAgo(1, "21:10"),
          body: "Ho presentato la domanda per iscritto, come suggerito. Ora la segreteria risponde che l'iscrizione è possibile, ma solo dal prossimo anno scolastico, perché la classe è al completo. Allego la foto della risposta (ho coperto i nomi).\n\nPossiamo chiedere un inserimento già da quest'anno, magari in un'altra sezione o in un altro istituto?",
          files: [files.schoolReply],
        },
      ],
    },
    {
      district: "MI",
      guardian: TM,
      minor: "MI-2026-0001",
      category: "health",
      subject: "Tessera sanitaria scaduta e scelta del medico di base",
      description:
        "La tessera sanitaria del ragazzo (MI-2026-0001) è scaduta insieme alla ricevuta del permesso di soggiorno. Allo sportello dell'ASST mi hanno detto che senza il permesso rinnovato non possono rinnovare l'iscrizione al Servizio sanitario e che il ragazzo, compiuti 16 anni, deve passare dal pediatra al medico di medicina generale.\n\nIl ragazzo ha una visita di controllo programmata tra un mese. Che cosa posso fare perché l'assistenza non si interrompa?",
      created: wdMI(8, "18:30"),
      steps: [
        { kind: "take", at: wdMI(7, "10:00"), by: CM },
        {
          kind: "reply",
          at: wdMI(6, "16:45"),
          by: CM,
          next: "in_charge",
          body: "Gentile tutrice,\n\nper i minori stranieri non accompagnati l'iscrizione al Servizio sanitario nazionale è obbligatoria e non dipende dal possesso del permesso di soggiorno: l'ASST non dovrebbe interromperla nell'attesa del rinnovo.\n\nPer indicarle come procedere mi servono:\n\n- la ricevuta della richiesta di rinnovo del permesso, o la data dell'appuntamento in Questura;\n- l'eventuale comunicazione scritta dell'ASST.\n\nQuando li ha, li alleghi pure qui, oscurando i dati che non servono.",
        },
        {
          kind: "guardian",
          at: wdMI(4, "20:15"),
          body: "Grazie. La ricevuta ce l'ha la comunità, ma l'educatrice di riferimento è in ferie fino alla settimana prossima: ve la mando appena riesco ad averla. La risposta dell'ASST è stata solo a voce.",
        },
        { kind: "status", at: wdMI(3, "09:30"), by: CM, to: "waiting_guardian" },
        {
          kind: "note",
          at: wdMI(3, "09:35"),
          by: CM,
          body: "In attesa della ricevuta. Se non arriva entro la prossima settimana, proporre alla tutrice il modello di lettera all'ufficio scelta e revoca (caso analogo risolto con una PEC).",
        },
      ],
    },
    {
      district: "MI",
      guardian: TM,
      minor: "MI-2026-0002",
      category: "residence_permit",
      subject: "Rinnovo del permesso per minore età: quali documenti servono?",
      description:
        "Il permesso per minore età del ragazzo (MI-2026-0002) scade tra due mesi. È il primo rinnovo che seguo: quali documenti devo preparare e devo andare io in Questura con lui? La comunità dice che basta il passaporto, ma lui non lo ha.",
      created: wday(dAnswered, -2, "13:10", "MI"),
      steps: [
        { kind: "take", at: wday(dAnswered, -1, "09:05", "MI"), by: CM },
        {
          kind: "reply",
          at: dAnswered,
          by: CM,
          next: "answered",
          files: [files.reminder],
          body: "Gentile tutrice,\n\nil permesso per minore età si rinnova all'Ufficio immigrazione della Questura; le modalità (appuntamento online, sportello, orari) cambiano da una Questura all'altra, quindi conviene verificarle prima.\n\nDi solito servono:\n\n- il modulo di richiesta compilato;\n- il permesso in scadenza e, se c'è, un documento di identità del ragazzo: **il passaporto non è indispensabile** per un minore non accompagnato che non lo ha;\n- il provvedimento di nomina del tutore e un suo documento di identità;\n- fototessere recenti e la marca da bollo;\n- la dichiarazione della comunità che ospita il ragazzo.\n\nÈ bene che lei accompagni il ragazzo all'appuntamento. Le allego un promemoria da stampare. Se la Questura chiede documenti diversi, me lo scriva qui.",
        },
      ],
    },
    {
      district: "MI",
      guardian: TM,
      minor: "MI-2026-0002",
      category: "family",
      subject: "Ricerca dei familiari: a chi rivolgersi?",
      description:
        "Il ragazzo (MI-2026-0002) mi ha detto di avere uno zio che vive in un altro Paese europeo, ma non ha più il suo numero. Vorrebbe ritrovarlo e, se possibile, andare a vivere con lui. Da dove si comincia? Ci sono rischi se contattiamo le autorità del suo Paese di origine?",
      created: wdMI(34, "17:55"),
      steps: [
        { kind: "take", at: wdMI(33, "09:40"), by: CM },
        {
          kind: "reply",
          at: lastDay,
          by: CM,
          next: "answered",
          body: "Gentile tutrice,\n\ngrazie della domanda, molto importante.\n\n**Prima di tutto la sicurezza:** se il ragazzo ha chiesto o potrebbe chiedere protezione internazionale, non si devono contattare le autorità del suo Paese di origine, né direttamente né tramite il consolato.\n\nPer la ricerca dei familiari:\n\n- il servizio di ricerca dei legami familiari della Croce Rossa è gratuito e lavora con una rete internazionale;\n- le indagini familiari previste per i minori stranieri non accompagnati si chiedono tramite i servizi sociali, che ne conoscono la procedura;\n- se lo zio vive regolarmente in un altro Stato dell'Unione europea, il ragazzo potrebbe chiedere di raggiungerlo nell'ambito della procedura di protezione internazionale: i tempi sono stretti, quindi ne parli subito con l'assistente sociale e con noi.\n\nResto a disposizione per i passi successivi.",
        },
        { kind: "rate", at: nextEvening("MI"), score: 5, comment: "Risposta chiara e rapida, ci ha evitato un errore. Grazie!" },
        { kind: "autoClose" },
      ],
    },
    {
      district: "MI",
      guardian: TM,
      minor: "MI-2026-0001",
      category: "international_protection",
      subject: "Audizione in Commissione territoriale: posso essere presente?",
      description:
        "Il ragazzo (MI-2026-0001) è stato convocato per l'audizione davanti alla Commissione territoriale. La comunità dice che il tutore non può entrare. È così? Come posso aiutarlo a prepararsi?",
      created: monthsAgo(4, "18:20", "MI"),
      steps: [
        { kind: "take", at: early("MI", "09:10"), by: CM },
        {
          kind: "reply",
          at: early("MI", "15:30"),
          by: CM,
          next: "answered",
          body: "Gentile tutrice,\n\nil tutore accompagna il minore all'audizione e può essere presente: il suo compito non è parlare al posto del ragazzo, ma assicurarsi che capisca che cosa succede, che abbia un interprete nella sua lingua e che possa chiedere una pausa.\n\nPer prepararlo, con l'aiuto di un mediatore:\n\n- spiegategli come si svolge il colloquio e chi sarà presente;\n- ricordategli che può dire «non ricordo» o «non capisco»;\n- raccogliete i documenti utili (certificati medici, attestati di scuola, relazioni della comunità).",
        },
        { kind: "rate", at: nextEvening("MI"), score: 4 },
        { kind: "close", at: (s) => wday(s.last, 2, "08:50", "MI") },
      ],
    },
  ];

  // --- the demo guardian of Brescia -----------------------------------------------------------
  const tb: Story[] = [
    {
      district: "BS",
      guardian: TB,
      minor: "BS-2026-0001",
      category: "international_protection",
      subject: "Domanda di protezione internazionale dopo il permesso per minore età",
      description:
        "Il ragazzo (BS-2026-0001) ha un permesso per minore età e compirà 18 anni fra meno di un anno. In comunità gli hanno detto che dovrebbe chiedere anche protezione internazionale «per sicurezza». È una buona idea? Che cosa succede al permesso che ha già?",
      created: wdBS(9, "18:05"),
      steps: [
        { kind: "take", at: wdBS(8, "11:00"), by: CB },
        {
          kind: "reply",
          at: lastDay,
          by: CB,
          next: "answered",
          body: "Gentile tutore,\n\nla scelta va fatta caso per caso, non «per sicurezza»: la domanda di protezione internazionale ha senso se il ragazzo ha motivi per temere di tornare nel suo Paese. Comporta un colloquio davanti alla Commissione territoriale, in cui dovrà raccontare la sua storia, e un esito che può anche essere negativo.\n\nCon la domanda il titolo di soggiorno del ragazzo può cambiare, e al compimento dei 18 anni le strade possibili hanno requisiti diversi: per questo conviene valutare prima, insieme.\n\nLe propongo un colloquio con il ragazzo e un mediatore, per conoscere la sua storia prima di decidere. Mi scriva se vuole che lo organizziamo.",
        },
      ],
    },
    {
      district: "BS",
      guardian: TB,
      minor: "BS-2026-0001",
      category: "reception",
      subject: "Trasferimento in un'altra comunità senza preavviso",
      description:
        "La comunità mi ha comunicato a voce che il ragazzo (BS-2026-0001) sarà trasferito tra due settimane in una struttura di un'altra provincia, perché compirà presto 18 anni. Il ragazzo frequenta qui un corso di formazione che finisce a giugno e non vuole spostarsi. Il tutore deve essere consultato? Posso oppormi?",
      created: wdBS(4, "19:00"),
      steps: [
        { kind: "take", at: wdBS(3, "09:15"), by: CB },
        {
          kind: "reply",
          at: wdBS(2, "12:30"),
          by: CB,
          next: "waiting_guardian",
          body: "Gentile tutore,\n\nle decisioni sul collocamento del minore vanno prese coinvolgendo il tutore, che deve essere informato e può esprimere il suo parere, tenendo conto dell'opinione del ragazzo e della continuità del suo percorso di formazione.\n\nPer aiutarla mi servono:\n\n- la comunicazione scritta del trasferimento, se c'è, o il nome del servizio sociale che lo ha disposto;\n- la data di fine del corso di formazione.\n\nNel frattempo le consiglio di chiedere per iscritto alla comunità e ai servizi sociali i motivi del trasferimento e di far presente che il ragazzo ha un percorso in corso.",
        },
        {
          kind: "note",
          at: wdBS(2, "12:40"),
          by: CB,
          body: "Se il trasferimento è disposto senza sentire il tutore, valutare una segnalazione al Tribunale per i minorenni. Chiedere all'ente di formazione una dichiarazione sulla frequenza.",
        },
      ],
    },
    {
      district: "BS",
      guardian: TB,
      minor: "BS-2026-0001",
      category: "health",
      subject: "Consenso alle vaccinazioni: chi firma?",
      description:
        "Il centro vaccinale chiede la firma di un genitore per le vaccinazioni del ragazzo (BS-2026-0001). Posso firmare io come tutore? Serve l'autorizzazione del giudice?",
      created: monthsAgo(4, "17:40", "BS"),
      steps: [
        { kind: "take", at: early("BS", "09:30"), by: CB },
        {
          kind: "reply",
          at: early("BS", "14:10"),
          by: CB,
          next: "answered",
          body: "Gentile tutore,\n\nil tutore rappresenta il minore e presta il consenso alle cure sanitarie ordinarie, come le vaccinazioni raccomandate, senza bisogno di un'autorizzazione del giudice. È importante che il ragazzo sia informato in una lingua che capisce e che la sua opinione sia ascoltata, anche con l'aiuto di un mediatore.\n\nPresenti al centro vaccinale il provvedimento di nomina e un suo documento di identità. Per trattamenti non ordinari, invece, mi scriva prima: la valutazione è diversa.",
        },
        { kind: "rate", at: nextEvening("BS"), score: 4, comment: "Utile e chiara, grazie." },
        { kind: "autoClose" },
      ],
    },
  ];

  // --- a year of history of the other guardians ------------------------------------------------
  type Past = Omit<Story, "steps" | "created"> & {
    months: number;
    timing: "early" | "lastDay" | "late";
    reply: string;
    score?: number;
    comment?: string;
    /** Closed by the guardian instead of by itself. */
    closedByGuardian?: boolean;
    /** A question back to the guardian before the answer. */
    ask?: { question: string; answer: string };
  };
  const past: Past[] = [
    {
      key: "faqSource",
      district: "MI",
      guardian: "alessandro.bianchi@example.org",
      minor: "MI-2026-0003",
      category: "residence_permit",
      subject: "La Questura chiede il passaporto per il permesso per minore età",
      description:
        "Il ragazzo (MI-2026-0003) non ha il passaporto e l'ambasciata indica tempi lunghi. All'Ufficio immigrazione ci hanno detto che senza passaporto il permesso per minore età non viene rilasciato. È davvero così?",
      months: 11,
      timing: "early",
      reply:
        "Gentile tutore,\n\nper un minore straniero non accompagnato il passaporto non è un requisito per ottenere il permesso per minore età: l'identità può risultare dagli atti di identificazione e dai provvedimenti dell'autorità giudiziaria.\n\nLe consiglio di tornare all'Ufficio immigrazione con il provvedimento di nomina e di chiedere, se il rifiuto viene confermato, che sia messo per iscritto: in quel caso lo valuteremo insieme.\n\nAttenzione a non chiedere il passaporto alle autorità del Paese di origine se il ragazzo ha motivi per temerle.",
      score: 5,
      comment: "Con questa risposta la Questura ha accettato la domanda.",
    },
    {
      district: "BS",
      guardian: "carlo.deluca@example.org",
      minor: "BS-2026-0002",
      category: "international_protection",
      subject: "Preparare l'audizione in Commissione territoriale",
      description:
        "Il ragazzo (BS-2026-0002) è stato convocato dalla Commissione territoriale tra un mese. Come posso aiutarlo a prepararsi senza influenzare il suo racconto? Posso entrare con lui?",
      months: 11,
      timing: "late",
      reply:
        "Gentile tutore,\n\nsì, il tutore accompagna il minore all'audizione e può essere presente. Non deve raccontare al posto del ragazzo, ma assicurarsi che capisca che cosa succede, che abbia un interprete nella sua lingua e che possa chiedere pause.\n\nPer prepararlo, con un mediatore, spiegategli come si svolge il colloquio e ricordategli che può dire «non ricordo» o «non capisco». Raccogliete i documenti utili: certificati medici, attestati di scuola, relazioni della comunità.",
      score: 3,
      comment: "Risposta utile, ma arrivata dopo qualche giorno di attesa.",
    },
    {
      district: "MI",
      guardian: "beatrice.conti@example.org",
      minor: "MI-2026-0004",
      category: "health",
      subject: "Scelta del medico: pediatra o medico di base?",
      description: "Il ragazzo (MI-2026-0004) ha 15 anni. Allo sportello ci hanno proposto il pediatra, ma lui preferirebbe un medico di base. Chi decide?",
      months: 10,
      timing: "early",
      reply:
        "Gentile tutrice,\n\nin generale il pediatra di libera scelta segue i ragazzi fino ai 14 anni e, in alcuni casi, fino ai 16; dopo i 14 anni si può scegliere un medico di medicina generale. Le regole di dettaglio dipendono dalla Regione: chieda allo sportello scelta e revoca quali possibilità ci sono.\n\nLa scelta la fa lei come tutrice, ascoltando il ragazzo: se preferisce un medico di base e l'età lo consente, è una preferenza ragionevole.",
      score: 4,
    },
    {
      district: "MI",
      guardian: "daniela.esposito@example.org",
      minor: "MI-2026-0005",
      category: "school",
      subject: "Corso di italiano e licenza media al CPIA",
      description:
        "La ragazza (MI-2026-0005) ha 15 anni e parla ancora poco italiano. La comunità propone il CPIA per la licenza media, la scuola del quartiere propone l'inserimento in seconda media. Che cosa è meglio, dal punto di vista dei diritti e dei tempi?",
      months: 9,
      timing: "lastDay",
      reply:
        "Gentile tutrice,\n\nentrambe le strade sono possibili. Fino ai 16 anni vale l'obbligo di istruzione: la ragazza ha diritto all'iscrizione a scuola in qualsiasi momento dell'anno, nella classe che la scuola ritiene adatta all'età e alla preparazione. Il CPIA accoglie di norma dai 16 anni, e prima solo nei casi previsti da accordi locali: chieda al CPIA se ce ne sono.\n\nCon la comunità valuti che cosa aiuta di più la ragazza, ascoltando lei: un percorso intensivo di italiano o la vita di classe con i coetanei.",
    },
    {
      district: "BS",
      guardian: "francesca.greco@example.org",
      minor: "BS-2026-0003",
      category: "age_assessment",
      subject: "Accertamento dell'età disposto dalla Procura: che cosa fare?",
      description:
        "Il ragazzo (BS-2026-0003) ha un certificato di nascita del suo Paese, ma la Procura ha disposto l'accertamento dell'età. Ci hanno dato un appuntamento in ospedale fra tre giorni. Possiamo opporci? Il ragazzo è molto preoccupato.",
      urgent: "La visita per l'accertamento dell'età è fissata fra tre giorni.",
      months: 9,
      timing: "early",
      reply:
        "Gentile tutrice,\n\nl'accertamento dell'età si dispone quando ci sono fondati dubbi sull'età dichiarata e non è possibile stabilirla con i documenti. Se il ragazzo ha un certificato di nascita, fatelo presente subito alla Procura per iscritto, allegandone una copia e chiedendo di valutarlo prima della visita.\n\nSe l'accertamento si fa comunque:\n\n- il ragazzo deve essere informato, in una lingua che capisce, su che cosa gli verrà fatto e perché;\n- lei può accompagnarlo;\n- se il dubbio resta, si presume la minore età;\n- il provvedimento finale si può impugnare.\n\nMi mandi la convocazione, se vuole che prepariamo insieme la nota per la Procura.",
      score: 5,
      comment: "Siamo riusciti a far valutare il certificato prima della visita.",
    },
    {
      district: "MI",
      guardian: "emanuele.ferri@example.org",
      minor: "MI-2026-0006",
      category: "turning_18",
      subject: "Conversione del permesso a 18 anni: servono tre anni di permanenza?",
      description:
        "Il ragazzo (MI-2026-0006) è in Italia da meno di un anno e compirà 18 anni fra circa un anno. Ho letto che per convertire il permesso servono anni di permanenza in Italia e un progetto di integrazione. Vuol dire che non potrà restare?",
      months: 8,
      timing: "late",
      reply:
        "Gentile tutore,\n\nnon necessariamente. Al compimento dei 18 anni il permesso per minore età può essere convertito in un permesso per studio, lavoro o attesa occupazione. Per chi non ha i requisiti di permanenza e di percorso richiesti, la conversione può essere possibile con il parere favorevole dell'autorità competente, che valuta il percorso del ragazzo: contano molto scuola, tirocini e relazioni dei servizi.\n\nLe regole su questo punto sono cambiate più volte negli ultimi anni: prima di presentare la domanda, scriveteci per verificare quelle in vigore. Valutate per tempo anche il prosieguo amministrativo.",
      score: 2,
      comment: "La risposta è arrivata tardi e nel frattempo ho dovuto chiedere altrove.",
    },
    {
      district: "MI",
      guardian: "giorgio.lombardi@example.org",
      category: "reception",
      subject: "Uscite serali e regole della comunità",
      description:
        "Il ragazzo che seguo chiede di poter rientrare più tardi la sera per un'attività sportiva. La comunità dice che decide solo lei. Qual è il ruolo del tutore?",
      months: 7,
      timing: "early",
      reply:
        "Gentile tutore,\n\nle regole quotidiane della vita in comunità (orari, uscite) sono decise dalla comunità, nell'ambito del progetto educativo concordato con i servizi sociali. Il tutore non le decide da solo, ma partecipa al progetto educativo e fa valere l'interesse del ragazzo: un'attività sportiva regolare è un buon argomento.\n\nLe consiglio di chiedere un incontro con l'educatore di riferimento e, se serve, con l'assistente sociale, per rivedere insieme gli orari.",
      score: 4,
    },
    {
      district: "BS",
      guardian: "lorenzo.negri@example.org",
      minor: "BS-2026-0004",
      category: "health",
      subject: "Cure odontoiatriche: sono a carico del Servizio sanitario?",
      description: "Il ragazzo (BS-2026-0004) ha bisogno di cure dentistiche. In comunità dicono che sono a pagamento. Esistono esenzioni per i minori stranieri non accompagnati?",
      months: 6,
      timing: "early",
      reply:
        "Gentile tutore,\n\nil Servizio sanitario copre le cure odontoiatriche dei minori in misura diversa da Regione a Regione, e molte aziende sanitarie hanno percorsi dedicati ai minori e alle persone in condizione di vulnerabilità. Chieda all'ASST competente quali prestazioni sono coperte e se serve un'esenzione.\n\nVerifichi anche con la comunità e i servizi sociali se il progetto del ragazzo prevede un contributo per le spese sanitarie non coperte.",
      score: 5,
    },
    {
      district: "MI",
      guardian: "ilaria.mancini@example.org",
      category: "family",
      subject: "Ricongiungimento con il fratello che vive in Germania",
      description:
        "Il ragazzo che seguo ha un fratello maggiorenne che vive in Germania con un permesso di soggiorno. Vorrebbe raggiungerlo. Quale procedura si segue?",
      months: 6,
      timing: "late",
      reply:
        "Gentile tutrice,\n\nse il ragazzo presenta domanda di protezione internazionale in Italia, la presenza di un familiare regolarmente soggiornante in un altro Stato dell'Unione può portare al suo trasferimento in quello Stato, se corrisponde al suo interesse. La procedura coinvolge la Questura e l'Unità Dublino del Ministero dell'Interno, e il legame familiare va documentato.\n\nI tempi sono lunghi e ci sono scadenze: se volete procedere, fissiamo un colloquio con lei e con l'assistente sociale.",
      score: 1,
      comment: "Ci serviva una risposta prima dell'appuntamento in Questura.",
    },
    {
      district: "MI",
      guardian: "alessandro.bianchi@example.org",
      minor: "MI-2026-0003",
      category: "school",
      subject: "Tirocinio extracurricolare: chi firma il progetto formativo?",
      description:
        "Un'azienda offre al ragazzo (MI-2026-0003) un tirocinio di sei mesi. Chi deve firmare il progetto formativo, io o la comunità? Serve un'autorizzazione del Tribunale?",
      months: 5,
      timing: "early",
      ask: {
        question:
          "Gentile tutore,\n\nper risponderle con precisione mi serve sapere chi promuove il tirocinio (centro per l'impiego, ente di formazione, altro) e se il ragazzo ha già assolto l'obbligo di istruzione. Me lo può indicare?",
        answer: "Il promotore è un ente di formazione accreditato; il ragazzo ha 17 anni e ha la licenza media.",
      },
      reply:
        "Grazie. In questo caso il progetto formativo lo firma lei come tutore, in rappresentanza del ragazzo, insieme al soggetto promotore e all'azienda ospitante. Verifichi che il progetto indichi chiaramente orari, tutor aziendale e indennità, e ne conservi una copia.\n\nInformi anche i servizi sociali: il tirocinio fa parte del percorso del ragazzo ed è utile anche in vista dei 18 anni.",
      score: 4,
    },
    {
      district: "BS",
      guardian: "carlo.deluca@example.org",
      minor: "BS-2026-0002",
      category: "residence_permit",
      subject: "Permesso scaduto da due mesi: il ragazzo rischia qualcosa?",
      description:
        "Per un ritardo della comunità il permesso del ragazzo (BS-2026-0002) è scaduto da due mesi e il rinnovo non è ancora stato chiesto. Rischia l'espulsione?",
      months: 4,
      timing: "late",
      reply:
        "Gentile tutore,\n\nun minore straniero non accompagnato non può essere espulso, salvo casi eccezionali che qui non ricorrono. Il ritardo non gli fa perdere il diritto al permesso, ma va recuperato subito: prenoti l'appuntamento in Questura per il rinnovo e porti il permesso scaduto e il provvedimento di nomina.\n\nSe il ragazzo si avvicina ai 18 anni, il ritardo può complicare la conversione del permesso: in quel caso ci scriva di nuovo.",
      score: 3,
    },
    {
      district: "MI",
      guardian: "martina.orlando@example.org",
      category: "other",
      subject: "Rimborso delle spese del tutore volontario",
      description:
        "Sostengo spese di viaggio per accompagnare il ragazzo alle visite e in Questura. È previsto un rimborso per i tutori volontari?",
      months: 3,
      timing: "early",
      reply:
        "Gentile tutrice,\n\nla tutela volontaria è gratuita, ma per alcune spese dei tutori (per esempio viaggi e permessi dal lavoro) negli anni sono stati previsti contributi e rimborsi, con regole e fondi che cambiano. Chieda al coordinamento del suo distretto se al momento è attiva una procedura di rimborso, e conservi tutte le ricevute.",
      closedByGuardian: true,
    },
    {
      district: "MI",
      guardian: "beatrice.conti@example.org",
      minor: "MI-2026-0004",
      category: "international_protection",
      subject: "Esito negativo della Commissione: come si fa ricorso?",
      description:
        "La Commissione territoriale ha respinto la domanda di protezione del ragazzo (MI-2026-0004). Il provvedimento ci è stato notificato ieri. Entro quando va fatto ricorso e chi lo presenta?",
      urgent: "I termini per il ricorso sono brevi e decorrono dalla notifica.",
      months: 2,
      timing: "early",
      reply:
        "Gentile tutrice,\n\nil ricorso contro il diniego si presenta al Tribunale, sezione specializzata in materia di immigrazione, tramite un avvocato; il minore ha diritto al patrocinio a spese dello Stato. I termini sono brevi e decorrono dalla notifica: contatti un avvocato subito.\n\nLe indico oggi per telefono i nominativi disponibili. Se vuole, alleghi qui il provvedimento con i dati oscurati, così controlliamo insieme la data di notifica.",
      score: 5,
      comment: "Tempestivi e precisi.",
    },
    {
      district: "BS",
      guardian: "lorenzo.negri@example.org",
      minor: "BS-2026-0004",
      category: "turning_18",
      subject: "Prosieguo amministrativo: quando va chiesto?",
      description: "Il ragazzo (BS-2026-0004) compirà 18 anni fra circa un anno. Quando conviene chiedere il prosieguo amministrativo e chi lo chiede?",
      months: 1.5,
      timing: "early",
      reply:
        "Gentile tutore,\n\nil prosieguo amministrativo lo dispone il Tribunale per i minorenni, di solito su richiesta dei servizi sociali, quando il ragazzo che diventa maggiorenne ha bisogno di un supporto prolungato per completare il suo percorso di inserimento; può durare al massimo fino ai 21 anni.\n\nConviene muoversi per tempo, alcuni mesi prima dei 18 anni: parli con l'assistente sociale, raccogliete i documenti del percorso (scuola, tirocini, relazioni della comunità) e ascoltate il ragazzo, la cui adesione è importante. Nel frattempo pensate anche alla conversione del permesso di soggiorno.",
      score: 4,
    },
    {
      district: "MI",
      guardian: "nicola.pellegrini@example.org",
      category: "health",
      subject: "Certificato medico per l'attività sportiva",
      description:
        "Il ragazzo vuole iscriversi a una squadra di calcio. Chi paga il certificato medico per l'attività sportiva? Posso firmare io il tesseramento?",
      months: 1,
      timing: "late",
      reply:
        "Gentile tutore,\n\nsì, il tesseramento lo firma lei come tutore. Per il certificato per l'attività sportiva non agonistica ci si rivolge di solito al medico di base o al pediatra; per quella agonistica serve una visita di medicina dello sport. Costi ed esenzioni variano secondo la Regione e l'età: chieda all'ASST o al medico.\n\nPer il tesseramento dei minori stranieri le federazioni possono chiedere documenti particolari: la società sportiva di solito conosce la procedura.",
      score: 3,
    },
    {
      district: "MI",
      guardian: "daniela.esposito@example.org",
      minor: "MI-2026-0005",
      category: "residence_permit",
      subject: "Duplicato del permesso di soggiorno smarrito",
      description: "La ragazza (MI-2026-0005) ha smarrito il permesso di soggiorno durante una gita. Che cosa dobbiamo fare?",
      months: 0.75,
      timing: "early",
      reply:
        "Gentile tutrice,\n\nin caso di smarrimento bisogna prima fare denuncia alle forze dell'ordine e poi chiedere il duplicato all'Ufficio immigrazione della Questura, portando la denuncia, il provvedimento di nomina, fototessere e la marca da bollo. Le modalità di prenotazione variano da una Questura all'altra.\n\nFino al rilascio del duplicato, la ragazza tenga con sé una copia della denuncia.",
    },
  ];
  const history: Story[] = past.map((p) => {
    const d = p.district;
    const c = CONSULTANT[d];
    // Urgent requests are due the next working day: an early answer comes the day they are taken.
    const timing =
      p.timing === "early" ? (p.urgent ? (s: State) => new Date(s.last.getTime() + 2 * HOUR) : early(d, "11:20")) : p.timing === "lastDay" ? lastDay : late(d);
    const steps: Step[] = [{ kind: "take", at: early(d, "09:25"), by: c }];
    if (p.ask) {
      steps.push({ kind: "reply", at: early(d, "10:40"), by: c, body: p.ask.question, next: "waiting_guardian" });
      steps.push({ kind: "guardian", at: (s) => wday(s.last, 1, "19:30", d), body: p.ask.answer });
    }
    steps.push({ kind: "reply", at: timing, by: c, body: p.reply, next: "answered" });
    if (p.score) steps.push({ kind: "rate", at: nextEvening(d), score: p.score, comment: p.comment });
    steps.push(p.closedByGuardian ? { kind: "close", at: (s) => wday(s.last, 2, "18:45", d) } : { kind: "autoClose" });
    const { months, timing: _t, reply: _r, score: _s, comment: _c, closedByGuardian: _g, ask: _a, ...rest } = p;
    return { ...rest, created: monthsAgo(months, "16:50", d), steps };
  });

  // --- open requests that fill the desk's lists --------------------------------------------------
  /** A request created so that its first response is due within the next 24 hours, if a working day ends in them. */
  const dueSoon = (d: District) => {
    for (const urgent of [false, true]) {
      for (let n = 1; n <= 4; n++) {
        const created = wday(now, -n, "11:00", d);
        const due = firstResponseDue(created, urgent, d);
        if (due.getTime() > now.getTime() && due.getTime() <= now.getTime() + 24 * HOUR) return { created, urgent, override: undefined };
      }
    }
    // A weekend or holiday: no working day ends within 24 hours. The demo still shows one.
    const endOfToday = at(shiftKey(todayKey, 1), "00:00");
    const override = endOfToday.getTime() - now.getTime() <= 24 * HOUR && endOfToday > now ? endOfToday : new Date(now.getTime() + 12 * HOUR);
    return { created: wday(now, -3, "11:00", d), urgent: false, override };
  };
  const soonMI = dueSoon("MI");
  const soonBS = dueSoon("BS");
  const open: Story[] = [
    {
      district: "MI",
      guardian: "alessandro.bianchi@example.org",
      minor: "MI-2026-0003",
      category: "family",
      subject: "Il ragazzo vuole tornare a casa: come funziona il rimpatrio volontario?",
      description:
        "Da qualche settimana il ragazzo (MI-2026-0003) dice di voler tornare dalla sua famiglia. La comunità parla di «rimpatrio volontario assistito». Chi decide, quali sono i passaggi e che ruolo ho io come tutore?",
      created: wdMI(6, "10:20"),
      steps: [
        { kind: "take", at: wdMI(5, "09:30"), by: CM },
        {
          kind: "note",
          at: wdMI(5, "09:45"),
          by: CM,
          body: "Caso delicato, prima di rispondere sentire i servizi sociali sulla situazione familiare. Rispondere comunque al più presto con le informazioni generali.",
        },
      ],
    },
    {
      district: "MI",
      guardian: "beatrice.conti@example.org",
      minor: "MI-2026-0004",
      category: "school",
      subject: "Esame di licenza media da privatista",
      description:
        "Il ragazzo (MI-2026-0004) frequenta un corso al CPIA, ma vorrebbe sostenere l'esame di terza media già a giugno, da privatista. È possibile? Chi presenta la domanda e quali sono le scadenze?",
      urgent: soonMI.urgent ? "La scadenza per presentare la domanda d'esame è vicina." : undefined,
      created: soonMI.created,
      dueOverride: soonMI.override,
      steps: [],
    },
    {
      district: "MI",
      guardian: "emanuele.ferri@example.org",
      minor: "MI-2026-0006",
      category: "age_assessment",
      subject: "Documento con una data di nascita diversa da quella registrata",
      description:
        "Il consolato ha rilasciato al ragazzo (MI-2026-0006) un documento con una data di nascita diversa da quella registrata al suo arrivo. Quale vale? Va comunicato a qualcuno?",
      created: wday(daysAgo(5, "12:00"), -2, "15:15", "MI"),
      steps: [
        { kind: "take", at: (s) => wday(s.last, 1, "09:15", "MI"), by: CM },
        {
          kind: "reply",
          at: (s) => wday(s.last, 1, "12:30", "MI"),
          by: CM,
          next: "answered",
          body: "Gentile tutore,\n\nla data registrata all'arrivo può essere corretta sulla base di un documento valido: il nuovo documento va comunicato alla Questura e al Tribunale per i minorenni, che valuteranno la rettifica.\n\nPrima di farlo, però, verifichiamo insieme le conseguenze: se la nuova data avvicina la maggiore età, cambiano i tempi per il permesso e per il prosieguo amministrativo. Se può, alleghi qui una copia del documento con i dati non necessari oscurati.",
        },
      ],
    },
    {
      district: "BS",
      guardian: "carlo.deluca@example.org",
      minor: "BS-2026-0002",
      category: "other",
      subject: "Lavoro stagionale durante l'estate",
      description:
        "Il ragazzo (BS-2026-0002) ha 16 anni e un ristorante gli offre un lavoro per l'estate. Può lavorare con il permesso per minore età? Chi firma il contratto?",
      created: wdBS(5, "17:45"),
      steps: [],
    },
    {
      district: "BS",
      guardian: "francesca.greco@example.org",
      minor: "BS-2026-0003",
      category: "health",
      subject: "Supporto psicologico: serve il consenso del tutore?",
      description:
        "Gli educatori propongono un percorso di supporto psicologico per il ragazzo (BS-2026-0003), che dorme poco e ha spesso incubi. Devo firmare io il consenso? Il ragazzo è d'accordo.",
      urgent: soonBS.urgent ? "Il primo colloquio è già stato fissato per i prossimi giorni." : undefined,
      created: soonBS.created,
      dueOverride: soonBS.override,
      steps: [{ kind: "take", at: new Date(soonBS.created.getTime() + 90 * 60_000), by: CB }],
    },
  ];

  return [...tm, ...tb, ...history, ...open];
}

// ---------------------------------------------------------------------------------------------
// Templates and FAQ

const PERMIT_RENEWAL =
  "Gentile tutore, gentile tutrice,\n\nil permesso per minore età si rinnova all'Ufficio immigrazione della Questura del luogo in cui il minore vive; le modalità di prenotazione cambiano da una Questura all'altra.\n\nDi solito servono:\n\n- il modulo di richiesta compilato;\n- il permesso in scadenza e, se c'è, un documento di identità del minore (il passaporto non è indispensabile per un minore non accompagnato che non lo ha);\n- il provvedimento di nomina del tutore e un documento di identità del tutore;\n- fototessere recenti e la marca da bollo;\n- la dichiarazione della comunità che ospita il minore.\n\nLe consiglio di accompagnare il minore all'appuntamento. Se la Questura chiede documenti diversi, ce lo scriva qui.";

const TEMPLATES: Record<District, { title: string; body: string }[]> = {
  MI: [
    { title: "Documenti necessari per il rinnovo del permesso per minore età", body: PERMIT_RENEWAL },
    {
      title: "Richiesta di prosieguo amministrativo: passi",
      body: "Gentile tutore, gentile tutrice,\n\nil prosieguo amministrativo permette al Tribunale per i minorenni di affidare ai servizi sociali, al massimo fino ai 21 anni, il ragazzo o la ragazza che diventa maggiorenne e ha ancora bisogno di supporto per completare il suo percorso.\n\nI passi, in sintesi:\n\n1. parlarne con il minore, la cui adesione è importante;\n2. chiedere ai servizi sociali di presentare la richiesta al Tribunale per tempo, alcuni mesi prima dei 18 anni;\n3. raccogliere i documenti del percorso: scuola, corsi, tirocini, relazioni della comunità;\n4. partecipare all'udienza, se viene fissata, e pensare per tempo anche al permesso di soggiorno dopo i 18 anni.\n\nPer il caso specifico restiamo a disposizione qui.",
    },
    {
      title: "Iscrizione al Servizio sanitario nazionale",
      body: "Gentile tutore, gentile tutrice,\n\nl'iscrizione al Servizio sanitario nazionale dei minori stranieri non accompagnati è obbligatoria, anche nell'attesa del permesso di soggiorno.\n\nCi si rivolge allo sportello scelta e revoca dell'ASST del luogo in cui il minore vive, con:\n\n- il provvedimento di nomina del tutore e un documento del tutore;\n- la ricevuta della richiesta di permesso, o il permesso;\n- la dichiarazione di ospitalità della comunità;\n- il codice fiscale del minore, se è già stato attribuito.\n\nAllo sportello si sceglie anche il pediatra o il medico di medicina generale. Se l'iscrizione viene rifiutata, chieda il motivo per iscritto e ce lo scriva qui.",
    },
  ],
  BS: [
    { title: "Documenti necessari per il rinnovo del permesso per minore età", body: PERMIT_RENEWAL },
    {
      title: "Audizione in Commissione territoriale: come prepararsi",
      body: "Gentile tutore, gentile tutrice,\n\nil tutore accompagna il minore all'audizione davanti alla Commissione territoriale e può essere presente. Il suo compito non è raccontare al posto del minore, ma assicurarsi che capisca che cosa succede, che abbia un interprete nella sua lingua e che possa chiedere pause.\n\nPer prepararsi, con l'aiuto di un mediatore:\n\n- spiegate al minore come si svolge il colloquio e chi sarà presente;\n- ricordategli che può dire «non ricordo» o «non capisco»;\n- raccogliete i documenti utili: certificati medici, attestati di scuola, relazioni della comunità.\n\nSe l'esito è negativo, i termini per il ricorso sono brevi: ci scriva subito.",
    },
    {
      title: "Iscrizione a scuola in corso d'anno",
      body: "Gentile tutore, gentile tutrice,\n\ni minori presenti in Italia hanno diritto all'istruzione indipendentemente dalla regolarità del soggiorno e possono essere iscritti in qualsiasi momento dell'anno scolastico: la scuola non può rifiutare l'iscrizione perché manca il permesso di soggiorno.\n\nLe suggerisco di presentare la domanda per iscritto, con il provvedimento di nomina, e di chiedere una risposta scritta in caso di rifiuto. Dai 16 anni si possono frequentare anche i corsi del CPIA per l'italiano e la licenza media.\n\nSe la scuola rifiuta, ce lo scriva qui: si può coinvolgere l'Ufficio scolastico territoriale.",
    },
  ],
};

const CASE_BY_CASE = "\n\nLe norme cambiano nel tempo e ogni situazione ha le sue particolarità: per un caso specifico scrivete ai consulenti del vostro distretto.";

interface SeedFaq {
  category: ConsultationCategory;
  question: string;
  answer: string;
  status: "published" | "in_review" | "draft";
  author: string;
  /** Days since publication (or since the last change, when not published). */
  daysAgo: number;
  source?: "faqSource";
}

const FAQ: SeedFaq[] = [
  {
    category: "residence_permit",
    source: "faqSource",
    author: CM,
    status: "published",
    daysAgo: 300,
    question: "Quali documenti servono per chiedere o rinnovare il permesso di soggiorno per minore età?",
    answer:
      "Il **permesso per minore età** spetta al minore straniero non accompagnato fino al compimento dei 18 anni. Si chiede, e si rinnova, all'Ufficio immigrazione della Questura del luogo in cui il minore vive; il minore può chiederlo anche prima della nomina del tutore.\n\nDi solito servono:\n\n- il modulo di richiesta;\n- un documento di identità del minore, **se c'è**: il passaporto non è un requisito per un minore non accompagnato che non lo ha;\n- il provvedimento di nomina del tutore e un documento del tutore;\n- fototessere recenti e una marca da bollo;\n- la dichiarazione della comunità o della famiglia che ospita il minore.\n\nLe modalità di prenotazione e l'elenco esatto dei documenti variano da una Questura all'altra: conviene informarsi prima. Se il minore ha chiesto o potrebbe chiedere protezione internazionale, non si devono contattare le autorità del suo Paese di origine per ottenere un passaporto." +
      CASE_BY_CASE,
  },
  {
    category: "international_protection",
    author: CB,
    status: "published",
    daysAgo: 260,
    question: "Un minore straniero non accompagnato può chiedere protezione internazionale? Che cosa fa il tutore?",
    answer:
      "Sì. Il minore non accompagnato può presentare domanda di protezione internazionale se ha motivo di temere di tornare nel suo Paese. La domanda si presenta in Questura e il tutore assiste il minore in tutta la procedura.\n\nIl tutore:\n\n- aiuta il minore a capire, con un mediatore, che cosa comporta la domanda, senza decidere al suo posto;\n- lo accompagna al colloquio (audizione) davanti alla Commissione territoriale, dove il minore ha diritto a un interprete nella sua lingua;\n- raccoglie i documenti utili: certificati medici, attestati di scuola, relazioni della comunità;\n- se la decisione è negativa, lo aiuta a rivolgersi subito a un avvocato: i termini per il ricorso sono brevi e il minore ha diritto al patrocinio a spese dello Stato.\n\nLa scelta tra chiedere protezione o restare con il permesso per minore età va valutata caso per caso, anche in vista dei 18 anni." +
      CASE_BY_CASE,
  },
  {
    category: "age_assessment",
    author: CM,
    status: "published",
    daysAgo: 220,
    question: "Come funziona l'accertamento dell'età?",
    answer:
      "Quando ci sono **fondati dubbi** sull'età dichiarata, l'età si stabilisce prima di tutto con i documenti. Solo se questo non basta, la Procura della Repubblica presso il Tribunale per i minorenni può disporre un accertamento socio-sanitario, svolto da più professionisti e nel modo meno invasivo possibile.\n\nAlcuni principi da ricordare:\n\n- il minore va informato, in una lingua che capisce, su che cosa gli verrà fatto e perché, e il tutore può accompagnarlo;\n- il risultato deve indicare il margine di errore;\n- se il dubbio resta, si presume la minore età, e nell'attesa il ragazzo o la ragazza è trattato come minorenne;\n- il provvedimento che attribuisce l'età si può impugnare.\n\nLe norme sull'accertamento dell'età sono state modificate anche di recente e alcune procedure valgono solo in situazioni particolari: se c'è una visita già fissata, scrivete subito ai consulenti." +
      CASE_BY_CASE,
  },
  {
    category: "health",
    author: CB,
    status: "published",
    daysAgo: 180,
    question: "Come si iscrive un minore straniero non accompagnato al Servizio sanitario nazionale?",
    answer:
      "L'iscrizione al Servizio sanitario nazionale è **obbligatoria** per i minori stranieri non accompagnati, anche nell'attesa del permesso di soggiorno, e dà diritto alle stesse cure dei cittadini italiani.\n\nIl tutore si rivolge allo sportello scelta e revoca dell'azienda sanitaria del luogo in cui il minore vive (in Lombardia, l'ASST) con il provvedimento di nomina, un suo documento, la ricevuta della richiesta di permesso o il permesso, e la dichiarazione di ospitalità della comunità.\n\nAllo sportello si sceglie il pediatra di libera scelta oppure, dopo i 14 anni, il medico di medicina generale. La tessera sanitaria arriva in seguito.\n\nSe l'iscrizione viene rifiutata o sospesa, chiedete il motivo per iscritto: le regole di dettaglio variano da Regione a Regione." +
      CASE_BY_CASE,
  },
  {
    category: "school",
    author: CM,
    status: "published",
    daysAgo: 150,
    question: "Un minore senza permesso di soggiorno può iscriversi a scuola?",
    answer:
      "Sì. Tutti i minori presenti in Italia hanno diritto all'istruzione, **indipendentemente dalla regolarità del soggiorno**, e possono essere iscritti in qualsiasi momento dell'anno scolastico. La scuola non può rifiutare l'iscrizione perché manca il permesso di soggiorno.\n\nAlcune indicazioni pratiche:\n\n- l'istruzione è obbligatoria fino ai 16 anni; fino ai 18 c'è il diritto-dovere di seguire un percorso di istruzione o di formazione professionale;\n- la classe si sceglie tenendo conto dell'età e della preparazione del minore;\n- dai 16 anni si possono frequentare i CPIA (Centri provinciali per l'istruzione degli adulti) per l'italiano e la licenza media;\n- l'iscrizione la firma il tutore.\n\nSe una scuola rifiuta l'iscrizione, chiedete una risposta scritta: si può coinvolgere l'Ufficio scolastico territoriale." +
      CASE_BY_CASE,
  },
  {
    category: "turning_18",
    author: CB,
    status: "published",
    daysAgo: 110,
    question: "Che cosa succede quando il minore compie 18 anni? Che cos'è il prosieguo amministrativo?",
    answer:
      "Al compimento dei 18 anni la tutela finisce. Se il ragazzo o la ragazza ha ancora bisogno di supporto per completare il percorso di inserimento, il Tribunale per i minorenni può disporre il **prosieguo amministrativo**: l'affidamento ai servizi sociali, al massimo fino ai 21 anni. Di solito la richiesta la presentano i servizi sociali, ed è bene prepararla alcuni mesi prima dei 18 anni, con l'adesione del giovane.\n\nNello stesso periodo va pensato il **permesso di soggiorno**: al compimento dei 18 anni il permesso per minore età può essere convertito in un permesso per studio, lavoro o attesa occupazione, se ci sono i requisiti. Contano la durata della presenza in Italia e il percorso di integrazione (scuola, formazione, tirocini), e in alcuni casi serve il parere di un'autorità ministeriale.\n\nQueste regole sono cambiate più volte negli ultimi anni: verificate la situazione con i consulenti con largo anticipo." +
      CASE_BY_CASE,
  },
  {
    category: "family",
    author: CM,
    status: "published",
    daysAgo: 70,
    question: "Come si cercano i familiari di un minore straniero non accompagnato?",
    answer:
      "La ricerca dei familiari può servire a ristabilire i contatti, a capire meglio la situazione del minore e, in alcuni casi, a un ricongiungimento. Va sempre fatta **nell'interesse del minore e con il suo consenso**.\n\nLe strade principali:\n\n- le indagini familiari previste per i minori non accompagnati, che si attivano tramite i servizi sociali;\n- il servizio di ricerca dei legami familiari della Croce Rossa, gratuito e con una rete internazionale;\n- se un familiare vive regolarmente in un altro Stato dell'Unione europea e il minore chiede protezione internazionale, il minore può chiedere di raggiungerlo: la procedura ha tempi e scadenze precise.\n\n**Attenzione:** se il minore ha chiesto o potrebbe chiedere protezione, non si devono contattare le autorità del suo Paese di origine." +
      CASE_BY_CASE,
  },
  {
    category: "reception",
    author: CB,
    status: "published",
    daysAgo: 30,
    question: "La comunità può trasferire il minore senza sentire il tutore?",
    answer:
      "Le decisioni sul collocamento del minore (in quale comunità vive) spettano ai servizi sociali e, quando c'è un provvedimento, all'autorità giudiziaria. Il tutore, che rappresenta il minore, deve essere **informato e sentito**, e può far valere l'opinione del minore e la continuità del suo percorso: scuola, formazione, relazioni.\n\nSe un trasferimento viene comunicato all'ultimo momento:\n\n- chiedete per iscritto i motivi e chi lo ha disposto;\n- fate presente, sempre per iscritto, che cosa del percorso del minore il trasferimento interromperebbe;\n- coinvolgete l'assistente sociale di riferimento.\n\nSe ritenete che la decisione sia contraria all'interesse del minore, i consulenti possono valutare con voi se rivolgersi al Tribunale per i minorenni." +
      CASE_BY_CASE,
  },
  {
    category: "other",
    author: CM,
    status: "in_review",
    daysAgo: 4,
    question: "Il tutore volontario ha diritto a rimborsi o a permessi dal lavoro?",
    answer:
      "La tutela volontaria è un incarico gratuito. Negli ultimi anni, però, sono stati previsti contributi per alcune spese sostenute dai tutori volontari e forme di permesso dal lavoro per gli adempimenti legati alla tutela, con regole, fondi e scadenze che cambiano nel tempo.\n\nChiedete al coordinamento del vostro distretto se al momento è attiva una procedura di rimborso e conservate le ricevute delle spese (viaggi, marche da bollo, copie)." +
      CASE_BY_CASE,
  },
  {
    category: "residence_permit",
    author: CB,
    status: "draft",
    daysAgo: 2,
    question: "Il minore può viaggiare all'estero con la comunità?",
    answer:
      "Per uscire dall'Italia e rientrare il minore ha bisogno di un documento di viaggio valido e di un permesso di soggiorno valido (una ricevuta di rinnovo, di regola, non basta).\n\nDa completare: autorizzazioni del tutore, casi dei richiedenti protezione, viaggi scolastici nell'area Schengen.",
  },
];

// ---------------------------------------------------------------------------------------------

export async function seedConsultations(ctx: SeedContext): Promise<void> {
  const { tx, users, now } = ctx;
  const files = {
    hearing: {
      filename: "convocazione-udienza.pdf",
      data: await makePdf("Convocazione all'udienza", [
        "Tribunale per i minorenni - procedimento di prosieguo amministrativo",
        "Minore: MI-2026-0001",
        "Udienza fissata per la prossima settimana.",
        "I dati personali sono stati oscurati dalla tutrice.",
      ], now),
    },
    reminder: {
      filename: "promemoria-rinnovo-permesso.pdf",
      data: await makePdf("Promemoria: rinnovo del permesso per minore età", [
        "[ ] modulo di richiesta compilato",
        "[ ] permesso in scadenza e documento del minore, se c'è",
        "[ ] provvedimento di nomina e documento del tutore",
        "[ ] fototessere recenti e marca da bollo",
        "[ ] dichiarazione della comunità",
        "Verificare le modalità di prenotazione della Questura.",
      ], now),
    },
    schoolReply: { filename: "risposta-segreteria.png", data: makePng() },
  };

  const all = stories(now, files);
  const codes = [...new Set(all.flatMap((s) => (s.minor ? [s.minor] : [])))];
  const minorRows = await tx.select({ id: minors.id, code: minors.code }).from(minors).where(inArray(minors.code, codes));
  const minorIds = new Map(minorRows.map((m) => [m.code, m.id]));

  const replayed = all
    .map((story) => replay(story, ctx))
    .filter((r): r is Replayed => r !== null)
    .sort((a, b) => a.story.created.getTime() - b.story.created.getTime());

  const numbers = new Map<string, { id: string; number: number; subject: string }>();
  for (const r of replayed) {
    const { story, state: s } = r;
    const [row] = await tx
      .insert(consultations)
      .values({
        id: r.id,
        districtCode: story.district,
        guardianId: users.get(story.guardian)!,
        minorId: story.minor ? (minorIds.get(story.minor) ?? null) : null,
        category: story.category,
        subject: story.subject,
        descriptionMd: story.description,
        descriptionHtml: renderMarkdown(story.description),
        urgent: Boolean(story.urgent),
        urgencyReason: story.urgent ?? null,
        deadlineDate: story.deadlineDate ?? null,
        status: s.status,
        assigneeId: s.assigneeId,
        dueAt: s.dueAt,
        pausedAt: s.pausedAt,
        firstResponseAt: s.firstResponseAt,
        answeredAt: s.answeredAt,
        closedAt: s.closedAt,
        waitingSince: s.waitingSince,
        ratingScore: s.ratingScore,
        ratingComment: s.ratingComment,
        ratedAt: s.ratedAt,
        lastActivityAt: s.lastActivityAt,
        createdAt: story.created,
        updatedAt: s.updatedAt,
      })
      .returning({ number: consultations.number });
    numbers.set(r.id, { id: r.id, number: row.number, subject: story.subject });
    if (story.key) numbers.set(story.key, { id: r.id, number: row.number, subject: story.subject });
    if (r.messages.length > 0) await tx.insert(consultationMessages).values(r.messages);
    if (r.notes.length > 0) await tx.insert(consultationNotes).values(r.notes);
    if (r.attachments.length > 0) await tx.insert(consultationAttachments).values(r.attachments);
    await tx.insert(consultationEvents).values(r.events);
  }

  await seedDemoNotifications(ctx, replayed, numbers);

  for (const district of ["MI", "BS"] as const) {
    const author = users.get(CONSULTANT[district]) ?? null;
    for (const [i, t] of TEMPLATES[district].entries()) {
      const when = new Date(now.getTime() - (200 - i * 40) * DAY);
      await tx.insert(consultationTemplates).values({ districtCode: district, title: t.title, bodyMd: t.body, createdById: author, createdAt: when, updatedAt: when });
    }
  }

  for (const f of FAQ) {
    const authorId = users.get(f.author) ?? null;
    const reviewerId = users.get(f.author === CM ? CB : CM) ?? null;
    const when = new Date(now.getTime() - f.daysAgo * DAY);
    await tx.insert(faqEntries).values({
      category: f.category,
      question: f.question,
      answerMd: f.answer,
      answerHtml: renderMarkdown(f.answer),
      status: f.status,
      sourceConsultationId: f.source ? (numbers.get(f.source)?.id ?? null) : null,
      authorId,
      reviewerId: f.status === "published" ? reviewerId : null,
      publishedAt: f.status === "published" ? when : null,
      createdAt: new Date(when.getTime() - 6 * DAY),
      updatedAt: when,
    });
  }
}

/**
 * In-app notifications the demo people would have received about their requests, already
 * delivered (digestedAt set: the demo mails nobody). Payloads carry the number and subject only.
 */
async function seedDemoNotifications(ctx: SeedContext, replayed: Replayed[], numbers: Map<string, { number: number; subject: string }>) {
  const { tx, users, now } = ctx;
  const rows: (typeof notifications.$inferInsert)[] = [];
  for (const r of replayed) {
    const guardian = r.story.guardian;
    if (guardian !== TM && guardian !== TB) continue;
    const ref = numbers.get(r.id)!;
    const base = { number: ref.number, subject: ref.subject };
    const link = consultationPath(r.id);
    const consultantId = users.get(CONSULTANT[r.story.district])!;
    const recent = (when: Date) => now.getTime() - when.getTime() < 10 * DAY;
    for (const e of r.events) {
      const when = e.createdAt!;
      if (!recent(when)) continue;
      if (e.type === "created") rows.push({ userId: consultantId, kind: "consultation_new", payload: { ...base, category: r.story.category, urgent: r.story.urgent ? "yes" : "no" }, link, createdAt: when });
      if (e.type === "guardian_message") rows.push({ userId: consultantId, kind: "consultation_message", payload: base, link, createdAt: when });
      if (e.type === "reply") {
        const status = r.events.find((o) => o.type === "status" && o.createdAt!.getTime() >= when.getTime() && o.createdAt!.getTime() - when.getTime() < 10)?.toStatus ?? "in_charge";
        rows.push({ userId: users.get(guardian)!, kind: "consultation_reply", payload: { ...base, status }, link, createdAt: when });
      }
      if (e.type === "auto_closed") rows.push({ userId: users.get(guardian)!, kind: "consultation_status", payload: { ...base, status: "closed" }, link, createdAt: when });
      if (e.type === "status" && e.actorId !== users.get(guardian) && !r.events.some((o) => o.type === "reply" && Math.abs(o.createdAt!.getTime() - when.getTime()) < 10)) {
        rows.push({ userId: users.get(guardian)!, kind: "consultation_status", payload: { ...base, status: e.toStatus! }, link, createdAt: when });
      }
    }
  }
  // The older ones have been read; the last two days' are still new.
  for (const row of rows) {
    const age = now.getTime() - row.createdAt!.getTime();
    if (age > 2 * DAY) row.readAt = new Date(row.createdAt!.getTime() + 3 * HOUR);
    row.digestedAt = now;
  }
  if (rows.length > 0) await tx.insert(notifications).values(rows);
}

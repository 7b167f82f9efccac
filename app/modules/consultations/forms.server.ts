// Consulenze legali: the forms that carry files. Reads a body no larger than five attachments
// allow, checks fields (zod) and files (attachments.server) together into one result, and runs
// the actions of a request's page (which intents each viewer may use, and what each one does).
import { data, redirect } from "@remix-run/node";
import type * as z from "zod";
import type { MessageKey, Vars } from "~/i18n";
import type { CurrentUser } from "~/modules/auth/user.server";
import { keptValues, parseForm, type FieldErrors, type FormResult } from "~/utils/forms";
import { httpError, notFound } from "~/utils/http.server";
import { readAttachments, type ValidFile } from "./attachments.server";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "./constants";
import type { Viewer } from "./policy.server";
import { consultationPath, createRequest } from "./requests.server";
import { requestSchema, threadActionSchema, type RequestInput, type ThreadAction } from "./schema";
import { addNote, assign, guardianClose, guardianMessage, rate, reply, setStatus, take, type WorkflowResult } from "./workflow.server";

type Who = Pick<CurrentUser, "id" | "roles">;

/** The largest body accepted: five files at the limit plus 1 MB for the text fields and the multipart framing. */
export const MAX_BODY_BYTES = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 1024 * 1024;

/** Values for the placeholders of a field's message ({filename}), by field name. */
export type ErrorVars = Partial<Record<string, Vars>>;

export type BodyResult = { ok: true; formData: FormData } | { ok: false; reason: "tooLarge" };

/**
 * The form data of a POST, refused unread when its declared length is beyond the limit, and
 * refused while reading when it grows beyond it (a body sent without a length).
 */
export async function readFormBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "tooLarge" };
  const chunks: Uint8Array[] = [];
  if (request.body) {
    const reader = request.body.getReader();
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return { ok: false, reason: "tooLarge" };
      }
      chunks.push(value);
    }
  }
  try {
    const copy = new Request(request.url, {
      method: "POST",
      headers: { "Content-Type": request.headers.get("content-type") ?? "application/x-www-form-urlencoded" },
      body: Buffer.concat(chunks),
    });
    return { ok: true, formData: await copy.formData() };
  } catch {
    return httpError(400);
  }
}

export type WithFiles<T> =
  | { ok: true; data: T; files: ValidFile[] }
  | { ok: false; errors: FieldErrors; vars: ErrorVars; values: Record<string, string>; filesAgain: boolean };

/** Whether the person had chosen any file in the field (browsers send an empty part otherwise). */
function filesChosen(entries: FormDataEntryValue[]): boolean {
  return entries.some((e) => typeof e !== "string" && e.size > 0 && e.name !== "");
}

/** Fields and files in one pass: every field error and the file error (on `field`) together. */
export async function parseWithFiles<S extends z.ZodType>(schema: S, formData: FormData, field = "attachments"): Promise<WithFiles<z.infer<S>>> {
  const parsed = parseForm(schema, formData);
  const entries = formData.getAll(field);
  const files = await readAttachments(entries);
  if (parsed.ok && files.ok) return { ok: true, data: parsed.data, files: files.files };
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  const vars: ErrorVars = {};
  if (!files.ok) {
    errors[field] = files.error;
    if (files.filename) vars[field] = { filename: files.filename };
  }
  return { ok: false, errors, vars, values: keptValues(formData), filesAgain: filesChosen(entries) };
}

// ---------------------------------------------------------------------------------------------
// New request

export interface NewRequestData {
  errors: FieldErrors;
  vars: ErrorVars;
  values: Record<string, string>;
  /** A message about the whole form (body too large, files to choose again). */
  notices: MessageKey[];
}

const refused = (body: NewRequestData) => data(body, { status: 400 });

/** The new-request form: refused (400, nothing written) with every error, or filed and redirected to the request. */
export async function submitNewRequest(user: Who, request: Request) {
  const body = await readFormBody(request);
  if (!body.ok) return refused({ errors: {}, vars: {}, values: {}, notices: ["consultguardian.new.tooLarge"] });
  const parsed = await parseWithFiles(requestSchema, body.formData);
  if (!parsed.ok) {
    return refused({
      errors: parsed.errors,
      vars: parsed.vars,
      values: parsed.values,
      notices: parsed.filesAgain ? ["consultations.validation.filesAgain"] : [],
    });
  }
  const created = await createRequest(user, parsed.data as RequestInput, parsed.files);
  if (!created.ok) {
    return refused({
      errors: { [created.field]: created.error },
      vars: {},
      values: keptValues(body.formData),
      notices: parsed.files.length > 0 ? ["consultations.validation.filesAgain"] : [],
    });
  }
  return redirect(`${consultationPath(created.id)}?esito=inviata`);
}

// ---------------------------------------------------------------------------------------------
// A request's page

const GUARDIAN_INTENTS = ["message", "close", "rate"] as const;
const CONSULTANT_INTENTS = ["take", "assign", "reply", "note", "status"] as const;
export type ThreadIntent = ThreadAction["intent"];

/** What each viewer may do on the page: admins read only. */
export function intentsFor(viewer: Viewer): readonly ThreadIntent[] {
  if (viewer === "guardian") return GUARDIAN_INTENTS;
  if (viewer === "consultant") return CONSULTANT_INTENTS;
  return [];
}

/** The ?esito= value each successful intent redirects with. */
export const THREAD_OUTCOMES = {
  message: "messaggio",
  close: "chiusa",
  rate: "valutata",
  take: "presa",
  assign: "assegnata",
  reply: "risposta",
  note: "nota",
  status: "stato",
} as const satisfies Record<ThreadIntent, string>;

export interface ThreadActionData {
  /** The form the result belongs to: each form takes back only its own values. */
  intent: ThreadIntent;
  errors: FieldErrors;
  vars: ErrorVars;
  values: Record<string, string>;
  /** A message about the whole form (a refused change, files to choose again, a body too large). */
  formError: MessageKey | null;
  filesAgain: boolean;
}

function withoutFiles<T>(parsed: FormResult<T>): WithFiles<T> {
  return parsed.ok ? { ok: true, data: parsed.data, files: [] } : { ...parsed, vars: {}, filesAgain: false };
}

const threadRefused = (body: ThreadActionData, status: number) => data(body, { status });

async function run(user: Who, id: string, input: ThreadAction, files: ValidFile[]): Promise<WorkflowResult> {
  switch (input.intent) {
    case "message":
      return guardianMessage(user, id, input.body, files);
    case "close":
      return guardianClose(user, id);
    case "rate":
      return rate(user, id, input.score, input.comment);
    case "take":
      return take(user, id);
    case "assign":
      return assign(user, id, input.assigneeId);
    case "reply":
      return reply(user, id, input.body, input.nextStatus, files);
    case "note":
      return addNote(user, id, input.note);
    case "status":
      return setStatus(user, id, input.status);
  }
}

/**
 * Runs one action of the request's page for a viewer the caller has already established (404
 * for anyone else). An intent the viewer's role does not have is refused with 403.
 */
export async function submitThreadAction(user: Who, viewer: Viewer, id: string, request: Request) {
  const allowed = intentsFor(viewer);
  const body = await readFormBody(request);
  if (!body.ok) {
    if (allowed.length === 0) return httpError(403);
    const intent: ThreadIntent = viewer === "guardian" ? "message" : "reply";
    return threadRefused({ intent, errors: {}, vars: {}, values: {}, formError: "consultguardian.new.tooLarge", filesAgain: false }, 400);
  }
  const formData = body.formData;
  const intent = formData.get("intent");
  if (typeof intent !== "string" || !(allowed as readonly string[]).includes(intent)) return httpError(403);
  const ownIntent = intent as ThreadIntent;
  const takesFiles = ownIntent === "message" || ownIntent === "reply";
  const parsed: WithFiles<ThreadAction> = takesFiles ? await parseWithFiles(threadActionSchema, formData) : withoutFiles(parseForm(threadActionSchema, formData));
  if (!parsed.ok) {
    return threadRefused(
      {
        intent: ownIntent,
        errors: parsed.errors,
        vars: parsed.vars,
        values: parsed.values,
        formError: parsed.filesAgain ? "consultations.validation.filesAgain" : null,
        filesAgain: parsed.filesAgain,
      },
      400,
    );
  }
  const files = parsed.files;
  const result = await run(user, id, parsed.data, files);
  if (result.ok) return redirect(`${consultationPath(id)}?esito=${THREAD_OUTCOMES[ownIntent]}`);
  if (result.status === 404) return notFound();
  if (result.status === 403) return httpError(403, result.error);
  return threadRefused(
    {
      intent: ownIntent,
      errors: result.field ? { [result.field]: result.error } : {},
      vars: {},
      values: keptValues(formData),
      formError: result.field ? (files.length > 0 ? "consultations.validation.filesAgain" : null) : result.error,
      filesAgain: files.length > 0,
    },
    result.status ?? 400,
  );
}

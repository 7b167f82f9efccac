// The registry of notification kinds: catalog keys, default e-mail delivery and what the user may change.
import type { MessageKey } from "~/i18n";
import type { DeliveryMode } from "../../../db/schema/notifications";

export type { DeliveryMode };
export const DELIVERY_MODES = ["immediate", "daily", "never"] as const satisfies readonly DeliveryMode[];

/** Payload values are plain text (or numbers); they are never HTML or Markdown. */
export type Payload = Record<string, string | number | null>;

export interface KindDefinition {
  /** In-app title and body, and the e-mail's subject and text, with {placeholders} from the payload. */
  title: MessageKey;
  body: MessageKey;
  /** Name of the kind on the preferences page. */
  label: MessageKey;
  /** How the e-mail goes out when the user has not chosen. */
  defaultMode: DeliveryMode;
  /** Whether the preferences page offers a choice for this kind at all. */
  configurable: boolean;
  /** Whether "never" is among the choices (important account changes cannot be silenced). */
  mayTurnOff: boolean;
  /** Turns stored payload values into template variables (e.g. translating a role code). */
  vars?: (payload: Payload, t: (key: MessageKey) => string) => Record<string, string | number>;
}

// The phantom type records each kind's payload shape so notify() can check it.
type Kind<P extends Payload> = KindDefinition & { readonly __payload?: P };
const kind = <P extends Payload>(definition: KindDefinition): Kind<P> => definition;

const roleVars: KindDefinition["vars"] = (payload, t) => ({
  role: t(`role.${String(payload.role)}` as MessageKey),
  place: payload.district ? ` — ${t(`district.${String(payload.district)}` as MessageKey)}` : "",
});

export const NOTIFICATION_KINDS = {
  // In-app only: the new user has just received the verification e-mail.
  welcome: kind<{ name: string }>({
    title: "notifications.kind.welcome.title",
    body: "notifications.kind.welcome.body",
    label: "notifications.kind.welcome.label",
    defaultMode: "never",
    configurable: false,
    mayTurnOff: false,
  }),
  role_granted: kind<{ role: string; district: string | null }>({
    title: "notifications.kind.role_granted.title",
    body: "notifications.kind.role_granted.body",
    label: "notifications.kind.role_granted.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
    vars: roleVars,
  }),
  role_revoked: kind<{ role: string; district: string | null }>({
    title: "notifications.kind.role_revoked.title",
    body: "notifications.kind.role_revoked.body",
    label: "notifications.kind.role_revoked.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
    vars: roleVars,
  }),
  // Formazione.
  certificate_issued: kind<{ course: string; code: string }>({
    title: "notifications.kind.certificate_issued.title",
    body: "notifications.kind.certificate_issued.body",
    label: "notifications.kind.certificate_issued.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
  }),
  certificate_expiring: kind<{ course: string; date: string }>({
    title: "notifications.kind.certificate_expiring.title",
    body: "notifications.kind.certificate_expiring.body",
    label: "notifications.kind.certificate_expiring.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
  }),
  event_place_confirmed: kind<{ event: string; date: string }>({
    title: "notifications.kind.event_place_confirmed.title",
    body: "notifications.kind.event_place_confirmed.body",
    label: "notifications.kind.event_place_confirmed.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
  }),
  event_cancelled: kind<{ event: string; date: string }>({
    title: "notifications.kind.event_cancelled.title",
    body: "notifications.kind.event_cancelled.body",
    label: "notifications.kind.event_cancelled.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
  }),
  content_conflict: kind<{ module: string; course: string }>({
    title: "notifications.kind.content_conflict.title",
    body: "notifications.kind.content_conflict.body",
    label: "notifications.kind.content_conflict.label",
    defaultMode: "daily",
    configurable: true,
    mayTurnOff: true,
  }),
  // Consulenze legali. Payloads carry the request's number, subject (the guardian's own words)
  // and codes only: never a message, and never an internal note.
  consultation_new: kind<{ number: number; subject: string; category: string; urgent: string }>({
    title: "notifications.kind.consultation_new.title",
    body: "notifications.kind.consultation_new.body",
    label: "notifications.kind.consultation_new.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
    vars: (payload, t) => ({
      category: t(`consultations.category.${String(payload.category)}` as MessageKey),
      urgent: payload.urgent === "yes" ? t("notifications.kind.consultation_new.urgent") : "",
    }),
  }),
  consultation_message: kind<{ number: number; subject: string }>({
    title: "notifications.kind.consultation_message.title",
    body: "notifications.kind.consultation_message.body",
    label: "notifications.kind.consultation_message.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
  }),
  consultation_assigned: kind<{ number: number; subject: string }>({
    title: "notifications.kind.consultation_assigned.title",
    body: "notifications.kind.consultation_assigned.body",
    label: "notifications.kind.consultation_assigned.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
  }),
  consultation_reply: kind<{ number: number; subject: string; status: string }>({
    title: "notifications.kind.consultation_reply.title",
    body: "notifications.kind.consultation_reply.body",
    label: "notifications.kind.consultation_reply.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
    vars: (payload, t) => ({ status: t(`consultations.status.${String(payload.status)}` as MessageKey) }),
  }),
  consultation_status: kind<{ number: number; subject: string; status: string }>({
    title: "notifications.kind.consultation_status.title",
    body: "notifications.kind.consultation_status.body",
    label: "notifications.kind.consultation_status.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
    vars: (payload, t) => ({ status: t(`consultations.status.${String(payload.status)}` as MessageKey) }),
  }),
  consultation_waiting: kind<{ number: number; subject: string }>({
    title: "notifications.kind.consultation_waiting.title",
    body: "notifications.kind.consultation_waiting.body",
    label: "notifications.kind.consultation_waiting.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
  }),
  // Forum. Payloads carry the topic's title and people's names only (never a post's words), and
  // go only to people who may read the category.
  forum_mention: kind<{ topic: string; author: string }>({
    title: "notifications.kind.forum_mention.title",
    body: "notifications.kind.forum_mention.body",
    label: "notifications.kind.forum_mention.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
  }),
  forum_reply: kind<{ topic: string; author: string }>({
    title: "notifications.kind.forum_reply.title",
    body: "notifications.kind.forum_reply.body",
    label: "notifications.kind.forum_reply.label",
    defaultMode: "daily",
    configurable: true,
    mayTurnOff: true,
  }),
  forum_topic: kind<{ topic: string; author: string; category: string }>({
    title: "notifications.kind.forum_topic.title",
    body: "notifications.kind.forum_topic.body",
    label: "notifications.kind.forum_topic.label",
    defaultMode: "daily",
    configurable: true,
    mayTurnOff: true,
  }),
  forum_post_hidden: kind<{ topic: string; reason: string }>({
    title: "notifications.kind.forum_post_hidden.title",
    body: "notifications.kind.forum_post_hidden.body",
    label: "notifications.kind.forum_post_hidden.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
  }),
  forum_flag: kind<{ topic: string; reason: string }>({
    title: "notifications.kind.forum_flag.title",
    body: "notifications.kind.forum_flag.body",
    label: "notifications.kind.forum_flag.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
    vars: (payload, t) => ({ reason: t(`forum.flagReason.${String(payload.reason)}` as MessageKey) }),
  }),
  // Tutele. Payloads carry the minor's pseudonymous code only, never a name: e-mails leave the portal.
  tutele_proposal: kind<{ code: string }>({
    title: "notifications.kind.tutele_proposal.title",
    body: "notifications.kind.tutele_proposal.body",
    label: "notifications.kind.tutele_proposal.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
  }),
  tutele_accepted: kind<{ code: string; guardian: string }>({
    title: "notifications.kind.tutele_accepted.title",
    body: "notifications.kind.tutele_accepted.body",
    label: "notifications.kind.tutele_accepted.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
  }),
  tutele_declined: kind<{ code: string; guardian: string }>({
    title: "notifications.kind.tutele_declined.title",
    body: "notifications.kind.tutele_declined.body",
    label: "notifications.kind.tutele_declined.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
  }),
  tutele_active: kind<{ code: string }>({
    title: "notifications.kind.tutele_active.title",
    body: "notifications.kind.tutele_active.body",
    label: "notifications.kind.tutele_active.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
  }),
  tutele_deadline: kind<{ code: string; kind: string; title: string; date: string; days: number }>({
    title: "notifications.kind.tutele_deadline.title",
    body: "notifications.kind.tutele_deadline.body",
    label: "notifications.kind.tutele_deadline.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: false,
    // A manual deadline's title is free text that could name the minor, and e-mails pass through
    // third parties: the reminder names the kind only (the title is on the minor's page).
    vars: (payload, t) => ({ what: t(`tutele.deadlineKind.${String(payload.kind)}` as MessageKey) }),
  }),
  // Sent by administrators to check that notifications and e-mail reach a person.
  test: kind<{ sender: string }>({
    title: "notifications.kind.test.title",
    body: "notifications.kind.test.body",
    label: "notifications.kind.test.label",
    defaultMode: "immediate",
    configurable: true,
    mayTurnOff: true,
  }),
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export type PayloadOf<K extends NotificationKind> =
  (typeof NOTIFICATION_KINDS)[K] extends Kind<infer P> ? P : never;

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(NOTIFICATION_KINDS, value);
}

export function kindDefinition(kind: string): KindDefinition | undefined {
  return isNotificationKind(kind) ? NOTIFICATION_KINDS[kind] : undefined;
}

/** The modes a user may choose for a kind (empty when the kind is not configurable). */
export function allowedModes(kind: NotificationKind): DeliveryMode[] {
  const def: KindDefinition = NOTIFICATION_KINDS[kind];
  if (!def.configurable) return [];
  return DELIVERY_MODES.filter((m) => m !== "never" || def.mayTurnOff);
}

export const CONFIGURABLE_KINDS = (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter(
  (k) => NOTIFICATION_KINDS[k].configurable,
);

/** The mode that applies: the user's stored choice if still allowed, else the kind's default. */
export function effectiveMode(kind: string, stored: DeliveryMode | undefined): DeliveryMode {
  const def = kindDefinition(kind);
  if (!def) return stored ?? "immediate";
  if (stored && isNotificationKind(kind) && allowedModes(kind).includes(stored)) return stored;
  return def.defaultMode;
}

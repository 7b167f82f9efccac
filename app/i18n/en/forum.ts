// English: Forum — forum (shared words: flag reasons, privacy findings, watch levels, errors).
import type { Catalog } from "../types";
import type { forum as it } from "../it/forum";

export const forum: Catalog<typeof it> = {
  "forum.title": "Forum",
  "forum.flagReason.minor_data": "contains personal data of a minor",
  "forum.flagReason.offensive": "offensive or disrespectful",
  "forum.flagReason.spam": "advertising or spam",
  "forum.flagReason.off_topic": "off topic",
  "forum.flagReason.other": "another reason",
  "forum.privacy.tax_code": "a tax code (codice fiscale)",
  "forum.privacy.birth_date": "a date of birth",
  "forum.privacy.phone": "a phone number",
  "forum.privacy.email": "an e-mail address",
  "forum.privacy.name_near_minor": "a full name next to words that point to a minor",
  "forum.privacy.title": "The text seems to contain a minor's personal data",
  "forum.privacy.intro": "The forum is no place for data that could identify a minor. We found:",
  "forum.privacy.advice": "Remove these details (you can write “the boy I am guardian of”, “a 16-year-old minor”) and send again. If you are sure they are not about a minor, confirm.",
  "forum.privacy.confirm": "I have checked: the text contains no personal data of a minor",
  "forum.watch.watching": "Watching",
  "forum.watch.normal": "Normal",
  "forum.watch.muted": "Muted",
  "forum.error.titleRequired": "Write the topic's title.",
  "forum.error.titleTooShort": "The title needs at least 5 characters.",
  "forum.error.titleTooLong": "The title can have at most 150 characters.",
  "forum.error.bodyRequired": "Write the message.",
  "forum.error.bodyTooLong": "A message can have at most 20,000 characters.",
  "forum.error.locked": "The topic is locked: no more replies can be added.",
  "forum.error.cannotPost": "You cannot write in this category.",
  "forum.error.privacyConfirm": "Remove the personal data or confirm that you checked it.",
  "forum.error.formTooLarge": "The form sent is too large.",
  "forum.deletedAuthor": "Removed user",
} as const;

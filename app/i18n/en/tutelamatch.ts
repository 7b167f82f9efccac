// English: Tutele — the coordinators' appointment desk of one minor (/tutele/:codice/tutela).
import type { Catalog } from "../types";
import type { tutelamatch as it } from "../it/tutelamatch";

export const tutelamatch: Catalog<typeof it> = {
  "tutelamatch.title": "Appointment and guardianship",
  "tutelamatch.back": "← Minor's record {code}",
  "tutelamatch.unknown": "Not given",

  "tutelamatch.minor.label": "The minor",
  "tutelamatch.minor.code": "Code",
  "tutelamatch.minor.name": "Name",
  "tutelamatch.minor.ageLabel": "Age",
  "tutelamatch.minor.age": "{age} years",
  "tutelamatch.minor.ageEstimated": "about {age} years (estimated)",
  "tutelamatch.minor.languages": "Languages",
  "tutelamatch.minor.province": "Province of the facility",
  "tutelamatch.minor.status": "Status",

  "tutelamatch.none.title": "Nothing to do",

  "tutelamatch.outcome.archiviata": "Record closed: the minor no longer waits for a guardian and their deadlines were removed.",
  "tutelamatch.close.title": "The minor no longer needs a guardian",
  "tutelamatch.close.hint": "If the minor turned 18, was transferred to another district, left or was repatriated before an appointment, close the record: they leave the list of minors waiting.",
  "tutelamatch.close.reason": "Reason",
  "tutelamatch.close.date": "Since",
  "tutelamatch.close.button": "Close the record",
  "tutelamatch.error.closeReason": "Choose one of the reasons in the list.",
  "tutelamatch.outcome.proposta": "Proposal sent: the guardian is notified and can accept or decline.",
  "tutelamatch.outcome.ritirata": "Proposal withdrawn: the minor is waiting for a guardian again.",
  "tutelamatch.outcome.decreto": "Decree recorded: the guardianship is active and the minor's deadlines were created.",
  "tutelamatch.outcome.chiusa": "Guardianship ended.",

  "tutelamatch.error.intent": "Unknown action: reload the page and try again.",
  "tutelamatch.error.stale": "This page is out of date: reload it and try again.",
  "tutelamatch.error.withdrawActive": "This guardianship is already active: to end it use the “End the guardianship” form.",
  "tutelamatch.error.notActive": "Only an active guardianship can be ended; a proposal is withdrawn.",

  "tutelamatch.suggestions.title": "Suggested guardians",
  "tutelamatch.suggestions.intro":
    "Guardians listed in the court's list, with the mandatory course completed, available and with free places, best match first: same province, shared language, free places, continuing training up to date.",
  "tutelamatch.suggestions.empty": "No guardian of the district can be suggested right now.",
  "tutelamatch.suggestions.caption": "Suggested guardians, best match first",

  "tutelamatch.col.rank": "No.",
  "tutelamatch.col.guardian": "Guardian",
  "tutelamatch.col.province": "Province",
  "tutelamatch.col.languages": "Languages",
  "tutelamatch.col.caseload": "Minors in care",
  "tutelamatch.col.training": "Training",
  "tutelamatch.col.reasons": "Why suggested",
  "tutelamatch.col.action": "Action",
  "tutelamatch.col.status": "Status",
  "tutelamatch.col.proposedAt": "Proposed on",
  "tutelamatch.col.respondedAt": "Answered on",
  "tutelamatch.col.decreeDate": "Decree of",
  "tutelamatch.col.endedAt": "Ended on",
  "tutelamatch.col.overrideReason": "Reason for exceeding the cap",
  "tutelamatch.col.notes": "Notes",

  "tutelamatch.caseload": "{n} of {max}",
  "tutelamatch.training.mandatory": "Mandatory course",
  "tutelamatch.training.mandatoryMissing": "Mandatory course missing",
  "tutelamatch.training.hours": "{hours} hours this year",
  "tutelamatch.reason.none": "No criterion in common",

  "tutelamatch.excluded.summary": "Guardians not suggested ({n})",
  "tutelamatch.excluded.intro":
    "Someone who already has the maximum number of minors can be proposed only with a reason; the others cannot be proposed.",
  "tutelamatch.exclusion.not_listed": "not listed in the court's list",
  "tutelamatch.exclusion.mandatory_missing": "mandatory course not completed",
  "tutelamatch.exclusion.unavailable": "not available",
  "tutelamatch.exclusion.at_capacity": "already has the maximum number of minors",

  "tutelamatch.propose.button": "Propose",
  "tutelamatch.propose.anyway": "Propose anyway",
  "tutelamatch.propose.overrideReason": "Reason for exceeding the cap of minors",
  "tutelamatch.propose.overrideHint": "For example: siblings entrusted to the same guardian.",

  "tutelamatch.proposed.title": "Proposal waiting for an answer",
  "tutelamatch.proposed.waiting": "Waiting for the guardian's answer: you will be notified when they accept or decline.",
  "tutelamatch.withdraw.hint": "If you withdraw the proposal the minor waits again and you can propose someone else.",
  "tutelamatch.withdraw.button": "Withdraw the proposal",

  "tutelamatch.accepted.title": "Proposal accepted, waiting for the decree",
  "tutelamatch.decree.title": "Record the court's decree",
  "tutelamatch.decree.date": "Date of the decree of appointment",
  "tutelamatch.decree.hint": "The guardianship is active from this date; it cannot be in the future.",
  "tutelamatch.decree.button": "Record the decree",

  "tutelamatch.active.title": "Active guardianship",
  "tutelamatch.end.title": "End the guardianship",
  "tutelamatch.end.reason": "Reason for ending",
  "tutelamatch.end.choose": "Choose the reason…",
  "tutelamatch.end.date": "Date it ended",
  "tutelamatch.end.consequence":
    "The guardian will no longer see the minor's record. With “Guardian revoked” or “Other reason” the minor waits for a new guardian; with the other reasons their guardianship is over.",
  "tutelamatch.end.button": "End the guardianship",

  "tutelamatch.history.title": "Appointment history",
  "tutelamatch.history.empty": "No appointments so far.",
  "tutelamatch.history.withdrawn": "Proposal withdrawn by the coordinators.",
  "tutelamatch.history.endReason": "Reason: {reason}.",
  "tutelamatch.history.declineReason": "Declined: “{reason}”",
  "tutelamatch.history.declinedNoReason": "Declined, no reason given.",
  "tutelamatch.history.override": "Over the cap of minors: {reason}",
};

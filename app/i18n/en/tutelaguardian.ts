// English: Tutele — the guardian's own page (/tutele) and the calendar feed.
import type { Catalog } from "../types";
import type { tutelaguardian as it } from "../it/tutelaguardian";

export const tutelaguardian: Catalog<typeof it> = {
  "tutelaguardian.title": "My guardianships",
  "tutelaguardian.lead": "The minors in your care with their next deadlines, the proposals of appointment to answer and the calendar to add to your phone.",

  "tutelaguardian.outcome.accepted": "You accepted the proposal. The court's decree of appointment is now awaited: once the coordinators record it, the minor will appear among yours.",
  "tutelaguardian.outcome.declined": "You declined the proposal. The coordinators have been told.",
  "tutelaguardian.error.proposalGone": "This proposal no longer exists or is not addressed to you.",
  "tutelaguardian.error.intent": "Invalid request: reload the page and try again.",

  "tutelaguardian.proposals.title": "Proposals of appointment",
  "tutelaguardian.proposals.intro": "Before the appointment you only see data that does not identify the minor. Name, date of birth and reception facility become visible after the court's decree.",
  "tutelaguardian.proposals.none": "No proposal is waiting for your answer.",
  "tutelaguardian.proposal.heading": "Proposal for minor {code}",
  "tutelaguardian.proposal.proposedOn": "Proposed on {date}",
  "tutelaguardian.proposal.district": "District",
  "tutelaguardian.proposal.province": "Province of the facility",
  "tutelaguardian.proposal.age": "Age",
  "tutelaguardian.proposal.sex": "Sex",
  "tutelaguardian.proposal.languages": "Languages",
  "tutelaguardian.proposal.specialNeeds": "Special needs",
  "tutelaguardian.proposal.noneGiven": "Not given",
  "tutelaguardian.proposal.noNeeds": "None recorded",
  "tutelaguardian.proposal.accept": "Accept the proposal",
  "tutelaguardian.proposal.declineReason": "Reason for declining",
  "tutelaguardian.proposal.declineHint": "Only the district's coordinators read it.",
  "tutelaguardian.proposal.decline": "Decline the proposal",
  "tutelaguardian.proposal.waitingDecree": "You accepted: the coordinators will record the court's decree of appointment.",

  "tutelaguardian.age.years": "{years} years",
  "tutelaguardian.age.estimated": "about {years} years (estimated age)",
  "tutelaguardian.age.unknown": "Unknown",

  "tutelaguardian.minors.title": "My minors",
  "tutelaguardian.minors.none": "No minors are in your care at the moment.",
  "tutelaguardian.minors.caption": "Minors you are the guardian of, with their next open deadlines",
  "tutelaguardian.minors.minor": "Minor",
  "tutelaguardian.minors.age": "Age",
  "tutelaguardian.minors.facility": "Reception facility",
  "tutelaguardian.minors.next": "Next deadlines",
  "tutelaguardian.minors.noDeadlines": "No open deadlines",
  "tutelaguardian.minors.more": "and {count} more: open the record",

  "tutelaguardian.upcoming.title": "Next deadlines",
  "tutelaguardian.upcoming.caption": "The next deadlines of all your minors, overdue ones first",
  "tutelaguardian.upcoming.none": "No open deadlines.",
  "tutelaguardian.upcoming.date": "Date",
  "tutelaguardian.upcoming.minor": "Minor",
  "tutelaguardian.upcoming.what": "Deadline",
  "tutelaguardian.upcoming.state": "State",

  "tutelaguardian.feed.title": "Deadlines calendar",
  "tutelaguardian.feed.intro": "You can see your minors' deadlines in the calendar app of your phone or computer (Google Calendar, Outlook, Apple Calendar…): create a secret address and add it to the app as a \"calendar from URL\" or \"subscription\". The calendar updates by itself.",
  "tutelaguardian.feed.privacy": "Calendar apps keep data on their servers: that is why the calendar shows only the minor's code and the kind of deadline, never the name.",
  "tutelaguardian.feed.none": "You have not created a calendar address yet.",
  "tutelaguardian.feed.exists": "You created the calendar address on {date}. For safety it is not shown again: if you lost it, or fear that someone else knows it, renew it. The old address stops working at once.",
  "tutelaguardian.feed.create": "Create the calendar address",
  "tutelaguardian.feed.renew": "Renew the calendar address",
  "tutelaguardian.feed.created": "The calendar address is ready.",
  "tutelaguardian.feed.renewed": "You have a new calendar address: the previous one no longer works.",
  "tutelaguardian.feed.address": "Calendar address",
  "tutelaguardian.feed.copyNow": "Copy it now and paste it into your calendar app: it will not be shown again. If you lose it, renew it (the old address will stop working).",

  "tutelaguardian.ended.title": "Ended guardianships",
  "tutelaguardian.ended.item": "{code}, ended on {date}",
  "tutelaguardian.ended.itemNoDate": "{code}, ended",

  "tutelaguardian.ics.name": "Guardianship deadlines",
  "tutelaguardian.ics.summary": "{code}: {kind}",
  "tutelaguardian.ics.description": "Deadline of guardianship {code}. Details are in the Portale Tutori.",
};

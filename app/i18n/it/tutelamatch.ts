// Italian: Tutele — the coordinators' appointment desk of one minor (/tutele/:codice/tutela).
export const tutelamatch = {
  "tutelamatch.title": "Abbinamento e tutela",
  "tutelamatch.back": "← Scheda del minore {code}",
  "tutelamatch.unknown": "Non indicato",

  "tutelamatch.minor.label": "Il minore",
  "tutelamatch.minor.code": "Codice",
  "tutelamatch.minor.name": "Nome e cognome",
  "tutelamatch.minor.ageLabel": "Età",
  "tutelamatch.minor.age": "{age} anni",
  "tutelamatch.minor.ageEstimated": "circa {age} anni (età stimata)",
  "tutelamatch.minor.languages": "Lingue",
  "tutelamatch.minor.province": "Provincia della struttura",
  "tutelamatch.minor.status": "Stato",

  "tutelamatch.none.title": "Nessuna azione da fare",

  "tutelamatch.outcome.proposta": "Proposta inviata: il tutore riceve una notifica e può accettare o rifiutare.",
  "tutelamatch.outcome.ritirata": "Proposta ritirata: il minore è di nuovo in attesa di un tutore.",
  "tutelamatch.outcome.decreto": "Decreto registrato: la tutela è attiva e le scadenze del minore sono state create.",
  "tutelamatch.outcome.chiusa": "Tutela chiusa.",

  "tutelamatch.error.intent": "Azione non riconosciuta: ricarica la pagina e riprova.",
  "tutelamatch.error.stale": "La pagina non è aggiornata: ricaricala e riprova.",
  "tutelamatch.error.withdrawActive": "Questa tutela è già attiva: per terminarla usa il modulo «Chiudi la tutela».",
  "tutelamatch.error.notActive": "Si può chiudere solo una tutela attiva; una proposta si ritira.",

  "tutelamatch.suggestions.title": "Tutori suggeriti",
  "tutelamatch.suggestions.intro":
    "Tutori iscritti nell'elenco, con il corso obbligatorio completato, disponibili e con posti liberi, in ordine di idoneità: stessa provincia, lingua in comune, posti liberi, formazione continua in regola.",
  "tutelamatch.suggestions.empty": "Nessun tutore del distretto può essere suggerito in questo momento.",
  "tutelamatch.suggestions.caption": "Tutori suggeriti, dal più adatto",

  "tutelamatch.col.rank": "N.",
  "tutelamatch.col.guardian": "Tutore",
  "tutelamatch.col.province": "Provincia",
  "tutelamatch.col.languages": "Lingue",
  "tutelamatch.col.caseload": "Minori seguiti",
  "tutelamatch.col.training": "Formazione",
  "tutelamatch.col.reasons": "Perché è suggerito",
  "tutelamatch.col.action": "Azione",
  "tutelamatch.col.status": "Stato",
  "tutelamatch.col.proposedAt": "Proposta del",
  "tutelamatch.col.respondedAt": "Risposta del",
  "tutelamatch.col.decreeDate": "Decreto del",
  "tutelamatch.col.endedAt": "Chiusa il",
  "tutelamatch.col.overrideReason": "Motivo del superamento del limite",
  "tutelamatch.col.notes": "Note",

  "tutelamatch.caseload": "{n} su {max}",
  "tutelamatch.training.mandatory": "Corso obbligatorio",
  "tutelamatch.training.mandatoryMissing": "Corso obbligatorio mancante",
  "tutelamatch.training.hours": "{hours} ore quest'anno",
  "tutelamatch.reason.none": "Nessun criterio in comune",

  "tutelamatch.excluded.summary": "Tutori non suggeriti ({n})",
  "tutelamatch.excluded.intro":
    "Chi ha già il numero massimo di minori si può proporre solo scrivendo il motivo; gli altri non si possono proporre.",
  "tutelamatch.exclusion.not_listed": "non iscritto nell'elenco del tribunale",
  "tutelamatch.exclusion.mandatory_missing": "corso obbligatorio non completato",
  "tutelamatch.exclusion.unavailable": "non disponibile",
  "tutelamatch.exclusion.at_capacity": "ha già il numero massimo di minori",

  "tutelamatch.propose.button": "Proponi",
  "tutelamatch.propose.anyway": "Proponi comunque",
  "tutelamatch.propose.overrideReason": "Motivo per superare il limite di minori",
  "tutelamatch.propose.overrideHint": "Per esempio: fratelli affidati allo stesso tutore.",

  "tutelamatch.proposed.title": "Proposta in attesa di risposta",
  "tutelamatch.proposed.waiting": "In attesa della risposta del tutore: riceverai una notifica quando accetta o rifiuta.",
  "tutelamatch.withdraw.hint": "Ritirando la proposta il minore torna in attesa e puoi proporre un'altra persona.",
  "tutelamatch.withdraw.button": "Ritira la proposta",

  "tutelamatch.accepted.title": "Proposta accettata, in attesa del decreto",
  "tutelamatch.decree.title": "Registra il decreto del tribunale",
  "tutelamatch.decree.date": "Data del decreto di nomina",
  "tutelamatch.decree.hint": "La tutela diventa attiva da questa data; non può essere nel futuro.",
  "tutelamatch.decree.button": "Registra il decreto",

  "tutelamatch.active.title": "Tutela attiva",
  "tutelamatch.end.title": "Chiudi la tutela",
  "tutelamatch.end.reason": "Motivo della chiusura",
  "tutelamatch.end.choose": "Scegli il motivo…",
  "tutelamatch.end.date": "Data di chiusura",
  "tutelamatch.end.consequence":
    "Il tutore non vedrà più la scheda del minore. Con «Revoca del tutore» o «Altro motivo» il minore torna in attesa di un nuovo tutore; con gli altri motivi la sua tutela è conclusa.",
  "tutelamatch.end.button": "Chiudi la tutela",

  "tutelamatch.history.title": "Storico degli abbinamenti",
  "tutelamatch.history.empty": "Nessun abbinamento finora.",
  "tutelamatch.history.withdrawn": "Proposta ritirata dal coordinamento.",
  "tutelamatch.history.endReason": "Motivo: {reason}.",
  "tutelamatch.history.declineReason": "Rifiutata: «{reason}»",
  "tutelamatch.history.declinedNoReason": "Rifiutata senza motivo indicato.",
  "tutelamatch.history.override": "Oltre il limite di minori: {reason}",
} as const;

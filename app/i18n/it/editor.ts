// Italian: the Markdown editor (TipTap toolbar and the plain-text fallback) of every writing form.
export const editor = {
  "authoring.editor.toolbar": "Formattazione del testo",
  "authoring.editor.bold": "Grassetto",
  "authoring.editor.italic": "Corsivo",
  "authoring.editor.h2": "Titolo",
  "authoring.editor.h3": "Sottotitolo",
  "authoring.editor.bulletList": "Elenco puntato",
  "authoring.editor.orderedList": "Elenco numerato",
  "authoring.editor.link": "Collegamento",
  "authoring.editor.linkPrompt": "Indirizzo del collegamento (https://…); lascia vuoto per toglierlo:",
  "authoring.editor.linkInvalid": "Sono ammessi solo indirizzi http, https, mailto o pagine del portale.",
  "authoring.editor.undo": "Annulla",
  "authoring.editor.redo": "Ripeti",
  "authoring.editor.plainOnly": "Questo testo contiene una tabella, che l'editor visuale non sa conservare: modificalo direttamente in Markdown.",
  "authoring.editor.loading": "Caricamento dell'editor…",
};

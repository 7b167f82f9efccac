// English: the Markdown editor (TipTap toolbar and the plain-text fallback) of every writing form.
import type { Catalog } from "../types";
import type { editor as it } from "../it/editor";

export const editor: Catalog<typeof it> = {
  "authoring.editor.toolbar": "Text formatting",
  "authoring.editor.bold": "Bold",
  "authoring.editor.italic": "Italic",
  "authoring.editor.h2": "Heading",
  "authoring.editor.h3": "Subheading",
  "authoring.editor.bulletList": "Bulleted list",
  "authoring.editor.orderedList": "Numbered list",
  "authoring.editor.link": "Link",
  "authoring.editor.linkPrompt": "Link address (https://…); leave empty to remove it:",
  "authoring.editor.linkInvalid": "Only http, https, mailto addresses or portal pages are allowed.",
  "authoring.editor.undo": "Undo",
  "authoring.editor.redo": "Redo",
  "authoring.editor.plainOnly": "This text contains a table, which the visual editor cannot keep: edit it directly in Markdown.",
  "authoring.editor.loading": "Loading the editor…",
};

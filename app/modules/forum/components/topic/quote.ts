// The Markdown of a quote: a blockquote opened by "**Name** wrote:" (the caller translates it).

/** Escapes what Markdown would read as formatting in a person's name. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, "\\$1");
}

/**
 * `> **Anna Verdi** ha scritto:` then every line of the post, quoted, and an empty line so the
 * reply goes on below the quote.
 */
export function quoteMarkdown(heading: string, bodyMd: string): string {
  const lines = bodyMd.trim().split(/\r?\n/).map((line) => (line.trim() === "" ? ">" : `> ${line}`));
  return `> ${heading}\n>\n${lines.join("\n")}\n\n`;
}

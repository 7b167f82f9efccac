// The one Markdown pipeline: marked → HTML with raw HTML escaped, links limited to http(s),
// mailto and portal paths, images shown as their text, headings starting at level 2.
import { Marked, type Tokens } from "marked";

const ALLOWED_LINK = /^(https?:|mailto:)/i;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Whether a link target may be followed: http(s), mailto, or a path or anchor of the portal. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  // Browsers ignore tabs and newlines inside URLs ("java\tscript:"), so refuse any control char.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  // "//host" and "/\host" are other sites to a browser.
  if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/\\")) return true;
  if (trimmed.startsWith("#")) return true;
  return ALLOWED_LINK.test(trimmed);
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
      const depth = Math.min(6, Math.max(2, token.depth + (token.depth === 1 ? 1 : 0)));
      return `<h${depth}>${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
    },
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      if (!isSafeHref(token.href)) return text;
      const external = /^https?:/i.test(token.href.trim());
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
      const rel = external ? ` rel="nofollow noopener noreferrer"` : "";
      return `<a href="${escapeHtml(token.href.trim())}"${title}${rel}>${text}</a>`;
    },
    image(token: Tokens.Image) {
      return escapeHtml(token.text);
    },
  },
});

/** Renders Markdown to HTML that is safe to insert into a page. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string;
}

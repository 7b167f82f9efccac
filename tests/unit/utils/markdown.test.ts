// The Markdown pipeline renders what authors write and nothing that could run in a reader's browser.
import { describe, expect, it } from "vitest";
import { isSafeHref, renderMarkdown } from "../../../app/utils/markdown.server";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown: headings from level 2, lists, emphasis, tables, safe links", () => {
    const html = renderMarkdown("# Titolo\n\n## Sezione\n\n- uno\n- **due**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[Normattiva](https://www.normattiva.it/)");
    expect(html).toContain("<h2>Titolo</h2>");
    expect(html).toContain("<h2>Sezione</h2>");
    expect(html).toContain("<li><strong>due</strong></li>");
    expect(html).toContain("<table>");
    expect(html).toContain('<a href="https://www.normattiva.it/" rel="nofollow noopener noreferrer">Normattiva</a>');
  });

  it("escapes script tags and event handlers instead of rendering them", () => {
    const html = renderMarkdown('Ciao <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<div onclick="x()">y</div>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<div/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("onerror=&quot;alert(2)&quot;");
  });

  it("drops javascript:, data: and protocol-relative links but keeps their text", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x", "vbscript:x"]) {
      const html = renderMarkdown(`[clicca](${href})`);
      expect(html).not.toContain("<a ");
      expect(html).toContain("clicca");
    }
    expect(renderMarkdown("<javascript:alert(1)>")).not.toContain("<a ");
  });

  it("shows images as their description and keeps portal links and mail links", () => {
    expect(renderMarkdown("![foto del minore](https://example.org/x.jpg)")).not.toContain("<img");
    expect(renderMarkdown("[profilo](/profilo)")).toContain('<a href="/profilo">profilo</a>');
    expect(renderMarkdown("[scrivi](mailto:info@example.org)")).toContain('href="mailto:info@example.org"');
  });

  it("escapes quotes in link titles and targets", () => {
    const html = renderMarkdown('[x](https://example.org/"onmouseover="alert(1) "t\\"itle")');
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });
});

describe("isSafeHref", () => {
  it("accepts http(s), mailto, portal paths and anchors only", () => {
    expect(isSafeHref("https://a.example")).toBe(true);
    expect(isSafeHref("/formazione")).toBe(true);
    expect(isSafeHref("#fonti")).toBe(true);
    expect(isSafeHref("//a.example")).toBe(false);
    expect(isSafeHref("/\\a.example")).toBe(false);
    expect(isSafeHref("ftp://a.example")).toBe(false);
  });
});

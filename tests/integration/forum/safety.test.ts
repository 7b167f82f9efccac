// Markdown and mention safety in forum posts: what a member writes is stored as Markdown and
// served as HTML in which scripts, event handlers, javascript: links and HTML in names are inert.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forumPosts, notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { highlightMentions, mentionCandidates } from "../../../app/modules/forum/mentions.server";
import { createTopic, reply } from "../../../app/modules/forum/posts.server";
import { topicPage } from "../../../app/modules/forum/reading.server";
import { useTestDatabase } from "../../support/database";
import { createCategory, member } from "../../fixtures/forum";

useTestDatabase();

async function postHtml(body: string) {
  const category = await createCategory();
  const author = await member();
  const created = await createTopic(author, category.id, { title: "Prova di sicurezza", body, confermaPrivacy: false });
  if (!created.ok) throw new Error("not created");
  const [row] = await db().select().from(forumPosts).where(eq(forumPosts.id, created.postId));
  return row.bodyHtml;
}

describe("forum post rendering", () => {
  it("escapes script tags and inline HTML", async () => {
    const html = await postHtml('Ciao <script>alert("x")</script> e <img src=x onerror="alert(1)"> fine');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("drops javascript: and data: link targets but keeps the link text", async () => {
    const html = await postHtml("[clicca](javascript:alert(1)) [dati](data:text/html,<b>x</b>) [ok](https://www.interno.gov.it)");
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain("clicca");
    expect(html).toContain('<a href="https://www.interno.gov.it" rel="nofollow noopener noreferrer">ok</a>');
  });

  it("renders no event handler from Markdown attributes or autolinks", async () => {
    const html = await postHtml('<a href="https://x.org" onclick="alert(1)">x</a> <https://x.org/"onmouseover="alert(1)>');
    // No tag carries an event-handler attribute (a quote inside href stays escaped as &quot;).
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).toContain("&lt;a href=&quot;https://x.org&quot; onclick=&quot;alert(1)&quot;&gt;");
  });

  it("keeps HTML in a member's name inert when the name is mentioned and highlighted", () => {
    const name = 'Eva <img src=x onerror="alert(1)">';
    const html = highlightMentions("<p>Ciao @Eva &lt;img src=x onerror=&quot;alert(1)&quot;&gt; come va?</p>", [name]);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('<span class="mention">@Eva &lt;img');
  });

  it("does not highlight mentions inside links or code", () => {
    const html = highlightMentions('<p><a href="/x">@Anna Bianchi</a> <code>@Anna Bianchi</code> @Anna Bianchi</p>', ["Anna Bianchi"]);
    expect(html.match(/class="mention"/g)).toHaveLength(1);
    expect(html).toContain('<a href="/x">@Anna Bianchi</a>');
  });

  it("does not read e-mail addresses as mentions", () => {
    expect(mentionCandidates("scrivi a ufficio@comune.milano.it")).toEqual([]);
    expect(mentionCandidates("grazie @Anna Bianchi!")).toContain("anna bianchi");
  });
});

describe("mentions", () => {
  it("notifies the longest matching name once, and never the author", async () => {
    const category = await createCategory({ districtCode: "BS" });
    const anna = await member({ name: "Anna", roles: [["guardian", "BS"]] });
    const annaBianchi = await member({ name: "Anna Bianchi", roles: [["coordinator", "BS"]] });
    const author = await member({ name: "Marco Gialli", roles: [["guardian", "BS"]] });
    const created = await createTopic(author, category.id, {
      title: "Conversione del permesso",
      body: "@Anna Bianchi sai come funziona? Anche @anna bianchi e @Marco Gialli",
      confermaPrivacy: false,
    });
    if (!created.ok) throw new Error("not created");
    const mine = async (userId: string) => db().select().from(notifications).where(eq(notifications.userId, userId));
    expect((await mine(annaBianchi.id)).map((n) => n.kind)).toEqual(["forum_mention"]);
    expect(await mine(anna.id)).toEqual([]);
    expect(await mine(author.id)).toEqual([]);
    // A reply naming her again notifies again (a new post), editing does not (tested in core).
    await reply(author, created.topicId, { body: "@Anna Bianchi ci sei?", confermaPrivacy: false });
    expect(await mine(annaBianchi.id)).toHaveLength(2);
    const page = await topicPage(annaBianchi, created.topicId);
    expect(page.posts[0].bodyHtml).toContain('<span class="mention">@Anna Bianchi</span>');
    expect(page.posts[0].bodyHtml).not.toContain('<span class="mention">@Marco Gialli</span>');
  });
});

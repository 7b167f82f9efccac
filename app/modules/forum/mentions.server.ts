// Mentions: "@Nome Cognome" in a post names a member. The longest run of up to four words after
// "@" that is someone's name (case-insensitive) wins; only members who may read the category are
// mentioned (and notified). Names are shown escaped, so HTML in a name stays text.
import { and, inArray, isNull, sql } from "drizzle-orm";
import { userRoles, users } from "../../../db/schema";
import type { DbOrTx } from "~/db.server";
import type { RoleGrant } from "~/modules/auth/roles";
import { escapeHtml } from "~/utils/markdown.server";
import { canRead, type CategoryAccess } from "./policy.server";

const MAX_WORDS = 4;
// "@" at the start or after a non-word character (so e-mail addresses are not mentions), then words.
const MENTION = /(^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}][\p{L}\p{N}'’._-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’._-]*){0,3})/gu;

const normal = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("it");

/** Every run of 1..4 words following an "@": the names the text might mention. */
export function mentionCandidates(markdown: string): string[] {
  const found = new Set<string>();
  for (const match of markdown.matchAll(MENTION)) {
    const words = match[2].split(/[ \t]+/);
    for (let n = 1; n <= Math.min(MAX_WORDS, words.length); n++) {
      // Trailing punctuation ("@Giulia Rossi,") is not part of a name.
      found.add(normal(words.slice(0, n).join(" ").replace(/[.'’_-]+$/u, "")));
    }
  }
  found.delete("");
  return [...found];
}

export interface Mentioned {
  id: string;
  name: string;
}

/**
 * The members the text mentions who may read the category, each once. `authorId` is left out
 * (naming oneself notifies nobody).
 */
export async function resolveMentions(
  tx: DbOrTx,
  markdown: string,
  category: CategoryAccess,
  authorId: string,
): Promise<Mentioned[]> {
  const candidates = mentionCandidates(markdown);
  if (candidates.length === 0) return [];
  const people = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(sql`lower(${users.name})`, candidates), isNull(users.disabledAt)));
  if (people.length === 0) return [];
  const grants = await tx
    .select({ userId: userRoles.userId, role: userRoles.role, districtCode: userRoles.districtCode })
    .from(userRoles)
    .where(inArray(userRoles.userId, people.map((p) => p.id)));
  const rolesOf = (id: string) => grants.filter((g) => g.userId === id) as unknown as RoleGrant[];
  const byName = new Map<string, Mentioned[]>();
  for (const p of people) {
    if (p.id === authorId || !canRead({ id: p.id, roles: rolesOf(p.id) }, category)) continue;
    const key = normal(p.name);
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  // For each "@", the longest matching name only ("@Anna Bianchi" is not also "@Anna").
  const chosen = new Map<string, Mentioned>();
  for (const match of markdown.matchAll(MENTION)) {
    const words = match[2].split(/[ \t]+/);
    for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
      const key = normal(words.slice(0, n).join(" ").replace(/[.'’_-]+$/u, ""));
      const hit = byName.get(key);
      if (hit) {
        for (const p of hit) chosen.set(p.id, p);
        break;
      }
    }
  }
  return [...chosen.values()];
}

/**
 * Marks "@Name" of the mentioned members in rendered (already safe) HTML. Only text between tags
 * is touched, never inside <a>, <code> or <pre>; the name is compared in its escaped form.
 */
export function highlightMentions(html: string, names: readonly string[]): string {
  if (names.length === 0) return html;
  const escaped = [...new Set(names.map((n) => escapeHtml(n)))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `@(${escaped.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  let skip = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith("<")) {
        const tag = /^<(\/?)(a|code|pre)\b/i.exec(part);
        if (tag) skip += tag[1] ? -1 : 1;
        return part;
      }
      if (skip > 0) return part;
      return part.replace(pattern, (m) => `<span class="mention">${m}</span>`);
    })
    .join("");
}

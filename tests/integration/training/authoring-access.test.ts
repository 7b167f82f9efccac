// Who may use the authoring pages: trainers (either district) and admins; every other role gets
// 403 and anonymous visitors go to the login page — for every loader and every action.
import { describe, expect, it, beforeAll } from "vitest";
import * as home from "../../../app/routes/formazione.gestione._index";
import * as newCourse from "../../../app/routes/formazione.gestione.corsi.nuovo";
import * as course from "../../../app/routes/formazione.gestione.corsi.$corso._index";
import * as newModule from "../../../app/routes/formazione.gestione.corsi.$corso.moduli.nuovo";
import * as editor from "../../../app/routes/formazione.gestione.moduli.$id._index";
import * as versions from "../../../app/routes/formazione.gestione.moduli.$id.versioni";
import * as quiz from "../../../app/routes/formazione.gestione.moduli.$id.quiz";
import * as conflicts from "../../../app/routes/formazione.gestione.conflitti";
import { createCourse, createPublishedModule } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
type Fn = (args: { request: Request; params: Record<string, string>; context: typeof context }) => Promise<unknown>;

interface Case {
  name: string;
  path: string;
  params: Record<string, string>;
  loader: Fn;
  action?: Fn;
  /** A harmless, invalid submission: authorised users get a 400, not a change. */
  fields?: Record<string, string>;
}

let cases: Case[] = [];

beforeAll(async () => {
  const c = await createCourse({ slug: `accesso-${engine}` });
  const m = await createPublishedModule(c.id);
  const mp = { id: m.id };
  const cp = { corso: c.slug };
  cases = [
    { name: "overview", path: "/formazione/gestione", params: {}, loader: home.loader as Fn },
    { name: "new course", path: "/formazione/gestione/corsi/nuovo", params: {}, loader: newCourse.loader as Fn, action: newCourse.action as Fn, fields: { intent: "save" } },
    { name: "course", path: `/formazione/gestione/corsi/${c.slug}`, params: cp, loader: course.loader as Fn, action: course.action as Fn, fields: { intent: "save" } },
    { name: "new module", path: `/formazione/gestione/corsi/${c.slug}/moduli/nuovo`, params: cp, loader: newModule.loader as Fn, action: newModule.action as Fn, fields: { intent: "save" } },
    { name: "module editor", path: `/formazione/gestione/moduli/${m.id}`, params: mp, loader: editor.loader as Fn, action: editor.action as Fn, fields: { intent: "save" } },
    { name: "versions", path: `/formazione/gestione/moduli/${m.id}/versioni`, params: mp, loader: versions.loader as Fn, action: versions.action as Fn, fields: { intent: "nothing" } },
    { name: "quiz", path: `/formazione/gestione/moduli/${m.id}/quiz`, params: mp, loader: quiz.loader as Fn, action: quiz.action as Fn, fields: { intent: "save", passMark: "0", "q-0-text": "" } },
    { name: "conflicts", path: "/formazione/gestione/conflitti", params: {}, loader: conflicts.loader as Fn, action: conflicts.action as Fn, fields: { intent: "nothing" } },
  ];
});

describe(`authoring access (${engine})`, () => {
  it("sends anonymous visitors to the login page, for loaders and actions", async () => {
    for (const c of cases) {
      const got = await outcome(() => c.loader({ request: getRequest(c.path), params: c.params, context }));
      expect(got.status, c.name).toBe(302);
      expect(got.location, c.name).toBe(`/accedi?redirectTo=${encodeURIComponent(c.path)}`);
      if (c.action) {
        const posted = await outcome(() => c.action!({ request: formRequest(c.path, c.fields ?? {}), params: c.params, context }));
        expect(posted.status, `${c.name} action`).toBe(302);
        expect(posted.location).toMatch(/^\/accedi\?redirectTo=/);
      }
    }
  });

  it("refuses guardians, candidates, coordinators and legal consultants (403)", async () => {
    const people = await Promise.all([
      createUser({ roles: [["guardian", "MI"]] }),
      createUser({ roles: [["candidate", "MI"]] }),
      createUser({ roles: [["coordinator", "BS"]] }),
      createUser({ roles: [["legal_consultant", "MI"]] }),
      createUser({ roles: [["guardian", "BS"], ["coordinator", "MI"]] }),
    ]);
    for (const person of people) {
      const cookie = await sessionCookieFor(person.id);
      for (const c of cases) {
        const got = await outcome(() => c.loader({ request: getRequest(c.path, cookie), params: c.params, context }));
        expect(got.status, `${c.name} for ${person.email}`).toBe(403);
        if (c.action) {
          const posted = await outcome(() => c.action!({ request: formRequest(c.path, c.fields ?? {}, cookie), params: c.params, context }));
          expect(posted.status, `${c.name} action for ${person.email}`).toBe(403);
        }
      }
    }
  });

  it("lets trainers of Milano and of Brescia, and admins, in", async () => {
    const people = await Promise.all([
      createUser({ roles: [["trainer", "MI"]] }),
      createUser({ roles: [["trainer", "BS"]] }),
      createUser({ roles: [["admin", null]] }),
    ]);
    for (const person of people) {
      const cookie = await sessionCookieFor(person.id);
      for (const c of cases) {
        const got = await outcome(() => c.loader({ request: getRequest(c.path, cookie), params: c.params, context }));
        expect(got.status, `${c.name} for ${person.email}`).toBe(200);
        if (c.action) {
          const posted = await outcome(() => c.action!({ request: formRequest(c.path, c.fields ?? {}, cookie), params: c.params, context }));
          expect(posted.status, `${c.name} action`).toBe(400);
        }
      }
    }
  });

  it("answers 404 for unknown courses and modules, and malformed ids", async () => {
    const trainer = await createUser({ roles: [["trainer", "MI"]] });
    const cookie = await sessionCookieFor(trainer.id);
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const [fn, params] of [
      [course.loader, { corso: "non-esiste" }],
      [course.loader, { corso: "Non Valido" }],
      [newModule.loader, { corso: "non-esiste" }],
      [editor.loader, { id: missing }],
      [editor.loader, { id: "abc" }],
      [versions.loader, { id: missing }],
      [quiz.loader, { id: "123" }],
    ] as const) {
      const got = await outcome(() => (fn as Fn)({ request: getRequest("/formazione/gestione/x", cookie), params, context }));
      expect(got.status, JSON.stringify(params)).toBe(404);
    }
  });
});

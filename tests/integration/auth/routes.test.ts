// The account routes as the browser calls them: authorisation, validation messages, kept input.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, users, userTokens } from "../../../db/schema";
import { db } from "../../../app/db.server";
import * as login from "../../../app/routes/accedi";
import * as logout from "../../../app/routes/esci";
import * as healthz from "../../../app/routes/healthz";
import * as pledge from "../../../app/routes/impegno";
import * as language from "../../../app/routes/lingua";
import * as profile from "../../../app/routes/profilo";
import * as register from "../../../app/routes/registrati";
import * as reset from "../../../app/routes/reimposta-password.$token";
import { hashToken } from "../../../app/modules/auth/tokens.server";
import * as verify from "../../../app/routes/verifica-email.$token";
import { getCurrentUser } from "../../../app/modules/auth/user.server";
import { createUser, TEST_PASSWORD } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "n", clientIp: "127.0.0.1" };
type Payload = { errors: Record<string, string>; values: Record<string, string> };
const payload = (value: unknown) => (value as { data: Payload }).data;

describe(`account routes (${engine})`, () => {
  it("sends anonymous visitors of /profilo to the login page, and back afterwards", async () => {
    const result = await outcome(() => profile.loader({ request: getRequest("/profilo"), params: {}, context: ctx }));
    expect(result.status).toBe(302);
    expect(result.location).toBe("/accedi?redirectTo=%2Fprofilo");

    const user = await createUser();
    const logged = await outcome(() =>
      login.action({
        request: formRequest("/accedi", { email: user.email, password: TEST_PASSWORD, redirectTo: "/profilo" }),
        params: {},
        context: ctx,
      }),
    );
    expect(logged.status).toBe(302);
    expect(logged.location).toBe("/profilo");
  });

  it("never redirects after login to another site", async () => {
    const user = await createUser();
    const logged = await outcome(() =>
      login.action({
        request: formRequest("/accedi", { email: user.email, password: TEST_PASSWORD, redirectTo: "//evil.example/x" }),
        params: {},
        context: ctx,
      }),
    );
    expect(logged.location).toBe("/");
  });

  it("asks for the pledge before anything else until it is accepted", async () => {
    const user = await createUser({ pledge: false });
    const cookie = await sessionCookieFor(user.id);
    const before = await outcome(() => profile.loader({ request: getRequest("/profilo", cookie), params: {}, context: ctx }));
    expect(before.location).toBe("/impegno?redirectTo=%2Fprofilo");
    const refused = await outcome(() =>
      pledge.action({ request: formRequest("/impegno", { redirectTo: "/profilo" }, cookie), params: {}, context: ctx }),
    );
    expect(refused.status).toBe(400);
    const accepted = await outcome(() =>
      pledge.action({ request: formRequest("/impegno", { accept: "on", redirectTo: "/profilo" }, cookie), params: {}, context: ctx }),
    );
    expect(accepted.location).toBe("/profilo");
    const after = await outcome(() => profile.loader({ request: getRequest("/profilo", cookie), params: {}, context: ctx }));
    expect(after.status).toBe(200);
  });

  it("answers bad registration input field by field, keeps the input, writes nothing", async () => {
    const count = async () => (await db().select().from(users)).length;
    const before = await count();
    const bad = await outcome(() =>
      register.action({
        request: formRequest("/registrati", { name: "Anna Verdi", email: "not-an-email", password: "short", district: "XX" }),
        params: {},
        context: ctx,
      }),
    );
    expect(bad.status).toBe(400);
    const { errors, values } = payload(bad.value);
    expect(errors).toEqual({
      email: "validation.email",
      password: "validation.passwordShort",
      district: "validation.district",
      privacy: "validation.privacy",
    });
    expect(values).toMatchObject({ name: "Anna Verdi", email: "not-an-email" });
    expect(values).not.toHaveProperty("password");
    expect(await count()).toBe(before);

    const existing = await createUser();
    const taken = await outcome(() =>
      register.action({
        request: formRequest("/registrati", {
          name: "Anna Verdi",
          email: existing.email.toUpperCase(),
          password: "a long enough password",
          district: "MI",
          privacy: "on",
        }),
        params: {},
        context: ctx,
      }),
    );
    expect(taken.status).toBe(409);
    expect(payload(taken.value).errors).toEqual({ email: "auth.register.emailTaken" });
    expect(payload(taken.value).values.name).toBe("Anna Verdi");
    expect(await count()).toBe(before + 1);
    expect(await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, existing.email))).toHaveLength(0);
  });

  it("logging out ends the session on the server", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    expect(await getCurrentUser(getRequest("/", cookie))).not.toBeNull();
    const out = await outcome(() => logout.action({ request: formRequest("/esci", {}, cookie), params: {}, context: ctx }));
    expect(out.location).toBe("/accedi?stato=uscito");
    expect(await getCurrentUser(getRequest("/", cookie))).toBeNull();
  });

  it("keeps the language choice in a cookie and in the profile", async () => {
    const user = await createUser({ locale: "it" });
    const cookie = await sessionCookieFor(user.id);
    const res = await outcome(() =>
      language.action({ request: formRequest("/lingua", { locale: "en", redirectTo: "/profilo" }, cookie), params: {}, context: ctx }),
    );
    expect(res.location).toBe("/profilo");
    expect((res.value as Response).headers.get("set-cookie")).toContain("portale_lang=en");
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row.locale).toBe("en");
  });

  it("shows an unknown verification link as invalid, not as an error page", async () => {
    const res = await outcome(() =>
      verify.loader({ request: getRequest("/verifica-email/x"), params: { token: "a".repeat(32) }, context: ctx }),
    );
    expect(res.status).toBe(404);
    expect((res.value as { data: { problem: string } }).data.problem).toBe("auth.token.invalid");
  });

  it("explains an expired reset link and does not change the password with it", async () => {
    const user = await createUser();
    const token = "a".repeat(16) + "b".repeat(16);
    await db().insert(userTokens).values({
      tokenHash: hashToken(token),
      userId: user.id,
      purpose: "reset_password",
      expiresAt: new Date(Date.now() - 60_000),
    });
    const shown = await outcome(() => reset.loader({ request: getRequest(`/reimposta-password/${token}`), params: { token }, context: ctx }));
    expect(shown.status).toBe(410);
    expect((shown.value as { data: { problem: string } }).data.problem).toBe("auth.token.expired");
    const posted = await outcome(() =>
      reset.action({
        request: formRequest(`/reimposta-password/${token}`, { password: "a brand new password", confirm: "a brand new password" }),
        params: { token },
        context: ctx,
      }),
    );
    expect(posted.status).toBe(410);
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row.passwordHash).toBe(user.passwordHash);
  });

  it("sends a user who has not accepted the pledge to it right after logging in, in the language chosen before", async () => {
    const user = await createUser({ pledge: false, locale: "it" });
    const request = formRequest("/accedi", { email: user.email, password: TEST_PASSWORD, redirectTo: "/notifiche" });
    request.headers.set("Cookie", "portale_lang=en");
    const res = await outcome(() => login.action({ request, params: {}, context: ctx }));
    expect(res.location).toBe("/impegno?redirectTo=%2Fnotifiche");
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row.locale).toBe("en");
  });

  it("answers /healthz when the database answers", async () => {
    const res = (await healthz.loader()) as Response;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok\n");
  });
});

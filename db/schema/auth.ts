// Accounts, roles per district, sessions, single-use tokens, login throttling, pledge acceptances.
import { relations, sql } from "drizzle-orm";
import {

  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { districts } from "./districts";
import { tsz } from "./columns";

export const ROLES = [
  "candidate",
  "guardian",
  "trainer",
  "legal_consultant",
  "coordinator",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ["it", "en"] as const;
export type Locale = (typeof LOCALES)[number];


export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stored lower-cased; uniqueness enforced on the stored value.
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale").notNull().default("it"),
    phone: text("phone"),
    spokenLanguages: text("spoken_languages").array().notNull().default(sql`'{}'::text[]`),
    emailVerifiedAt: tsz("email_verified_at"),
    disabledAt: tsz("disabled_at"),
    // Why an administrator disabled the account (shown to admins only).
    disabledReason: text("disabled_reason"),
    privacyAcceptedAt: tsz("privacy_accepted_at").notNull(),
    createdAt: tsz("created_at").notNull().defaultNow(),
    updatedAt: tsz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    unique("users_email_unique").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_locale_valid", sql`${t.locale} in ('it','en')`),
    check("users_name_not_blank", sql`length(trim(${t.name})) > 0`),
    check("users_disabled_reason", sql`${t.disabledAt} is null or ${t.disabledReason} is not null`),
  ],
);

export const userRoles = pgTable(
  "user_roles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    districtCode: text("district_code").references(() => districts.code),
    grantedAt: tsz("granted_at").notNull().defaultNow(),
    grantedBy: uuid("granted_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    unique("user_roles_unique").on(t.userId, t.role, t.districtCode).nullsNotDistinct(),
    check(
      "user_roles_role_valid",
      sql`${t.role} in ('candidate','guardian','trainer','legal_consultant','coordinator','admin')`,
    ),
    // admin is the only role without a district; every other role has exactly one.
    check(
      "user_roles_district_scope",
      sql`(${t.role} = 'admin') = (${t.districtCode} is null)`,
    ),
    index("user_roles_user_idx").on(t.userId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    // SHA-256 of the token held in the cookie, hex-encoded; the token itself is never stored.
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: tsz("expires_at").notNull(),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const TOKEN_PURPOSES = ["verify_email", "reset_password"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const userTokens = pgTable(
  "user_tokens",
  {
    // SHA-256 of the token sent by e-mail, hex-encoded.
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<TokenPurpose>().notNull(),
    expiresAt: tsz("expires_at").notNull(),
    usedAt: tsz("used_at"),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("user_tokens_purpose_valid", sql`${t.purpose} in ('verify_email','reset_password')`),
    index("user_tokens_user_idx").on(t.userId, t.purpose),
  ],
);

// Failed login attempts, keyed by "email:<address>" or "ip:<address>"; a fixed window per key.
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: tsz("window_started_at").notNull().defaultNow(),
  lockedUntil: tsz("locked_until"),
});

// Versioned texts every user accepts at first login (confidentiality pledge + code of conduct).
export const pledgeAcceptances = pgTable(
  "pledge_acceptances",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    version: text("version").notNull(),
    acceptedAt: tsz("accepted_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.version] })],
);

export const usersRelations = relations(users, ({ many }) => ({
  roles: many(userRoles),
  sessions: many(sessions),
}));

export const userRolesRelations = relations(userRoles, ({ one }) => ({
  user: one(users, { fields: [userRoles.userId], references: [users.id] }),
  district: one(districts, { fields: [userRoles.districtCode], references: [districts.code] }),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));


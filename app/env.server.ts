// Environment variables, validated once at start.
import * as z from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  PORT: z.coerce.number().int().positive().default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default("data"),
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Portale Tutori <no-reply@portale-tutori.example>"),
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  // Who runs this installation: shown in the privacy notice.
  OPERATOR_NAME: z.string().optional(),
  OPERATOR_ADDRESS: z.string().optional(),
  OPERATOR_EMAIL: z.string().email().optional(),
  DPO_EMAIL: z.string().email().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(
      Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")),
    );
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n${problems.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function secureCookies(): boolean {
  const e = env();
  if (e.SECURE_COOKIES) return e.SECURE_COOKIES === "true";
  return e.NODE_ENV === "production";
}

// Zod schemas of the account forms; messages are catalog keys. Shared by server and client.
import * as z from "zod";

const trimmed = z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string());

export const email = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.string({ error: "validation.emailRequired" }).min(1, "validation.emailRequired").max(254, "validation.email").pipe(z.email("validation.email")),
);

export const newPassword = z
  .string({ error: "validation.passwordShort" })
  .min(12, "validation.passwordShort")
  .max(200, "validation.passwordLong");

export const districtCode = z.enum(["MI", "BS"], { error: "validation.district" });

export const registerSchema = z.object({
  name: trimmed.pipe(z.string().min(1, "validation.nameRequired").max(120, "validation.tooLong")),
  email,
  password: newPassword,
  district: districtCode,
  privacy: z.literal("on", { error: "validation.privacy" }),
});

export const loginSchema = z.object({
  email,
  password: z.string({ error: "validation.required" }).min(1, "validation.required").max(200, "validation.passwordLong"),
  redirectTo: z.string().optional(),
});

export const forgotSchema = z.object({ email });

export const resetSchema = z
  .object({ password: newPassword, confirm: z.string({ error: "validation.required" }) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "validation.passwordMismatch" });

export const changePasswordSchema = z
  .object({
    current: z.string({ error: "validation.required" }).min(1, "validation.required"),
    password: newPassword,
    confirm: z.string({ error: "validation.required" }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "validation.passwordMismatch" });

export const SPOKEN_LANGUAGES = [
  "it", "en", "fr", "es", "ar", "ti", "so", "am", "bn", "ur", "ps", "fa", "sq", "wo", "ff", "pt", "ru", "uk", "zh",
] as const;

export const profileSchema = z.object({
  name: trimmed.pipe(z.string().min(1, "validation.nameRequired").max(120, "validation.tooLong")),
  locale: z.enum(["it", "en"], { error: "validation.choice" }),
  phone: trimmed.pipe(
    z.string().max(30, "validation.phone").regex(/^(\+?[0-9 ]{6,30})?$/, "validation.phone"),
  ),
  spokenLanguages: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(SPOKEN_LANGUAGES, { error: "validation.choice" })))
    .default([]),
});

// The languages a person may say they speak on their profile (labels: lang.spoken.<code>), for the
// profile page without zod. The server validates against the same list in ~/modules/auth/schema:
// the type check below fails if the two ever differ.
import type { SPOKEN_LANGUAGES as VALIDATED } from "~/modules/auth/schema";

export const SPOKEN_LANGUAGES = [
  "it", "en", "fr", "es", "ar", "ti", "so", "am", "bn", "ur", "ps", "fa", "sq", "wo", "ff", "pt", "ru", "uk", "zh",
] as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsValidated: Same<typeof SPOKEN_LANGUAGES, typeof VALIDATED> = true;
void sameAsValidated;

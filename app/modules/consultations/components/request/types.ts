// Shapes the request and thread components receive from their loaders (types only).
import type { Vars } from "~/i18n";

/** Values for the placeholders of each field's error message, by field name. */
export type ErrorVarsData = Partial<Record<string, Vars>>;

export interface FaqHitData {
  id: string;
  category: string;
  question: string;
  /** Safe HTML (escaped text with <mark> around matches). */
  excerptHtml: string;
}

export interface MinorOption {
  id: string;
  code: string;
}

// English: training (Formazione) — learning side.
import type { Catalog } from "../types";
import type { training as it } from "../it/training";

export const training: Catalog<typeof it> = {
  "training.error.notLearner": "Courses are taken with a candidate guardian's or a volunteer guardian's profile.",
};

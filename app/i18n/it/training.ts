// Italian: training (Formazione) — learning side.
export const training = {
  "training.error.notLearner": "I corsi si seguono con un profilo di aspirante tutore o di tutore volontario.",
} as const;

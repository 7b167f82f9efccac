// Small display helpers of the appointment desk (browser-safe).

/** Language codes as the coordinators write them ("AR, FR"): the same on server and browser. */
export function languageList(codes: readonly string[]): string {
  return codes.map((c) => c.toUpperCase()).join(", ");
}

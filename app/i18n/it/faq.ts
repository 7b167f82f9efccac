// Italian: Consulenze legali — faq.
export const faq = {
} as const;

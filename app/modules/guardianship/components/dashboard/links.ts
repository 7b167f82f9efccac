// Addresses of the coordinators' pages for one district (browser-safe).
export const withDistrict = (path: string, district: string) => `${path}${path.includes("?") ? "&" : "?"}distretto=${district}`;
export const csvHref = (list: string, district: string) => withDistrict(`/coordinamento/esporta/${list}`, district);
export const minorHref = (code: string) => `/tutele/${encodeURIComponent(code)}`;
/** A calendar date ("YYYY-MM-DD") at noon UTC, so formatting it in Europe/Rome keeps the day. */
export const calendarDay = (date: string) => `${date}T12:00:00Z`;

// The whole database schema, one file per domain.
export * from "./districts";
export * from "./auth";
export * from "./notifications";
export * from "./audit";
export * from "./training";
export * from "./guardianship";
export * from "./consultations";
export * from "./forum";

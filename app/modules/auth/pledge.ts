// The current version of the confidentiality pledge and code of conduct every user accepts.
// Changing the text means a new version: every user is asked to accept it again at next login.
export const PLEDGE_VERSION = "2026-11";

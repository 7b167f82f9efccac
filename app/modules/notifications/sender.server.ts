// Delivers the outbox (placeholder until the SMTP sender lands).
export function startMailSender(): () => Promise<void> {
  return async () => {};
}

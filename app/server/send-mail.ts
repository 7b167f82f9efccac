// `npm run mail:send`: one digest pass and one delivery pass of the outbox, then exit (cron-friendly).
import { run } from "../../db/scripts/open";
import { env } from "../env.server";
import { BATCH_SIZE, createSmtpTransport, deliverDueMail, runScheduledDigest } from "../modules/notifications/sender.server";
import { sendDailyDigests } from "../modules/notifications/digest.server";

// --digest-now sends every waiting digest now instead of only what arrived before 07:00 (Rome).
const digestNow = process.argv.includes("--digest-now");

await run(async () => {
  const now = new Date();
  const digest = digestNow ? await sendDailyDigests(now) : await runScheduledDigest(now);
  console.log(
    digest.ran
      ? `Digest: ${digest.mails} e-mail(s) covering ${digest.notifications} notification(s).`
      : "Digest: another process is running it; skipped.",
  );
  const url = env().SMTP_URL;
  if (!url) {
    console.log("SMTP_URL is not set: mail stays pending in the outbox (Amministrazione → Posta in uscita).");
    return;
  }
  const transport = createSmtpTransport(url);
  try {
    // Batches until the due mail is done (bounded, so a huge backlog cannot keep the script running).
    const r = { sent: 0, retrying: 0, failed: 0, recovered: 0 };
    for (let pass = 0; pass < 50; pass++) {
      const b = await deliverDueMail(transport, now);
      r.sent += b.sent;
      r.retrying += b.retrying;
      r.failed += b.failed;
      r.recovered += b.recovered;
      if (b.sent + b.retrying + b.failed < BATCH_SIZE) break;
    }
    console.log(`Delivery: ${r.sent} sent, ${r.retrying} to retry, ${r.failed} failed, ${r.recovered} stale claim(s) recovered.`);
  } finally {
    transport.close();
  }
});

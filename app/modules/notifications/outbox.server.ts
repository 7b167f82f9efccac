// Writes e-mails into the transactional outbox; the sender delivers them later.
import { mailOutbox } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  category: string;
  userId?: string | null;
}

export async function enqueueMail(mail: OutgoingMail, tx: DbOrTx = db()): Promise<void> {
  await tx.insert(mailOutbox).values({
    toAddress: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    category: mail.category,
    userId: mail.userId ?? null,
  });
}

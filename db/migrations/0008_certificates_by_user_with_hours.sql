DROP INDEX "certificates_user_idx";--> statement-breakpoint
CREATE INDEX "certificates_user_idx" ON "certificates" USING btree ("user_id","issued_at","hours");
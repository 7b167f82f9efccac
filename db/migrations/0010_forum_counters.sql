CREATE TABLE "forum_category_stats" (
	"category_id" uuid PRIMARY KEY NOT NULL,
	"topics" integer DEFAULT 0 NOT NULL,
	"posts" integer DEFAULT 0 NOT NULL,
	"solved_topics" integer DEFAULT 0 NOT NULL,
	"last_post_at" timestamp with time zone
);--> statement-breakpoint
CREATE TABLE "forum_post_search" (
	"post_id" uuid PRIMARY KEY NOT NULL,
	"category_id" uuid NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"document" "tsvector" NOT NULL
);--> statement-breakpoint
ALTER TABLE "forum_reads" ADD COLUMN "category_id" uuid;--> statement-breakpoint
ALTER TABLE "forum_reads" ADD COLUMN "topic_last_visible_number" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "forum_topics" ADD COLUMN "last_visible_number" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "forum_category_stats" ADD CONSTRAINT "forum_category_stats_category_id_forum_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."forum_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_search" ADD CONSTRAINT "forum_post_search_post_id_forum_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_search" ADD CONSTRAINT "forum_post_search_category_id_forum_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."forum_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_search" ADD CONSTRAINT "forum_post_search_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Issue 7: the forum's pages read figures kept by these triggers instead of counting topics and
-- posts. Triggers rather than application code: the benchmark's seed writes with COPY and
-- INSERT … SELECT too, and the statement-level ones take a whole COPY at once.

-- The category as one more word of forum_post_search.document (no position, so ts_rank is
-- unchanged; a space, so no search text can produce it): the GIN index then finds only the
-- matches in the categories the user reads (websearch_to_tsquery(…) && ('forum category <id>' | …)).
CREATE FUNCTION "forum_post_search_scope"(category uuid) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT array_to_tsvector(ARRAY['forum category ' || category::text])
$$;--> statement-breakpoint
-- Backfill first (before the triggers and the indexes), so existing databases start right.
INSERT INTO "forum_category_stats" (category_id, topics, posts, solved_topics, last_post_at)
  SELECT category_id, count(*), sum(reply_count + 1), count(solved_post_id), max(last_post_at)
  FROM "forum_topics" GROUP BY category_id;--> statement-breakpoint
UPDATE "forum_topics" t SET last_visible_number = v.number
  FROM (SELECT topic_id, max(number) AS number FROM "forum_posts"
        WHERE deleted_at IS NULL AND hidden_at IS NULL GROUP BY topic_id) v
  WHERE v.topic_id = t.id;--> statement-breakpoint
UPDATE "forum_reads" r SET category_id = t.category_id, topic_last_visible_number = t.last_visible_number
  FROM "forum_topics" t WHERE t.id = r.topic_id;--> statement-breakpoint
INSERT INTO "forum_post_search" (post_id, category_id, author_id, created_at, document)
  SELECT p.id, t.category_id, p.author_id, p.created_at, coalesce(p.opening_search, p.search) || forum_post_search_scope(t.category_id)
  FROM "forum_posts" p JOIN "forum_topics" t ON t.id = p.topic_id
  WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL;--> statement-breakpoint
CREATE INDEX "forum_post_search_document_idx" ON "forum_post_search" USING gin ("document");--> statement-breakpoint
CREATE INDEX "forum_post_search_created_idx" ON "forum_post_search" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "forum_reads_unread_idx" ON "forum_reads" USING btree ("user_id","category_id") WHERE "forum_reads"."last_read_number" < "forum_reads"."topic_last_visible_number";--> statement-breakpoint
CREATE INDEX "forum_topics_category_created_idx" ON "forum_topics" USING btree ("category_id","created_at","id");--> statement-breakpoint
-- A category's latest activity: the newer of its pinned and other topics' (two index probes).
-- VOLATILE: called in ON CONFLICT … DO UPDATE after the stats row's lock is taken, it must see what
-- the transaction that held the lock committed (a STABLE function would reuse the older snapshot,
-- and a concurrent write could set an earlier time).
CREATE FUNCTION "forum_category_last_post_at"(category uuid) RETURNS timestamptz LANGUAGE sql VOLATILE AS $$
  SELECT greatest(
    (SELECT max(last_post_at) FROM forum_topics WHERE category_id = category AND pinned),
    (SELECT max(last_post_at) FROM forum_topics WHERE category_id = category AND NOT pinned))
$$;--> statement-breakpoint
-- forum_category_stats from forum_topics: topics, posts and solved topics by difference, the
-- latest activity again for every category touched (a hidden last post or a move can make it
-- earlier). Categories in id order, so two moves in opposite directions never deadlock.
CREATE FUNCTION "forum_category_stats_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO forum_category_stats AS s (category_id, topics, posts, solved_topics, last_post_at)
      SELECT d.category_id, sum(d.topics), sum(d.posts), sum(d.solved), forum_category_last_post_at(d.category_id)
      FROM (SELECT category_id, 1, reply_count + 1, (solved_post_id IS NOT NULL)::int FROM new_topics) d(category_id, topics, posts, solved)
      GROUP BY d.category_id ORDER BY d.category_id
    ON CONFLICT (category_id) DO UPDATE SET topics = s.topics + excluded.topics, posts = s.posts + excluded.posts,
      solved_topics = s.solved_topics + excluded.solved_topics, last_post_at = forum_category_last_post_at(s.category_id);
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO forum_category_stats AS s (category_id, topics, posts, solved_topics, last_post_at)
      SELECT d.category_id, sum(d.topics), sum(d.posts), sum(d.solved), forum_category_last_post_at(d.category_id)
      FROM (SELECT category_id, -1, -(reply_count + 1), -((solved_post_id IS NOT NULL)::int) FROM old_topics) d(category_id, topics, posts, solved)
      GROUP BY d.category_id ORDER BY d.category_id
    ON CONFLICT (category_id) DO UPDATE SET topics = s.topics + excluded.topics, posts = s.posts + excluded.posts,
      solved_topics = s.solved_topics + excluded.solved_topics, last_post_at = forum_category_last_post_at(s.category_id);
  ELSE
    INSERT INTO forum_category_stats AS s (category_id, topics, posts, solved_topics, last_post_at)
      SELECT d.category_id, sum(d.topics), sum(d.posts), sum(d.solved), forum_category_last_post_at(d.category_id)
      FROM (SELECT x.* FROM old_topics o JOIN new_topics n ON n.id = o.id,
        LATERAL (VALUES (o.category_id, -1, -(o.reply_count + 1), -((o.solved_post_id IS NOT NULL)::int)),
                        (n.category_id, 1, n.reply_count + 1, (n.solved_post_id IS NOT NULL)::int)) x
        WHERE (o.category_id, o.reply_count, o.last_post_at, o.solved_post_id IS NULL)
          IS DISTINCT FROM (n.category_id, n.reply_count, n.last_post_at, n.solved_post_id IS NULL)) d(category_id, topics, posts, solved)
      GROUP BY d.category_id ORDER BY d.category_id
    ON CONFLICT (category_id) DO UPDATE SET topics = s.topics + excluded.topics, posts = s.posts + excluded.posts,
      solved_topics = s.solved_topics + excluded.solved_topics, last_post_at = forum_category_last_post_at(s.category_id);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "forum_category_stats_insert" AFTER INSERT ON "forum_topics"
  REFERENCING NEW TABLE AS new_topics FOR EACH STATEMENT EXECUTE FUNCTION "forum_category_stats_apply"();--> statement-breakpoint
CREATE TRIGGER "forum_category_stats_update" AFTER UPDATE ON "forum_topics"
  REFERENCING OLD TABLE AS old_topics NEW TABLE AS new_topics FOR EACH STATEMENT EXECUTE FUNCTION "forum_category_stats_apply"();--> statement-breakpoint
CREATE TRIGGER "forum_category_stats_delete" AFTER DELETE ON "forum_topics"
  REFERENCING OLD TABLE AS old_topics FOR EACH STATEMENT EXECUTE FUNCTION "forum_category_stats_apply"();--> statement-breakpoint
-- A topic's latest visible post, again from its posts. The topic is locked before its posts are
-- read: a reply in progress (which locks its topic first) is then seen, not overwritten with the
-- number before it.
CREATE FUNCTION "forum_topic_last_visible_refresh"(topic uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  latest integer;
BEGIN
  PERFORM 1 FROM forum_topics WHERE id = topic FOR NO KEY UPDATE;
  latest := coalesce((SELECT max(number) FROM forum_posts
                      WHERE topic_id = topic AND deleted_at IS NULL AND hidden_at IS NULL), 0);
  UPDATE forum_topics SET last_visible_number = latest WHERE id = topic AND last_visible_number <> latest;
END $$;--> statement-breakpoint
-- New posts (one reply, or a whole INSERT … SELECT): their topics' latest visible post, and their
-- rows in forum_post_search.
CREATE FUNCTION "forum_posts_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE forum_topics t SET last_visible_number = v.number
    FROM (SELECT topic_id, max(number) AS number FROM new_posts
          WHERE deleted_at IS NULL AND hidden_at IS NULL GROUP BY topic_id) v
    WHERE t.id = v.topic_id AND t.last_visible_number < v.number;
  INSERT INTO forum_post_search (post_id, category_id, author_id, created_at, document)
    SELECT p.id, t.category_id, p.author_id, p.created_at, coalesce(p.opening_search, p.search) || forum_post_search_scope(t.category_id)
    FROM new_posts p JOIN forum_topics t ON t.id = p.topic_id
    WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "forum_posts_inserted" AFTER INSERT ON "forum_posts"
  REFERENCING NEW TABLE AS new_posts FOR EACH STATEMENT EXECUTE FUNCTION "forum_posts_inserted"();--> statement-breakpoint
-- A post edited, deleted, hidden or shown again: its search row, and its topic's latest visible post.
CREATE FUNCTION "forum_posts_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.deleted_at IS NULL AND OLD.hidden_at IS NULL) <> (NEW.deleted_at IS NULL AND NEW.hidden_at IS NULL)
     OR OLD.topic_id <> NEW.topic_id OR OLD.number <> NEW.number THEN
    PERFORM forum_topic_last_visible_refresh(OLD.topic_id);
    IF NEW.topic_id <> OLD.topic_id THEN
      PERFORM forum_topic_last_visible_refresh(NEW.topic_id);
    END IF;
  END IF;
  IF NEW.deleted_at IS NULL AND NEW.hidden_at IS NULL THEN
    INSERT INTO forum_post_search AS s (post_id, category_id, author_id, created_at, document)
      SELECT NEW.id, t.category_id, NEW.author_id, NEW.created_at,
        coalesce(NEW.opening_search, NEW.search) || forum_post_search_scope(t.category_id)
      FROM forum_topics t WHERE t.id = NEW.topic_id
    ON CONFLICT (post_id) DO UPDATE SET category_id = excluded.category_id, author_id = excluded.author_id,
      created_at = excluded.created_at, document = excluded.document;
  ELSE
    DELETE FROM forum_post_search WHERE post_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "forum_posts_updated" AFTER UPDATE ON "forum_posts" FOR EACH ROW
  WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.hidden_at IS DISTINCT FROM NEW.hidden_at
    OR OLD.search IS DISTINCT FROM NEW.search OR OLD.opening_search IS DISTINCT FROM NEW.opening_search
    OR OLD.topic_id IS DISTINCT FROM NEW.topic_id OR OLD.number IS DISTINCT FROM NEW.number
    OR OLD.author_id IS DISTINCT FROM NEW.author_id OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION "forum_posts_updated"();--> statement-breakpoint
-- Posts removed (only with their topic today): their topics' latest visible post.
CREATE FUNCTION "forum_posts_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  topic uuid;
BEGIN
  FOR topic IN SELECT DISTINCT topic_id FROM old_posts LOOP
    PERFORM forum_topic_last_visible_refresh(topic);
  END LOOP;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "forum_posts_deleted" AFTER DELETE ON "forum_posts"
  REFERENCING OLD TABLE AS old_posts FOR EACH STATEMENT EXECUTE FUNCTION "forum_posts_deleted"();--> statement-breakpoint
-- A topic moved or given a new latest visible post: the copies in forum_reads and forum_post_search.
CREATE FUNCTION "forum_topics_copies_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE forum_reads SET category_id = NEW.category_id, topic_last_visible_number = NEW.last_visible_number
    WHERE topic_id = NEW.id;
  IF OLD.category_id <> NEW.category_id THEN
    UPDATE forum_post_search s SET category_id = NEW.category_id,
        document = coalesce(p.opening_search, p.search) || forum_post_search_scope(NEW.category_id)
      FROM forum_posts p WHERE p.topic_id = NEW.id AND s.post_id = p.id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "forum_topics_copies_refresh" AFTER UPDATE OF category_id, last_visible_number ON "forum_topics" FOR EACH ROW
  WHEN (OLD.category_id IS DISTINCT FROM NEW.category_id OR OLD.last_visible_number IS DISTINCT FROM NEW.last_visible_number)
  EXECUTE FUNCTION "forum_topics_copies_refresh"();--> statement-breakpoint
-- A new read: its topic's category and latest visible post. FOR SHARE waits for a reply, hide or
-- move of the topic still in progress (whose own refresh cannot see this row yet), so the copy is
-- never older than the topic. A user's later reads of the topic update the row (ON CONFLICT) and
-- skip this.
CREATE FUNCTION "forum_reads_fill"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  category uuid;
  latest integer;
BEGIN
  IF EXISTS (SELECT 1 FROM forum_reads WHERE user_id = NEW.user_id AND topic_id = NEW.topic_id) THEN
    RETURN NEW;
  END IF;
  SELECT category_id, last_visible_number INTO category, latest
    FROM forum_topics WHERE id = NEW.topic_id FOR SHARE;
  -- No such topic: the row is left as it is, for the foreign key to refuse.
  IF FOUND THEN
    NEW.category_id := category;
    NEW.topic_last_visible_number := latest;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "forum_reads_fill" BEFORE INSERT ON "forum_reads" FOR EACH ROW EXECUTE FUNCTION "forum_reads_fill"();

ALTER TABLE "forum_posts" ADD COLUMN "opening_search" "tsvector";--> statement-breakpoint
CREATE INDEX "forum_posts_opening_search_idx" ON "forum_posts" USING gin ("opening_search");--> statement-breakpoint
-- An opening post's search document: its topic's title (weight A) and its own words.
CREATE FUNCTION "forum_posts_opening_search_fill"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.number = 1 THEN
    NEW.opening_search := setweight(to_tsvector('italian', coalesce((SELECT title FROM forum_topics WHERE id = NEW.topic_id), '')), 'A')
      || to_tsvector('italian', coalesce(NEW.body_md, ''));
  ELSE
    NEW.opening_search := NULL;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "forum_posts_opening_search" BEFORE INSERT OR UPDATE OF body_md, number, topic_id ON "forum_posts"
  FOR EACH ROW EXECUTE FUNCTION "forum_posts_opening_search_fill"();--> statement-breakpoint
-- A new title: the opening post's document again.
CREATE FUNCTION "forum_topics_opening_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE forum_posts
    SET opening_search = setweight(to_tsvector('italian', coalesce(NEW.title, '')), 'A') || to_tsvector('italian', coalesce(body_md, ''))
    WHERE topic_id = NEW.id AND number = 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "forum_topics_opening_search" AFTER UPDATE OF title ON "forum_topics"
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION "forum_topics_opening_search_refresh"();--> statement-breakpoint
UPDATE "forum_posts" p
  SET opening_search = setweight(to_tsvector('italian', coalesce(t.title, '')), 'A') || to_tsvector('italian', coalesce(p.body_md, ''))
  FROM "forum_topics" t
  WHERE t.id = p.topic_id AND p.number = 1;

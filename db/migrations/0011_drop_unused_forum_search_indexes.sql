DROP INDEX "forum_posts_search_idx";--> statement-breakpoint
DROP INDEX "forum_posts_opening_search_idx";--> statement-breakpoint
DROP INDEX "forum_topics_search_idx";
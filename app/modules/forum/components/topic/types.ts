// What the topic page's components receive from its loader.
import type { PostView, TopicPage } from "../../reading.server";

export type PostData = PostView;
export type SolutionData = NonNullable<TopicPage["solution"]>;

export interface TopicInfo {
  id: string;
  title: string;
  pinned: boolean;
  locked: boolean;
  /** A Q&A topic with a reply marked as its answer. */
  solved: boolean;
}

export interface CategoryInfo {
  slug: string;
  name: string;
  archived: boolean;
}

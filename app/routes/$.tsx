// Any address that matches no page: a 404 rendered inside the layout, in the user's language
// (the root loader runs, so the language and the signed-in header are known).
import { notFound } from "~/utils/http.server";

export function loader(): never {
  return notFound();
}

export default function NotFound() {
  return null;
}

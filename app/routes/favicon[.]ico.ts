// /favicon.ico — browsers and crawlers ask for it even with <link rel="icon">: send them to the SVG.
import { redirect } from "@remix-run/node";

export function loader() {
  return redirect("/favicon.svg", 301);
}

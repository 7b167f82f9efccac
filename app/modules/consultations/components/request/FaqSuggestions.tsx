// FAQ entries that match the subject, shown before a request is written. The server renders the
// first list; with JavaScript it follows the subject as it is typed (debounced), and a polite
// live region says how many entries match.
import { Link } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { FaqHitData } from "./types";

const DELAY_MS = 400;
/** "No hits yet", one array for every render (a new [] each time would look like new data). */
export const NO_HITS: FaqHitData[] = [];

/** The hits for the subject being typed: pass `onSubjectInput` to the subject field. */
export function useFaqSuggestions(initialSubject: string, initialHits: FaqHitData[]) {
  const [subject, setSubject] = useState(initialSubject);
  const [hits, setHits] = useState(initialHits);
  const [source, setSource] = useState(initialHits);
  const [live, setLive] = useState(false);
  const first = useRef(true);
  // New loader data (another subject sent by step one) replaces what was looked up while typing.
  if (source !== initialHits) {
    setSource(initialHits);
    setHits(initialHits);
  }
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const query = subject.trim();
      if (query.length < 3) {
        setHits([]);
        setLive(true);
        return;
      }
      fetch(`/consulenze/suggerimenti?oggetto=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? (response.json() as Promise<{ hits: FaqHitData[] }>) : null))
        .then((body) => {
          if (body) {
            setHits(body.hits);
            setLive(true);
          }
        })
        .catch(() => {
          // Suggestions are a help: a failed look-up leaves the list as it was.
        });
    }, DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [subject]);
  return { hits, live, onSubjectInput: (event: React.FormEvent<HTMLInputElement>) => setSubject(event.currentTarget.value) };
}

function countText(count: number): { key: MessageKey; vars?: { count: number } } {
  if (count === 0) return { key: "consultguardian.faq.none" };
  if (count === 1) return { key: "consultguardian.faq.foundOne" };
  return { key: "consultguardian.faq.found", vars: { count } };
}

/**
 * The suggestions. `always` shows the section even with no match (step two, where the guardian
 * should see that nothing matched); otherwise only the live region is there until a match comes.
 */
export function FaqSuggestions({ hits, live, always }: { hits: FaqHitData[]; live: boolean; always: boolean }) {
  const t = useT();
  const { key, vars } = countText(hits.length);
  const visible = always || hits.length > 0;
  return (
    <section className={visible ? "consult-faq card" : undefined} aria-labelledby={visible ? "faq-suggestions-title" : undefined}>
      {visible ? (
        <>
          <h2 id="faq-suggestions-title">{t("consultguardian.faq.title")}</h2>
          <p className="muted">{t("consultguardian.faq.intro")}</p>
        </>
      ) : null}
      <p className={visible ? "consult-faq-count" : "visually-hidden"} aria-live="polite">
        {visible || live ? t(key, vars) : ""}
      </p>
      {hits.length > 0 ? (
        <ul className="consult-faq-list">
          {hits.map((hit) => (
            <li key={hit.id}>
              <h3 className="consult-faq-question">
                <Link to={`/consulenze/faq/${hit.id}`}>{hit.question}</Link>
              </h3>
              <p className="consult-faq-category">
                <span className="tag">{t(`consultations.category.${hit.category}` as MessageKey)}</span>
              </p>
              {/* excerptHtml is escaped text with <mark> only (faq.server headlineToHtml). */}
              <p className="search-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
            </li>
          ))}
        </ul>
      ) : null}
      {visible ? (
        <p>
          <Link to="/consulenze/faq">{t("consultguardian.faq.all")}</Link>
        </p>
      ) : null}
    </section>
  );
}

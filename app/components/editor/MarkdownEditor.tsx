// A Markdown field: a plain <textarea> in the server's HTML (works without JavaScript), replaced in
// the browser by the TipTap editor, loaded lazily so no other page carries it; the hidden
// textarea keeps the editor's Markdown, so the same form submission works either way.
// With `loadOn="interaction"` the editor is only fetched once the person starts writing (focus or
// typing in the textarea), so pages that merely show a reply box do not pay for it.
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { MessageKey } from "~/i18n";
import { FieldFrame } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import type { EditorApi } from "./TiptapEditor.client";

const loadTiptap = () => import("./TiptapEditor.client");
const TiptapEditor = lazy(loadTiptap);

/** Markdown the editor cannot keep (GFM tables): such texts are edited as plain Markdown. */
export function needsPlainEditing(markdown: string): boolean {
  return /^\s*\|.*\|\s*$/m.test(markdown);
}

// Layout effects run in the browser only; on the server this is a plain (never run) effect.
const useBrowserLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** Text to insert at the cursor (a template, say); a new `seq` inserts again. */
export interface EditorInsert {
  text: string;
  seq: number;
}

interface Props {
  name: string;
  label: string;
  hint?: string;
  error?: MessageKey;
  defaultValue: string;
  required?: boolean;
  /** "hydrate" (default): the editor replaces the textarea at once; "interaction": on first focus or typing. */
  loadOn?: "hydrate" | "interaction";
  /** A shorter box, for replies in a thread. */
  compact?: boolean;
  insert?: EditorInsert | null;
}

export function MarkdownEditor({ name, label, hint, error, defaultValue, required, loadOn = "hydrate", compact, insert }: Props) {
  const t = useT();
  const fieldId = `field-${name}`;
  const labelId = `${fieldId}-label`;
  const plain = needsPlainEditing(defaultValue);
  const describedBy =
    [hint ? `${fieldId}-hint` : null, plain ? `${fieldId}-plain` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const api = useRef<EditorApi | null>(null);
  const handledSeq = useRef(insert?.seq ?? 0);
  const hydrated = useHydrated();
  const [ready, setReady] = useState(false);
  const [interacted, setInteracted] = useState(false);
  // What the editor starts from: whatever is in the textarea when it loads (typed before, or kept).
  const [initial, setInitial] = useState<string | null>(null);
  const wanted = hydrated && !plain && (loadOn === "hydrate" || interacted);
  useEffect(() => {
    if (!wanted || initial !== null) return;
    let live = true;
    // Fetch the module first, then read the textarea: nothing typed meanwhile is lost.
    void loadTiptap().then(() => {
      if (live) setInitial(textarea.current?.value ?? defaultValue);
    });
    return () => {
      live = false;
    };
  }, [wanted]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!insert || insert.seq === handledSeq.current) return;
    handledSeq.current = insert.seq;
    if (api.current && ready) {
      api.current.insertMarkdown(insert.text);
      return;
    }
    const box = textarea.current;
    if (!box) return;
    const { selectionStart, selectionEnd, value } = box;
    const at = document.activeElement === box ? selectionStart : value.length;
    const before = value.slice(0, at);
    const gap = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    box.setRangeText(gap + insert.text, at, document.activeElement === box ? selectionEnd : at, "end");
    box.focus();
  }, [insert]); // eslint-disable-line react-hooks/exhaustive-deps
  // The moment the textarea is hidden: anything typed in it while the editor was being created
  // goes over, and the person goes on writing in the editor.
  useBrowserLayoutEffect(() => {
    if (!ready || !api.current) return;
    const typed = textarea.current?.value;
    if (typed !== undefined && initial !== null && typed !== initial) api.current.setMarkdown(typed);
    if (loadOn === "interaction") api.current.focusEnd();
  }, [ready]); // eslint-disable-line react-hooks/exhaustive-deps
  const startEditor = () => {
    if (loadOn === "interaction" && !interacted) setInteracted(true);
  };
  return (
    <FieldFrame
      fieldId={fieldId}
      label={label}
      hint={hint}
      error={error}
      optional={!required}
      className={`md-field${compact ? " md-compact" : ""}`}
      labelId={labelId}
    >
      {plain ? (
        <p className="hint" id={`${fieldId}-plain`}>
          {t("authoring.editor.plainOnly")}
        </p>
      ) : null}
      {initial !== null ? (
        <Suspense fallback={loadOn === "hydrate" ? <p className="muted">{t("authoring.editor.loading")}</p> : null}>
          <TiptapEditor
            initial={initial}
            labelId={labelId}
            describedBy={describedBy}
            invalid={Boolean(error)}
            onReady={(editorApi) => {
              api.current = editorApi;
              setReady(true);
            }}
            onChange={(markdown) => {
              if (textarea.current) textarea.current.value = markdown;
            }}
          />
        </Suspense>
      ) : null}
      <textarea
        ref={textarea}
        id={fieldId}
        name={name}
        rows={compact ? 8 : 18}
        defaultValue={defaultValue}
        hidden={ready}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="md-textarea"
        onFocus={startEditor}
        onInput={startEditor}
      />
    </FieldFrame>
  );
}

// A Markdown field: a plain <textarea> in the server's HTML (works without JavaScript), replaced in
// the browser by the TipTap editor, loaded lazily so no other page carries it; the hidden
// textarea keeps the editor's Markdown, so the same form submission works either way.
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { MessageKey } from "~/i18n";
import { FieldFrame } from "~/components/ui/Field";
import { useT } from "~/i18n/react";

const TiptapEditor = lazy(() => import("./TiptapEditor.client"));

/** Markdown the editor cannot keep (GFM tables): such texts are edited as plain Markdown. */
export function needsPlainEditing(markdown: string): boolean {
  return /^\s*\|.*\|\s*$/m.test(markdown);
}

function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

interface Props {
  name: string;
  label: string;
  hint?: string;
  error?: MessageKey;
  defaultValue: string;
  required?: boolean;
}

export function MarkdownEditor({ name, label, hint, error, defaultValue, required }: Props) {
  const t = useT();
  const fieldId = `field-${name}`;
  const labelId = `${fieldId}-label`;
  const plain = needsPlainEditing(defaultValue);
  const describedBy =
    [hint ? `${fieldId}-hint` : null, plain ? `${fieldId}-plain` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const hydrated = useHydrated();
  const [ready, setReady] = useState(false);
  // What the editor starts from: whatever is in the textarea when it loads (typed before, or kept).
  const [initial, setInitial] = useState<string | null>(null);
  useEffect(() => {
    if (hydrated && !plain) setInitial(textarea.current?.value ?? defaultValue);
  }, [hydrated]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} error={error} optional={!required} className="md-field" labelId={labelId}>
      {plain ? (
        <p className="hint" id={`${fieldId}-plain`}>
          {t("authoring.editor.plainOnly")}
        </p>
      ) : null}
      {initial !== null ? (
        <Suspense fallback={<p className="muted">{t("authoring.editor.loading")}</p>}>
          <TiptapEditor
            initial={initial}
            labelId={labelId}
            describedBy={describedBy}
            invalid={Boolean(error)}
            onReady={() => setReady(true)}
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
        rows={18}
        defaultValue={defaultValue}
        hidden={ready}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="md-textarea"
      />
    </FieldFrame>
  );
}

// The rich-text editor (TipTap storing Markdown). Loaded lazily, in the browser only, by
// MarkdownEditor; it reports every change as Markdown so the form's textarea stays in sync.
import { Markdown } from "@tiptap/markdown";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect } from "react";
import { useT } from "~/i18n/react";

/** What the field around the editor may do with it once it is ready. */
export interface EditorApi {
  /** Inserts Markdown at the cursor (a template, say) and focuses the editor. */
  insertMarkdown: (markdown: string) => void;
  /** Replaces the whole text (what was typed in the textarea while the editor loaded). */
  setMarkdown: (markdown: string) => void;
  focusEnd: () => void;
}

export interface TiptapEditorProps {
  initial: string;
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  onChange: (markdown: string) => void;
  onReady: (api: EditorApi) => void;
}

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

export default function TiptapEditor({ initial, labelId, describedBy, invalid, onChange, onReady }: TiptapEditorProps) {
  const t = useT();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        underline: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: "https", protocols: ["http", "https", "mailto"] },
      }),
      Markdown,
    ],
    content: initial,
    contentType: "markdown",
    // The portal's CSP allows no inline <style>: the editor's few rules live in app.css.
    injectCSS: false,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class: "md-editor-content",
      },
    },
    onUpdate: ({ editor }) => onChange(editor.getMarkdown()),
  });
  useEffect(() => {
    if (!editor) return;
    onReady({
      insertMarkdown: (markdown) => editor.chain().focus().insertContent(markdown, { contentType: "markdown" }).run(),
      setMarkdown: (markdown) => editor.commands.setContent(markdown, { contentType: "markdown" }),
      // The focus command moves the cursor at once but focuses on the next frame; focus now, so
      // that no keystroke lands in the textarea being hidden.
      focusEnd: () => {
        editor.commands.focus("end");
        editor.view.focus();
      },
    });
  }, [editor]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!editor) return null;
  return (
    <div className="md-editor">
      <Toolbar editor={editor} label={t("authoring.editor.toolbar")} />
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const t = useT();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      link: e.isActive("link"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const current = (editor.getAttributes("link").href as string | undefined) ?? "";
    const href = window.prompt(t("authoring.editor.linkPrompt"), current);
    if (href === null) return;
    const trimmed = href.trim();
    if (trimmed === "") {
      chain().extendMarkRange("link").unsetLink().run();
      return;
    }
    if (!SAFE_LINK.test(trimmed)) {
      window.alert(t("authoring.editor.linkInvalid"));
      return;
    }
    chain().extendMarkRange("link").setLink({ href: trimmed }).run();
  };
  const toggle = (pressed: boolean, text: string, run: () => void, extra = "") => (
    <button type="button" className={`md-tool ${extra}`} aria-pressed={pressed} onClick={run}>
      {text}
    </button>
  );
  return (
    <div className="md-toolbar" role="toolbar" aria-label={label}>
      {toggle(state.bold, t("authoring.editor.bold"), () => chain().toggleBold().run(), "md-tool-bold")}
      {toggle(state.italic, t("authoring.editor.italic"), () => chain().toggleItalic().run(), "md-tool-italic")}
      {toggle(state.h2, t("authoring.editor.h2"), () => chain().toggleHeading({ level: 2 }).run())}
      {toggle(state.h3, t("authoring.editor.h3"), () => chain().toggleHeading({ level: 3 }).run())}
      {toggle(state.bullet, t("authoring.editor.bulletList"), () => chain().toggleBulletList().run())}
      {toggle(state.ordered, t("authoring.editor.orderedList"), () => chain().toggleOrderedList().run())}
      {toggle(state.link, t("authoring.editor.link"), setLink)}
      <button type="button" className="md-tool" onClick={() => chain().undo().run()} disabled={!state.canUndo}>
        {t("authoring.editor.undo")}
      </button>
      <button type="button" className="md-tool" onClick={() => chain().redo().run()} disabled={!state.canRedo}>
        {t("authoring.editor.redo")}
      </button>
    </div>
  );
}

// A course's progress: a native <progress> with its name, and the same as visible text.
import { useT } from "~/i18n/react";

export function ProgressBar({ done, total, id }: { done: number; total: number; id: string }) {
  const t = useT();
  const text = t("training.progress.text", { done, total });
  return (
    <div className="learning-progress">
      <progress id={id} max={Math.max(total, 1)} value={Math.min(done, total)} aria-label={`${t("training.progress.label")}: ${text}`} />
      <span className="learning-progress-text">{text}</span>
    </div>
  );
}

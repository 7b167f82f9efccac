// Switches between Italian and English without JavaScript: a form that posts to /lingua.
import { Form } from "@remix-run/react";
import { LOCALES } from "~/i18n";
import { useLocale, useT } from "~/i18n/react";

export function LanguageSwitch({ path }: { path: string }) {
  const t = useT();
  const locale = useLocale();
  const other = LOCALES.find((l) => l !== locale)!;
  return (
    <Form method="post" action="/lingua" className="inline-form">
      <input type="hidden" name="redirectTo" value={path} />
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="button button-quiet" lang={other} aria-label={`${t("lang.switch")}: ${t(`lang.${other}`)}`}>
        {other.toUpperCase()}
      </button>
    </Form>
  );
}

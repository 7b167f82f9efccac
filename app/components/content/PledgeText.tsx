// The confidentiality pledge and code of conduct, version PLEDGE_VERSION, in both languages.
// Changing the substance of this text requires a new PLEDGE_VERSION (everyone accepts again).
import { useLocale } from "~/i18n/react";

export function PledgeText() {
  const locale = useLocale();
  return locale === "en" ? <English /> : <Italian />;
}

function Italian() {
  return (
    <div className="prose">
      <h2>Impegno di riservatezza</h2>
      <ol>
        <li>Tratto come riservato tutto ciò che apprendo nel portale sui minori, sulle loro famiglie e sulle persone che li assistono.</li>
        <li>Non scrivo nel forum nomi, date di nascita, codici fiscali, foto o altri dati che permettano di riconoscere un minore.</li>
        <li>Uso i dati dei minori solo per svolgere il mio compito e non li comunico a chi non ne ha titolo.</li>
      </ol>
      <h2>Codice di condotta</h2>
      <ol>
        <li>Scrivo con rispetto verso tutte le persone della comunità.</li>
        <li>Le risposte dei consulenti legali non sostituiscono le decisioni del Tribunale per i minorenni.</li>
      </ol>
    </div>
  );
}

function English() {
  return (
    <div className="prose">
      <h2>Confidentiality pledge</h2>
      <ol>
        <li>I treat as confidential everything I learn in the portal about minors, their families and the people who support them.</li>
        <li>I do not write in the forum names, dates of birth, tax codes, photos or other data that could identify a minor.</li>
        <li>I use minors' data only to carry out my role and do not disclose it to anyone not entitled to it.</li>
      </ol>
      <h2>Code of conduct</h2>
      <ol>
        <li>I write respectfully towards everyone in the community.</li>
        <li>The legal consultants' answers do not replace the decisions of the Juvenile Court.</li>
      </ol>
    </div>
  );
}

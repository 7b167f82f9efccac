// The confidentiality pledge and code of conduct, version PLEDGE_VERSION, in both languages.
// Changing the substance of this text requires a new PLEDGE_VERSION (everyone accepts again).
import { useLocale } from "~/i18n/react";

export function PledgeText() {
  const locale = useLocale();
  return locale === "en" ? <English /> : <Italian />;
}

function Italian() {
  return (
    <div className="prose pledge">
      <h2>Impegno di riservatezza</h2>
      <p>Usando il Portale Tutori mi impegno a rispettare queste regole, anche dopo la fine del mio ruolo o la chiusura del mio account.</p>
      <ol>
        <li>
          <strong>Riservatezza.</strong> Tratto come riservato tutto ciò che apprendo nel portale sui minori, sulle loro
          famiglie e sulle persone che li assistono, e il contenuto delle richieste di consulenza e delle risposte.
        </li>
        <li>
          <strong>Nessun minore riconoscibile nel forum.</strong> Nel forum non scrivo nomi, soprannomi, date di nascita,
          codici fiscali, foto, strutture di accoglienza o altri dettagli che, anche messi insieme, permettano di riconoscere
          un minore: racconto le situazioni in forma generale.
        </li>
        <li>
          <strong>Dati usati solo per il mio ruolo.</strong> Uso i dati dei minori solo per svolgere il mio compito e solo
          quelli che servono. Non li comunico a chi non ne ha titolo e non li copio fuori dal portale se non è necessario;
          quando lo è, li custodisco con cura e li cancello appena non servono più.
        </li>
        <li>
          <strong>Credenziali personali.</strong> Non condivido la mia password e non lascio il mio account aperto su
          dispositivi usati da altri.
        </li>
        <li>
          <strong>Segnalazione delle violazioni.</strong> Se sospetto una violazione dei dati — un dispositivo perso, un
          messaggio inviato alla persona sbagliata, un accesso che non riconosco, dati di un minore pubblicati per errore —
          avviso subito i coordinatori del mio distretto, senza aspettare di averne la certezza.
        </li>
      </ol>
      <h2>Codice di condotta</h2>
      <ol>
        <li>
          <strong>Rispetto.</strong> Scrivo con rispetto verso tutte le persone della comunità, anche quando non sono
          d'accordo.
        </li>
        <li>
          <strong>Nessuna discriminazione.</strong> Non pubblico contenuti che discriminano od offendono per origine,
          nazionalità, colore della pelle, religione, sesso, orientamento sessuale, identità di genere, disabilità, età o
          condizione sociale.
        </li>
        <li>
          <strong>Niente pubblicità né propaganda.</strong> Non uso il portale per pubblicità, promozione di attività
          commerciali, raccolte di fondi o propaganda politica.
        </li>
        <li>
          <strong>Le consulenze orientano, non decidono.</strong> Le risposte dei consulenti legali sono un orientamento
          per il mio lavoro: non sono decisioni del Tribunale per i minorenni né di altre autorità e non sostituiscono,
          quando serve, l'assistenza di un avvocato.
        </li>
        <li>
          <strong>Moderazione e conseguenze.</strong> I coordinatori moderano il forum e possono nascondere o cancellare i
          contenuti che violano queste regole. Chi le viola può essere richiamato, sospeso o escluso dal portale; le
          violazioni dei dati possono essere segnalate alle autorità competenti, come prevede la legge.
        </li>
      </ol>
    </div>
  );
}

function English() {
  return (
    <div className="prose pledge">
      <h2>Confidentiality pledge</h2>
      <p>By using the Portale Tutori I undertake to follow these rules, also after my role ends or my account is closed.</p>
      <ol>
        <li>
          <strong>Confidentiality.</strong> I treat as confidential everything I learn in the portal about minors, their
          families and the people who support them, and the content of consultation requests and their answers.
        </li>
        <li>
          <strong>No identifiable minor in the forum.</strong> In the forum I do not write names, nicknames, dates of
          birth, tax codes, photos, reception facilities or other details that, even taken together, could identify a
          minor: I describe situations in general terms.
        </li>
        <li>
          <strong>Data used only for my role.</strong> I use minors' data only to carry out my role, and only the data it
          needs. I do not disclose it to anyone not entitled to it and do not copy it outside the portal unless necessary;
          when it is, I keep it safe and delete it as soon as it is no longer needed.
        </li>
        <li>
          <strong>Personal credentials.</strong> I do not share my password and do not leave my account open on devices
          others use.
        </li>
        <li>
          <strong>Reporting breaches.</strong> If I suspect a data breach — a lost device, a message sent to the wrong
          person, a login I do not recognise, a minor's data published by mistake — I tell my district's coordinators
          at once, without waiting to be sure.
        </li>
      </ol>
      <h2>Code of conduct</h2>
      <ol>
        <li>
          <strong>Respect.</strong> I write respectfully towards everyone in the community, also when I disagree.
        </li>
        <li>
          <strong>No discrimination.</strong> I do not publish content that discriminates against or offends anyone on
          grounds of origin, nationality, colour, religion, sex, sexual orientation, gender identity, disability, age or
          social condition.
        </li>
        <li>
          <strong>No advertising or propaganda.</strong> I do not use the portal for advertising, promoting commercial
          activities, fundraising or political propaganda.
        </li>
        <li>
          <strong>Consultations guide, they do not decide.</strong> The legal consultants' answers are guidance for my
          work: they are not decisions of the Juvenile Court or of any other authority and do not replace, where needed,
          the help of a lawyer.
        </li>
        <li>
          <strong>Moderation and consequences.</strong> The coordinators moderate the forum and may hide or delete content
          that breaks these rules. Whoever breaks them may be warned, suspended or excluded from the portal; data breaches
          may be reported to the competent authorities, as the law provides.
        </li>
      </ol>
    </div>
  );
}

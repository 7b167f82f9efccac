// The privacy notice (GDPR art. 13) of the portal in both languages, with a table of contents.
// Retention periods stated here are commitments: the clean-up jobs must honour them.
import type { ReactNode } from "react";
import { useLocale, useT } from "~/i18n/react";

interface Section {
  id: string;
  title: string;
  body: ReactNode;
}

export function PrivacyText() {
  const locale = useLocale();
  const t = useT();
  const sections = locale === "en" ? english : italian;
  return (
    <div className="prose privacy">
      <nav aria-labelledby="privacy-contents" className="card privacy-toc">
        <h2 id="privacy-contents">{t("privacy.contents")}</h2>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s, i) => (
        <section key={s.id} aria-labelledby={s.id}>
          <h2 id={s.id}>
            {i + 1}. {s.title}
          </h2>
          {s.body}
        </section>
      ))}
    </div>
  );
}

const italian: Section[] = [
  {
    id: "titolare",
    title: "Chi è il titolare del trattamento",
    body: (
      <>
        <p>
          Il titolare del trattamento è l'ente che gestisce il Portale Tutori per conto della comunità di pratica dei tutori
          volontari dei distretti di Corte d'appello di Milano e di Brescia (di seguito «il gestore»).
        </p>
        <p>
          La denominazione, la sede e i recapiti del gestore e, se designato, del responsabile della protezione dei dati
          (RPD) sono pubblicati dal gestore nella pagina dei contatti del portale. Puoi usare quei recapiti per qualsiasi
          domanda su questa informativa e per esercitare i tuoi diritti.
        </p>
      </>
    ),
  },
  {
    id: "dati",
    title: "Quali dati trattiamo",
    body: (
      <ul>
        <li>
          <strong>Dati dell'account</strong>: nome e cognome, indirizzo e-mail, password (conservata solo come impronta
          crittografica, mai in chiaro), distretto e ruoli, lingua preferita; se scegli di indicarli, telefono e lingue
          parlate; le date di registrazione, di conferma dell'indirizzo e di accettazione dell'informativa e dell'impegno
          di riservatezza.
        </li>
        <li>
          <strong>Dati della formazione</strong>: corsi e moduli seguiti, avanzamento, risposte e risultati dei quiz,
          attestati rilasciati.
        </li>
        <li>
          <strong>Richieste di consulenza legale</strong>: il testo dei quesiti e delle risposte, gli allegati, lo stato e
          le scadenze della richiesta.
        </li>
        <li>
          <strong>Messaggi del forum</strong>: i messaggi che pubblichi, con il tuo nome e la data.
        </li>
        <li>
          <strong>Dati dei minori</strong> (solo per tutori e coordinatori): i dati necessari alla tutela, come nome, data
          e paese di nascita, provvedimento di nomina e scadenze (per esempio quella del permesso di soggiorno). Quando
          servono alla tutela, anche informazioni sulla salute o che possono rivelare l'origine razziale o etnica: sono{" "}
          <em>categorie particolari di dati</em> (art. 9 del Regolamento UE 2016/679, «GDPR») e ricevono la protezione più
          alta.
        </li>
        <li>
          <strong>Dati tecnici e di sicurezza</strong>: la sessione di accesso; i tentativi di accesso non riusciti (per
          indirizzo e-mail e indirizzo IP); il registro degli accessi ai dati dei minori e alle consulenze; le e-mail che il
          portale ti invia e le notifiche nel portale.
        </li>
      </ul>
    ),
  },
  {
    id: "finalita",
    title: "Perché li trattiamo e su quale base giuridica",
    body: (
      <>
        <ul>
          <li>
            <strong>Darti accesso al portale</strong> e ai suoi servizi (formazione, consulenze, forum, tutele), inviarti le
            e-mail di servizio: esecuzione del servizio che chiedi registrandoti (art. 6, par. 1, lett. b GDPR).
          </li>
          <li>
            <strong>Gestire le tutele</strong>, cioè permettere al tutore di svolgere il proprio compito di rappresentante
            legale del minore e ai coordinatori di seguire nomine e scadenze: esecuzione di un compito di interesse
            pubblico previsto dalla legge 47/2017 (art. 6, par. 1, lett. e GDPR). Per le categorie particolari di dati: motivi
            di interesse pubblico rilevante sulla base della legge 47/2017 e dell'art. 2-sexies del Codice in materia di
            protezione dei dati personali (art. 9, par. 2, lett. g GDPR) e, quando serve, l'accertamento, l'esercizio o la
            difesa di un diritto in sede giudiziaria, per esempio davanti al Tribunale per i minorenni (art. 9, par. 2, lett.
            f GDPR).
          </li>
          <li>
            <strong>Proteggere il portale e i dati</strong> (sessioni, blocco dei tentativi di accesso ripetuti, registro
            degli accessi): obbligo di sicurezza del trattamento (art. 32 e art. 6, par. 1, lett. c GDPR) e legittimo
            interesse del gestore e delle persone coinvolte a prevenire accessi abusivi (art. 6, par. 1, lett. f GDPR).
          </li>
        </ul>
        <p>
          Non usiamo i dati per pubblicità né per profilazione, e nessuna decisione che ti riguarda è presa in modo
          automatizzato.
        </p>
        <p>
          Nome, e-mail, password e distretto sono necessari per creare l'account: senza non puoi registrarti. Telefono e
          lingue parlate sono facoltativi.
        </p>
      </>
    ),
  },
  {
    id: "accesso",
    title: "Chi può vedere i dati",
    body: (
      <ul>
        <li>
          <strong>Il tuo nome e i tuoi ruoli</strong> sono visibili alle altre persone registrate dove servono (forum,
          corsi, consulenze). E-mail, telefono e lingue parlate sono visibili solo ai coordinatori del tuo distretto e agli
          amministratori.
        </li>
        <li>
          <strong>L'avanzamento nella formazione</strong> è visibile a te, ai formatori e ai coordinatori del tuo
          distretto e agli amministratori.
        </li>
        <li>
          <strong>Una richiesta di consulenza</strong> è visibile solo al tutore che l'ha posta, ai consulenti legali del
          suo distretto e agli amministratori.
        </li>
        <li>
          <strong>Il forum</strong> è leggibile solo dalle persone registrate: non è pubblico su internet.
        </li>
        <li>
          <strong>La scheda di un minore</strong> è visibile per intero solo al tutore nominato e ai coordinatori del
          distretto. Altrove il minore compare solo con un codice pseudonimo (per esempio MI-2026-0042), e il portale non
          mostra mai dati di un minore nel forum.
        </li>
        <li>
          <strong>Ogni lettura</strong> della scheda di un minore o di una richiesta di consulenza da parte di chi non ne è
          titolare viene annotata nel registro degli accessi (chi, che cosa, quando), che il gestore usa per verificare che
          i dati siano usati correttamente.
        </li>
      </ul>
    ),
  },
  {
    id: "conservazione",
    title: "Per quanto tempo li conserviamo",
    body: (
      <>
        <ul>
          <li>
            <strong>Dati dell'account e della formazione</strong>: finché l'account è attivo e per 24 mesi dalla sua
            chiusura.
          </li>
          <li>
            <strong>Attestati</strong>: 10 anni dal rilascio, perché chi li riceve possa verificarne l'autenticità.
          </li>
          <li>
            <strong>Sessioni di accesso</strong>: 30 giorni dall'ultimo utilizzo; terminano subito quando esci o cambi la
            password.
          </li>
          <li>
            <strong>Tentativi di accesso non riusciti</strong>: da 15 minuti a 24 ore.
          </li>
          <li>
            <strong>Link di conferma dell'indirizzo e di reimpostazione della password</strong>: valgono rispettivamente 48 ore e un'ora;
            sono cancellati entro 30 giorni dalla scadenza.
          </li>
          <li>
            <strong>E-mail inviate e notifiche nel portale</strong>: 12 mesi.
          </li>
          <li>
            <strong>Richieste di consulenza</strong>: 5 anni dalla chiusura della richiesta.
          </li>
          <li>
            <strong>Messaggi del forum</strong>: finché l'autore o un moderatore non li cancella.
          </li>
          <li>
            <strong>Dati dei minori</strong>: per la durata della tutela e per i 5 anni successivi alla sua fine.
          </li>
          <li>
            <strong>Registro degli accessi</strong>: 5 anni.
          </li>
        </ul>
        <p>Alla scadenza i dati sono cancellati o resi anonimi in modo irreversibile.</p>
      </>
    ),
  },
  {
    id: "fornitori",
    title: "Fornitori e trasferimenti",
    body: (
      <>
        <p>
          Il gestore si avvale di fornitori nominati responsabili del trattamento (art. 28 GDPR): il servizio di hosting,
          che ospita i server e il database, e il servizio di invio delle e-mail. L'elenco aggiornato dei fornitori è
          disponibile presso il gestore.
        </p>
        <p>
          I dati sono conservati nell'Unione europea e non sono trasferiti fuori dall'Unione. Non sono venduti né
          comunicati ad altri, salvo quando lo impone la legge (per esempio su richiesta dell'autorità giudiziaria).
        </p>
      </>
    ),
  },
  {
    id: "diritti",
    title: "I tuoi diritti",
    body: (
      <>
        <p>In qualsiasi momento puoi chiedere al gestore, ai sensi degli articoli 15–22 del GDPR:</p>
        <ul>
          <li>di accedere ai tuoi dati e di riceverne copia (art. 15);</li>
          <li>di rettificarli (art. 16) — molti puoi correggerli da solo nella pagina del tuo profilo;</li>
          <li>di cancellarli (art. 17) o di limitarne il trattamento (art. 18);</li>
          <li>di riceverli in un formato strutturato e leggibile da un computer (art. 20);</li>
          <li>di opporti al trattamento basato sul legittimo interesse o sull'interesse pubblico (art. 21).</li>
        </ul>
        <p>
          Il gestore risponde entro un mese. I diritti relativi ai dati di un minore sono esercitati dal suo tutore. Se
          ritieni che il trattamento violi la normativa, puoi proporre reclamo al Garante per la protezione dei dati
          personali (garanteprivacy.it) o all'autorità di controllo del Paese dell'Unione in cui vivi o lavori.
        </p>
      </>
    ),
  },
  {
    id: "cookie",
    title: "Cookie",
    body: (
      <>
        <p>
          Il portale usa solo due cookie tecnici, necessari al suo funzionamento, per i quali non serve il consenso. Non
          usiamo cookie di profilazione, strumenti di statistica o servizi di terze parti: anche i caratteri tipografici
          sono serviti dal portale stesso.
        </p>
        <ul>
          <li>
            <code>portale_session</code>: mantiene l'accesso dopo il login e non è leggibile dagli script della pagina.
            Durata: 30 giorni, o finché esci.
          </li>
          <li>
            <code>portale_lang</code>: ricorda la lingua che hai scelto. Durata: 12 mesi.
          </li>
        </ul>
      </>
    ),
  },
  {
    id: "modifiche",
    title: "Modifiche a questa informativa",
    body: (
      <p>
        Se l'informativa cambia, la nuova versione è pubblicata in questa pagina con la data dell'aggiornamento; dei
        cambiamenti importanti ti avvisiamo nel portale.
      </p>
    ),
  },
];

const english: Section[] = [
  {
    id: "titolare",
    title: "Who the controller is",
    body: (
      <>
        <p>
          The controller is the body that runs the Portale Tutori on behalf of the community of practice of volunteer
          guardians of the Milano and Brescia Court of Appeal districts ("the operator").
        </p>
        <p>
          The operator's name, address and contact details and, where one has been appointed, those of the data
          protection officer (DPO) are published by the operator on the portal's contact page. Use them for any question
          about this notice and to exercise your rights.
        </p>
      </>
    ),
  },
  {
    id: "dati",
    title: "What data we process",
    body: (
      <ul>
        <li>
          <strong>Account data</strong>: name and surname, e-mail address, password (stored only as a cryptographic hash,
          never in clear), district and roles, preferred language; if you choose to give them, phone number and languages
          you speak; the dates of registration, of e-mail confirmation and of acceptance of this notice and of the
          confidentiality pledge.
        </li>
        <li>
          <strong>Training data</strong>: courses and modules taken, progress, quiz answers and results, certificates
          issued.
        </li>
        <li>
          <strong>Legal-consultation requests</strong>: the text of the questions and answers, attachments, the status and
          deadlines of the request.
        </li>
        <li>
          <strong>Forum posts</strong>: the posts you publish, with your name and the date.
        </li>
        <li>
          <strong>Minors' data</strong> (guardians and coordinators only): the data needed for the guardianship, such as
          name, date and country of birth, the appointment decision and deadlines (for example the residence permit's).
          Where the guardianship requires it, also information about health or that may reveal racial or ethnic origin:
          these are <em>special categories of data</em> (art. 9 of Regulation (EU) 2016/679, "GDPR") and get the highest
          protection.
        </li>
        <li>
          <strong>Technical and security data</strong>: your login session; failed login attempts (by e-mail address and
          IP address); the log of reads of minors' records and of consultations; the e-mails the portal sends you and the
          notifications in the portal.
        </li>
      </ul>
    ),
  },
  {
    id: "finalita",
    title: "Why we process it and on what legal basis",
    body: (
      <>
        <ul>
          <li>
            <strong>To give you access to the portal</strong> and its services (training, consultations, forum,
            guardianships) and send you service e-mails: performance of the service you ask for by registering (art.
            6(1)(b) GDPR).
          </li>
          <li>
            <strong>To manage guardianships</strong>, that is to let the guardian act as the minor's legal representative
            and the coordinators follow appointments and deadlines: performance of a task in the public interest laid down
            by Law 47/2017 (art. 6(1)(e) GDPR). For special categories of data: reasons of substantial public interest on
            the basis of Law 47/2017 and art. 2-sexies of the Italian Personal Data Protection Code (art. 9(2)(g) GDPR)
            and, where needed, the establishment, exercise or defence of legal claims, for example before the Juvenile
            Court (art. 9(2)(f) GDPR).
          </li>
          <li>
            <strong>To protect the portal and the data</strong> (sessions, blocking repeated login attempts, the access
            log): the obligation to keep processing secure (arts. 32 and 6(1)(c) GDPR) and the legitimate interest of the
            operator and of the people concerned in preventing unauthorised access (art. 6(1)(f) GDPR).
          </li>
        </ul>
        <p>We do not use data for advertising or profiling, and no decision about you is taken by automated means.</p>
        <p>
          Name, e-mail, password and district are needed to create an account: without them you cannot register. Phone
          number and languages spoken are optional.
        </p>
      </>
    ),
  },
  {
    id: "accesso",
    title: "Who can see the data",
    body: (
      <ul>
        <li>
          <strong>Your name and roles</strong> are visible to other registered people where needed (forum, courses,
          consultations). Your e-mail, phone number and languages are visible only to your district's coordinators and
          to the administrators.
        </li>
        <li>
          <strong>Your training progress</strong> is visible to you, to your district's trainers and coordinators and to
          the administrators.
        </li>
        <li>
          <strong>A consultation request</strong> is visible only to the guardian who asked it, to the legal consultants
          of their district and to the administrators.
        </li>
        <li>
          <strong>The forum</strong> can be read only by registered people: it is not public on the internet.
        </li>
        <li>
          <strong>A minor's record</strong> is visible in full only to the appointed guardian and to the district's
          coordinators. Elsewhere the minor appears only as a pseudonymous code (for example MI-2026-0042), and the portal
          never shows a minor's data in the forum.
        </li>
        <li>
          <strong>Every read</strong> of a minor's record or of a consultation request by someone who does not own it is
          written to the access log (who, what, when), which the operator uses to check that data is used properly.
        </li>
      </ul>
    ),
  },
  {
    id: "conservazione",
    title: "How long we keep it",
    body: (
      <>
        <ul>
          <li>
            <strong>Account and training data</strong>: while the account is active and for 24 months after it is closed.
          </li>
          <li>
            <strong>Certificates</strong>: 10 years from issue, so that whoever receives one can check it is genuine.
          </li>
          <li>
            <strong>Login sessions</strong>: 30 days from last use; they end at once when you log out or change your
            password.
          </li>
          <li>
            <strong>Failed login attempts</strong>: from 15 minutes to 24 hours.
          </li>
          <li>
            <strong>E-mail confirmation and password-reset links</strong>: valid for 48 hours and one hour respectively;
            deleted within 30 days of expiry.
          </li>
          <li>
            <strong>E-mails sent and in-portal notifications</strong>: 12 months.
          </li>
          <li>
            <strong>Consultation requests</strong>: 5 years after the request is closed.
          </li>
          <li>
            <strong>Forum posts</strong>: until the author or a moderator deletes them.
          </li>
          <li>
            <strong>Minors' data</strong>: for the duration of the guardianship and 5 years after it ends.
          </li>
          <li>
            <strong>Access log</strong>: 5 years.
          </li>
        </ul>
        <p>When the period ends, the data is deleted or irreversibly anonymised.</p>
      </>
    ),
  },
  {
    id: "fornitori",
    title: "Service providers and transfers",
    body: (
      <>
        <p>
          The operator uses providers appointed as processors (art. 28 GDPR): the hosting service, which runs the servers
          and the database, and the e-mail delivery service. The current list of providers is available from the
          operator.
        </p>
        <p>
          Data is stored in the European Union and is not transferred outside it. It is neither sold nor disclosed to
          others, except where the law requires it (for example at the request of a judicial authority).
        </p>
      </>
    ),
  },
  {
    id: "diritti",
    title: "Your rights",
    body: (
      <>
        <p>At any time you can ask the operator, under articles 15–22 GDPR:</p>
        <ul>
          <li>to access your data and receive a copy (art. 15);</li>
          <li>to rectify it (art. 16) — you can correct much of it yourself on your profile page;</li>
          <li>to erase it (art. 17) or restrict its processing (art. 18);</li>
          <li>to receive it in a structured, machine-readable format (art. 20);</li>
          <li>to object to processing based on legitimate or public interest (art. 21).</li>
        </ul>
        <p>
          The operator answers within one month. Rights concerning a minor's data are exercised by their guardian. If you
          believe the processing breaks the law, you can lodge a complaint with the Italian data protection authority,
          the Garante per la protezione dei dati personali (garanteprivacy.it), or with the supervisory authority of the
          EU country where you live or work.
        </p>
      </>
    ),
  },
  {
    id: "cookie",
    title: "Cookies",
    body: (
      <>
        <p>
          The portal uses only two technical cookies, needed for it to work, which require no consent. We use no
          profiling cookies, no analytics and no third-party services: even the fonts are served by the portal itself.
        </p>
        <ul>
          <li>
            <code>portale_session</code>: keeps you logged in; page scripts cannot read it. Duration: 30 days, or until
            you log out.
          </li>
          <li>
            <code>portale_lang</code>: remembers the language you chose. Duration: 12 months.
          </li>
        </ul>
      </>
    ),
  },
  {
    id: "modifiche",
    title: "Changes to this notice",
    body: (
      <p>
        If this notice changes, the new version is published on this page with the date of the update; we tell you
        about important changes in the portal.
      </p>
    ),
  },
];

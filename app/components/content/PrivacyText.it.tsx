// The privacy notice in Italian (sections rendered by PrivacyText).
import type { Section } from "./PrivacyText";
import { OperatorContacts } from "./OperatorContacts";

export const italian: Section[] = [
  {
    id: "titolare",
    title: "Chi è il titolare del trattamento",
    body: (
      <>
        <p>
          Il titolare del trattamento è l'ente che gestisce il Portale Tutori per conto della comunità di pratica dei tutori
          volontari dei distretti di Corte d'appello di Milano e di Brescia (di seguito «il gestore»).
        </p>
        <OperatorContacts />
        <p>Puoi usare questi recapiti per qualsiasi domanda su questa informativa e per esercitare i tuoi diritti.</p>
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

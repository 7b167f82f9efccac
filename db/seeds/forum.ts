// Demo data for the Forum: a community of practice in use. Shared categories (welcome, practical
// questions, residence permits, school/work/health, a space for trainers), one per district, and
// an archived one; about thirty topics of volunteer guardians of unaccompanied foreign minors in
// Lombardy, with replies, "utile" reactions, mentions, edits with their history, a deleted post,
// a hidden one with its reason, open flags in Milano's moderation queue, the moderation log,
// pinned / locked / solved topics and a long presentation thread that needs two pages.
//
// Everything runs inside the seed's single transaction, so the domain functions that open their
// own transaction (createTopic, reply, …) are not called: the rows are written here with the same
// rules (bodies rendered by renderMarkdown, mentions resolved and highlighted as the server does,
// counters recomputed with recountTopic). Invented people only; no minor's personal data: the
// boys and girls are "il mio ragazzo", "un minore di 16 anni". The seed test runs the privacy
// check over every text written here.
import { eq, inArray } from "drizzle-orm";
import {
  forumCategories,
  forumCategoryWatches,
  forumFlags,
  forumMentions,
  forumModerationLog,
  forumPostRevisions,
  forumPosts,
  forumReactions,
  forumReads,
  forumTopicWatches,
  forumTopics,
  notifications,
  users as usersTable,
  type ForumCategoryKind,
  type ForumFlagReason,
  type ForumModerationAction,
  type Role,
} from "../schema";
import { renderMarkdown } from "../../app/utils/markdown.server";
import { highlightMentions, resolveMentions } from "../../app/modules/forum/mentions.server";
import { recountTopic } from "../../app/modules/forum/posts.server";
import { MODERATION_PATH, postPath } from "../../app/modules/forum/paths";
import type { SeedContext } from "./context";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Demo accounts (DESIGN.md) and some of the extra members of db/seed.ts.
const GM = "tutore.milano@example.org"; // Giulia Ferrari, guardian MI
const GB = "tutore.brescia@example.org"; // Marco Bonetti, guardian BS
const AS = "aspirante@example.org"; // Sara Colombo, candidate MI
const FO = "formatore@example.org"; // Paolo Rinaldi, trainer MI
const CM = "consulente.milano@example.org"; // Avv. Chiara Galli, legal consultant MI
const CB = "consulente.brescia@example.org"; // Avv. Luca Moretti, legal consultant BS
const KM = "coordinatore.milano@example.org"; // Elena Fontana, coordinator MI
const KB = "coordinatore.brescia@example.org"; // Davide Gatti, coordinator BS
const AD = "admin@example.org";
const ALE = "alessandro.bianchi@example.org"; // guardian MI
const BEA = "beatrice.conti@example.org"; // guardian MI
const CAR = "carlo.deluca@example.org"; // guardian BS
const DAN = "daniela.esposito@example.org"; // guardian MI
const EMA = "emanuele.ferri@example.org"; // guardian MI
const FRA = "francesca.greco@example.org"; // guardian BS
const GIO = "giorgio.lombardi@example.org"; // guardian MI
const ILA = "ilaria.mancini@example.org"; // guardian MI
const LOR = "lorenzo.negri@example.org"; // guardian BS
const MAR = "martina.orlando@example.org"; // guardian MI
const NIC = "nicola.pellegrini@example.org"; // guardian MI
const OLG = "olga.riva@example.org"; // guardian BS (account disabled 20 days ago)
const PIE = "pietro.sala@example.org"; // candidate MI
const ROB = "roberta.testa@example.org"; // candidate MI
const TER = "teresa.zanetti@example.org"; // candidate MI
const VAL = "valerio.bruno@example.org"; // trainer MI
const ZOE = "zoe.cattaneo@example.org"; // trainer BS

// ---------------------------------------------------------------------------------------------
// Categories

interface SeedCategory {
  slug: string;
  name: string;
  description: string;
  districtCode: "MI" | "BS" | null;
  kind: ForumCategoryKind;
  readRoles: Role[];
  postRoles: Role[];
  /** Archived this many days ago. */
  archivedDaysAgo?: number;
}

const WORKERS: Role[] = ["guardian", "coordinator", "legal_consultant", "trainer"];

export const FORUM_CATEGORIES: SeedCategory[] = [
  {
    slug: "benvenuti-e-presentazioni",
    name: "Benvenuti e presentazioni",
    description: "Le regole del forum e lo spazio per presentarsi: chi siamo, da dove scriviamo, cosa cerchiamo.",
    districtCode: null,
    kind: "discussion",
    readRoles: ["candidate", "guardian", "trainer", "legal_consultant", "coordinator"],
    postRoles: ["guardian", "candidate", "coordinator"],
  },
  {
    slug: "domande-pratiche",
    name: "Domande pratiche",
    description: "La vita di tutti i giorni con il proprio ragazzo o la propria ragazza: banca, sport, telefono, viaggi, spese.",
    districtCode: null,
    kind: "qa",
    readRoles: WORKERS,
    postRoles: WORKERS,
  },
  {
    slug: "permessi-di-soggiorno-e-documenti",
    name: "Permessi di soggiorno e documenti",
    description: "Questura, conversione a 18 anni, prosieguo amministrativo, passaporti, protezione internazionale.",
    districtCode: null,
    kind: "qa",
    readRoles: WORKERS,
    postRoles: WORKERS,
  },
  {
    slug: "scuola-lavoro-e-salute",
    name: "Scuola, lavoro e salute",
    description: "Iscrizioni scolastiche e CPIA, tirocini, servizio sanitario, benessere psicologico.",
    districtCode: null,
    kind: "discussion",
    readRoles: ["candidate", ...WORKERS],
    postRoles: WORKERS,
  },
  {
    slug: "spazio-formatori",
    name: "Spazio formatori",
    description: "Per chi tiene i corsi per tutori volontari: materiali, casi di studio, domande dei corsisti.",
    districtCode: null,
    kind: "discussion",
    readRoles: ["trainer"],
    postRoles: ["trainer"],
  },
  {
    slug: "tutori-milano",
    name: "Tutori Milano",
    description: "Riservata ai tutori e ai coordinatori del distretto di Milano: incontri, uffici, notizie locali.",
    districtCode: "MI",
    kind: "discussion",
    readRoles: ["guardian", "coordinator"],
    postRoles: ["guardian", "coordinator"],
  },
  {
    slug: "tutori-brescia",
    name: "Tutori Brescia",
    description: "Riservata ai tutori e ai coordinatori del distretto di Brescia: incontri, uffici, notizie locali.",
    districtCode: "BS",
    kind: "discussion",
    readRoles: ["guardian", "coordinator"],
    postRoles: ["guardian", "coordinator"],
  },
  {
    slug: "archivio-2025",
    name: "Archivio 2025",
    description: "Le discussioni dell'anno scorso, in sola lettura.",
    districtCode: null,
    kind: "discussion",
    readRoles: WORKERS,
    postRoles: WORKERS,
    archivedDaysAgo: 45,
  },
];

// ---------------------------------------------------------------------------------------------
// Topics and posts

interface SeedFlag {
  by: string;
  reason: ForumFlagReason;
  note?: string;
  /** Hours after the post. */
  hours: number;
  /** Resolved by a moderator; left open when absent. */
  resolved?: { by: string; resolution: "hidden" | "dismissed"; hours: number; reason?: string };
}

interface SeedPost {
  by: string;
  md: string;
  /** Who found it "utile". */
  useful?: string[];
  /** Edited later by its author: `md` is the earlier text (and `title` the earlier title). */
  edit?: { md: string; title?: string; hours: number };
  /** Deleted by its author this many hours after writing it. */
  deletedHours?: number;
  hidden?: { by: string; reason: string; hours: number };
  flags?: SeedFlag[];
}

interface SeedTopic {
  key: string;
  category: string;
  title: string;
  /** Days ago of the first and the last post; the others are spread in between. */
  days: [number, number];
  pinned?: { by: string };
  locked?: { by: string; reason: string };
  /** The reply (by number) marked as the answer, and by whom. */
  solved?: { number: number; by: string };
  moved?: { from: string; by: string; reason: string; hours: number };
  posts: SeedPost[];
}

export const FORUM_TOPICS: SeedTopic[] = [
  // ----------------------------------------------------------------- Benvenuti e presentazioni
  {
    key: "regole",
    category: "benvenuti-e-presentazioni",
    title: "Regole del forum",
    days: [58, 52],
    pinned: { by: KM },
    posts: [
      {
        by: KM,
        md: `Benvenute e benvenuti nel forum della comunità dei tutori volontari della Lombardia. Qui ci scambiamo esperienze, dubbi pratici e buone prassi. Poche regole, ma importanti:

1. **Niente dati personali dei ragazzi.** Mai nomi, date di nascita, codici fiscali, foto, indirizzi della comunità o della scuola. Scrivete "il mio ragazzo", "un minore di 16 anni", "una comunità dell'hinterland". Il portale vi avvisa se trova qualcosa che somiglia a un dato personale, ma la responsabilità resta nostra.
2. **Rispetto per tutti**: ragazzi, famiglie, operatori, uffici. Si può criticare un servizio senza offendere chi ci lavora.
3. **Ogni domanda nella categoria giusta**: *Domande pratiche* per la vita di tutti i giorni, *Permessi di soggiorno e documenti* per Questura e pratiche. Quando una risposta vi ha aiutato, segnatela come soluzione: servirà a chi arriva dopo.
4. **Il forum non sostituisce la consulenza legale.** Per un caso concreto usate le [Consulenze legali](/consulenze) del portale.
5. Se un messaggio non va, usate **Segnala**: i coordinatori lo vedranno nella coda di moderazione.

Per qualsiasi dubbio scrivete a me per il distretto di Milano o a @Davide Gatti per il distretto di Brescia.

Buona partecipazione!`,
        edit: {
          hours: 30,
          md: `Benvenute e benvenuti nel forum della comunità dei tutori volontari della Lombardia. Qui ci scambiamo esperienze, dubbi pratici e buone prassi. Poche regole, ma importanti:

1. **Niente dati personali dei ragazzi.** Mai nomi, date di nascita, codici fiscali, foto, indirizzi della comunità o della scuola.
2. **Rispetto per tutti**: ragazzi, famiglie, operatori, uffici.
3. **Ogni domanda nella categoria giusta.**
4. **Il forum non sostituisce la consulenza legale.** Per un caso concreto usate le [Consulenze legali](/consulenze) del portale.

Buona partecipazione!`,
        },
        useful: [GM, ALE, DAN, GB],
      },
      {
        by: GM,
        md: "Grazie @Elena Fontana, chiaro e utile. Una domanda: se è il ragazzo stesso a chiedermi di pubblicare una foto della sua partita, vale lo stesso divieto?",
      },
      {
        by: KM,
        md: "Sì, vale lo stesso: **niente foto dei ragazzi**, nemmeno con il loro consenso. Il forum è letto da centinaia di persone e una foto, una volta pubblicata, resta. Raccontate pure la partita a parole!",
        useful: [GM, ALE, BEA],
      },
    ],
  },
  {
    key: "presentazioni",
    category: "benvenuti-e-presentazioni",
    title: "Presentiamoci: chi siamo e da dove scriviamo",
    days: [57, 1],
    posts: [
      {
        by: KM,
        md: "Questo è lo spazio per presentarsi. Raccontate in due righe chi siete, da quanto tempo siete tutori (o se state facendo il corso) e cosa vi piacerebbe trovare nel forum. **Ricordate: nessun dato dei ragazzi**, solo di voi.",
      },
      {
        by: GM,
        md: "Ciao a tutti! Sono Giulia, tutrice volontaria a Milano da quasi due anni. Seguo due ragazzi, uno di 16 e uno di 17 anni. Lavoro in una biblioteca e parlo francese, che con i ragazzi dell'Africa occidentale aiuta molto. Mi piacerebbe trovare qui consigli pratici sulla scuola e sul passaggio ai 18 anni.",
        useful: [KM],
      },
      {
        by: ALE,
        md: "Ciao, sono Alessandro, ingegnere in pensione, tutore da tre anni in Brianza. Il primo ragazzo che ho seguito è diventato maggiorenne l'anno scorso e ora lavora come saldatore: la soddisfazione più grande. Disponibile per domande su tirocini e contratti.",
      },
      {
        by: BEA,
        md: "Sono Beatrice, insegnante alla primaria. Tutrice da un anno di una ragazza di 15 anni arrivata in Italia da sola. Sto imparando tantissimo, soprattutto sulla pazienza con gli uffici 🙂",
      },
      {
        by: GB,
        md: "Buongiorno da Brescia! Sono Marco, tutore da otto mesi. Vengo dal mondo delle cooperative, quindi conosco un po' l'accoglienza dall'altra parte. Contento di confrontarmi anche con chi sta a Milano.",
      },
      {
        by: AS,
        md: "Ciao, sono Sara e sto frequentando il corso per diventare tutrice. Ho tanti dubbi ma anche tanta voglia di cominciare. Leggo tutto con grande interesse!",
      },
      {
        by: KM,
        md: "Benvenuta @Sara Colombo! Durante il corso puoi leggere le presentazioni e la categoria *Scuola, lavoro e salute*; le altre si apriranno con la nomina. Intanto le domande falle pure qui.",
      },
      {
        by: DAN,
        md: "Daniela, assistente sociale in pensione. Tutrice da due anni a Milano. Se servono dritte su come parlare con i servizi sociali del Comune, chiedete pure.",
      },
      {
        by: EMA,
        md: "Emanuele, 34 anni, informatico. Tutore da pochi mesi di un ragazzo di 17 anni appassionato di calcio. Il nostro problema del momento è il tesseramento con la squadra del quartiere: ne scrivo nelle domande pratiche.",
      },
      {
        by: OLG,
        md: "Olga, Brescia. Tutrice da due anni, lavoro in farmacia. Un saluto a tutte e tutti, e grazie a chi ha avuto l'idea di questo spazio.",
      },
      {
        by: CAR,
        md: "Carlo, Bergamo. Tutore da quattro anni, ora seguo il terzo ragazzo. Ho visto cambiare le regole più volte: se serve una memoria storica, ci sono.",
      },
      {
        by: FRA,
        md: "Ciao! Francesca, Cremona, medico. Tutrice da un anno. Posso dare una mano sulle questioni sanitarie, senza sostituirmi ai colleghi ovviamente.",
        useful: [ILA, MAR],
      },
      {
        by: GIO,
        md: "Giorgio, Milano. Commercialista, tutore da due anni. Domande su conti correnti, ISEE e simili: sono qui.",
      },
      {
        by: ILA,
        md: "Ilaria, educatrice. Tutrice da sei mesi. Mi interessano soprattutto i temi della salute mentale e del supporto psicologico.",
      },
      {
        by: LOR,
        md: "Lorenzo, Mantova. Tutore da poco, primo ragazzo. Tutto nuovo, anche il lessico: prosieguo, conversione, nulla osta… Grazie in anticipo per la pazienza.",
      },
      {
        by: KB,
        md: "Benvenuto @Lorenzo Negri! Per il lessico c'è il glossario nel corso di formazione, e per Mantova ci vediamo al prossimo incontro di distretto a Brescia.",
      },
      {
        by: MAR,
        md: "Martina, Pavia. Tutrice da un anno e mezzo. Faccio la traduttrice, inglese e spagnolo: se serve una mano con qualche documento, ditemelo.",
      },
      {
        by: NIC,
        md: "Nicola, Lodi. Tutore da tre anni, ex allenatore di pallavolo. Lo sport è il mio modo di entrare in relazione con i ragazzi.",
      },
      {
        by: PIE,
        md: "Pietro, sto facendo il corso a Milano. Sono un ferroviere in pensione e ho tempo da dedicare. Leggere le vostre presentazioni mi conferma che è la scelta giusta.",
      },
      {
        by: ROB,
        md: "Roberta, corsista. Lavoro in un CAF e spero di essere utile con le pratiche.",
      },
      {
        by: TER,
        md: "Teresa, anche io al corso. Ho vissuto tre anni in Senegal e parlo un po' di wolof.",
      },
      {
        by: GM,
        md: "Che bello leggere tutte queste presentazioni! @Teresa Zanetti, il wolof sarà preziosissimo.",
      },
      {
        by: BEA,
        md: "@Giulia Ferrari anche io lavoro con i libri, in classe: se vuoi ci scambiamo titoli in italiano facile per i ragazzi.",
      },
      {
        by: GM,
        md: "Volentieri! Apro un argomento in *Scuola, lavoro e salute*, così l'elenco serve a tutti.",
      },
      {
        by: EMA,
        md: "Ops, volevo rispondere nell'argomento sul tesseramento.",
        deletedHours: 1,
      },
      {
        by: KB,
        md: "Un saluto da Brescia anche da parte mia. Chi è del distretto può scrivere anche nella categoria *Tutori Brescia*, riservata a noi.",
      },
      {
        by: ILA,
        md: "Un benvenuto a chi arriva adesso: non abbiate paura di fare domande \"banali\", sono le più utili.",
        useful: [LOR, AS, PIE, TER],
      },
      {
        by: KM,
        md: "Grazie a tutti: siamo già più di venti! Chi arriva adesso legga le [regole del forum](/forum/benvenuti-e-presentazioni) e si presenti qui.",
      },
    ],
  },
  {
    key: "prima-nomina",
    category: "benvenuti-e-presentazioni",
    title: "Prima nomina: da dove comincio?",
    days: [12, 2],
    posts: [
      {
        by: AS,
        md: "Il corso finisce tra poche settimane e mi chiedo: **cosa succede dopo la nomina?** Quali sono le cose da fare nei primi giorni? Chi mi contatta? Ho paura di dimenticare qualcosa di importante.",
      },
      {
        by: GM,
        md: `Bella domanda! Dalla mia esperienza, nei primi giorni:

- ricevi il **decreto di nomina** dal Tribunale per i minorenni e presti giuramento (a volte lo stesso giorno);
- contatti la comunità dove vive il ragazzo e fissi un primo incontro, con calma;
- verifichi i documenti: permesso di soggiorno (o la ricevuta della richiesta), codice fiscale, tessera sanitaria;
- chiedi ai servizi sociali un incontro per conoscere il progetto educativo.

Il resto viene con il tempo. E non sei sola: c'è questo forum e ci sono i coordinatori.`,
        useful: [AS, PIE, TER, KM],
      },
      {
        by: KM,
        md: "Aggiungo solo una cosa: nei primi colloqui **ascoltate più che parlare**. Il ragazzo ha già incontrato tanti adulti che gli hanno chiesto la sua storia. @Sara Colombo, al termine del corso ti contatteremo noi per l'abbinamento.",
        useful: [AS, GM],
      },
      { by: AS, md: "Grazie mille, mi salvo tutto!" },
    ],
  },

  // ------------------------------------------------------------------------- Domande pratiche
  {
    key: "conto",
    category: "domande-pratiche",
    title: "Aprire un conto corrente per un minore: esperienze con le banche?",
    days: [45, 30],
    solved: { number: 2, by: GM },
    posts: [
      {
        by: GM,
        md: "Il mio ragazzo ha iniziato un tirocinio e riceverà una piccola indennità mensile. Serve un conto o una carta con IBAN **intestati a lui**. Due banche mi hanno già detto di no perché il permesso di soggiorno è \"per minore età\". Qualcuno ha avuto esperienze positive? Cosa vi hanno chiesto?",
      },
      {
        by: GIO,
        md: `A me è andata bene con una carta prepagata con IBAN di un grande gruppo bancario. Mi hanno chiesto:

1. permesso di soggiorno valido (va bene anche quello per minore età);
2. codice fiscale del ragazzo;
3. **decreto di nomina** del tutore e un mio documento;
4. la firma di entrambi, il ragazzo e il tutore.

Il rifiuto spesso dipende dalla filiale, non dalla banca: chiedi di parlare con il responsabile e porta il decreto.`,
        useful: [GM, BEA, NIC, EMA],
      },
      {
        by: CM,
        md: "Confermo quanto scritto da @Giorgio Lombardi. Per le operazioni straordinarie sul patrimonio del minore serve l'autorizzazione del giudice tutelare, ma **aprire un conto su cui accreditare l'indennità di tirocinio è, in genere, amministrazione ordinaria**. Se una banca rifiuta per il solo tipo di permesso, chiedete il rifiuto per iscritto: aiuta molto nelle segnalazioni.",
        useful: [GM, GIO, KM],
      },
      {
        by: GM,
        md: "Fatto! Un'altra filiale della stessa banca, con il decreto in mano: conto aperto in mezz'ora. Segno la risposta di Giorgio come soluzione. Grazie!",
      },
    ],
  },
  {
    key: "sport",
    category: "domande-pratiche",
    title: "Tesseramento in una società sportiva: chi firma e quali documenti?",
    days: [40, 33],
    solved: { number: 2, by: EMA },
    posts: [
      {
        by: EMA,
        md: "Il mio ragazzo gioca a calcio in una squadra dilettantistica del quartiere e ora vogliono tesserarlo per il campionato. La società dice che per i minori stranieri la federazione chiede una **procedura particolare**. Qualcuno l'ha già fatta? Chi firma: io come tutore o la comunità?",
      },
      {
        by: NIC,
        md: `Firmi tu come tutore: sei tu che eserciti la responsabilità. Per il calcio la federazione ha una procedura apposita per i minori stranieri; di solito la società deve allegare:

- il permesso di soggiorno (o la ricevuta della richiesta);
- il decreto di nomina del tutore;
- un certificato di iscrizione o di frequenza scolastica;
- il certificato medico sportivo.

Le istruzioni aggiornate sono sul sito della [FIGC](https://www.figc.it). Tempi: un paio di settimane, a volte di più.`,
        useful: [EMA, GM, ALE],
      },
      {
        by: KM,
        md: "Un consiglio: chiedete alla società di **non pubblicare foto o nome del ragazzo sui social** senza il vostro consenso scritto. Succede spesso e non tutti ci pensano.",
        useful: [EMA, BEA],
      },
      {
        by: EMA,
        md: "Perfetto, grazie @Nicola Pellegrini. Pratica partita, e ho già parlato con l'allenatore per le foto.",
      },
    ],
  },
  {
    key: "viaggio",
    category: "domande-pratiche",
    title: "Gita con la comunità in un altro paese dell'Unione europea: si può?",
    days: [20, 14],
    posts: [
      {
        by: BEA,
        md: "La comunità organizza qualche giorno in Francia, vicino al confine. La ragazza che seguo ha un permesso per minore età e nessun passaporto. Mi chiedono un'autorizzazione firmata. **Può viaggiare?** Cosa devo firmare esattamente?",
      },
      {
        by: DAN,
        md: "Per quanto so, il solo permesso di soggiorno non basta per uscire dall'Italia: serve anche un documento di viaggio valido. Senza passaporto temo sia molto difficile.",
      },
      {
        by: CM,
        md: `In sintesi:

- il permesso di soggiorno consente di circolare nell'area Schengen **solo insieme a un passaporto valido**;
- per un minore serve comunque l'assenso del tutore, e in alcuni casi è opportuno informare il giudice tutelare;
- senza passaporto, l'alternativa è chiedere il documento alla rappresentanza consolare del paese di origine, con tempi spesso lunghi.

Per un caso concreto aprite una richiesta nelle [Consulenze legali](/consulenze): lo valutiamo insieme.`,
        useful: [BEA, DAN, GM],
      },
      {
        by: BEA,
        md: "Grazie. Il consolato ci ha dato appuntamento, ma non prima della gita… Se qualcuno ha trovato altre strade, scrivete!",
      },
    ],
  },
  {
    key: "rimborso",
    category: "domande-pratiche",
    title: "Rimborso delle spese per il tutore volontario: esiste?",
    days: [35, 31],
    solved: { number: 2, by: ALE },
    posts: [
      {
        by: ALE,
        md: "Tra treni, parcheggi e fotocopie spendo qualche decina di euro al mese. So che il ruolo è gratuito, ma esiste una forma di rimborso delle spese vive?",
      },
      {
        by: KM,
        md: "Il ruolo è gratuito, però negli ultimi anni è stato previsto un **fondo nazionale per i tutori volontari**, gestito tramite le Prefetture, per il rimborso di alcune spese documentate e dei permessi di lavoro. Regole e scadenze cambiano da un anno all'altro: chiedi all'Ufficio tutori del distretto, teniamo noi le indicazioni aggiornate. Intanto **conserva tutte le ricevute**.",
        useful: [ALE, DAN, GIO, NIC],
      },
      { by: ALE, md: "Grazie Elena, passo in ufficio con le ricevute." },
    ],
  },
  {
    key: "sim",
    category: "domande-pratiche",
    title: "SIM e contratto telefonico: a chi intestarli?",
    days: [9, 6],
    posts: [
      {
        by: MAR,
        md: "Il mio ragazzo ha 16 anni e vorrebbe un numero di telefono suo. Gli operatori chiedono un maggiorenne come intestatario. Voi come avete fatto? Intestate la SIM a voi stessi?",
        edit: {
          hours: 2,
          title: "SIM telefonica",
          md: "Il mio ragazzo ha 16 anni e vorrebbe un numero di telefono suo. Voi come avete fatto?",
        },
      },
      {
        by: GIO,
        md: "Io ho evitato di intestarla a me: risponderei di tutto il traffico e dei pagamenti. Abbiamo scelto una **ricaricabile intestata alla comunità**, con il consenso del ragazzo. Non è perfetto, ma è semplice.",
        useful: [MAR],
      },
      {
        by: ILA,
        md: "Noi invece l'abbiamo intestata a me, con un'offerta senza vincoli e senza carta di credito collegata. Dipende molto da come il ragazzo gestisce il telefono e dal rapporto che avete.",
      },
    ],
  },
  {
    key: "patente",
    category: "domande-pratiche",
    title: "Patente AM per il motorino: basta il consenso del tutore?",
    days: [4, 2],
    posts: [
      {
        by: NIC,
        md: "Domanda veloce: il ragazzo (17 anni, permesso per minore età) vuole prendere la patente AM per andare al lavoro. L'autoscuola chiede l'assenso di chi esercita la responsabilità. Basta la mia firma con il decreto di nomina?",
      },
      {
        by: FRA,
        md: "A noi è bastata la firma del tutore con copia del decreto. Il certificato medico lo fa il medico dell'autoscuola. Verifica però che il permesso resti valido per tutta la durata del corso e dell'esame.",
        useful: [NIC],
      },
    ],
  },

  // ------------------------------------------------------------ Permessi di soggiorno e documenti
  {
    key: "conversione",
    category: "permessi-di-soggiorno-e-documenti",
    title: "Conversione del permesso di soggiorno a 18 anni: quali documenti servono?",
    days: [30, 3],
    solved: { number: 2, by: GM },
    posts: [
      {
        by: GM,
        md: "Il mio ragazzo compie 18 anni tra qualche mese. Vorrei preparare per tempo la **conversione del permesso per minore età** in un permesso per studio o per attesa occupazione. Qualcuno ha una lista aggiornata dei documenti per la Questura di Milano?",
      },
      {
        by: CM,
        md: `Ecco cosa serve in genere:

1. il **parere della Direzione generale dell'immigrazione** del Ministero del Lavoro (lo chiedono i servizi o la comunità), oppure la prova dei requisiti previsti dall'art. 32 del Testo unico sull'immigrazione;
2. il passaporto o un documento equivalente;
3. la documentazione del percorso: iscrizione scolastica, attestati, contratto di tirocinio o di lavoro;
4. il kit postale compilato, le marche da bollo e le fototessere.

Il quadro generale è sul [Portale integrazione migranti](https://www.integrazionemigranti.gov.it), le modalità della Questura sul sito della [Polizia di Stato](https://www.poliziadistato.it). **Partite almeno tre mesi prima dei 18 anni.**`,
        edit: {
          hours: 5,
          md: `Ecco cosa serve in genere:

1. il **parere della Direzione generale dell'immigrazione** del Ministero del Lavoro (lo chiedono i servizi o la comunità), oppure la prova dei requisiti previsti dall'art. 32 del Testo unico sull'immigrazione;
2. il passaporto o un documento equivalente;
3. la documentazione del percorso: iscrizione scolastica, attestati, contratto di tirocinio o di lavoro.

Il quadro generale è sul [Portale integrazione migranti](https://www.integrazionemigranti.gov.it). **Partite almeno tre mesi prima dei 18 anni.**`,
        },
        useful: [GM, DAN, ALE, MAR, KM],
      },
      {
        by: GM,
        md: "Grazie! Il problema è il passaporto: l'ambasciata parla di tempi lunghissimi. Cosa succede se arriva dopo i 18 anni?",
      },
      {
        by: CM,
        md: "Si può presentare la domanda con la ricevuta della richiesta di passaporto o con una dichiarazione del consolato sui tempi; molte Questure la accettano, ma va verificato caso per caso. **Non aspettate il passaporto** per depositare la domanda.",
        useful: [GM, DAN],
      },
      {
        by: DAN,
        md: "Confermo per Milano: lo scorso anno hanno accettato la ricevuta consolare. Portate una copia di tutto, ve la chiedono sempre.",
      },
      {
        by: ALE,
        md: "Aggiungo: se il ragazzo lavora già, portate le ultime buste paga. Aiutano molto.",
        useful: [GM],
      },
      {
        by: GM,
        md: "Perfetto, preparo la cartellina. Segno la risposta dell'avvocata come soluzione.",
      },
      {
        by: KM,
        md: "Grazie @Giulia Ferrari per aver chiuso il cerchio: questo argomento diventa un riferimento, lo cito nelle regole del forum.",
      },
    ],
  },
  {
    key: "prosieguo",
    category: "permessi-di-soggiorno-e-documenti",
    title: "Prosieguo amministrativo: quando e come chiederlo?",
    days: [50, 38],
    solved: { number: 2, by: DAN },
    posts: [
      {
        by: DAN,
        md: "Il ragazzo che seguo ha 17 anni e mezzo, va a scuola con ottimi risultati ma non sarà autonomo a 18 anni. Ho sentito parlare del **prosieguo amministrativo**: chi lo chiede, entro quando, e cosa serve?",
      },
      {
        by: CM,
        md: `Il prosieguo amministrativo (art. 13 della legge 47/2017) permette di mantenere le misure di accoglienza e di accompagnamento **fino ai 21 anni** a chi ha bisogno di un supporto prolungato verso l'autonomia.

- Lo dispone il **Tribunale per i minorenni**, con decreto.
- Di solito la richiesta parte dai servizi sociali, ma anche il tutore può sollecitarla.
- Va chiesto **prima dei 18 anni**: dopo non è più possibile.
- Servono una relazione sul percorso (scuola, lavoro, salute) e il progetto per i prossimi anni.

Il testo della legge è su [Normattiva](https://www.normattiva.it).`,
        useful: [DAN, GM, BEA, GB, ALE, KM],
      },
      {
        by: GB,
        md: "A Brescia i servizi chiedono di avviare la pratica almeno sei mesi prima. Da noi il tribunale ha voluto sentire anche il ragazzo.",
        useful: [DAN],
      },
      { by: DAN, md: "Grazie a entrambi. Ne parlo con l'assistente sociale già questa settimana." },
      {
        by: KM,
        md: "Per chi legge dopo: con il prosieguo di solito **non c'è più un tutore**, il ragazzo è affidato ai servizi sociali. Il rapporto con voi può continuare in modo informale, e spesso è prezioso.",
        useful: [DAN, ILA],
      },
    ],
  },
  {
    key: "eta",
    category: "permessi-di-soggiorno-e-documenti",
    title: "Accertamento dell'età: il ragazzo non è d'accordo con l'esito",
    days: [22, 10],
    posts: [
      {
        by: ILA,
        md: "Al ragazzo che seguo è stata attribuita un'età maggiore di quella che dichiara, dopo una visita che mi sembra sia stata solo una radiografia del polso. Lui è molto scosso. **Si può contestare?** Entro quando?",
      },
      {
        by: CM,
        md: "La procedura prevista dall'art. 19-bis del d.lgs. 142/2015 deve essere **multidisciplinare** (colloquio sociale, visita pediatrica, valutazione psicologica), non solo radiologica, e nel dubbio si presume la minore età. Il provvedimento del Tribunale per i minorenni si può impugnare con reclamo entro termini brevi: **contattate subito un avvocato**. Il ragazzo ha diritto al patrocinio a spese dello Stato.",
        useful: [ILA, DAN, GM],
      },
      { by: ILA, md: "Grazie, abbiamo già un appuntamento con un avvocato. Vi aggiorno." },
      {
        by: DAN,
        md: "Forza! A noi era capitato due anni fa: con la valutazione multidisciplinare l'età dichiarata è stata riconosciuta.",
      },
      {
        by: ILA,
        md: "Aggiornamento: reclamo depositato, aspettiamo l'udienza. Lascio la domanda aperta finché non sappiamo com'è andata.",
      },
    ],
  },
  {
    key: "audizione",
    category: "permessi-di-soggiorno-e-documenti",
    title: "Audizione in Commissione territoriale: il tutore deve esserci?",
    days: [48, 44],
    solved: { number: 2, by: BEA },
    posts: [
      {
        by: BEA,
        md: "La ragazza che seguo ha l'audizione in Commissione per la protezione internazionale tra qualche settimana. Devo accompagnarla? Posso parlare durante il colloquio?",
      },
      {
        by: CM,
        md: "Sì: per i minori il tutore **partecipa al colloquio**, insieme al mediatore linguistico, e se la ragazza lo desidera può esserci anche un operatore della comunità. Di solito non si interviene nel merito delle risposte, ma potete segnalare se non si sente bene o ha bisogno di una pausa. Preparatela spiegandole come si svolge, senza \"preparare\" le risposte.",
        useful: [BEA, GM, ILA],
      },
      { by: BEA, md: "Chiarissimo, grazie." },
    ],
  },
  {
    key: "passaporto",
    category: "permessi-di-soggiorno-e-documenti",
    title: "Passaporto scaduto: il consolato chiede la firma di un genitore",
    days: [26, 19],
    moved: { from: "domande-pratiche", by: KB, reason: "Riguarda i documenti: spostato nella categoria giusta.", hours: 20 },
    posts: [
      {
        by: GB,
        md: "Il passaporto del mio ragazzo è scaduto e il consolato, per rinnovarlo, chiede la firma di un genitore, che ovviamente non è in Italia. Come si fa? Il decreto di nomina del tutore vale per loro?",
      },
      {
        by: CB,
        md: "Dipende molto dal paese. Alcune rappresentanze consolari accettano il decreto di nomina **tradotto e legalizzato**; altre chiedono una procura del genitore firmata nel paese di origine. Conviene chiedere per iscritto quali documenti accettano per un minore affidato a un tutore.",
        useful: [GB, KB],
      },
      {
        by: KB,
        md: "Ho spostato l'argomento in *Permessi di soggiorno e documenti*, dove lo ritroverà chi ha lo stesso problema.",
      },
      {
        by: CAR,
        md: "A noi il consolato ha accettato il decreto con traduzione giurata. Sei settimane di attesa, però.",
        useful: [GB],
      },
    ],
  },
  {
    key: "patrocinio",
    category: "permessi-di-soggiorno-e-documenti",
    title: "Gratuito patrocinio per il minore: come si chiede?",
    days: [16, 13],
    solved: { number: 2, by: GB },
    posts: [
      {
        by: GB,
        md: "Dobbiamo presentare un ricorso per il ragazzo e l'avvocato parla di patrocinio a spese dello Stato. Il reddito di chi conta? Il mio?",
      },
      {
        by: CB,
        md: "No, il reddito del tutore non conta. La legge 47/2017 (art. 16) riconosce ai minori stranieri non accompagnati il diritto al **patrocinio a spese dello Stato** in ogni stato e grado del procedimento. L'istanza la prepara l'avvocato e la firmi tu come tutore. Informazioni generali su [giustizia.it](https://www.giustizia.it).",
        useful: [GB, LOR, CAR],
      },
      { by: GB, md: "Chiaro, grazie @Avv. Luca Moretti." },
    ],
  },

  // ----------------------------------------------------------------- Scuola, lavoro e salute
  {
    key: "tessera",
    category: "scuola-lavoro-e-salute",
    title: "Tessera sanitaria scaduta e medico di base: come avete fatto?",
    days: [55, 40],
    posts: [
      {
        by: MAR,
        md: "Il permesso del ragazzo è in rinnovo e la tessera sanitaria è scaduta. Allo sportello mi dicono che senza permesso valido non si può rinnovare la scelta del medico. È corretto?",
      },
      {
        by: FRA,
        md: "Non dovrebbe essere così: i minori stranieri non accompagnati hanno diritto all'**iscrizione obbligatoria al Servizio sanitario nazionale** anche mentre aspettano il permesso (art. 14 della legge 47/2017). Porta la ricevuta della richiesta di rinnovo e il decreto di nomina.",
        useful: [MAR, GM, ILA, KM],
      },
      { by: MAR, md: "Portata la ricevuta e citato l'articolo: iscrizione fatta, medico scelto. Grazie!" },
      {
        by: GM,
        md: "Segnalo anche le pagine del [Ministero della Salute](https://www.salute.gov.it) sull'assistenza sanitaria ai cittadini stranieri: utili da stampare e portare allo sportello.",
        useful: [MAR],
      },
      { by: ILA, md: "Utilissimo, me lo salvo." },
    ],
  },
  {
    key: "cpia",
    category: "scuola-lavoro-e-salute",
    title: "Iscrizione al CPIA a metà anno: esperienze?",
    days: [38, 25],
    posts: [
      {
        by: GM,
        md: "Il secondo ragazzo che seguo è arrivato a fine autunno, ha 16 anni e non ha la licenza media. Il CPIA dice che le iscrizioni sono chiuse fino al prossimo ciclo. Vi è capitato? Come avete fatto?",
      },
      {
        by: BEA,
        md: "Sì, ci è successo. Abbiamo insistito ricordando che l'istruzione è un diritto anche a metà anno e che il ragazzo era ancora in **obbligo di istruzione**. Ci hanno inserito in un gruppo di alfabetizzazione e poi nel percorso di primo livello.",
        edit: {
          hours: 3,
          md: "Si, ci è successo. Abbiamo insistito e alla fine ci hanno inserito in un gruppo di alfabetizazione.",
        },
        useful: [GM, EMA],
      },
      {
        by: FO,
        md: "Sul piano normativo trovate le indicazioni nelle linee guida per l'accoglienza degli alunni stranieri del [Ministero dell'Istruzione](https://www.istruzione.it). Molti CPIA hanno anche corsi di italiano L2 aperti tutto l'anno.",
        useful: [GM],
      },
      {
        by: GM,
        md: "Grazie! Alla fine ci hanno inserito nel corso di italiano, e dal prossimo mese comincia il primo livello.",
      },
    ],
  },
  {
    key: "tirocinio",
    category: "scuola-lavoro-e-salute",
    title: "Tirocinio extracurricolare a 16 anni: è possibile?",
    days: [28, 18],
    posts: [
      {
        by: ALE,
        md: "Un'azienda metalmeccanica della Brianza è disposta a prendere in tirocinio un ragazzo di 16 anni. Si può fare un tirocinio extracurricolare a 16 anni in Lombardia?",
      },
      {
        by: KM,
        md: "In Lombardia i tirocini extracurricolari sono possibili per chi ha **assolto l'obbligo di istruzione**; per i minori seguiti dai servizi esistono anche percorsi specifici. Consulta la disciplina regionale sul sito della [Regione Lombardia](https://www.regione.lombardia.it) e coinvolgi il servizio di inserimento lavorativo del Comune.",
        useful: [ALE, NIC],
      },
      { by: ALE, md: "Grazie, verifichiamo con la scuola se l'obbligo è assolto." },
      {
        by: GIO,
        md: "Attenzione anche all'indennità: con un conto intestato al ragazzo (vedi l'argomento sulle banche in *Domande pratiche*) si evitano molti problemi.",
        flags: [
          {
            by: ALE,
            reason: "off_topic",
            note: "Parla di banche, non di tirocini.",
            hours: 4,
            resolved: { by: KM, resolution: "dismissed", hours: 20, reason: "Il rimando all'indennità del tirocinio è pertinente." },
          },
        ],
      },
    ],
  },
  {
    key: "psicologo",
    category: "scuola-lavoro-e-salute",
    title: "Supporto psicologico: esperienze con i servizi del territorio",
    days: [14, 5],
    posts: [
      {
        by: ILA,
        md: "Il ragazzo che seguo dorme poco e ha spesso mal di testa. La comunità pensa a un supporto psicologico. Avete esperienza con i servizi di neuropsichiatria dell'infanzia e dell'adolescenza o con associazioni che lavorano con mediatori culturali?",
      },
      {
        by: FRA,
        md: "Come medico ti dico: prima si escludono cause fisiche con il medico di base. Poi l'invio alla neuropsichiatria dell'infanzia e dell'adolescenza passa dal pediatra o dal medico. I tempi di attesa sono lunghi, ma chiedete la priorità se ci sono segnali di sofferenza importante.",
        useful: [ILA, DAN],
      },
      {
        by: EMA,
        md: "Anche il mio ragazzo ha passato mesi in un centro di detenzione in Libia prima di attraversare il mare, e dopo lo sbarco ha cambiato tre comunità prima di quella di adesso, vicino alla stazione. La notte ha gli incubi e racconta a tutti quello che gli è successo durante il viaggio, compresi i compagni che non ce l'hanno fatta…",
        flags: [
          {
            by: ILA,
            reason: "minor_data",
            note: "Troppi dettagli sulla storia del ragazzo: insieme lo rendono riconoscibile.",
            hours: 3,
            resolved: { by: KM, resolution: "hidden", hours: 6 },
          },
        ],
        hidden: {
          by: KM,
          hours: 6,
          reason: "Il messaggio racconta dettagli della storia personale del ragazzo che potrebbero renderlo riconoscibile. Puoi riscriverlo in forma più generale.",
        },
      },
      {
        by: DAN,
        md: "Noi ci siamo trovati bene con un'associazione che lavora con mediatori e psicologi insieme. Chiedete all'Ufficio tutori l'elenco delle realtà con cui collabora.",
        useful: [ILA],
      },
      { by: ILA, md: "Grazie @Daniela Esposito, chiedo subito." },
    ],
  },
  {
    key: "libri",
    category: "scuola-lavoro-e-salute",
    title: "Libri in italiano facile per ragazzi: le vostre proposte",
    days: [8, 3],
    posts: [
      {
        by: GM,
        md: `Come promesso nelle presentazioni, apro un elenco di **libri in italiano facile** che hanno funzionato con i nostri ragazzi. Comincio io:

- racconti brevi di livello A2 delle collane per stranieri delle principali case editrici;
- fumetti e graphic novel, ottimi per chi è ancora all'inizio;
- giornali in italiano semplificato, da leggere insieme.

Aggiungete i vostri!`,
        useful: [BEA, MAR],
      },
      { by: BEA, md: "Io aggiungo i **dizionari illustrati bilingui**: a scuola li usiamo tantissimo." },
      {
        by: FO,
        md: "Dal corso formatori: molte biblioteche civiche hanno uno scaffale di italiano L2 con prestito gratuito. Fate la tessera della biblioteca anche al ragazzo: è un posto tranquillo dove studiare.",
        useful: [GM, BEA, MAR],
      },
    ],
  },

  // ---------------------------------------------------------------------- Spazio formatori
  {
    key: "materiali",
    category: "spazio-formatori",
    title: "Materiali per il modulo sul sistema di accoglienza",
    days: [42, 20],
    posts: [
      {
        by: FO,
        md: "Sto aggiornando le slide del modulo sul sistema di accoglienza (prima e seconda accoglienza, rete SAI, ruolo del tutore). Avete materiali recenti da condividere? Cerco soprattutto **casi di studio anonimi** da usare in aula.",
      },
      {
        by: VAL,
        md: "Ho tre casi di studio costruiti apposta, inventati ma realistici: li carico nell'area di redazione del corso così li rivediamo insieme.",
        useful: [FO],
      },
      {
        by: ZOE,
        md: "Dal distretto di Brescia: i corsisti apprezzano molto quando in aula viene un tutore esperto a raccontare la sua esperienza. Possiamo farlo anche a Milano?",
        useful: [FO, VAL],
      },
      { by: FO, md: "Ottima idea @Zoe Cattaneo, ne parlo con @Valerio Bruno." },
      {
        by: VAL,
        md: "Volentieri: chiedo ai coordinatori due nomi di tutori disponibili per il prossimo incontro.",
      },
    ],
  },
  {
    key: "faq-corsisti",
    category: "spazio-formatori",
    title: "Le domande più frequenti dei corsisti",
    days: [19, 11],
    posts: [
      {
        by: VAL,
        md: `Raccolgo le domande che tornano in ogni edizione del corso, così le integriamo nei materiali:

1. *Quanto tempo richiede davvero?*
2. *Posso rinunciare se non ce la faccio?*
3. *Sono responsabile civilmente di quello che fa il ragazzo?*
4. *Devo ospitarlo a casa?*

Aggiungete le vostre.`,
      },
      {
        by: ZOE,
        md: "Aggiungo: *posso scegliere il paese di origine o l'età del ragazzo?* Me lo chiedono sempre.",
      },
      {
        by: FO,
        md: "E: *cosa succede quando compie 18 anni?* Propongo di rispondere a tutte con un'unità breve nel primo modulo, @Valerio Bruno.",
        useful: [VAL, ZOE],
      },
    ],
  },

  // ------------------------------------------------------------------------- Tutori Milano
  {
    key: "assemblea",
    category: "tutori-milano",
    title: "Assemblea dei tutori di Milano: raccolta adesioni",
    days: [33, 29],
    locked: { by: KM, reason: "Adesioni chiuse: il resoconto è in un nuovo argomento." },
    posts: [
      {
        by: KM,
        md: "Organizziamo un'assemblea dei tutori del distretto di Milano nella sede dell'Ufficio tutori. Rispondete qui se partecipate, indicando se preferite il **sabato mattina** o il **giovedì sera**.",
      },
      { by: GM, md: "Ci sono, preferenza giovedì sera." },
      { by: DAN, md: "Presente, sabato mattina." },
      { by: ALE, md: "Io giovedì sera." },
      { by: MAR, md: "Giovedì sera: da Pavia il sabato faccio fatica." },
      {
        by: KM,
        md: "Grazie a tutti: vince il giovedì sera. Chiudo le adesioni, il resoconto arriverà in un nuovo argomento.",
      },
    ],
  },
  {
    key: "resoconto",
    category: "tutori-milano",
    title: "Resoconto dell'assemblea dei tutori",
    days: [27, 21],
    posts: [
      {
        by: KM,
        md: `Grazie a chi c'era! I punti principali:

- **tempi della Questura** per i rinnovi: la situazione resta difficile, raccogliamo i casi più critici;
- **affiancamento** dei nuovi tutori: cerchiamo tutori esperti disponibili;
- incontri tematici con le avvocate delle [Consulenze legali](/consulenze), uno ogni due mesi.

Chi vuole fare da affiancatore lo scriva qui sotto.`,
        useful: [GM, DAN, ALE],
      },
      { by: GIO, md: "Mi offro come affiancatore, soprattutto per le questioni economiche." },
      { by: DAN, md: "Anche io." },
      { by: GM, md: "Io posso affiancare qualcuno dal prossimo mese." },
    ],
  },
  {
    key: "questura-mi",
    category: "tutori-milano",
    title: "Questura: quanto state aspettando per il rinnovo del permesso per minore età?",
    days: [18, 1],
    posts: [
      {
        by: NIC,
        md: "Quanto state aspettando per il rinnovo del permesso per minore età? Noi abbiamo depositato il kit da più di tre mesi e ancora nulla. Il ragazzo nel frattempo ha solo la ricevuta.",
      },
      {
        by: GM,
        md: "Anche noi quattro mesi. La ricevuta però vale per scuola, tirocinio e sanità: **non fermate nulla** in attesa del permesso.",
        useful: [NIC, DAN, MAR],
      },
      {
        by: ALE,
        md: "Sono dei fannulloni, allo sportello non hanno nessuna voglia di lavorare. Una vergogna, ogni volta la stessa storia.",
        flags: [
          {
            by: BEA,
            reason: "offensive",
            note: "La critica ai tempi è legittima, ma i toni verso chi lavora allo sportello sono offensivi.",
            hours: 5,
          },
        ],
      },
      {
        by: KM,
        md: "Capisco la frustrazione, ma ricordo a tutti la regola del rispetto. Raccogliamo i casi più lunghi: scrivetemi il numero di mesi di attesa (senza dati dei ragazzi) e li porto al tavolo con la Questura.",
        useful: [NIC, GM],
      },
      { by: DAN, md: "Per noi tre mesi e mezzo, dalla richiesta al ritiro." },
      { by: MAR, md: "Cinque mesi, e ancora nulla." },
      { by: GM, md: "@Elena Fontana, ti mando i nostri tempi." },
      { by: ILA, md: "Anche noi quattro mesi abbondanti. Grazie per il tavolo con la Questura!" },
    ],
  },
  {
    key: "comunita",
    category: "tutori-milano",
    title: "Comunità che non aggiorna il tutore: come vi comportate?",
    days: [11, 4],
    posts: [
      {
        by: BEA,
        md: "La comunità dove vive la ragazza che seguo non mi avvisa quasi mai di quello che succede: visite mediche, assenze a scuola, uscite. Come avete impostato la comunicazione con gli operatori?",
      },
      {
        by: DAN,
        md: "Ho chiesto un incontro con la coordinatrice della comunità e abbiamo concordato un **aggiornamento settimanale**, anche solo un messaggio, e una telefonata per tutto ciò che è urgente. Da allora va molto meglio.",
        useful: [BEA, GM, ILA],
      },
      {
        by: GIO,
        md: "Forse parli della comunità vicino alla stazione di Sesto? Lì c'è anche il ragazzo egiziano di 16 anni che gioca nella squadra dell'oratorio e va al professionale del quartiere: gli operatori cambiano ogni due mesi.",
        flags: [
          {
            by: BEA,
            reason: "minor_data",
            note: "Paese di origine, età, squadra e scuola insieme rendono riconoscibile un ragazzo che non è nemmeno seguito da chi scrive.",
            hours: 2,
          },
        ],
      },
      {
        by: ILA,
        md: "Per esperienza: mettete per iscritto cosa vi aspettate e mandatelo anche ai servizi sociali. Così resta traccia.",
        useful: [BEA],
      },
    ],
  },

  // ------------------------------------------------------------------------- Tutori Brescia
  {
    key: "affiancamento-bs",
    category: "tutori-brescia",
    title: "Affiancamento dei nuovi tutori nel distretto di Brescia",
    days: [52, 45],
    pinned: { by: KB },
    posts: [
      {
        by: KB,
        md: `Ogni nuovo tutore del distretto di Brescia può chiedere di essere affiancato da un tutore esperto nei primi sei mesi. Come funziona:

1. scrivete all'Ufficio tutori tramite il portale;
2. vi proponiamo un tutore della vostra provincia;
3. vi incontrate almeno una volta al mese, anche online.

Le domande sull'affiancamento le raccogliamo qui.`,
        useful: [LOR, GB, CAR],
      },
      { by: LOR, md: "Lo chiedo volentieri! Sono a Mantova: c'è qualcuno in zona?" },
      { by: CAR, md: "@Lorenzo Negri io sono a Bergamo, ma possiamo vederci online. Ti scrivo." },
      { by: KB, md: "Perfetto, vi metto in contatto." },
    ],
  },
  {
    key: "questura-bs",
    category: "tutori-brescia",
    title: "Questura di Brescia: prenotazione per il rinnovo del permesso",
    days: [24, 2],
    posts: [
      {
        by: GB,
        md: "Qualcuno sa se a Brescia per il rinnovo del permesso per minore età serve ancora la prenotazione online, o si può andare direttamente allo sportello con il tutore?",
      },
      {
        by: FRA,
        md: "L'ultima volta, un mese fa, serviva la prenotazione tramite il sito della Questura. Il giorno dell'appuntamento deve esserci il ragazzo di persona per le impronte.",
        useful: [GB, CAR],
      },
      {
        by: KB,
        md: "Confermo. L'Ufficio tutori ha anche un canale con la Questura per i casi urgenti: scriveteci se il permesso è scaduto da più di due mesi.",
        useful: [GB, FRA, LOR],
      },
      { by: CAR, md: "Grazie, ci è servito: appuntamento preso per la prossima settimana." },
      {
        by: LOR,
        md: "Domanda collegata: il ragazzo deve saltare scuola per l'appuntamento? Serve una giustificazione particolare?",
      },
      {
        by: GB,
        md: "Noi abbiamo fatto una giustificazione normale firmata da me come tutore, indicando \"appuntamento in Questura\". Nessun problema.",
        useful: [LOR],
      },
      {
        by: KB,
        md: "Ricordo a tutti che gli orari dello sportello dell'Ufficio tutori sono cambiati: li trovate nella bacheca del portale.",
      },
    ],
  },
  {
    key: "italiano-bs",
    category: "tutori-brescia",
    title: "Corsi di italiano L2 in provincia di Mantova",
    days: [15, 7],
    posts: [
      {
        by: LOR,
        md: "Il mio ragazzo vorrebbe frequentare un corso di italiano anche d'estate. Conoscete realtà in provincia di Mantova?",
      },
      {
        by: FRA,
        md: "A Cremona il CPIA organizza corsi estivi brevi; per Mantova prova a chiedere al CPIA provinciale e alle associazioni di volontariato. Spesso le parrocchie hanno scuole di italiano gratuite.",
        useful: [LOR],
      },
      {
        by: KB,
        md: "Aggiungo che la [Regione Lombardia](https://www.regione.lombardia.it) pubblica ogni anno l'elenco dei corsi di lingua finanziati.",
      },
    ],
  },

  // ------------------------------------------------------------------------- Archivio 2025
  {
    key: "calendario",
    category: "archivio-2025",
    title: "Proposte per il calendario degli incontri del nuovo anno",
    days: [110, 95],
    posts: [
      {
        by: KM,
        md: "Raccogliamo le proposte per gli incontri del nuovo anno: temi, orari, formato (in presenza o online).",
      },
      { by: GM, md: "Incontri tematici con le avvocate, uno ogni due mesi." },
      { by: GB, md: "Qualche incontro online serale, per chi lavora." },
      {
        by: KM,
        md: "Grazie, abbiamo raccolto tutto. Il calendario è nella bacheca del portale.",
      },
    ],
  },
  {
    key: "bonus-trasporti",
    category: "archivio-2025",
    title: "Agevolazioni per l'abbonamento ai mezzi: qualcuno le ha ottenute?",
    days: [90, 80],
    posts: [
      {
        by: ALE,
        md: "Il Comune prevede agevolazioni per l'abbonamento ai mezzi degli studenti. Qualcuno le ha ottenute per un minore straniero non accompagnato?",
      },
      {
        by: GIO,
        md: "Sì: domanda con l'**ISEE del minore**, che fa nucleo a sé, e il certificato di iscrizione scolastica.",
        useful: [ALE],
      },
      { by: ALE, md: "Perfetto, grazie!" },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Read state, watches

/** How far demo people have read beyond their own posts ("all": to the end). */
const READS: { by: string; topic: string; upTo: number | "all" }[] = [
  // Giulia (tutore.milano): some topics read fully, some partially, some never opened.
  { by: GM, topic: "regole", upTo: "all" },
  { by: GM, topic: "presentazioni", upTo: 24 },
  { by: GM, topic: "prima-nomina", upTo: "all" },
  { by: GM, topic: "conto", upTo: "all" },
  { by: GM, topic: "sport", upTo: "all" },
  { by: GM, topic: "viaggio", upTo: 2 },
  { by: GM, topic: "rimborso", upTo: "all" },
  { by: GM, topic: "prosieguo", upTo: "all" },
  { by: GM, topic: "audizione", upTo: "all" },
  { by: GM, topic: "tessera", upTo: "all" },
  { by: GM, topic: "cpia", upTo: "all" },
  { by: GM, topic: "tirocinio", upTo: 2 },
  { by: GM, topic: "assemblea", upTo: "all" },
  { by: GM, topic: "resoconto", upTo: "all" },
  { by: GM, topic: "comunita", upTo: 2 },
  { by: GM, topic: "calendario", upTo: "all" },
  { by: GM, topic: "bonus-trasporti", upTo: "all" },
  // Marco (tutore.brescia): Brescia and shared categories only.
  { by: GB, topic: "regole", upTo: "all" },
  { by: GB, topic: "presentazioni", upTo: 12 },
  { by: GB, topic: "prosieguo", upTo: "all" },
  { by: GB, topic: "affiancamento-bs", upTo: "all" },
  { by: GB, topic: "conversione", upTo: 4 },
  // The coordinators follow their district.
  { by: KM, topic: "assemblea", upTo: "all" },
  { by: KM, topic: "resoconto", upTo: "all" },
  { by: KM, topic: "questura-mi", upTo: 4 },
  { by: KM, topic: "comunita", upTo: 2 },
  { by: KM, topic: "presentazioni", upTo: 20 },
  { by: KB, topic: "affiancamento-bs", upTo: "all" },
  { by: KB, topic: "italiano-bs", upTo: "all" },
  { by: KB, topic: "presentazioni", upTo: 16 },
  // The others of the demo.
  { by: AS, topic: "regole", upTo: "all" },
  { by: AS, topic: "presentazioni", upTo: 9 },
  { by: FO, topic: "faq-corsisti", upTo: "all" },
  { by: CM, topic: "conto", upTo: "all" },
  { by: CM, topic: "conversione", upTo: 5 },
  { by: CB, topic: "passaporto", upTo: 3 },
];

const CATEGORY_WATCHES: { by: string; category: string; level: "watching" | "muted" }[] = [
  { by: GM, category: "tutori-milano", level: "watching" },
  { by: GB, category: "tutori-brescia", level: "watching" },
  { by: KM, category: "tutori-milano", level: "watching" },
  { by: KB, category: "tutori-brescia", level: "watching" },
  { by: CM, category: "permessi-di-soggiorno-e-documenti", level: "watching" },
  { by: FO, category: "spazio-formatori", level: "watching" },
];

/** Explicit choices on topics, besides the writers' automatic watching. */
const TOPIC_WATCHES: { by: string; topic: string; level: "watching" | "muted" }[] = [
  { by: GM, topic: "assemblea", level: "muted" },
  { by: GM, topic: "prosieguo", level: "watching" },
  { by: GB, topic: "conversione", level: "watching" },
];

// ---------------------------------------------------------------------------------------------

/** When each post of a topic was written: spread between the topic's first and last day. */
function timeline(topic: SeedTopic, now: Date): Date[] {
  const start = now.getTime() - topic.days[0] * DAY;
  const end = now.getTime() - topic.days[1] * DAY;
  const n = topic.posts.length;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const base = n === 1 ? start : start + ((end - start) * i) / (n - 1);
    // A fixed, varied offset (no randomness): the demo is the same at every reset.
    const offset = ((i * 47 + topic.title.length * 13) % 90) * MINUTE;
    const at = Math.max(base + offset, (times[i - 1] ?? 0) + 7 * MINUTE);
    times.push(Math.min(at, now.getTime() - (n - i) * 10 * MINUTE));
  }
  return times.map((t) => new Date(t));
}

const later = (from: Date, hours: number, now: Date) => new Date(Math.min(from.getTime() + hours * HOUR, now.getTime() - MINUTE));

export async function seedForum(ctx: SeedContext): Promise<void> {
  const { tx, now } = ctx;
  // Idempotent: the forum's demo is written once.
  const [existing] = await tx
    .select({ id: forumCategories.id })
    .from(forumCategories)
    .where(eq(forumCategories.slug, FORUM_CATEGORIES[0].slug));
  if (existing) return;

  // People by e-mail (looked up, so that the seed works whichever accounts were created now).
  const emails = [
    ...new Set([
      AD,
      ...FORUM_TOPICS.flatMap((t) => [
        ...t.posts.flatMap((p) => [p.by, ...(p.useful ?? []), ...(p.hidden ? [p.hidden.by] : []), ...(p.flags ?? []).flatMap((f) => [f.by, ...(f.resolved ? [f.resolved.by] : [])])]),
        ...(t.pinned ? [t.pinned.by] : []),
        ...(t.locked ? [t.locked.by] : []),
        ...(t.solved ? [t.solved.by] : []),
        ...(t.moved ? [t.moved.by] : []),
      ]),
      ...READS.map((r) => r.by),
      ...CATEGORY_WATCHES.map((w) => w.by),
      ...TOPIC_WATCHES.map((w) => w.by),
    ]),
  ];
  const people = await tx
    .select({ id: usersTable.id, email: usersTable.email, name: usersTable.name })
    .from(usersTable)
    .where(inArray(usersTable.email, emails));
  const person = new Map(people.map((p) => [p.email, p]));
  const idOf = (email: string) => person.get(email)?.id ?? null;

  // Categories.
  const categories = new Map<string, typeof forumCategories.$inferSelect>();
  for (const [i, c] of FORUM_CATEGORIES.entries()) {
    const [row] = await tx
      .insert(forumCategories)
      .values({
        slug: c.slug,
        name: c.name,
        description: c.description,
        districtCode: c.districtCode,
        kind: c.kind,
        readRoles: c.readRoles,
        postRoles: c.postRoles,
        position: (i + 1) * 10,
        archivedAt: c.archivedDaysAgo ? new Date(now.getTime() - c.archivedDaysAgo * DAY) : null,
        createdAt: new Date(now.getTime() - 120 * DAY),
      })
      .returning();
    categories.set(c.slug, row);
  }

  const topicIds = new Map<string, string>();
  const lastNumber = new Map<string, number>();
  const logRows: (typeof forumModerationLog.$inferInsert)[] = [];
  const notificationRows: (typeof notifications.$inferInsert)[] = [];
  const reads = new Map<string, { userId: string; topicId: string; number: number; at: Date }>();
  const watches = new Map<string, { userId: string; topicId: string; level: "watching" | "normal" | "muted" }>();
  const noteRead = (userId: string, topicId: string, number: number, at: Date) => {
    const key = `${userId}:${topicId}`;
    const before = reads.get(key);
    if (!before || before.number < number) reads.set(key, { userId, topicId, number, at });
  };
  /** Notifications the demo already delivered (digestedAt set: nobody is mailed); recent ones unread. */
  const notice = (userId: string, kind: string, payload: Record<string, string>, link: string, at: Date, unread = false) =>
    notificationRows.push({
      userId,
      kind,
      payload,
      link,
      createdAt: at,
      digestedAt: now,
      readAt: unread || now.getTime() - at.getTime() < 5 * DAY ? null : later(at, 3, now),
    });

  for (const t of FORUM_TOPICS) {
    const category = categories.get(t.category)!;
    const times = timeline(t, now);
    const authorId = idOf(t.posts[0].by);
    const [topic] = await tx
      .insert(forumTopics)
      .values({
        categoryId: category.id,
        authorId,
        title: t.title,
        pinned: Boolean(t.pinned),
        locked: Boolean(t.locked),
        lastPostNumber: t.posts.length,
        replyCount: 0,
        lastPostAt: times[times.length - 1],
        lastPostAuthorId: idOf(t.posts[t.posts.length - 1].by),
        createdAt: times[0],
      })
      .returning({ id: forumTopics.id });
    topicIds.set(t.key, topic.id);
    lastNumber.set(t.key, t.posts.length);

    const postIds: string[] = [];
    for (const [i, p] of t.posts.entries()) {
      const number = i + 1;
      const at = times[i];
      const writer = person.get(p.by);
      const writerId = writer?.id ?? null;
      const mentioned = writerId ? await resolveMentions(tx, p.md, category, writerId) : [];
      const editedAt = p.edit ? later(at, p.edit.hours, now) : null;
      const [post] = await tx
        .insert(forumPosts)
        .values({
          topicId: topic.id,
          number,
          authorId: writerId,
          bodyMd: p.md,
          bodyHtml: highlightMentions(renderMarkdown(p.md), mentioned.map((m) => m.name)),
          createdAt: at,
          editedAt,
          deletedAt: p.deletedHours !== undefined ? later(at, p.deletedHours, now) : null,
          hiddenAt: p.hidden ? later(at, p.hidden.hours, now) : null,
          hiddenById: p.hidden ? idOf(p.hidden.by) : null,
          hiddenReason: p.hidden?.reason ?? null,
        })
        .returning({ id: forumPosts.id });
      postIds.push(post.id);

      if (p.edit && editedAt) {
        await tx.insert(forumPostRevisions).values({
          postId: post.id,
          bodyMd: p.edit.md,
          title: number === 1 ? (p.edit.title ?? t.title) : null,
          editorId: writerId,
          replacedAt: editedAt,
        });
      }
      for (const m of mentioned) {
        await tx.insert(forumMentions).values({ postId: post.id, userId: m.id });
        notice(m.id, "forum_mention", { topic: t.title, author: writer!.name }, postPath(post.id), at);
      }
      const visible = p.deletedHours === undefined && !p.hidden;
      if (visible) {
        for (const email of p.useful ?? []) {
          const userId = idOf(email);
          if (!userId || userId === writerId) continue;
          await tx.insert(forumReactions).values({ postId: post.id, userId, createdAt: later(at, 2 + (email.length % 20), now) });
        }
      }
      for (const f of p.flags ?? []) {
        const flaggedAt = later(at, f.hours, now);
        const resolvedAt = f.resolved ? later(at, f.resolved.hours, now) : null;
        await tx.insert(forumFlags).values({
          postId: post.id,
          reporterId: idOf(f.by),
          reason: f.reason,
          note: f.note ?? null,
          createdAt: flaggedAt,
          resolvedAt,
          resolvedById: f.resolved ? idOf(f.resolved.by) : null,
          resolution: f.resolved?.resolution ?? null,
        });
        // The moderators of the category were told (Milano's coordinator and the administrators).
        for (const moderator of category.districtCode === "BS" ? [KB, AD] : [KM, AD]) {
          const moderatorId = idOf(moderator);
          if (moderatorId) notice(moderatorId, "forum_flag", { topic: t.title, reason: f.reason }, MODERATION_PATH, flaggedAt, !f.resolved);
        }
        if (f.resolved?.resolution === "dismissed") {
          logRows.push({
            actorId: idOf(f.resolved.by),
            action: "dismiss_flags",
            topicId: topic.id,
            postId: post.id,
            categoryId: category.id,
            reason: f.resolved.reason ?? null,
            createdAt: resolvedAt!,
          });
        }
      }
      if (p.hidden) {
        const hiddenAt = later(at, p.hidden.hours, now);
        logRows.push({
          actorId: idOf(p.hidden.by),
          action: "hide",
          topicId: topic.id,
          postId: post.id,
          categoryId: category.id,
          reason: p.hidden.reason,
          createdAt: hiddenAt,
        });
        if (writerId) notice(writerId, "forum_post_hidden", { topic: t.title, reason: p.hidden.reason }, postPath(post.id), hiddenAt, true);
      }
      // Writers have read the topic up to their post and watch it.
      if (writerId) {
        noteRead(writerId, topic.id, number, at);
        watches.set(`${writerId}:${topic.id}`, { userId: writerId, topicId: topic.id, level: "watching" });
      }
    }

    if (t.solved) {
      const solvedAt = later(times[Math.min(t.posts.length - 1, t.solved.number)] ?? times[times.length - 1], 0.5, now);
      await tx.update(forumTopics).set({ solvedPostId: postIds[t.solved.number - 1] }).where(eq(forumTopics.id, topic.id));
      logRows.push({
        actorId: idOf(t.solved.by),
        action: "mark_solved",
        topicId: topic.id,
        postId: postIds[t.solved.number - 1],
        categoryId: category.id,
        createdAt: solvedAt,
      });
    }
    const modAction = (action: ForumModerationAction, by: string, at: Date, extra: Partial<typeof forumModerationLog.$inferInsert> = {}) =>
      logRows.push({ actorId: idOf(by), action, topicId: topic.id, categoryId: category.id, createdAt: at, ...extra });
    if (t.pinned) modAction("pin", t.pinned.by, later(times[0], 1, now));
    if (t.locked) modAction("lock", t.locked.by, later(times[times.length - 1], 2, now), { reason: t.locked.reason });
    if (t.moved) {
      modAction("move", t.moved.by, later(times[0], t.moved.hours, now), {
        categoryId: categories.get(t.moved.from)!.id,
        toCategoryId: category.id,
        reason: t.moved.reason,
      });
    }
    // Reply count and latest visible post, as after hide / delete.
    await recountTopic(tx, topic.id);
  }

  for (const r of READS) {
    const userId = idOf(r.by);
    const topicId = topicIds.get(r.topic);
    if (!userId || !topicId) continue;
    const t = FORUM_TOPICS.find((x) => x.key === r.topic)!;
    const number = r.upTo === "all" ? lastNumber.get(r.topic)! : r.upTo;
    noteRead(userId, topicId, number, later(timeline(t, now)[number - 1], 1, now));
  }
  const readRows = [...reads.values()].map((r) => ({ userId: r.userId, topicId: r.topicId, lastReadNumber: r.number, readAt: r.at }));
  if (readRows.length > 0) await tx.insert(forumReads).values(readRows);

  for (const w of TOPIC_WATCHES) {
    const userId = idOf(w.by);
    const topicId = topicIds.get(w.topic);
    if (userId && topicId) watches.set(`${userId}:${topicId}`, { userId, topicId, level: w.level });
  }
  if (watches.size > 0) await tx.insert(forumTopicWatches).values([...watches.values()]);
  for (const w of CATEGORY_WATCHES) {
    const userId = idOf(w.by);
    if (userId) await tx.insert(forumCategoryWatches).values({ userId, categoryId: categories.get(w.category)!.id, level: w.level });
  }

  if (logRows.length > 0) await tx.insert(forumModerationLog).values(logRows);
  if (notificationRows.length > 0) await tx.insert(notifications).values(notificationRows);
}

// Fictional names and a vocabulary of ordinary Italian words about volunteer guardianship, from
// which the benchmark seed writes forum posts, consultation messages and training modules in
// Markdown. No real person, minor, phone number or tax code appears anywhere.
import type { Rng } from "./rng";

// ---------------------------------------------------------------------------------------------
// People (guardians, coordinators, consultants, trainers): names without apostrophes, so that a
// "@Nome Cognome" mention is the same text in Markdown and in HTML.

export const FIRST_NAMES = [
  "Alessandra", "Alessandro", "Alberto", "Alice", "Andrea", "Angela", "Anna", "Antonio", "Arianna", "Barbara",
  "Beatrice", "Benedetta", "Bruno", "Camilla", "Carla", "Carlo", "Caterina", "Cecilia", "Chiara", "Claudia",
  "Claudio", "Cristina", "Daniele", "Davide", "Debora", "Diego", "Donatella", "Edoardo", "Elena", "Elisa",
  "Emanuela", "Enrico", "Fabio", "Federica", "Federico", "Filippo", "Francesca", "Francesco", "Gabriele", "Gabriella",
  "Giacomo", "Gianluca", "Giorgia", "Giovanna", "Giovanni", "Giulia", "Giuseppe", "Ilaria", "Irene", "Laura",
  "Leonardo", "Letizia", "Lorenza", "Luca", "Lucia", "Luigi", "Manuela", "Marco", "Margherita", "Maria",
  "Marina", "Mario", "Marta", "Massimo", "Matteo", "Michela", "Michele", "Monica", "Nadia", "Noemi",
  "Paola", "Paolo", "Patrizia", "Pietro", "Raffaella", "Riccardo", "Roberto", "Rosa", "Samuele", "Sara",
  "Serena", "Silvia", "Simona", "Simone", "Sofia", "Stefania", "Stefano", "Tommaso", "Valentina", "Valeria",
  "Vittoria", "Amina", "Fatima", "Karim", "Samir", "Olena", "Ana", "Jonas", "Leila", "Youssef",
];

export const LAST_NAMES = [
  "Amato", "Barbieri", "Baroni", "Bassi", "Bellini", "Benedetti", "Bernardi", "Bianchi", "Bianco", "Bonetti",
  "Borghi", "Brambilla", "Bruno", "Caputo", "Carbone", "Cattaneo", "Colombo", "Conte", "Conti", "Costa",
  "Cristiani", "De Angelis", "De Luca", "De Santis", "Donati", "Esposito", "Fabbri", "Farina", "Ferrara", "Ferrari",
  "Ferri", "Fiore", "Fontana", "Gallo", "Galli", "Gatti", "Gentile", "Giordano", "Giuliani", "Grasso",
  "Greco", "Guerra", "Leone", "Lombardi", "Longo", "Lupo", "Mancini", "Marchetti", "Mariani", "Marino",
  "Martinelli", "Martini", "Mazza", "Messina", "Monti", "Morelli", "Moretti", "Negri", "Neri", "Orlando",
  "Pace", "Palumbo", "Parisi", "Pellegrini", "Piras", "Poli", "Rinaldi", "Riva", "Rizzi", "Rizzo",
  "Romano", "Rossetti", "Rossi", "Ruggiero", "Russo", "Sala", "Salvi", "Sanna", "Santoro", "Serra",
  "Silvestri", "Sorrentino", "Testa", "Valentini", "Valli", "Vitale", "Villa", "Zanetti", "Zanella", "Zeni",
  "Tedesco", "Ricci", "Marras", "Deiana", "Melis", "Fadda", "Cocco", "Pagano", "Caruso", "Mele",
  "Lo Bianco", "La Rosa", "Castelli", "Bertolini", "Righi", "Gasparini", "Zanotti", "Pozzi", "Sartori", "Cavalli",
];

/** Mails for names: lower case ASCII, dots between words. */
export function emailLocal(first: string, last: string): string {
  const clean = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]+/g, "");
  return `${clean(first)}.${clean(last)}`;
}

export const SPOKEN = ["en", "fr", "es", "ar", "de", "pt", "ro", "uk", "sq", "ru"];

// ---------------------------------------------------------------------------------------------
// Minors: first names by origin; surnames are common surnames of the same places. Invented
// combinations, no real person.

export interface Origin {
  nationality: string;
  languages: string[];
  male: string[];
  female: string[];
  surnames: string[];
  weight: number;
}

export const ORIGINS: Origin[] = [
  { nationality: "EG", languages: ["ar"], male: ["Ahmed", "Mohamed", "Mahmoud", "Omar", "Youssef", "Karim", "Abdelrahman", "Mostafa", "Islam", "Ziad"], female: ["Mariam", "Nour", "Salma", "Aya"], surnames: ["Mansour", "Hassan", "Ibrahim", "Mostafa", "Abdallah", "Salem", "Farouk"], weight: 14 },
  { nationality: "TN", languages: ["ar", "fr"], male: ["Amine", "Aymen", "Bilel", "Hamza", "Wassim", "Sami", "Yassine"], female: ["Ines", "Rania", "Yasmine"], surnames: ["Ben Ali", "Trabelsi", "Haddad", "Jaziri", "Ben Amor", "Gharbi"], weight: 10 },
  { nationality: "MA", languages: ["ar", "fr"], male: ["Yassine", "Ayoub", "Anas", "Mehdi", "Hicham", "Soufiane", "Zakaria"], female: ["Salma", "Hajar", "Imane"], surnames: ["Boukhari", "El Amrani", "Benali", "Ouali", "Tahiri", "Idrissi"], weight: 6 },
  { nationality: "BD", languages: ["bn", "en"], male: ["Rahim", "Sohel", "Arif", "Rakib", "Tanvir", "Sabbir", "Nayeem"], female: ["Sumaiya", "Nusrat", "Farzana"], surnames: ["Hossain", "Rahman", "Islam", "Ahmed", "Miah", "Uddin"], weight: 10 },
  { nationality: "PK", languages: ["ur", "en"], male: ["Hamza", "Bilal", "Usman", "Ali", "Hassan", "Zain", "Faizan"], female: ["Ayesha", "Hira", "Sana"], surnames: ["Rehman", "Ashraf", "Khan", "Iqbal", "Butt", "Malik"], weight: 7 },
  { nationality: "AF", languages: ["ps", "fa"], male: ["Farid", "Ajmal", "Ahmad", "Javid", "Naveed", "Rahmat", "Sohrab"], female: ["Zahra", "Maryam", "Fereshta"], surnames: ["Ahmadi", "Noori", "Hakimi", "Rahimi", "Sultani", "Popal"], weight: 6 },
  { nationality: "AL", languages: ["sq"], male: ["Arlind", "Ergys", "Klevis", "Kristi", "Endri", "Erion", "Dorian"], female: ["Ajla", "Anisa", "Klea"], surnames: ["Hoxha", "Lika", "Dervishi", "Shehu", "Kola", "Basha"], weight: 6 },
  { nationality: "GM", languages: ["mnk", "en"], male: ["Ebrima", "Lamin", "Modou", "Ousman", "Alieu", "Musa"], female: ["Fatou", "Isatou", "Awa"], surnames: ["Jallow", "Ceesay", "Darboe", "Touray", "Bah", "Sanneh"], weight: 6 },
  { nationality: "GN", languages: ["fr", "ff"], male: ["Idrissa", "Mamadou", "Alpha", "Ibrahima", "Sekou", "Thierno"], female: ["Mariama", "Hawa", "Kadiatou"], surnames: ["Camara", "Diallo", "Barry", "Sow", "Bangoura", "Conde"], weight: 6 },
  { nationality: "CI", languages: ["fr", "dyu"], male: ["Moussa", "Souleymane", "Yao", "Adama", "Drissa"], female: ["Mariam", "Aminata", "Aya"], surnames: ["Diakite", "Kone", "Ouattara", "Traore", "Coulibaly"], weight: 5 },
  { nationality: "ML", languages: ["bm", "fr"], male: ["Bakary", "Moussa", "Seydou", "Boubacar", "Oumar"], female: ["Fatoumata", "Kadidia"], surnames: ["Toure", "Keita", "Sissoko", "Diarra", "Doumbia"], weight: 4 },
  { nationality: "SN", languages: ["wo", "fr"], male: ["Cheikh", "Abdou", "Pape", "Mamadou", "Serigne"], female: ["Awa", "Ndeye", "Khady"], surnames: ["Ndiaye", "Diop", "Fall", "Sarr", "Gueye"], weight: 4 },
  { nationality: "NG", languages: ["en", "ig"], male: ["Chinedu", "Emeka", "Tunde", "Samuel", "Daniel"], female: ["Blessing", "Joy", "Precious"], surnames: ["Okafor", "Okeke", "Adeyemi", "Eze", "Obi"], weight: 3 },
  { nationality: "ER", languages: ["ti"], male: ["Yonas", "Filmon", "Robel", "Senai"], female: ["Semhar", "Luwam", "Helen", "Saba"], surnames: ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane"], weight: 4 },
  { nationality: "SO", languages: ["so", "ar"], male: ["Liban", "Abdi", "Mohamed", "Yusuf"], female: ["Hodan", "Ayan", "Sagal"], surnames: ["Warsame", "Farah", "Abdi", "Hirsi", "Omar"], weight: 3 },
  { nationality: "UA", languages: ["uk", "ru"], male: ["Oleksandr", "Dmytro", "Artem", "Maksym"], female: ["Sofiia", "Anastasiia", "Daryna"], surnames: ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk"], weight: 4 },
  { nationality: "TR", languages: ["tr", "ku"], male: ["Baran", "Rojhat", "Emre", "Serhat"], female: ["Zelal", "Berfin"], surnames: ["Yilmaz", "Demir", "Kaya", "Aydin"], weight: 2 },
];

export const FACILITY_KINDS = ["Comunità educativa", "Casa di accoglienza", "Comunità per minori", "Centro di prima accoglienza", "Gruppo appartamento", "Comunità alloggio"];
export const FACILITY_NAMES = [
  "Alfa", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Il Faro", "La Quercia", "Il Ponte", "Arcobaleno", "La Rondine",
  "Il Melograno", "Girasole", "La Bussola", "Orizzonte", "Il Seme", "Porto Sicuro", "La Casa sul Fiume", "Il Glicine", "Nuovi Passi",
];

// ---------------------------------------------------------------------------------------------
// Words and phrases of the community of practice

const SUBJECTS = [
  "Il mio ragazzo", "La ragazza che seguo", "Il ragazzo", "La comunità", "L'assistente sociale", "La Questura", "Il Tribunale per i minorenni",
  "La scuola", "Il mediatore culturale", "L'avvocato", "Il CPIA", "La ASL", "Il centro per l'impiego", "La Commissione territoriale",
  "L'educatore di riferimento", "Il servizio sociale del Comune", "La segreteria della scuola", "L'ufficio immigrazione", "Il pediatra",
  "L'ente di formazione", "La responsabile della comunità", "Il consulente legale", "Il coordinamento dei tutori",
];

const PREDICATES = [
  "ha chiesto", "ha fissato un appuntamento per", "non ha ancora risposto sulla domanda per", "ci ha consigliato di preparare",
  "ha rinviato", "mi ha spiegato come funziona", "sta seguendo", "ha avviato", "ha confermato", "ha bisogno di", "mi ha chiesto di firmare",
  "ha sollecitato", "ha accolto", "vuole organizzare", "ha dato parere favorevole per", "ha chiesto chiarimenti su",
];

const OBJECTS = [
  "il rinnovo del permesso di soggiorno", "l'iscrizione a scuola", "l'audizione in Commissione territoriale", "la richiesta di prosieguo amministrativo",
  "il passaporto", "la tessera sanitaria", "il codice fiscale", "il tirocinio", "il corso di lingua italiana", "la conversione del permesso a diciotto anni",
  "la domanda di protezione internazionale", "l'accertamento dell'età", "la visita medica", "il colloquio con lo psicologo", "il progetto educativo individuale",
  "l'apertura di un conto corrente", "l'iscrizione al servizio sanitario", "l'esame di terza media", "il contratto di apprendistato", "la dichiarazione di ospitalità",
  "il trasferimento in un'altra comunità", "il parere del Ministero del lavoro", "la carta d'identità", "il corso di formazione professionale",
  "l'incontro di rete", "la relazione per il Tribunale", "la richiesta di documenti al consolato", "l'abbonamento ai mezzi pubblici", "la patente",
  "il certificato di residenza", "la borsa lavoro", "la richiesta di asilo", "il ricorso contro il diniego", "la nomina del tutore",
];

const TAILS = [
  "entro la fine del mese.", "prima dei diciotto anni.", "ma mancano ancora alcuni documenti.", "e ora aspettiamo la risposta.", "senza troppi problemi.",
  "dopo tre settimane di attesa.", "con l'aiuto del mediatore.", "ma i tempi sono lunghi.", "come previsto dalla legge 47/2017.", "la settimana prossima.",
  "e il ragazzo è molto contento.", "anche se non è stato semplice.", "e dobbiamo tornare in Questura.", "con qualche difficoltà di lingua.", "in tempi rapidi.",
  "e abbiamo già fissato la data.", "ma serve la firma del tutore.", "insieme all'educatore.", "e vi terrò aggiornati.", "dopo il parere del consulente.",
];

const OPENERS = [
  "Buongiorno a tutti,", "Ciao a tutte e a tutti,", "Buonasera,", "Care colleghe e cari colleghi,", "Salve,", "Ciao,", "Grazie per le risposte,",
  "Aggiornamento:", "Una domanda veloce:", "Vi scrivo per un consiglio.", "Riprendo questa discussione.",
];

const STANDALONE = [
  "Qualcuno ha esperienza simile?", "Grazie a tutti per i consigli.", "Vi aggiorno appena so qualcosa.", "Secondo voi è normale?",
  "Mi sembra una situazione abbastanza comune.", "Io ho fatto così e ha funzionato.", "Vale la pena chiedere al consulente legale del portale.",
  "Conviene portare sempre una copia del provvedimento di nomina.", "La cosa più importante è ascoltare il ragazzo.", "Anche a me è successo qualcosa di simile l'anno scorso.",
  "Consiglio di scrivere tutto via PEC, così resta traccia.", "Non dimenticate di annotare le scadenze nel calendario del portale.",
  "Il mediatore linguistico è stato fondamentale.", "In Questura chiedono sempre la marca da bollo.", "La comunità è stata molto collaborativa.",
  "Serve pazienza: i tempi della burocrazia non sono quelli dei ragazzi.", "Ho chiesto un incontro con i servizi sociali.", "Il ragazzo frequenta con regolarità la scuola.",
  "Per fortuna il pediatra è stato molto disponibile.", "Abbiamo preparato insieme la lista dei documenti.",
];

export const LIST_ITEMS = [
  "copia del provvedimento di nomina del tutore", "documento d'identità del tutore", "fototessere recenti", "marca da bollo", "dichiarazione della comunità",
  "certificato di iscrizione scolastica", "permesso di soggiorno in scadenza", "codice fiscale del minore", "tessera sanitaria", "relazione dei servizi sociali",
  "attestato del corso di italiano", "contratto di tirocinio", "ricevuta della domanda", "parere del Ministero del lavoro", "passaporto o documento del Paese di origine",
];

const LINKS = [
  ["la guida per i tutori", "https://www.example.org/guida-tutori"],
  ["il vademecum sui permessi", "https://www.example.org/vademecum-permessi"],
  ["la scheda sul prosieguo amministrativo", "https://www.example.org/prosieguo-amministrativo"],
  ["le domande frequenti", "https://www.example.org/faq-tutori"],
  ["il modulo della Questura", "https://www.example.org/modulistica"],
] as const;

const BOLD = ["entro 60 giorni", "prima dei 18 anni", "sempre per iscritto", "con il provvedimento di nomina", "senza ritardi", "in originale", "la firma del tutore"];

const CITIES = ["in città", "in provincia", "nel nostro distretto", "nella mia zona", "in comunità"];

/** A plain sentence about everyday guardianship. */
export function sentence(r: Rng): string {
  if (r.chance(0.3)) return r.pick(STANDALONE);
  const s = `${r.pick(SUBJECTS)} ${r.pick(PREDICATES)} ${r.pick(OBJECTS)} ${r.pick(TAILS)}`;
  return r.chance(0.15) ? s.replace(/\.$/, ` ${r.pick(CITIES)}.`) : s;
}

export function paragraph(r: Rng, min = 2, max = 5): string {
  const count = r.int(min, max);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(sentence(r));
  return parts.join(" ");
}

function withBold(r: Rng, text: string): string {
  const phrase = r.pick(BOLD);
  return `${text.replace(/\.$/, "")}: **${phrase}**.`;
}

function list(r: Rng): string {
  return r
    .sample(LIST_ITEMS, r.int(2, 4))
    .map((item) => `- ${item}`)
    .join("\n");
}

function link(r: Rng): string {
  const [text, href] = r.pick(LINKS);
  return `Qui trovate [${text}](${href}).`;
}

/**
 * A forum post or message in Markdown: a first paragraph of text (always: mentions are written
 * in front of it), then more paragraphs, sometimes a list, bold text or a link.
 */
export function markdownPost(r: Rng, opts: { paragraphs: [number, number]; extra?: string } = { paragraphs: [1, 3] }): string {
  const blocks: string[] = [`${r.pick(OPENERS)} ${paragraph(r, 1, 3)}`];
  const count = r.int(opts.paragraphs[0], opts.paragraphs[1]);
  for (let i = 1; i < count; i++) {
    const p = paragraph(r, 1, 4);
    blocks.push(r.chance(0.2) ? withBold(r, p) : p);
  }
  if (r.chance(0.15)) blocks.push(`Ecco cosa ci hanno chiesto:\n\n${list(r)}`);
  if (opts.extra) blocks.splice(Math.min(blocks.length, 1), 0, opts.extra);
  if (r.chance(0.08)) blocks.push(link(r));
  return blocks.join("\n\n");
}

/** The rare theme the benchmark's forum search looks for. */
export const SEARCH_WORD = "ricongiungimento";
export const SEARCH_SENTENCE =
  "Qualcuno ha seguito una domanda di ricongiungimento familiare con un fratello maggiore che vive in un altro Paese europeo? Vorrei capire i tempi e i documenti necessari.";

// ---------------------------------------------------------------------------------------------
// Forum topics

const TOPIC_TEMPLATES = [
  (o: string) => `Domanda su ${o}`,
  (o: string) => `${cap(o)}: come avete fatto?`,
  (o: string) => `${cap(o)}: tempi di attesa`,
  (o: string) => `Esperienze con ${o}?`,
  (o: string) => `Consiglio su ${o}`,
  (o: string) => `${cap(o)} dopo i 18 anni`,
  (o: string) => `Dubbio su ${o} per un ragazzo di 17 anni`,
  (o: string) => `${cap(o)}: documenti necessari`,
  (o: string) => `Aggiornamento su ${o}`,
  (o: string) => `${cap(o)} in comunità`,
];

export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function topicTitle(r: Rng): string {
  return r.pick(TOPIC_TEMPLATES)(r.pick(OBJECTS));
}

export const HIDDEN_REASONS = [
  "Il messaggio conteneva dati che permettevano di riconoscere un minore.",
  "Tono offensivo verso un altro membro del forum.",
  "Pubblicità non pertinente.",
];

export const FLAG_NOTES = ["Mi sembra che ci siano dati personali del ragazzo.", "Messaggio fuori tema.", "Tono poco rispettoso.", null];

// ---------------------------------------------------------------------------------------------
// Consultations

export const CONSULTATION_SUBJECTS: Record<string, string[]> = {
  residence_permit: ["Rinnovo del permesso per minore età", "Permesso scaduto e appuntamento in Questura", "Ricevuta del permesso e lavoro", "Permesso per affidamento o per minore età?"],
  international_protection: ["Audizione in Commissione territoriale", "Diniego della protezione: ricorso", "Domanda di asilo presentata dopo l'arrivo", "Protezione speciale e tempi"],
  age_assessment: ["Accertamento dell'età contestato", "Esito dell'accertamento dell'età non notificato", "Documento del Paese di origine con età diversa"],
  health: ["Iscrizione al servizio sanitario", "Consenso per una visita specialistica", "Supporto psicologico in comunità"],
  school: ["Iscrizione scolastica rifiutata", "Esame di terza media al CPIA", "Tirocinio e obbligo formativo"],
  turning_18: ["Conversione del permesso a 18 anni", "Richiesta di prosieguo amministrativo", "Parere del Ministero del lavoro in ritardo"],
  family: ["Contatti con la famiglia nel Paese di origine", "Fratello maggiore in un altro Paese", "Parente in Italia disponibile all'affidamento"],
  reception: ["Trasferimento in un'altra comunità", "Allontanamento dalla comunità", "Regole della comunità e uscite serali"],
  other: ["Apertura di un conto corrente", "Abbonamento ai mezzi e spese", "Viaggio scolastico all'estero"],
};

export const URGENCY_REASONS = [
  "Audizione fissata tra pochi giorni.",
  "Il permesso scade la prossima settimana.",
  "Il ragazzo compie 18 anni a breve.",
  "Termine per il ricorso in scadenza.",
];

const GREETINGS_CONSULTANT = ["Gentile tutore,", "Buongiorno,", "Gentile tutrice,", "Grazie per la richiesta."];
const ADVICE = [
  "Le consiglio di presentare la domanda per iscritto e di conservare la ricevuta.",
  "In base alla normativa in vigore, il tutore può firmare la richiesta in nome del minore.",
  "È opportuno allegare copia del provvedimento di nomina e del permesso in scadenza.",
  "Se la Questura non risponde entro trenta giorni, può inviare un sollecito via PEC.",
  "Per la conversione del permesso al compimento dei 18 anni serve il parere del Ministero del lavoro, che la comunità può richiedere per tempo.",
  "La richiesta di prosieguo amministrativo va presentata al Tribunale per i minorenni prima del compimento della maggiore età.",
  "Il minore ha diritto all'iscrizione scolastica anche senza permesso di soggiorno.",
  "Può chiedere all'ufficio scolastico provinciale di intervenire se la scuola rifiuta l'iscrizione.",
  "Durante l'audizione il minore può essere accompagnato dal tutore e assistito da un mediatore.",
  "Contro il diniego è possibile presentare ricorso entro i termini indicati nel provvedimento.",
];
const ASKS = [
  "Potrebbe inviarmi copia del provvedimento e della ricevuta?",
  "Mi può indicare la data di scadenza del permesso attuale?",
  "Avrei bisogno di sapere se il ragazzo ha già presentato domanda di protezione.",
  "Mi conferma la data esatta dell'audizione?",
];
const GUARDIAN_FOLLOWUPS = [
  "Grazie mille per la risposta, molto chiara.",
  "Le allego le informazioni richieste: il permesso scade tra due mesi.",
  "Ho parlato con la comunità e confermano la data.",
  "Ho ancora un dubbio sui documenti da portare.",
  "La Questura mi ha dato un appuntamento tra tre settimane: è un problema?",
  "Il ragazzo ha ricevuto la notifica ieri.",
];

export function consultationDescription(r: Rng, subject: string): string {
  return [`${r.pick(OPENERS)} ${paragraph(r, 2, 4)}`, `La mia domanda riguarda: **${subject.toLowerCase()}**. ${paragraph(r, 1, 3)}`, ...(r.chance(0.3) ? [list(r)] : [])].join("\n\n");
}

export function consultantReply(r: Rng, asking: boolean): string {
  const blocks = [`${r.pick(GREETINGS_CONSULTANT)} ${r.pick(ADVICE)} ${r.pick(ADVICE)}`];
  if (r.chance(0.5)) blocks.push(paragraph(r, 1, 3));
  if (r.chance(0.25)) blocks.push(`Documenti utili:\n\n${list(r)}`);
  if (asking) blocks.push(r.pick(ASKS));
  else if (r.chance(0.3)) blocks.push(`Per approfondire può leggere ${r.pick(LINKS)[0]} sul portale.`);
  blocks.push("Resto a disposizione per ogni chiarimento.");
  return blocks.join("\n\n");
}

export function guardianMessage(r: Rng): string {
  const blocks = [`${r.pick(GUARDIAN_FOLLOWUPS)} ${paragraph(r, 1, 3)}`];
  if (r.chance(0.3)) blocks.push(paragraph(r, 1, 2));
  return blocks.join("\n\n");
}

export function consultantNote(r: Rng): string {
  return `Nota interna: ${r.pick(ADVICE)} ${r.chance(0.5) ? "Verificare con il collega del distretto." : "Caso simile già trattato il mese scorso."}`;
}

export const RATING_COMMENTS = ["Risposta chiara e rapida, grazie.", "Molto utile.", "Mi ha aiutato a sbloccare la situazione.", "Avrei preferito una risposta più veloce.", null, null];

// ---------------------------------------------------------------------------------------------
// Training

export const COURSE_TOPICS = [
  "Il permesso di soggiorno per minore età", "La protezione internazionale dei minori", "L'accertamento dell'età", "Salute e servizio sanitario",
  "Scuola, CPIA e formazione professionale", "Lavoro, tirocini e apprendistato", "Il prosieguo amministrativo", "La mediazione linguistico-culturale",
  "Tratta e sfruttamento: riconoscere i segnali", "Famiglia e contatti con il Paese di origine", "L'ascolto del minore", "Trauma e benessere psicologico",
  "Il sistema di accoglienza", "Il Tribunale per i minorenni", "La rete dei servizi territoriali", "Diritti e doveri del tutore",
  "Privacy e riservatezza", "Documenti di identità e cittadinanza", "Minori richiedenti asilo in arrivo via mare", "Minori in transito e allontanamenti",
  "Sport, tempo libero e integrazione", "Gestione del denaro e conto corrente", "Religione, cultura e alimentazione", "Ragazze non accompagnate",
  "Il lavoro di rete con la comunità", "Comunicare con la Questura", "Il ricorso contro il diniego", "Minori con disabilità",
  "La scuola secondaria e l'esame di Stato", "Orientamento al lavoro dopo i 18 anni", "Abitare dopo la comunità", "Il progetto educativo individuale",
  "La relazione periodica al Tribunale", "Casi difficili: conflitti e mediazione", "Educazione finanziaria per ragazzi", "Salute sessuale e prevenzione",
  "Le dipendenze negli adolescenti", "Lingua italiana: strumenti per il tutore", "Supervisione e cura di sé per i tutori", "Domande frequenti dei nuovi tutori",
];

export const MODULE_TOPICS = [
  "Il quadro normativo", "Gli attori coinvolti", "Il ruolo del tutore", "Tempi e scadenze", "Documenti e modulistica", "Casi pratici",
  "Buone pratiche", "Errori da evitare", "Domande frequenti", "Il dialogo con il ragazzo", "Il lavoro con la comunità", "Quando chiedere aiuto",
  "Strumenti per il tutore", "Esperienze dai distretti", "Verifica finale",
];

/** A training module body: sections with headings, paragraphs, lists, bold text and a source link. */
export function moduleBody(r: Rng, title: string): string {
  const blocks: string[] = [`${paragraph(r, 3, 5)}`, `In questo modulo parliamo di **${title.toLowerCase()}**: ${paragraph(r, 2, 4)}`];
  const sections = r.int(5, 8);
  for (let s = 0; s < sections; s++) {
    blocks.push(`## ${cap(r.pick(OBJECTS))}`);
    for (let p = r.int(2, 4); p > 0; p--) blocks.push(r.chance(0.2) ? withBold(r, paragraph(r, 3, 6)) : paragraph(r, 3, 6));
    if (r.chance(0.5)) blocks.push(`Da ricordare:\n\n${list(r)}`);
    if (r.chance(0.25)) blocks.push(`> **Caso pratico.** ${paragraph(r, 2, 3)}`);
  }
  blocks.push("## Fonti");
  blocks.push(`- Legge 7 aprile 2017, n. 47\n- ${cap(r.pick(LINKS)[0])}: [${r.pick(LINKS)[1]}](${r.pick(LINKS)[1]})`);
  return blocks.join("\n\n");
}

export const NOTE_BODIES = [
  "Visita in comunità: il ragazzo è sereno e frequenta con regolarità il corso di italiano.",
  "Telefonata con la scuola: serve una nuova domanda di iscrizione per iscritto.",
  "Incontro con l'assistente sociale sul progetto dopo i 18 anni.",
  "Accompagnato in Questura per le impronte: appuntamento per il ritiro tra un mese.",
  "Colloquio con l'educatore: qualche difficoltà con le regole della comunità, da riparlarne.",
  "Il ragazzo ha chiesto informazioni sul tirocinio: contattare il centro per l'impiego.",
  "Visita medica fatta, tutto bene. Prossimo controllo tra sei mesi.",
  "Parlato con il mediatore per preparare l'audizione.",
];

export const FLAG_REASONS = [
  "Permesso di soggiorno in scadenza: appuntamento in Questura da fissare.",
  "Iscrizione scolastica rifiutata: serve un intervento dei servizi sociali.",
  "Documentazione per l'audizione in Commissione territoriale incompleta.",
  "In attesa di un tutore da oltre 90 giorni: sollecitare la nomina.",
  "Compie 18 anni a breve: verificare la richiesta di prosieguo.",
  "Allontanamento dalla comunità segnalato: verificare con le forze dell'ordine.",
];

export const MANUAL_DEADLINE_TITLES = [
  "Accompagnare il ragazzo in Questura per il rinnovo del permesso",
  "Colloquio con l'assistente sociale sul progetto dopo i 18 anni",
  "Incontro con l'ente di formazione sul tirocinio",
  "Consegnare la relazione semestrale al Tribunale",
  "Visita medica di controllo",
  "Iscrizione al corso di italiano del CPIA",
];

export const DECLINE_REASONS = [
  "Non posso garantire la presenza nei prossimi mesi per impegni di lavoro fuori sede.",
  "Seguo già due ragazzi e preferisco non prenderne un terzo in questo momento.",
  "La comunità è troppo lontana dalla mia città.",
  "Motivi familiari: sarò disponibile dal prossimo anno.",
];

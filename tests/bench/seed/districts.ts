// The 29 districts of the juvenile courts (the 26 Courts of Appeal and the detached sections of
// Bolzano, Sassari and Taranto), with a few provinces each and the share of guardians and minors
// each gets in the benchmark data. Milano and Brescia keep the demo seed's definition.
import { DISTRICTS as DEMO_DISTRICTS } from "../../../db/seed";

export interface BenchDistrict {
  code: string;
  name: string;
  /** Part of forum category slugs. */
  slug: string;
  provinces: string[];
  /** Relative share of guardians, minors and activity. */
  weight: number;
}

const OTHERS: Omit<BenchDistrict, "weight">[] = [
  { code: "AN", name: "Ancona", slug: "ancona", provinces: ["AN", "AP", "FM", "MC", "PU"] },
  { code: "BA", name: "Bari", slug: "bari", provinces: ["BA", "BT", "FG"] },
  { code: "BO", name: "Bologna", slug: "bologna", provinces: ["BO", "FE", "FC", "MO", "PR", "PC", "RA", "RE", "RN"] },
  { code: "CA", name: "Cagliari", slug: "cagliari", provinces: ["CA", "SU", "OR", "NU"] },
  { code: "CL", name: "Caltanissetta", slug: "caltanissetta", provinces: ["CL", "EN"] },
  { code: "CB", name: "Campobasso", slug: "campobasso", provinces: ["CB", "IS"] },
  { code: "CT", name: "Catania", slug: "catania", provinces: ["CT", "RG", "SR"] },
  { code: "CZ", name: "Catanzaro", slug: "catanzaro", provinces: ["CZ", "CS", "KR", "VV"] },
  { code: "FI", name: "Firenze", slug: "firenze", provinces: ["FI", "AR", "GR", "LI", "LU", "MS", "PI", "PO", "PT", "SI"] },
  { code: "GE", name: "Genova", slug: "genova", provinces: ["GE", "IM", "SP", "SV"] },
  { code: "AQ", name: "L'Aquila", slug: "laquila", provinces: ["AQ", "CH", "PE", "TE"] },
  { code: "LE", name: "Lecce", slug: "lecce", provinces: ["LE", "BR"] },
  { code: "ME", name: "Messina", slug: "messina", provinces: ["ME"] },
  { code: "NA", name: "Napoli", slug: "napoli", provinces: ["NA", "CE", "AV", "BN"] },
  { code: "PA", name: "Palermo", slug: "palermo", provinces: ["PA", "AG", "TP"] },
  { code: "PG", name: "Perugia", slug: "perugia", provinces: ["PG", "TR"] },
  { code: "PZ", name: "Potenza", slug: "potenza", provinces: ["PZ", "MT"] },
  { code: "RC", name: "Reggio Calabria", slug: "reggio-calabria", provinces: ["RC"] },
  { code: "RM", name: "Roma", slug: "roma", provinces: ["RM", "FR", "LT", "RI", "VT"] },
  { code: "SA", name: "Salerno", slug: "salerno", provinces: ["SA"] },
  { code: "TO", name: "Torino", slug: "torino", provinces: ["TO", "AL", "AT", "BI", "CN", "NO", "VB", "VC", "AO"] },
  { code: "TN", name: "Trento", slug: "trento", provinces: ["TN"] },
  { code: "TS", name: "Trieste", slug: "trieste", provinces: ["TS", "GO", "PN", "UD"] },
  { code: "VE", name: "Venezia", slug: "venezia", provinces: ["VE", "BL", "PD", "RO", "TV", "VR", "VI"] },
  { code: "BZ", name: "Bolzano", slug: "bolzano", provinces: ["BZ"] },
  { code: "SS", name: "Sassari", slug: "sassari", provinces: ["SS"] },
  { code: "TA", name: "Taranto", slug: "taranto", provinces: ["TA"] },
];

// Rough relative sizes of the other 27 (they share the 83 % left by Milano and Brescia).
const OTHER_WEIGHTS: Record<string, number> = {
  RM: 8, NA: 6, PA: 6, CT: 5, BO: 5, TO: 5, FI: 4.5, VE: 4.5, BA: 4, GE: 3, ME: 3, RC: 3, CZ: 2.5, LE: 2.5,
  SA: 2.5, AN: 2.5, TS: 2.5, CA: 2, CL: 2, PG: 1.5, AQ: 1.5, TN: 1.5, BZ: 1.5, TA: 1.5, SS: 1, PZ: 1, CB: 1,
};

function build(): BenchDistrict[] {
  const demo = (code: string) => {
    const d = DEMO_DISTRICTS.find((x) => x.code === code);
    if (!d) throw new Error(`db/seed.ts no longer defines district ${code}`);
    return d;
  };
  const mi = demo("MI");
  const bs = demo("BS");
  const otherTotal = Object.values(OTHER_WEIGHTS).reduce((a, b) => a + b, 0);
  return [
    { code: mi.code, name: mi.name, slug: "milano", provinces: [...mi.provinces], weight: 0.12 },
    { code: bs.code, name: bs.name, slug: "brescia", provinces: [...bs.provinces], weight: 0.05 },
    ...OTHERS.map((d) => ({ ...d, weight: (0.83 * OTHER_WEIGHTS[d.code]) / otherTotal })),
  ];
}

export const BENCH_DISTRICTS: BenchDistrict[] = build();

export const districtByCode = new Map(BENCH_DISTRICTS.map((d) => [d.code, d]));

/** The chief town of each province, for reception facilities. */
export const PROVINCE_TOWN: Record<string, string> = {
  AN: "Ancona", AP: "Ascoli Piceno", FM: "Fermo", MC: "Macerata", PU: "Pesaro",
  BA: "Bari", BT: "Barletta", FG: "Foggia",
  BO: "Bologna", FE: "Ferrara", FC: "Forlì", MO: "Modena", PR: "Parma", PC: "Piacenza", RA: "Ravenna", RE: "Reggio Emilia", RN: "Rimini",
  BG: "Bergamo", BS: "Brescia", CR: "Cremona", MN: "Mantova",
  CA: "Cagliari", SU: "Carbonia", OR: "Oristano", NU: "Nuoro",
  CL: "Caltanissetta", EN: "Enna",
  CB: "Campobasso", IS: "Isernia",
  CT: "Catania", RG: "Ragusa", SR: "Siracusa",
  CZ: "Catanzaro", CS: "Cosenza", KR: "Crotone", VV: "Vibo Valentia",
  FI: "Firenze", AR: "Arezzo", GR: "Grosseto", LI: "Livorno", LU: "Lucca", MS: "Massa", PI: "Pisa", PO: "Prato", PT: "Pistoia", SI: "Siena",
  GE: "Genova", IM: "Imperia", SP: "La Spezia", SV: "Savona",
  AQ: "L'Aquila", CH: "Chieti", PE: "Pescara", TE: "Teramo",
  LE: "Lecce", BR: "Brindisi",
  ME: "Messina",
  MI: "Milano", CO: "Como", LC: "Lecco", LO: "Lodi", MB: "Monza", PV: "Pavia", SO: "Sondrio", VA: "Varese",
  NA: "Napoli", CE: "Caserta", AV: "Avellino", BN: "Benevento",
  PA: "Palermo", AG: "Agrigento", TP: "Trapani",
  PG: "Perugia", TR: "Terni",
  PZ: "Potenza", MT: "Matera",
  RC: "Reggio Calabria",
  RM: "Roma", FR: "Frosinone", LT: "Latina", RI: "Rieti", VT: "Viterbo",
  SA: "Salerno",
  TO: "Torino", AL: "Alessandria", AT: "Asti", BI: "Biella", CN: "Cuneo", NO: "Novara", VB: "Verbania", VC: "Vercelli", AO: "Aosta",
  TN: "Trento",
  BZ: "Bolzano",
  TS: "Trieste", GO: "Gorizia", PN: "Pordenone", UD: "Udine",
  VE: "Venezia", BL: "Belluno", PD: "Padova", RO: "Rovigo", TV: "Treviso", VR: "Verona", VI: "Vicenza",
  SS: "Sassari",
  TA: "Taranto",
};

/**
 * Splits `total` over the districts by weight (largest remainders), at least `min` each when the
 * total allows it. Returns code → count.
 */
export function allocate(total: number, min = 1): Map<string, number> {
  const out = new Map<string, number>();
  const floor = total >= min * BENCH_DISTRICTS.length ? min : 0;
  const rest = total - floor * BENCH_DISTRICTS.length;
  const exact = BENCH_DISTRICTS.map((d) => ({ code: d.code, value: rest * d.weight }));
  let given = 0;
  for (const e of exact) {
    const n = Math.floor(e.value);
    out.set(e.code, floor + n);
    given += n;
  }
  const order = [...exact].sort((a, b) => (b.value - Math.floor(b.value)) - (a.value - Math.floor(a.value)) || a.code.localeCompare(b.code));
  for (let i = 0; given < rest; i++, given++) {
    const code = order[i % order.length].code;
    out.set(code, out.get(code)! + 1);
  }
  return out;
}

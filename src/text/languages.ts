import type { Language } from './types';

/**
 * Everything the segmenter knows about one language, kept as data so that a
 * new language is a new entry rather than new code paths.
 */
export interface LanguageProfile {
  /** Frequent function words: the evidence for language detection. */
  readonly functionWords: ReadonlySet<string>;
  /** Abbreviations (lower case, without the final dot) after which a dot never ends a sentence. */
  readonly abbreviations: ReadonlySet<string>;
  /** Abbreviations that take a number after them ("No. 5"): a dot before a digit is not an end. */
  readonly numberAbbreviations: ReadonlySet<string>;
  /** Words that introduce an inline list ("including", "notamment"). */
  readonly listIntroducers: readonly string[];
  /** Coordinating conjunctions that may open the last item of a list. */
  readonly conjunctions: readonly string[];
  /**
   * Verbs of commitment or speech that, after a conjunction, start a second
   * predicate of the same subject: "pledged to … and called for …".
   */
  readonly coordinatedVerbs: ReadonlySet<string>;
  /** Words that stop the scan for a sentence's subject ("They also pushed" → "They"). */
  readonly subjectStops: ReadonlySet<string>;
  /** Words that open a finite clause after a comma ("…, we emphasise"): such a sentence stands alone. */
  readonly finiteSubjects: ReadonlySet<string>;
  /** Does this sentence continue an introducing "…have resolved:" rather than stand alone? */
  readonly continuesLead: (sentence: string) => boolean;
  /** German writes ordinals with a dot ("am 1. Februar", "das 21. Jahrhundert"): such a dot never ends a sentence. */
  readonly ordinalDot: boolean;
  /**
   * English closes a list with a comma before the conjunction ("A, B, and C");
   * French, Dutch and German do not ("A, B et C"), so their last item is cut at the conjunction.
   */
  readonly serialComma: boolean;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

const FIRST_WORD = /^[\s"“„«(]*([\p{L}’']+)/u;
const firstWord = (sentence: string): string => (FIRST_WORD.exec(sentence.slice(0, 80))?.[1] ?? '').toLowerCase();
const startsLowercase = (sentence: string): boolean => /^[\s"“„«(]*\p{Ll}/u.test(sentence.slice(0, 20));

const EN_FINITE = words('the a an we they i he she it our this these those its their there');

/**
 * Every English bullet under a sentence ending in ":" belongs to its list and
 * carries it as its lead; whether the item reads on its own ("The entry into
 * force … constitutes …") or only through the lead ("Conduct a joint outreach
 * event", "Exchanges on investment trends") is the pledge reader's call, made
 * from the item's grammar.
 */
const englishContinues = (): boolean => true;

const particleContinues =
  (particles: RegExp, infinitive?: RegExp, notInfinitive: ReadonlySet<string> = new Set()) =>
  (sentence: string): boolean => {
    if (startsLowercase(sentence)) return true;
    const first = firstWord(sentence);
    if (particles.test(first)) return true;
    if (!infinitive?.test(first) || notInfinitive.has(first)) return false;
    // "Pierre Dupont coordonnera …": a capitalised word after it makes it a name, not an infinitive.
    return !/^[\s"“„«(]*[\p{L}’']+\s+\p{Lu}/u.test(sentence.slice(0, 80));
  };

/** French words ending like infinitives (-er, -ir, -re) that open ordinary sentences. */
const FR_NOT_INFINITIVE = words(
  'notre votre entre contre premier première dernier dernière ministre autre leur pierre outre hier cher fer mer ordre titre lettre centre chiffre membre nombre cadre registre',
);
export const PROFILES: Readonly<Record<Language, LanguageProfile>> = {
  en: {
    functionWords: words(
      'the of and to in a is that for on with as was by it be are at from this have has which will their not an or were been but they its also who would should we our',
    ),
    abbreviations: words(
      'mr mrs ms dr prof st jr sr messrs gen gov sen rep rev hon capt col lt sgt e.g i.e cf vs viz approx ca al inc ltd co corp dept univ fig figs vol vols pp ed eds jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u',
    ),
    numberAbbreviations: words('no nos art arts para paras p pp ch sec nr'),
    listIntroducers: ['including', 'such as', 'namely', 'notably'],
    conjunctions: ['and', 'or', 'as well as'],
    coordinatedVerbs: words(
      'said called pledged agreed decided demanded pushed urged promised vowed announced added stressed undertook committed insisted warned welcomed resolved underlined reaffirmed',
    ),
    subjectStops: words(
      'also further furthermore jointly today then will shall would have has had are is were was pledged agreed decided demanded pushed urged promised vowed announced called said stressed',
    ),
    finiteSubjects: EN_FINITE,
    continuesLead: englishContinues,
    ordinalDot: false,
    serialComma: true,
  },
  fr: {
    functionWords: words(
      'le la les de des du et en un une est que qui dans pour pas sur au aux par avec ce cette ces sont il elle nous ont été leur leurs ou mais se sa son',
    ),
    abbreviations: words('m mme mlle mm dr pr me mgr cf ex env av apr j.-c'),
    numberAbbreviations: words('no n° art p pp'),
    listIntroducers: ['notamment', 'y compris', 'dont', 'à savoir'],
    conjunctions: ['et', 'ou', 'ainsi que'],
    coordinatedVerbs: words('appelé décidé demandé déclaré annoncé promis convenu souligné réclamé plaidé'),
    subjectStops: words('ont a sont est va vont aussi également se'),
    finiteSubjects: words('nous ils elles il elle le la les on'),
    // "D’intensifier …" elides "de": the particle is the word's start.
    continuesLead: particleContinues(/^(de|à|d[’']\p{L}+)$/u, /^\p{L}{3,}(er|ir|re)$/u, FR_NOT_INFINITIVE),
    ordinalDot: false,
    serialComma: false,
  },
  nl: {
    functionWords: words(
      'de het een en van in is dat op te voor met zijn die niet aan er om ook als bij door naar of worden wordt heeft hebben hier u werd maar nog wij we',
    ),
    abbreviations: words('dhr mevr mr dr prof bijv bv o.a d.w.z m.b.t ca jl vgl'),
    numberAbbreviations: words('nr art blz'),
    listIntroducers: ['waaronder', 'zoals', 'inclusief', 'met name'],
    conjunctions: ['en', 'of', 'alsook'],
    coordinatedVerbs: words('riepen zeiden beloofden besloten eisten drongen kondigden benadrukten spraken'),
    subjectStops: words('hebben heeft zijn is ook zullen zal'),
    finiteSubjects: words('wij we zij ze hij het de'),
    continuesLead: particleContinues(/^(te|om)$/u),
    ordinalDot: false,
    serialComma: false,
  },
  de: {
    functionWords: words(
      'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie',
    ),
    abbreviations: words('hr fr dr prof z.b bzw vgl ca d.h u.a u.ä o.ä evtl ggf inkl bspw sog'),
    numberAbbreviations: words('nr art abs s ziff'),
    listIntroducers: ['darunter', 'einschließlich', 'insbesondere', 'nämlich'],
    conjunctions: ['und', 'oder', 'sowie'],
    coordinatedVerbs: words('forderten sagten beschlossen versprachen kündigten drängten riefen betonten vereinbarten'),
    subjectStops: words('haben hat sind ist auch werden wird wollen'),
    finiteSubjects: words('wir sie er es die der das'),
    continuesLead: particleContinues(/^(zu|um)$/u),
    ordinalDot: true,
    serialComma: false,
  },
};

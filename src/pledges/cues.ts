import type { Language } from '../text';

/** The target's version of a pledge reaches further ("extended to other partners") or less far ("only", "limited to"). */
export interface QualifierCues {
  readonly extension: RegExp;
  readonly narrowing: RegExp;
  /** Words of meeting: a report that a meeting took place ("met", "convened") completes only a pledge to meet. */
  readonly meeting: RegExp;
  /**
   * A change of degree reported in the perfect ("have deepened", "have strengthened"): it has no end point, so it reports
   * progress in work that goes on, not work done.
   */
  readonly progress: RegExp;
  /** Words of going on ("will continue", "poursuivre"): a renewal that says so says the act is not finished. */
  readonly continuing: RegExp;
  /**
   * Going on with something that has an end point ("continue to develop the database", "continue building a
   * centre"): unlike "continue to uphold", such a pledge is completed when the thing is done.
   */
  readonly continuingToEnd: RegExp;
}

/**
 * The words that show what a clause does, for the languages read by cues
 * (French, Dutch, German). Each list is tried in order and the first match is
 * the cue reported as evidence. A commitment cue outranks a completion cue:
 * "ont résolu", "a été renforcée … va approfondir" commit, whatever else the
 * clause reports.
 */
export interface CueTable extends QualifierCues {
  readonly commitment: readonly RegExp[];
  readonly completion: readonly RegExp[];
  /** Polarity: the clause says it will not be done, or was given up. */
  readonly negation: readonly RegExp[];
  /**
   * A cue after these words belongs to a purpose or relative clause ("so that
   * they will not form a threat", "a case in which providers do not assign"),
   * not to the pledge.
   */
  readonly subordinate: RegExp;
  /** A list item that opens with an infinitive commits in communiqué style: "— To facilitate joint inquiry teams". */
  readonly infinitiveItem: RegExp;
}

const re = (source: string): RegExp => new RegExp(source, 'iu');

// \b is ASCII-only in JavaScript even with /u: accented letters need explicit edges.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const words = (alternatives: string): RegExp => re(`${B}(?:${alternatives})${E}`);

/**
 * English is read from its grammar (grammar/), not from cues: only the words
 * that qualify a renewal are listed. Each is a general marker of scope, none
 * the wording of one document.
 */
const en: QualifierCues = {
  extension: words('extend(?:s|ed)?|extension|wider|broader|to other'),
  narrowing: words('only|limited to|restricted to|partial(?:ly)?|partly|scaled back|reduced|fewer|less'),
  meeting: words('meet(?:s|ing|ings)?|met|(?:re)?conven(?:e|es|ed|ing)|gatherings?|summits?'),
  progress: words(
    '(?:have|has)(?: \\p{L}+ly| also| further)? (?:deepened|strengthened|expanded|intensified|enhanced|increased|broadened|widened|accelerated|advanced|improved|reinforced|stepped up|scaled up|boosted)',
  ),
  // The verb, not the adjective ("to ensure continued support", "the continuing talks"): followed by what goes on, or
  // ending the words read (a cue: "will continue", "committed to continue").
  continuing: words('continu(?:e|es|ing)(?=(?: to)? \\p{L}+ing\\b| to(?!\\p{L})| (?:our|their|its|his|her|this|these) |\\s*,|\\s*$)'),
  continuingToEnd: words(
    'continu(?:e|es|ed|ing)(?:,[^,.;]{1,60},)?(?: to)? (?:\\p{L}+ly )?(?:develop|build|establish|creat|set(?:ting)? up|complet|finali[sz]|conclud|adopt|launch|deploy|finish|sign|ratif|construct|install|put(?:ting)? in place)\\p{L}*|towards? (?:the )?(?:conclusion|completion|adoption|establishment|finali[sz]ation|signing|ratification|launch) of',
  ),
};

const fr: CueTable = {
  commitment: [
    words("s['’]engag(?:e|ent|ent|eons|ez)|engag(?:é|ée|és|ées) à|promet(?:tent)?|promis de"),
    words('appel(?:le|lent|ons|é|és)? à|demand(?:e|ent|ons|é|és)|plaid(?:e|ent|é) pour|exig(?:e|ent|é)'),
    words('décid(?:e|ent|ons|é|és) de|convenu(?:e|s)? (?:de|que)|résolu(?:s)? à'),
    words('détermin(?:é|ée|és|ées|ation) à|entend(?:ent|ons)|souhait(?:e|ent|ons)|nous soutenons|soutien(?:t|nent)'),
    words('sera|seront|va|vont|allons|doit|doivent|continuer|poursuivre'),
  ],
  completion: [
    words('entrée en vigueur|entré(?:e)? en vigueur|a été|ont été|avait été|avaient été'),
    words('(?:a|ont) (?:\\p{L}+é(?:e|s|es)?|mis|pris|fait)|adopté(?:e|s|es)?|mis(?:e|es)? en place'),
  ],
  extension: words('étend(?:re|u|ue)?|élarg\\p{L}*|extension|davantage|au-delà|supplémentaires?|autres partenaires'),
  narrowing: words('seulement|uniquement|limité(?:e|s|es)? à|restreint\\p{L}*|partiel\\p{L}*|réduit\\p{L}*'),
  meeting: words('(?:se )?réun\\p{L}*|rencontr\\p{L}*|sommets?'),
  progress: words('(?:a|ont) (?:\\p{L}+ )?(?:renforcé|approfondi|intensifié|élargi|accéléré|amélioré|accru|étendu)(?:e|s|es)?'),
  // "poursuivre", "poursuit", not "poursuites" (prosecutions).
  continuing: words('continu\\p{L}*|poursuiv\\p{L}*|poursui[st]'),
  continuingToEnd: words(
    '(?:continu\\p{L}* (?:à|de)|poursuiv\\p{L}*|poursui[st]) (?:développ|construi|cré|établi|mettre en place|achev|finalis|conclu|adopt|lanc|déploy|sign|ratifi|install)\\p{L}*',
  ),
  negation: [words("ne \\p{L}+ (?:pas|plus|jamais)|n['’]\\p{L}+ (?:pas|plus|jamais)|abandonn\\p{L}*|rejet\\p{L}*|renonc\\p{L}*")],
  subordinate: words('afin que|pour que|de sorte que|pour éviter|qui|où|lorsque|parce que|bien que'),
  infinitiveItem: re('^\\s*(?:aussi,?\\s+)?(?:\\p{L}+er|\\p{L}+ir|\\p{L}+re)(?![\\p{L}])'),
};

const nl: CueTable = {
  commitment: [
    words('beloofd(?:en)?|beloven|belooft|zegg(?:en|t) toe|toegezegd'),
    words('besl(?:oten|oot|uiten|uit) (?:om )?|vastbesloten|verbind(?:en|t) zich|zich ertoe'),
    words('roep(?:en|t)? op|riepen op|opgeroepen|eis(?:en|te|ten)|dring(?:en|t) aan'),
    words('zull(?:en)?|zal|willen|wil|moet(?:en)?|blijven|voortzetten'),
  ],
  completion: [words('in werking getreden|inwerkingtreding|aangenomen|goedgekeurd'), words('(?:is|zijn|werd|werden|heeft|hebben)[^.;]*ge\\p{L}+(?:d|t|en)')],
  extension: words('uitgebreid|uitbreiden|uitbreiding|verder|breder|aanvullende?|andere partners'),
  narrowing: words('alleen|slechts|beperkt tot|gedeeltelijk|verminderd'),
  meeting: words('bijeen\\p{L}*|ontmoet\\p{L}*|vergader\\p{L}*|top(?:ontmoeting)?'),
  progress: words('(?:heeft|hebben)[^.;]* (?:versterkt|verdiept|uitgebreid|geïntensiveerd|versneld|verbeterd|vergroot)'),
  continuing: words('blijven|blijft|voortzet\\p{L}*|voort te zetten'),
  continuingToEnd: words(
    '(?:blijven|blijft|voortzet\\p{L}*)[^.;]* (?:ontwikkelen|bouwen|oprichten|opzetten|voltooien|afronden|sluiten|aannemen|lanceren|ondertekenen|ratificeren|installeren)',
  ),
  negation: [words('(?:zal|zullen|wil|willen) niet|niet langer|niet meer|afgezien|verworpen|laten vallen|geschrapt')],
  subordinate: words('zodat|opdat|om te voorkomen|waar|waarin|omdat|hoewel'),
  infinitiveItem: re('^\\s*(?:ook\\s+)?(?:het\\s+)?\\p{L}+en(?![\\p{L}])'),
};

const de: CueTable = {
  commitment: [
    words('versproch(?:en)?|versprechen|verspricht|sagten zu|zugesagt'),
    words('beschlossen|beschließen|beschloss(?:en)?|entschlossen|verpflichte(?:n|t)? sich'),
    words('forder(?:n|t|ten)|gefordert|aufgerufen|ruf(?:en|t) [^.;]* auf|setz(?:en|t) sich [^.;]* ein'),
    words('werden|wird|wollen|will|müssen|muss|weiterhin'),
  ],
  completion: [words('in kraft getreten|inkrafttreten|angenommen|verabschiedet|wurde|wurden'), words('(?:hat|haben)[^.;]*\\p{L}*ge\\p{L}+(?:t|en)')],
  extension: words('ausgeweitet|ausweiten|ausgedehnt|erweitert|erweitern|weitere[nrs]?|darüber hinaus|zusätzliche[nrs]?'),
  narrowing: words('nur|lediglich|beschränkt auf|begrenzt auf|teilweise|reduziert'),
  meeting: words(
    '(?:treffen|trafen|trifft) sich|sich (?:\\p{L}+ ){0,4}(?:getroffen|treffen)|zusammen(?:ge)?kommen|kamen (?:\\p{L}+ ){0,3}zusammen|zusammenkunft|gipfel\\p{L}*|tagung|tagten',
  ),
  progress: words('(?:hat|haben)[^.;]* (?:verstärkt|vertieft|ausgeweitet|ausgebaut|intensiviert|beschleunigt|verbessert|erhöht)'),
  // Not "weiterhin", which also means "furthermore".
  continuing: words('fortsetz\\p{L}*|fortzusetzen|fortführ\\p{L}*|fortzuführen'),
  continuingToEnd: words(
    '(?:fortsetz\\p{L}*|fortzusetzen|fortführ\\p{L}*|fortzuführen)[^.;]* (?:entwickeln|aufbauen|errichten|einrichten|abschließen|vollenden|verabschieden|starten|unterzeichnen|ratifizieren|installieren)',
  ),
  negation: [words('nicht mehr|nicht länger|aufgegeben|abgelehnt|verzicht\\p{L}*|(?:werden|wird|wollen|will) nicht')],
  subordinate: words('damit|um zu verhindern|sodass|welche|welcher|welches|weil|obwohl|wobei'),
  infinitiveItem: re('^\\s*(?:auch\\s+)?\\p{L}+en(?![\\p{L}])'),
};

/** Languages read by cue tables; English has a grammar reader. */
export type CueLanguage = Exclude<Language, 'en'>;

/** Qualifier cues for every language, mood cues for the languages read by cues. */
export const CUES: Readonly<{ en: QualifierCues } & Record<CueLanguage, CueTable>> = { en, fr, nl, de };

import { segment, type Language, type SegmentOptions, type Unit } from '../../src/text';

/**
 * French, Dutch and German (and English detection) as a reader of the
 * segmented output would notice them. Every expectation lists the exact
 * unit texts, and every call also checks text === original.slice(start, end).
 */

function unitsOf(text: string, options: SegmentOptions = {}): readonly Unit[] {
  const { units } = segment(text, options);
  for (const unit of units) expect(unit.text).toBe(text.slice(unit.start, unit.end));
  return units;
}

const sentences = (text: string, language: Language): string[] => unitsOf(text, { mode: 'sentences', language }).map((u) => u.text);

/** [kind, text] or [kind, text, lead]: kind and lead are part of what the reader sees. */
const view = (u: Unit): string[] => (u.lead === undefined ? [u.kind, u.text] : [u.kind, u.text, u.lead]);
const clauses = (text: string, language: Language): string[][] => unitsOf(text, { language }).map(view);

describe('language detection of realistic paragraphs', () => {
  const fr =
    'Communiqué conjoint\n\nBruxelles, le 1er février 2016\n\nLes ministres de l’Intérieur de la France et de la Belgique se sont réunis lundi à Bruxelles. Ils ont convenu de renforcer la coopération policière et judiciaire dans la lutte contre le terrorisme.';
  const nl =
    'Gezamenlijke verklaring\n\nBrussel, 1 februari 2016\n\nDe ministers van Justitie van Nederland en België zijn maandag in Brussel bijeengekomen. Zij hebben afgesproken om de samenwerking tussen politie en justitie bij de bestrijding van terrorisme te versterken.';
  const de =
    'Gemeinsame Erklärung\n\nBrüssel, 1. Februar 2016\n\nDie Innenminister Deutschlands und Österreichs haben sich am Montag in Brüssel getroffen. Sie wollen die Zusammenarbeit der Polizei- und Justizbehörden bei der Bekämpfung des Terrorismus verstärken.';
  const en =
    'Joint statement\n\nBrussels, 1 February 2016\n\nThe interior ministers of France and Belgium met in Brussels on Monday. They agreed to step up police and judicial cooperation in the fight against terrorism.';

  test.each([
    ['fr', fr],
    ['nl', nl],
    ['de', de],
    ['en', en],
  ] as const)('a %s communiqué is detected as such', (language, text) => {
    expect(segment(text).language).toBe(language);
  });

  test('title, dateline and body of a detected French communiqué', () => {
    expect(unitsOf(fr).map(view)).toEqual([
      ['heading', 'Communiqué conjoint'],
      ['meta', 'Bruxelles, le 1er février 2016'],
      ['clause', 'Les ministres de l’Intérieur de la France et de la Belgique se sont réunis lundi à Bruxelles.'],
      ['clause', 'Ils ont convenu de renforcer la coopération policière et judiciaire dans la lutte contre le terrorisme.'],
    ]);
  });

  test('the datelines of each language are meta, not sentences', () => {
    expect(unitsOf(nl)[1]).toMatchObject({ kind: 'meta', text: 'Brussel, 1 februari 2016' });
    expect(unitsOf(de)[1]).toMatchObject({ kind: 'meta', text: 'Brüssel, 1. Februar 2016' });
    expect(unitsOf(en)[1]).toMatchObject({ kind: 'meta', text: 'Brussels, 1 February 2016' });
  });
});

describe('French', () => {
  test('abbreviations (M., Mme, art.) and dates (1er février 2016) do not end a sentence', () => {
    const text = 'M. Dupont et Mme Martin ont signé le 1er février 2016 l’accord prévu à l’art. 5 du traité. Le texte entre en vigueur demain.';
    expect(sentences(text, 'fr')).toEqual([
      'M. Dupont et Mme Martin ont signé le 1er février 2016 l’accord prévu à l’art. 5 du traité.',
      'Le texte entre en vigueur demain.',
    ]);
  });

  test('"?" and "!" after a space (French typography) end a sentence', () => {
    const text = 'Faut-il aller plus loin ? Oui, a répondu Mme Martin ! La décision sera prise le 1er mars.';
    expect(sentences(text, 'fr')).toEqual(['Faut-il aller plus loin ?', 'Oui, a répondu Mme Martin !', 'La décision sera prise le 1er mars.']);
  });

  test.each([
    ['a space', ' '],
    ['a no-break space', '\u00a0'],
  ])('a quotation in « … » (%s inside) ends with its sentence', (_, space) => {
    const text = `Le ministre a déclaré${space}: «${space}Nous agirons ensemble.${space}» La réunion a ensuite été levée.`;
    expect(sentences(text, 'fr')).toEqual([`Le ministre a déclaré${space}: «${space}Nous agirons ensemble.${space}»`, 'La réunion a ensuite été levée.']);
  });

  test('a semicolon series introduced by a colon: the colon sentence is a unit, and each item carries it', () => {
    const lead = 'Les ministres ont décidé :';
    const text = `${lead} de renforcer les contrôles aux frontières extérieures ; d’améliorer l’échange d’informations ; et de lutter contre le financement du terrorisme.`;
    expect(clauses(text, 'fr')).toEqual([
      ['clause', lead],
      ['clause', 'de renforcer les contrôles aux frontières extérieures', lead],
      ['clause', 'd’améliorer l’échange d’informations', lead],
      ['clause', 'de lutter contre le financement du terrorisme.', lead],
    ]);
  });

  test('a semicolon series without a colon: one clause per pledge, "ainsi que" dropped', () => {
    const text =
      'La France renforcera les contrôles à ses frontières ; la Belgique partagera davantage de données ; ainsi que les Pays-Bas, qui rejoindront l’initiative.';
    expect(clauses(text, 'fr')).toEqual([
      ['clause', 'La France renforcera les contrôles à ses frontières'],
      ['clause', 'la Belgique partagera davantage de données'],
      ['clause', 'les Pays-Bas, qui rejoindront l’initiative.'],
    ]);
  });

  const intro = 'Les deux ministres ont convenu :';
  test('bullets "De …" and infinitives "Renforcer …" continue the sentence ending in ":"', () => {
    const text = `${intro}\n\n- De renforcer la coopération policière entre leurs services ;\n- Renforcer l’échange de données des passagers.`;
    expect(clauses(text, 'fr')).toEqual([
      ['clause', intro],
      ['clause', 'De renforcer la coopération policière entre leurs services', intro],
      ['clause', 'Renforcer l’échange de données des passagers.', intro],
    ]);
  });

  test('a bullet "D’intensifier …" (elided de) continues the lead too', () => {
    const text = `${intro}\n\n- D’intensifier la lutte contre le trafic d’armes.`;
    expect(clauses(text, 'fr')).toEqual([
      ['clause', intro],
      ['clause', 'D’intensifier la lutte contre le trafic d’armes.', intro],
    ]);
  });

  test('a standalone sentence as a bullet does not get the lead', () => {
    const text = `${intro}\n\n- Les contrôles aux frontières seront renforcés dès lundi.`;
    expect(clauses(text, 'fr')).toEqual([
      ['clause', intro],
      ['clause', 'Les contrôles aux frontières seront renforcés dès lundi.'],
    ]);
  });

  test('standalone bullets starting "Notre …" or a name ending in -re do not get the lead', () => {
    const text = `${intro}\n\n- Notre priorité reste la sécurité des citoyens.\n- Pierre Dupont coordonnera les travaux.`;
    expect(clauses(text, 'fr')).toEqual([
      ['clause', intro],
      ['clause', 'Notre priorité reste la sécurité des citoyens.'],
      ['clause', 'Pierre Dupont coordonnera les travaux.'],
    ]);
  });

  test('an English line inside a French article is boilerplate; "Par Jean Dupont" is meta', () => {
    const text =
      'Par Jean Dupont\n\nLes ministres se sont réunis à Bruxelles pour discuter de la sécurité.\n\nGet the latest news from Brussels delivered to your inbox every morning.\n\nIls ont adopté une déclaration commune.';
    expect(unitsOf(text).map(view)).toEqual([
      ['meta', 'Par Jean Dupont'],
      ['clause', 'Les ministres se sont réunis à Bruxelles pour discuter de la sécurité.'],
      ['boilerplate', 'Get the latest news from Brussels delivered to your inbox every morning.'],
      ['clause', 'Ils ont adopté une déclaration commune.'],
    ]);
  });
});

describe('Dutch', () => {
  test('abbreviations (dhr., bijv., nr. 5) and dates (1 februari 2016) do not end a sentence', () => {
    const text = 'Dhr. Jansen sprak op 1 februari 2016 over bijv. artikel nr. 5 van het verdrag. De raad stemde in.';
    expect(sentences(text, 'nl')).toEqual(['Dhr. Jansen sprak op 1 februari 2016 over bijv. artikel nr. 5 van het verdrag.', 'De raad stemde in.']);
  });

  test('a quotation in “ … ” ends with its sentence', () => {
    const text = 'De minister zei: “We handelen nu.” Daarna verliet hij de zaal.';
    expect(sentences(text, 'nl')).toEqual(['De minister zei: “We handelen nu.”', 'Daarna verliet hij de zaal.']);
  });

  test('a quotation in „ … ” (Dutch low-high quotes) ends with its sentence', () => {
    const text = 'De minister zei: „We handelen nu.” Daarna verliet hij de zaal. De raad stemde in.';
    expect(sentences(text, 'nl')).toEqual(['De minister zei: „We handelen nu.”', 'Daarna verliet hij de zaal.', 'De raad stemde in.']);
  });

  test('semicolon series with and without an introducing colon', () => {
    const lead = 'De ministers kwamen overeen:';
    const introduced = `${lead} de grenscontroles aan de buitengrenzen te versterken; de uitwisseling van informatie te verbeteren; en de financiering van terrorisme te bestrijden.`;
    expect(clauses(introduced, 'nl')).toEqual([
      ['clause', lead],
      ['clause', 'de grenscontroles aan de buitengrenzen te versterken', lead],
      ['clause', 'de uitwisseling van informatie te verbeteren', lead],
      ['clause', 'de financiering van terrorisme te bestrijden.', lead],
    ]);
    const plain = 'Nederland versterkt de controles aan de grenzen; België deelt meer gegevens met Europol; en Luxemburg sluit zich bij het initiatief aan.';
    expect(clauses(plain, 'nl')).toEqual([
      ['clause', 'Nederland versterkt de controles aan de grenzen'],
      ['clause', 'België deelt meer gegevens met Europol'],
      ['clause', 'Luxemburg sluit zich bij het initiatief aan.'],
    ]);
  });

  test('bullets "Te …"/"Om …" continue the sentence ending in ":"; a standalone sentence does not', () => {
    const lead = 'De twee ministers zijn overeengekomen:';
    const text = `${lead}\n\n- Te zorgen voor een betere uitwisseling van gegevens.\n- Om de politiële samenwerking te versterken.\n- De grenscontroles worden vanaf maandag versterkt.`;
    expect(clauses(text, 'nl')).toEqual([
      ['clause', lead],
      ['clause', 'Te zorgen voor een betere uitwisseling van gegevens.', lead],
      ['clause', 'Om de politiële samenwerking te versterken.', lead],
      ['clause', 'De grenscontroles worden vanaf maandag versterkt.'],
    ]);
  });

  test('an English line inside a Dutch article is boilerplate; "Door Jan Jansen" is meta', () => {
    const text =
      'Door Jan Jansen\n\nDe ministers kwamen in Brussel bijeen om de veiligheid te bespreken.\n\nGet the latest news from Brussels delivered to your inbox every morning.\n\nZij namen een gezamenlijke verklaring aan.';
    expect(unitsOf(text).map(view)).toEqual([
      ['meta', 'Door Jan Jansen'],
      ['clause', 'De ministers kwamen in Brussel bijeen om de veiligheid te bespreken.'],
      ['boilerplate', 'Get the latest news from Brussels delivered to your inbox every morning.'],
      ['clause', 'Zij namen een gezamenlijke verklaring aan.'],
    ]);
  });
});

describe('German', () => {
  test('abbreviations (z.B., Dr., Art. 5, bzw., Nr. 5) do not end a sentence', () => {
    const text = 'Die Minister, z.B. Dr. Schmidt, berieten über Art. 5 bzw. Nr. 5 des Abkommens. Der Rat stimmte zu.';
    expect(sentences(text, 'de')).toEqual(['Die Minister, z.B. Dr. Schmidt, berieten über Art. 5 bzw. Nr. 5 des Abkommens.', 'Der Rat stimmte zu.']);
  });

  test('ordinal dates and numbers ("1. Februar 2016", "3. März", "21. Jahrhundert") do not split', () => {
    const text = 'Die Minister trafen sich am 1. Februar 2016 in Brüssel. Sie berieten bis zum 3. März über das 21. Jahrhundert.';
    expect(sentences(text, 'de')).toEqual([
      'Die Minister trafen sich am 1. Februar 2016 in Brüssel.',
      'Sie berieten bis zum 3. März über das 21. Jahrhundert.',
    ]);
  });

  test('the spaced abbreviation "z. B." does not split', () => {
    const text = 'Es gibt Probleme, z. B. bei der Grenzkontrolle. Der Rat stimmte zu.';
    expect(sentences(text, 'de')).toEqual(['Es gibt Probleme, z. B. bei der Grenzkontrolle.', 'Der Rat stimmte zu.']);
  });

  test('a quotation in „ … “ ends with its sentence', () => {
    const text = 'Der Minister sagte: „Wir handeln jetzt.“ Danach verließ er den Saal.';
    expect(sentences(text, 'de')).toEqual(['Der Minister sagte: „Wir handeln jetzt.“', 'Danach verließ er den Saal.']);
  });

  test('semicolon series with and without an introducing colon ("sowie" dropped)', () => {
    const lead = 'Die Minister vereinbarten:';
    const introduced = `${lead} die Kontrollen an den Außengrenzen zu verstärken; den Informationsaustausch zu verbessern; und die Terrorismusfinanzierung zu bekämpfen.`;
    expect(clauses(introduced, 'de')).toEqual([
      ['clause', lead],
      ['clause', 'die Kontrollen an den Außengrenzen zu verstärken', lead],
      ['clause', 'den Informationsaustausch zu verbessern', lead],
      ['clause', 'die Terrorismusfinanzierung zu bekämpfen.', lead],
    ]);
    const plain =
      'Deutschland verstärkt die Kontrollen an seinen Grenzen; Österreich stellt zusätzliche Beamte bereit; sowie die Schweiz, die sich der Initiative anschließt.';
    expect(clauses(plain, 'de')).toEqual([
      ['clause', 'Deutschland verstärkt die Kontrollen an seinen Grenzen'],
      ['clause', 'Österreich stellt zusätzliche Beamte bereit'],
      ['clause', 'die Schweiz, die sich der Initiative anschließt.'],
    ]);
  });

  test('bullets "Zu …"/"Um …" continue the sentence ending in ":"; a standalone sentence does not', () => {
    const lead = 'Die beiden Minister haben vereinbart:';
    const text = `${lead}\n\n- Zu einer engeren Zusammenarbeit der Polizeibehörden beizutragen.\n- Um den Austausch von Fluggastdaten zu verbessern.\n- Die Grenzkontrollen werden ab Montag verstärkt.`;
    expect(clauses(text, 'de')).toEqual([
      ['clause', lead],
      ['clause', 'Zu einer engeren Zusammenarbeit der Polizeibehörden beizutragen.', lead],
      ['clause', 'Um den Austausch von Fluggastdaten zu verbessern.', lead],
      ['clause', 'Die Grenzkontrollen werden ab Montag verstärkt.'],
    ]);
  });

  test('an English line inside a German article is boilerplate; "Von Hans Müller" is meta', () => {
    const text =
      'Von Hans Müller\n\nDie Minister trafen sich in Brüssel, um über die Sicherheit zu beraten.\n\nGet the latest news from Brussels delivered to your inbox every morning.\n\nSie verabschiedeten eine gemeinsame Erklärung.';
    expect(unitsOf(text).map(view)).toEqual([
      ['meta', 'Von Hans Müller'],
      ['clause', 'Die Minister trafen sich in Brüssel, um über die Sicherheit zu beraten.'],
      ['boilerplate', 'Get the latest news from Brussels delivered to your inbox every morning.'],
      ['clause', 'Sie verabschiedeten eine gemeinsame Erklärung.'],
    ]);
  });
});

describe('French, Dutch and German alike', () => {
  test.each([
    [
      'fr',
      'Les ministres ont fixé trois priorités :',
      'renforcer les contrôles aux frontières',
      'améliorer l’échange d’informations',
      'et',
      'lutter contre le financement du terrorisme.',
    ],
    [
      'nl',
      'De ministers stelden drie prioriteiten vast:',
      'de grenscontroles versterken',
      'de informatie-uitwisseling verbeteren',
      'en',
      'de financiering van terrorisme bestrijden.',
    ],
    [
      'de',
      'Die Minister nannten drei Prioritäten:',
      'die Kontrollen an den Außengrenzen verstärken',
      'den Informationsaustausch verbessern',
      'und',
      'die Terrorismusfinanzierung bekämpfen.',
    ],
  ] as const)('%s: a colon list "A, B and C" without serial comma is cut into items', (language, lead, a, b, and, c) => {
    expect(clauses(`${lead} ${a}, ${b} ${and} ${c}`, language)).toEqual([
      ['clause', lead],
      ['clause', a, lead],
      ['clause', b, lead],
      ['clause', c, lead],
    ]);
  });

  test.each([
    ['fr', 'Les ministres se sont réunis à Bruxelles.', 'Par ailleurs, la réunion a été reportée.'],
    ['nl', 'De ministers kwamen in Brussel bijeen.', 'Door de aanslagen is alles veranderd.'],
    ['de', 'Die Minister trafen sich in Brüssel.', 'Von Anfang an war die Lage angespannt.'],
  ] as const)('%s: a short sentence starting like a byline is a clause, not meta', (language, first, second) => {
    expect(clauses(`${first}\n\n${second}`, language)).toEqual([
      ['clause', first],
      ['clause', second],
    ]);
  });
});

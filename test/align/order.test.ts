import { alignTexts, alignWithOrder } from '../../src/align';
import { decideOrder, IN_ORDER_SHARE } from '../../src/align/order';
import { segment } from '../../src/text';

/** Twelve clauses on distinct subjects: each has one counterpart and no near-twin. */
const CLAUSES = [
  'The ministers agreed to reinforce checks at the external borders of the Schengen area.',
  'Member states will share passenger name records with Europol by June 2017.',
  'A liaison magistrate will be posted in Brussels to coordinate terrorism prosecutions.',
  'The firearms directive must be adopted before the summer.',
  'Both governments will fund a joint research programme on batteries for electric cars.',
  'The two countries will open a new rail link between their capitals in 2025.',
  'A working group will study the recognition of professional diplomas.',
  'The partners pledged to plant ten million trees along the river basin.',
  'Students will be able to spend a semester at a university of the other country.',
  'The customs services will exchange data on counterfeit medicines every month.',
  'Farmers affected by the drought will receive emergency loans from both treasuries.',
  'A hotline will connect the coast guards of the two navies around the clock.',
];

const text = (clauses: readonly string[]): string => clauses.join('\n');
const orderOf = (source: readonly string[], target: readonly string[], options = {}) =>
  alignWithOrder(segment(text(source), { mode: 'lines', language: 'en' }), segment(text(target), { mode: 'lines', language: 'en' }), {
    language: 'en',
    ...options,
  }).order;

/** A fixed shuffle with no long run in order (its longest increasing run of positions is 4 of 12). */
const SHUFFLE = [7, 2, 10, 0, 5, 11, 3, 8, 1, 9, 4, 6];

describe('order: auto decides from the confident links', () => {
  test('a lightly edited version (words changed, one clause dropped, one added) is read as successive: monotone', () => {
    const edited = CLAUSES.filter((_, i) => i !== 4).map((c) => c.replace('will', 'shall').replace('The', 'Both'));
    edited.splice(6, 0, 'The two leaders also discussed the situation in the region.');
    const order = orderOf(CLAUSES, edited);
    expect(order).toMatchObject({ requested: 'auto', mode: 'monotone', threshold: 0.6 });
    expect(order.inOrder).toBe(order.confidentLinks);
    expect(order.reason).toMatch(/successive version/);
  });

  test('the same clauses reversed are a re-composition: free', () => {
    const order = orderOf(CLAUSES, [...CLAUSES].reverse());
    expect(order).toMatchObject({ mode: 'free', threshold: 0.3, confidentLinks: 12, inOrder: 1 });
    expect(order.reason).toMatch(/recomposes/);
  });

  test('the same clauses shuffled are a re-composition: free', () => {
    const order = orderOf(
      CLAUSES,
      SHUFFLE.map((i) => CLAUSES[i]!),
    );
    expect(order.mode).toBe('free');
    expect(order.inOrder).toBeLessThan(IN_ORDER_SHARE * order.confidentLinks);
  });

  test('one section moved to the end keeps most links in order: still monotone', () => {
    const moved = [...CLAUSES.slice(2), ...CLAUSES.slice(0, 2)];
    expect(orderOf(CLAUSES, moved)).toMatchObject({ mode: 'monotone', confidentLinks: 12, inOrder: 10 });
  });

  test('too few confident links to tell: free, and says so', () => {
    const order = orderOf(CLAUSES.slice(0, 3), CLAUSES.slice(0, 3));
    expect(order).toMatchObject({ mode: 'free', confidentLinks: 3 });
    expect(order.reason).toMatch(/too few/);
  });

  test('a reversed text aligned in auto keeps every link (free); the edited one keeps order', () => {
    const reversed = alignTexts({ text: text(CLAUSES) }, { text: text([...CLAUSES].reverse()) }, { segmentation: 'lines' });
    expect(reversed.order.mode).toBe('free');
    expect(reversed.links).toHaveLength(12);
  });
});

describe('order: asked for', () => {
  test('an asked-for mode is used whatever the links say, with its own threshold and the evidence in the reason', () => {
    const order = orderOf(CLAUSES, [...CLAUSES].reverse(), { order: 'monotone' });
    expect(order).toMatchObject({ requested: 'monotone', mode: 'monotone', threshold: 0.6 });
    expect(order.reason).toMatch(/^monotone was asked for \(1 of 12/);
    expect(orderOf(CLAUSES, CLAUSES, { order: 'free' })).toMatchObject({ mode: 'free', threshold: 0.3 });
  });

  test('monotone: true is a synonym of order "monotone", false of "free"; order wins over it', () => {
    expect(orderOf(CLAUSES, [...CLAUSES].reverse(), { monotone: true }).mode).toBe('monotone');
    expect(orderOf(CLAUSES, CLAUSES, { monotone: false }).mode).toBe('free');
    expect(orderOf(CLAUSES, CLAUSES, { monotone: true, order: 'free' }).mode).toBe('free');
  });

  test('a caller’s threshold holds in whichever mode is chosen', () => {
    expect(orderOf(CLAUSES, CLAUSES, { threshold: 0.42 })).toMatchObject({ mode: 'monotone', threshold: 0.42 });
    expect(orderOf(CLAUSES, [...CLAUSES].reverse(), { threshold: 0.42 })).toMatchObject({ mode: 'free', threshold: 0.42 });
  });

  test('decideOrder on no pairs at all: free', () => {
    expect(decideOrder('auto', [], { free: 0.3, monotone: 0.6 })).toMatchObject({ mode: 'free', confidentLinks: 0 });
  });

  test('a model that reads texts of unknown order as successive versions gets monotone, with its threshold', () => {
    const few = [{ s: 0, t: 1, w: 0.9 }];
    expect(decideOrder('auto', few, { free: 0.5, monotone: 0.45 }, { unknownOrder: 'monotone' })).toMatchObject({
      mode: 'monotone',
      threshold: 0.45,
      confidentLinks: 1,
    });
    // Evidence still decides when there is enough of it: four confident links reversed are a re-composition.
    const reversed = [0, 1, 2, 3].map((i) => ({ s: i, t: 3 - i, w: 0.9 }));
    expect(decideOrder('auto', reversed, { free: 0.5, monotone: 0.45 }, { unknownOrder: 'monotone' }).mode).toBe('free');
  });

  test('between two short texts, too few confident links say nothing, and the reading stays free whatever the model', () => {
    const few = [{ s: 0, t: 1, w: 0.9 }];
    const thresholds = { free: 0.5, monotone: 0.45 };
    expect(decideOrder('auto', few, thresholds, { unknownOrder: 'monotone', sizes: { source: 3, target: 40 } }).mode).toBe('free');
    expect(decideOrder('auto', few, thresholds, { unknownOrder: 'monotone', sizes: { source: 30, target: 40 } }).mode).toBe('monotone');
  });

  test('three French pledges reordered keep their crossing links: a short text is never forced into order', () => {
    const lines = (texts: string[]) => segment(texts.join('\n'), { mode: 'lines', language: 'fr' });
    const a = lines([
      'Un magistrat de liaison français sera envoyé en Belgique.',
      'Les deux pays renforceront les contrôles aux frontières extérieures.',
      'Ils échangeront les données des passagers aériens.',
    ]);
    const b = lines([
      'Les données des passagers aériens sont désormais échangées entre les deux pays.',
      'Les contrôles aux frontières extérieures ont été renforcés.',
      'Le magistrat de liaison français est en poste en Belgique.',
    ]);
    const { order, links } = alignWithOrder(a, b, { language: 'fr' });
    expect(order.mode).toBe('free');
    expect(links.map((l) => [l.source[0], l.target[0]])).toEqual(
      expect.arrayContaining([
        [0, 2],
        [2, 0],
      ]),
    );
  });

  test('a model may ask a smaller or larger share of confident links to keep order than IN_ORDER_SHARE', () => {
    // The last four of ten links reversed: a chain holds seven, a re-composition at 0.75, a successive version at 0.6.
    const moved = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({ s: i, t: i < 6 ? i : 15 - i, w: 0.9 }));
    expect(decideOrder('auto', moved, { free: 0.5, monotone: 0.45 })).toMatchObject({ mode: 'free', confidentLinks: 10, inOrder: 7 });
    expect(decideOrder('auto', moved, { free: 0.5, monotone: 0.45 }, { inOrderShare: 0.6 })).toMatchObject({ mode: 'monotone', threshold: 0.45 });
    expect(decideOrder('auto', moved, { free: 0.5, monotone: 0.45 }, { inOrderShare: 0.8 }).reason).toContain('under 80 %');
  });
});

describe('order: German, on the character model’s own scale', () => {
  const GERMAN = [
    'Die Minister vereinbarten strengere Kontrollen an den Außengrenzen des Schengen-Raums.',
    'Die Mitgliedstaaten werden Fluggastdaten bis Juni mit Europol austauschen.',
    'Ein Verbindungsrichter wird nach Brüssel entsandt, um Terrorverfahren abzustimmen.',
    'Beide Regierungen finanzieren ein gemeinsames Forschungsprogramm für Batterien.',
    'Die beiden Länder eröffnen im Jahr 2025 eine neue Bahnverbindung zwischen ihren Hauptstädten.',
    'Eine Arbeitsgruppe prüft die Anerkennung von Berufsabschlüssen.',
    'Die Zollbehörden tauschen jeden Monat Daten über gefälschte Arzneimittel aus.',
    'Landwirte, die von der Dürre betroffen sind, erhalten Notkredite aus beiden Haushalten.',
  ];
  /** The same clauses lightly reworded, and in another order: a re-composition. */
  const RECOMPOSED = [
    'Die Zollbehörden tauschen monatlich Daten über gefälschte Arzneimittel aus.',
    'Die Minister haben strengere Kontrollen an den Außengrenzen des Schengen-Raums vereinbart.',
    'Eine Arbeitsgruppe soll die Anerkennung von Berufsabschlüssen prüfen.',
    'Die Mitgliedstaaten tauschen Fluggastdaten bis Juni mit Europol aus.',
    'Von der Dürre betroffene Landwirte erhalten Notkredite aus beiden Haushalten.',
    'Beide Regierungen finanzieren gemeinsam ein Forschungsprogramm für Batterien.',
    'Im Jahr 2025 eröffnen die beiden Länder eine neue Bahnverbindung zwischen ihren Hauptstädten.',
    'Ein Verbindungsrichter wird nach Brüssel entsandt, um Terrorverfahren abzustimmen.',
  ];
  const align = (target: readonly string[], options = {}) =>
    alignWithOrder(segment(text(GERMAN), { mode: 'lines', language: 'de' }), segment(text(target), { mode: 'lines', language: 'de' }), {
      language: 'de',
      ...options,
    });

  test('a reworded, reordered German text reads as a re-composition, and every reworded clause keeps its link', () => {
    const { order, links } = align(RECOMPOSED);
    expect(order).toMatchObject({ mode: 'free', threshold: 0.5 });
    const pairs = links.map((l) => [l.source[0], l.target[0]]);
    expect(pairs).toHaveLength(GERMAN.length);
    // Each link joins a clause to its own rewording: the two share the clause's rarest word.
    const rarest = ['Schengen', 'Fluggastdaten', 'Verbindungsrichter', 'Batterien', 'Bahnverbindung', 'Berufsabschlüssen', 'Arzneimittel', 'Dürre'];
    for (const [s, t] of pairs) expect(RECOMPOSED[t as number]).toContain(rarest[s as number]!);
  });

  test('in free order, clauses that only share everyday words and endings are not linked', () => {
    const unrelated = [
      'Die Minister besuchten am Abend eine Ausstellung über moderne Kunst.',
      'Die beiden Länder feiern im Sommer ein gemeinsames Musikfest.',
      'Eine Arbeitsgruppe tagt jeden Monat in einer anderen Stadt.',
      'Die Regierungen danken den Gastgebern für ihre Gastfreundschaft.',
    ];
    expect(align(unrelated, { order: 'free' }).links).toEqual([]);
    // With no options, no confident link tells the order, and four clauses are too short a text for the character
    // model's reading of such texts in order: free, and nothing links. Read in order, still nothing links, neither by
    // position nor as a passage.
    const { order, links } = align(unrelated);
    expect(order).toMatchObject({ mode: 'free', confidentLinks: 0 });
    expect(order.reason).toContain('too few to tell the order');
    expect(links).toEqual([]);
    expect(align(unrelated, { order: 'monotone' }).links).toEqual([]);
  });
});

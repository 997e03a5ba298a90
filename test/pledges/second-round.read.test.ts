import { readClause } from '../../src/pledges';
import { pledgesOf } from '../../src/pledges/document-reading';
import { segment } from '../../src/text';
import { moodOf as mood } from './fixtures';

/**
 * Readings found on two more pairs annotated before the product ran on them (G7 2023→2024, U.S.–European Commission
 * energy security 2022), each a general fact of English or of the genre. Sentences of our own.
 */
const item = (text: string, lead: string) => readClause({ text, lead }, 'en').mood;

test('a gerund item under any committing list lead names an act: "will focus on the following issues:" then "Partnering …"', () => {
  const lead = 'The river board will focus on the following urgent issues:';
  const text =
    'Partnering on pumps and water efficiency solutions such as ramping up demand response devices (such as smart meters) and heat pump deployment and installations, scaling procurement for water equipment, investing in innovative technologies and fuel-switching away from diesel.';
  expect(item(text, lead)).toBe('commitment');
});

test('a lead that announces examples ("… such as:") is a pledge itself, where "we commit to:" pledges only through its items', () => {
  const text = [
    'The basin states will engage farmers and fishers to formulate recommendations that will reduce water use through measures such as:',
    '- drip irrigation',
    'The basin states commit to:',
    '- sharing river data',
  ].join('\n');
  const units = segment(text, { mode: 'lines', language: 'en' }).units;
  const readings = new Map(units.map((u) => [u.index, readClause(u, 'en')]));
  const pledged = pledgesOf({ units, language: 'en' }, readings).map((u) => u.text);
  expect(pledged[0]).toMatch(/^The basin states will engage/);
  expect(pledged).not.toContain('The basin states commit to:');
});

test('"call on" with a long object asks it of others', () => {
  expect(mood('We call on third countries or other actors who seek to evade our measures to cease supplying the militia.')).toBe('statement');
});

test('"is working to advance …" by a party is an effort kept up', () => {
  expect(mood('The river board is working to advance measures that reduce water use by farms.')).toBe('commitment');
});

describe('solidarity declared', () => {
  test('"we stand with the people of …" commits to nothing', () => {
    expect(mood('On this occasion, we also pay tribute to the courage of the flood wardens and stand with their families.')).toBe('statement');
  });

  test('a pledge joined to it still commits: "… and pledge our continued support to …"', () => {
    expect(mood('We stand in solidarity with the people of the valley and pledge our continued support to rebuilding the dams.')).toBe('commitment');
  });
});

test('"stress the importance of X and welcome efforts …": the noun after a second verb is not what is stressed', () => {
  expect(mood('We also stress the importance of advancing towards an exchange of all detained fishers and welcome efforts in this regard.')).toBe('statement');
});

test('"let alone" is no verb: "Threats of dam closures, let alone any closure, are unacceptable"', () => {
  expect(mood('Threats by the upstream state of dam closures, let alone any closure by that state, in the context of the dispute are unacceptable.')).toBe(
    'statement',
  );
});

/** Polls a locator's text until it matches (jest has no web-first assertions). */
declare global {
  namespace jest {
    interface Matchers<R> {
      toContainTextSoon(pattern: RegExp): Promise<R>;
    }
  }
}

expect.extend({
  async toContainTextSoon(locator: { textContent(): Promise<string | null> }, pattern: RegExp) {
    const until = Date.now() + 30_000;
    let last: string | null = null;
    while (Date.now() < until) {
      last = await locator.textContent();
      if (last !== null && pattern.test(last)) return { pass: true, message: () => `text matched ${pattern}` };
      await new Promise((r) => setTimeout(r, 100));
    }
    return { pass: false, message: () => `expected text matching ${pattern}, last was ${JSON.stringify(last)}` };
  },
});

export {};

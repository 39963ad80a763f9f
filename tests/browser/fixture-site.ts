import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, serveSite } from '../../scripts/browser.ts';
import { FIXTURE_CONFIG } from '../build-site.ts';

/**
 * The fixture site as deployed (base /minutes), served and opened in Chromium for the tests of
 * the calling `describe`, and closed after them. The getters are valid inside the tests.
 */
export function fixtureSite() {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    site = await serveSite(FIXTURE_CONFIG, inject('fixtureDist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return site!.origin;
    },
  };
}

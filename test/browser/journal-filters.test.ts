import { afterEach, describe, expect, it } from 'vitest';
import { openApp, saveFailureArtifacts, type App } from './harness';
import { button, openNewJournal } from './pages';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { hasFocus } from './support/keyboard';

/**
 * The journal's calm first screen: on a 390x844 phone the search field stays in view, the
 * dates and filters wait behind a closed "Filters" disclosure whose label counts what is set,
 * and the first entry shows above the bottom navigation without scrolling. A tag chip opens
 * the panel and puts focus on its Tag menu; axe passes with the panel closed and open, light
 * and dark. On wide screens the disclosure is the same (one behaviour everywhere).
 */
const PASS = 'willow kettle harbour seven';
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1440, height: 900 };

let app: App | undefined;
afterEach(async (ctx) => {
  if (app && ctx.task.result?.state === 'fail') await saveFailureArtifacts(app, 'journal-filters');
  await app?.close();
  app = undefined;
});

/** Invented entries (nobody real): [title, body, tag or ''], written oldest first. */
const ENTRIES: [string, string, string][] = [
  ['Walk before the first session', 'Twenty minutes by the river; the first session felt less rushed.', ''],
  ['Boundaries with the late calls', 'Said no to an evening call and felt guilty, then relieved.', 'boundaries'],
  ['A small win', 'A client laughed for the first time in months.', ''],
];

describe('journal filters on a phone', () => {
  it('keeps the first entry in view, hides the filters behind a counted disclosure, opens it for a tag chip', async () => {
    app = await openApp({ viewport: PHONE });
    const { page } = app;
    const ui = await openNewJournal(page, PASS);
    for (const [title, body, tag] of ENTRIES) {
      await ui.journal.newEntry();
      await ui.editor.write(title, body);
      if (tag !== '') await ui.editor.addTag(tag);
      await ui.editor.waitSaved();
      await ui.editor.back();
    }
    await ui.journal.waitFor();
    expect(await ui.journal.headings()).toEqual(['A small win', 'Boundaries with the late calls', 'Walk before the first session']);

    // Closed by default: a named button tied to its panel, at least 44 px, beside the field.
    const toggle = ui.journal.filtersButton;
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await ui.journal.filtersOpen()).toBe(false);
    expect(await ui.journal.filtersLabel()).toBe('Filters');
    expect(await ui.journal.themeFilter.isVisible()).toBe(false);
    expect(await ui.journal.fromDate.isVisible()).toBe(false);
    const toggleBox = (await toggle.boundingBox())!;
    expect(toggleBox.height).toBeGreaterThanOrEqual(44);
    expect(toggleBox.width).toBeGreaterThanOrEqual(44);
    const fieldBox = (await ui.journal.searchField.boundingBox())!;
    expect(Math.abs(fieldBox.y - toggleBox.y), 'the button sits on the field’s row').toBeLessThan(8);

    // The first entry, whole, above the bottom navigation, with nothing scrolled.
    expect(await page.evaluate('window.scrollY')).toBe(0);
    const first = (await ui.journal.list.getByRole('listitem').first().boundingBox())!;
    const bar = (await ui.nav.nav.boundingBox())!;
    expect(first.y).toBeGreaterThan(fieldBox.y + fieldBox.height);
    expect(first.y + first.height, 'first entry ends above the navigation bar').toBeLessThanOrEqual(bar.y);
    await expectNoAxeViolationsInBothThemes(page, 'journal, Filters closed, 390x844');
    await app.screenshot('journal-filters-closed-390x844');

    // Open: the dates and filters show; axe again. The keyboard toggles it (a real button).
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await ui.journal.filtersOpen()).toBe(true);
    expect(await ui.journal.themeFilter.isVisible()).toBe(true);
    expect(await ui.journal.fromDate.isVisible()).toBe(true);
    await expectNoAxeViolationsInBothThemes(page, 'journal, Filters open, 390x844');
    await app.screenshot('journal-filters-open-390x844');

    // The label counts every filter set, dates included, and keeps counting while closed.
    await ui.journal.themeFilter.selectOption('boundaries');
    expect(await ui.journal.filtersLabel()).toBe('Filters (1)');
    await ui.journal.pinnedOnly.check();
    expect(await ui.journal.filtersLabel()).toBe('Filters (2)');
    await ui.journal.fromDate.fill('2020-01-01');
    expect(await ui.journal.filtersLabel()).toBe('Filters (3)');
    await ui.journal.closeFilters();
    expect(await ui.journal.filtersLabel()).toBe('Filters (3)');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await ui.journal.openFilters();
    await ui.journal.clearFiltersButton.click();
    expect(await ui.journal.filtersLabel()).toBe('Filters');
    await expect.poll(() => hasFocus(ui.journal.themeFilter)).toBe(true);
    await ui.journal.closeFilters();

    // A tag chip opens the closed panel and puts focus on the Tag menu, showing the tag.
    await button(page, 'Show entries tagged boundaries').click();
    await expect.poll(() => ui.journal.headings()).toEqual(['Boundaries with the late calls']);
    expect(await ui.journal.filtersOpen()).toBe(true);
    expect(await ui.journal.filtersLabel()).toBe('Filters (1)');
    expect(await ui.journal.tagFilter.inputValue()).toBe('boundaries');
    await expect.poll(() => hasFocus(ui.journal.tagFilter)).toBe(true);
    await ui.journal.clearFiltersButton.click();
    await expect.poll(() => ui.journal.headings()).toHaveLength(3);

    // Wide: the same disclosure, closed on arrival, the first entry in view.
    await page.setViewportSize(WIDE);
    await ui.journal.closeFilters();
    const wideFirst = (await ui.journal.list.getByRole('listitem').first().boundingBox())!;
    expect(wideFirst.y + wideFirst.height).toBeLessThanOrEqual(WIDE.height);
    expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await app.screenshot('journal-filters-closed-1440x900');
    await ui.journal.openFilters();
    await app.screenshot('journal-filters-open-1440x900');
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  });
});

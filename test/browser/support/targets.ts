/**
 * Touch-target sizes, measured in the page the way a finger meets them.
 *
 *   expect(await smallTargets(page)).toEqual([]);   // every control at least 44 x 44 CSS px
 *
 * What counts as the target of a control:
 * - its own box, or for a radio or checkbox the box around it and its labels (a tap on the
 *   label checks it);
 * - for a control whose ::after covers its positioned ancestor (the journal's entry cards),
 *   that ancestor's box: the whole card is the target.
 * Allowed below the size (WCAG 2.5.5's "inline" exception): a text link or link-styled button
 * inside a sentence, i.e. an inline element whose paragraph has other words around it.
 * Hidden and zero-size controls are skipped; so is anything inside a closed <dialog>.
 */
import type { Page } from 'playwright-core';

/** One control that is too small. */
export interface SmallTarget {
  describe: string;
  width: number;
  height: number;
}

// A string, so that no transpiler helper ends up inside it.
const MEASURE = `((min) => {
  const selector = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"])';
  const small = [];
  const union = (rects) => {
    const r = rects.filter((x) => x.width > 0 && x.height > 0);
    const left = Math.min(...r.map((x) => x.left)), right = Math.max(...r.map((x) => x.right));
    const top = Math.min(...r.map((x) => x.top)), bottom = Math.max(...r.map((x) => x.bottom));
    return { width: right - left, height: bottom - top };
  };
  const inSentence = (el) => {
    const s = getComputedStyle(el);
    if (!/^inline/.test(s.display)) return false;
    const parent = el.parentElement;
    if (!parent || !/^(P|LI|SPAN|DD|TD|SMALL|EM|STRONG|LABEL|LEGEND|FIGCAPTION|CAPTION)$/.test(parent.tagName)) return false;
    const ps = getComputedStyle(parent).display;
    if (ps === 'flex' || ps === 'grid' || ps === 'inline-flex') return false;
    return parent.textContent.replace(el.textContent, '').trim() !== '';
  };
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('dialog:not([open])')) continue;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    if ((r.width === 0 && r.height === 0) || s.visibility === 'hidden' || el.closest('[hidden], [inert]')) continue;
    if (inSentence(el)) continue;
    let box = { width: r.width, height: r.height };
    if ((el.type === 'radio' || el.type === 'checkbox') && el.labels && el.labels.length > 0) {
      box = union([r, ...[...el.labels].map((l) => l.getBoundingClientRect())]);
    } else if (getComputedStyle(el, '::after').position === 'absolute' && el.offsetParent) {
      const p = el.offsetParent.getBoundingClientRect();
      box = { width: Math.max(r.width, p.width), height: Math.max(r.height, p.height) };
    }
    if (box.width + 0.5 < min || box.height + 0.5 < min) {
      const name = (el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || el.getAttribute('type') || '')
        .trim().replace(/\\s+/g, ' ').slice(0, 40);
      small.push({ describe: el.tagName.toLowerCase() + (el.type ? '[' + el.type + ']' : '') + ' "' + name + '"', width: Math.round(box.width), height: Math.round(box.height) });
    }
  }
  return small;
})`;

/** Every visible control smaller than `min` CSS px in either direction (default 44). */
export async function smallTargets(page: Page, min = 44): Promise<SmallTarget[]> {
  return (await page.evaluate(`${MEASURE}(${min})`)) as SmallTarget[];
}

/** How many controls were measured at all (a check of nothing proves nothing). */
export async function countTargets(page: Page): Promise<number> {
  return (await page.evaluate(
    `document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea').length`,
  )) as number;
}

/**
 * A neutral cover over all of Tend's content, set straight on `<body>` so it takes effect
 * synchronously (no render pass, no await): the panic shortcut blanks the screen before
 * anything else happens, and the OS app switcher's snapshot shows nothing when the app
 * is hidden. The stylesheet (`styles/base.css`, `body.tend-covered`) does the hiding.
 */
const COVERED = 'tend-covered';

/** Hides every bit of Tend's content at once. */
export function cover(): void {
  document.body.classList.add(COVERED);
}

/** Shows the content again (the lock screen, or the journal when returning unlocked). */
export function uncover(): void {
  document.body.classList.remove(COVERED);
}

import { useEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), textarea:not(:disabled), select:not(:disabled), [href], [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last. The
 * browser makes the page behind a modal inert, but would still let Tab leave the dialog.
 */
function keepTabInside(e: KeyboardEvent, dialog: HTMLDialogElement | null) {
  if (e.key !== 'Tab' || dialog === null) return;
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = document.activeElement;
  if (first === undefined || last === undefined) return e.preventDefault();
  if (e.shiftKey && (active === first || !dialog.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * A native modal `<dialog>` for as long as the component is mounted: opened with
 * showModal() (the page behind becomes inert), Tab kept inside, and on unmount closed with
 * focus given back to whatever had it before. Spread the result onto the `<dialog>`.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => {
      // Close first: while a modal dialog is open the page behind it is inert and cannot take focus.
      if (el?.open) el.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);
  return { ref, onKeyDown: (e: KeyboardEvent) => keepTabInside(e, ref.current) };
}

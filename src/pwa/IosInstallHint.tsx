import { useState } from 'preact/hooks';
import { Banner } from '../ui/components/Banner';

/** True in Safari on iPhone or iPad when Tend runs as a normal tab, not from the Home Screen. */
export function isIosSafariTab(nav: Navigator = navigator): boolean {
  const ua = nav.userAgent;
  const ios = /iPhone|iPad|iPod/.test(ua) || (ua.includes('Macintosh') && nav.maxTouchPoints > 1);
  const safari = /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(ua);
  const standalone = (nav as Navigator & { standalone?: boolean }).standalone === true;
  return ios && safari && !standalone;
}

/**
 * Safari may delete a site's data after 7 days without a visit unless it is on the Home
 * Screen (design §6). Say so plainly, with the steps; dismissed for this visit only.
 */
export function IosInstallHint() {
  const [show, setShow] = useState(() => isIosSafariTab());
  if (!show) return null;
  return (
    <Banner actionLabel="Got it" onAction={() => setShow(false)} tone="status">
      On iPhone and iPad, Safari may delete Tend’s journal if you don’t open it for 7 days. To
      keep it safe, add Tend to your Home Screen: tap Share, then “Add to Home Screen”, and
      open Tend from there. Back up regularly too.
    </Banner>
  );
}

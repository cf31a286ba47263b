import { PROQOL_COPYRIGHT, PROQOL_CREDIT } from '../../content/proqol/instrument';

/**
 * The ProQOL's copyright and credit line with www.proqol.org, exactly as its terms ask,
 * shown wherever the questionnaire or a result is. Plain text: Tend never links out.
 */
export function SelfCheckCredit() {
  return (
    <footer class="proqol-credit">
      <p>{PROQOL_COPYRIGHT}</p>
      <p>{PROQOL_CREDIT}</p>
    </footer>
  );
}

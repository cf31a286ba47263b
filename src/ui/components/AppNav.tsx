/** One destination in the main navigation. */
export interface NavItem {
  id: string;
  label: string;
}

/** Props: the destinations shown, which one is current, and what a choice does. */
export interface AppNavProps {
  items: readonly NavItem[];
  current: string | null;
  onSelect: (id: string) => void;
}

/** Line icons, 24 px, drawn in currentColor; decoration only (the label is the name). */
const ICONS: Record<string, string> = {
  journal: 'M6 3.5h10.5A1.5 1.5 0 0 1 18 5v15.5H7.5A1.5 1.5 0 0 1 6 19V3.5ZM6 17.5h12M9.5 8h5M9.5 11h5',
  reflect: 'M12 3.5a6 6 0 0 0-3.5 10.9V17h7v-2.6A6 6 0 0 0 12 3.5ZM9.5 20h5',
  lookback: 'M4.5 6.5h15v13h-15zM4.5 10.5h15M8.5 4v4M15.5 4v4M8 14h2M11 14h2M14 14h2',
  insights: 'M4.5 19.5h15M7 16v-4M11 16V8M15 16v-6M19 16V5',
  settings:
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM12 3.5v2.2M12 18.3v2.2M3.5 12h2.2M18.3 12h2.2M6 6l1.6 1.6M16.4 16.4 18 18M6 18l1.6-1.6M16.4 7.6 18 6',
};

/**
 * The main navigation: a bar at the bottom on phones, a rail at the side on wide screens
 * (layout.css decides). Buttons, since nothing here changes the URL; the current one says so
 * with aria-current="page", which screen readers announce as "current page".
 */
export function AppNav({ items, current, onSelect }: AppNavProps) {
  return (
    <nav class="app-nav no-print" aria-label="Main">
      <span class="app-nav-brand" aria-hidden="true">
        Tend
      </span>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              class="app-nav-item"
              aria-current={item.id === current ? 'page' : undefined}
              onClick={() => onSelect(item.id)}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
                <path d={ICONS[item.id] ?? ICONS.reflect} fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
              </svg>
              <span>{item.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

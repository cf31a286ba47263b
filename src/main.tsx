import { render } from 'preact';
import { App } from './app/App';
import { applyStoredTheme } from './app/theme';
import './app/app.css';

// Before the first render, so the page never shows the other colour scheme first.
applyStoredTheme();

/** The whole bootstrap: everything else is composed in app/. */
render(<App />, document.getElementById('app')!);

import { render } from 'preact';
import { App } from './app/App';
import './app/app.css';

/** The whole bootstrap: everything else is composed in app/. */
render(<App />, document.getElementById('app')!);

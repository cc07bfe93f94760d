import { render } from 'preact';
render(<h1>Relance sidepanel</h1>, document.getElementById('app')!);

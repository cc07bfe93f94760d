import { render } from 'preact';
render(<h1>Relance dashboard</h1>, document.getElementById('app')!);

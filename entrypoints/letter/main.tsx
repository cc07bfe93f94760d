import { render } from 'preact';
render(<h1>Relance letter</h1>, document.getElementById('app')!);

import { render } from 'preact';
render(<h1>Relance popup</h1>, document.getElementById('app')!);

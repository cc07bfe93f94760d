import { render } from 'preact';
render(<h1>Relance options</h1>, document.getElementById('app')!);

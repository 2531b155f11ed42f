import { render } from 'preact';
render(<p>Earshot</p>, document.getElementById('app')!);

import { render } from 'preact';
import { openDb } from '../../lib/db';
import { t, uiLocale } from '../../lib/i18n';
import { App } from './App';
import { browserActions } from './actions';
import './style.css';

document.documentElement.lang = uiLocale();
document.title = `${t('dash_title')} · ${t('extName')}`;
render(<App db={openDb()} actions={browserActions} />, document.getElementById('app')!);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLocale } from '@/lib/i18n';
import { linkToBackground } from '@/lib/panel/background-link';
import { App } from './app';
import './style.css';

document.documentElement.lang = uiLocale();
linkToBackground();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

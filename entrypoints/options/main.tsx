import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t, uiLocale } from '@/lib/i18n';
import { OptionsApp } from './app';
import './style.css';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'subscription-kit/styles.css';
import './dashboard.css';
import { App } from './app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBridge } from '../bridge.ts';
import { App } from './App.tsx';
import './styles.css';
import '../library/library.css';
import '../reader/reader.css';
import '../photos/photos.css';
import '../settings/settings.css';
import '../tags/tags.css';
import '../library/organize.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App api={getBridge()} />
  </StrictMode>,
);

// The options page.
import { render } from 'preact';
import { useCodecWorkers } from '@/utils/store/codec-pool';
import { App } from './app';
import '@/components/page.css';
import './theme.css';
import './style.css';
import './status.css';
import './templates.css';

// Backups move tens of MB through the shard codec: its compression runs in workers here.
useCodecWorkers();

render(<App />, document.getElementById('app')!);

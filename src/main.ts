import { startLab } from './ui/start/startLab';
import './ui/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void startLab(root);

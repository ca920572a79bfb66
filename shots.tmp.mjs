import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const shots = [
  ['full-1280-light-en', 1280, 900, 'light', '?scenario=four-way-close&step=end'],
  ['full-1280-dark-zh', 1280, 900, 'dark', '?lang=zh-CN&scenario=four-way-close&step=end'],
  ['full-360-light-en', 360, 1400, 'light', '?scenario=handshake&step=end'],
  ['full-360-dark-zh', 360, 1400, 'dark', '?lang=zh-CN&scenario=handshake&step=end'],
  ['full-1024-light-en', 1024, 700, 'light', ''],
  ['embed-900-dark', 900, 700, 'dark', '?embed=1&scenario=handshake&step=end'],
];
for (const [name, w, h, scheme, q] of shots) {
  const p = await b.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  await p.goto('http://127.0.0.1:4997/' + q);
  await p.waitForSelector('[data-interactive="true"]');
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/${name}.png` });
  await p.close();
}
await b.close();

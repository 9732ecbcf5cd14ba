import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
/** Where the test SMTP server (smtp_sink.py) drops received mails. */
export const mailDir = process.env.E2E_MAIL_DIR ?? '/tmp/kenes-e2e-mail';
/** The SQLite database of the server under test (for the `kenes` command in tests). */
export const dataDir = process.env.E2E_DATA_DIR ?? '/tmp/kenes-e2e-data';
export const databaseUrl = `sqlite://${dataDir}/kenes.db`;

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Debian's Chromium: Playwright cannot download its own browser here.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: './serve.sh',
    url: `http://127.0.0.1:${port}/readyz`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port), E2E_MAIL_DIR: mailDir, E2E_DATA_DIR: dataDir },
  },
});

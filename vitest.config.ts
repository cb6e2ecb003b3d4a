import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // WxtVitest does not apply WXT modules' Vite plugins, so Solid is added here.
        plugins: [WxtVitest(), solid()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
          environment: 'happy-dom',
          // The corpus-wide tests compile every table; on a busy 2-core machine one file can
          // take longer than the default 5 s without anything being wrong.
          testTimeout: 20_000,
        },
        resolve: { conditions: ['development', 'browser'] },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          // One Chromium at a time on a 2-core machine; each file launches its own.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

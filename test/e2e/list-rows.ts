import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The row of `table` that holds `has`, scrolled to as a user would: list
 * tables draw only the rows near the viewport (they are virtualized), so a
 * row far down the list exists in the page only once it is scrolled near.
 * Scrolls the table's nearest scrolling box a screenful at a time until the
 * row is drawn, or the box's end is reached.
 */
export const scrollToRow = async (table: Locator, has: Locator): Promise<Locator> => {
  const row = table.getByRole('row').filter({ has });
  await expect
    .poll(
      async () => {
        if ((await row.count()) > 0) return true;
        await table.evaluate((element) => {
          let box = element.parentElement;
          while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
          (box ?? document.scrollingElement!).scrollBy(0, Math.max(200, (box?.clientHeight ?? window.innerHeight) * 0.8));
        });
        return false;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return row;
};

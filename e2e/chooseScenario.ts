import { expect, type Page } from '@playwright/test';

/**
 * Loads a built-in scenario by name through the header's picker, as a person would: opens it
 * (`[data-scenario-select]`) and clicks the option (`[data-scenario-option="NAME"]`; '' is free play).
 * Resolves once the picker shows that scenario as chosen.
 */
export async function chooseScenario(page: Page, name: string): Promise<void> {
  const picker = page.locator('[data-scenario-select]');
  if ((await picker.getAttribute('aria-expanded')) !== 'true') await picker.click();
  await page.locator(`[data-scenario-option="${name}"]`).click();
  await expect(picker).toHaveAttribute('data-scenario', name);
}

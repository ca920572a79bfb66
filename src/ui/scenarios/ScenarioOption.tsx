/** One row of the scenario list. */
export type ScenarioOptionProps = {
  readonly id: string;
  /** The scenario's name ('' for free play), exposed as `data-scenario-option`. */
  readonly name: string;
  readonly title: string;
  /** The teaching goal (or, for free play, what it is), shown clamped to two lines. */
  readonly detail: string;
  /** The scenario loaded now. */
  readonly selected: boolean;
  /** The option the arrow keys are on. */
  readonly active: boolean;
  readonly onChoose: () => void;
  readonly onHover: () => void;
};

/** An ARIA option: clicking it loads the scenario; the search box keeps the focus meanwhile. */
export function ScenarioOption({
  id,
  name,
  title,
  detail,
  selected,
  active,
  onChoose,
  onHover,
}: ScenarioOptionProps) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      data-scenario-option={name}
      data-active={active || undefined}
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={() => {
        if (!active) onHover();
      }}
      onClick={onChoose}
      className={`cursor-pointer rounded-md border-l-4 px-2.5 py-1.5 ${
        active
          ? 'border-[var(--tsl-client)] bg-[color-mix(in_srgb,var(--tsl-client)_12%,var(--tsl-bg))]'
          : 'border-transparent'
      }`}
    >
      <div className="flex items-center gap-2 text-sm font-medium">
        <span className="min-w-0">{title}</span>
        {selected && (
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 shrink-0 text-[var(--tsl-client)]">
            <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        )}
      </div>
      <p className="line-clamp-2 text-xs leading-snug text-[var(--tsl-muted)]">{detail}</p>
    </div>
  );
}

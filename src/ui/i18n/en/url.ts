/** English texts of the url feature (issue #4): the problems banner and the Share button. */
export const urlEn = {
  'url.problems.title': 'Some settings in this page’s address could not be used',
  'url.problems.intro': 'The lab opened with its defaults for these; everything else works as usual.',
  'url.problems.dismiss': 'Dismiss',
  'url.unknown': 'is not a setting this page knows, so it was ignored. The settings are: {list}.',
  'url.unknownDidYouMean': 'is not a setting this page knows, so it was ignored. Did you mean {suggestion}?',
  'url.unnamed': 'A parameter without a name (“=…”) was ignored.',
  'url.duplicate': 'is given {count} times; the first value, {value}, is used.',
  'url.tooLong': 'is {length} characters long, more than the {max} allowed, so it was ignored.',
  'url.badEscape':
    'has a percent-escape at character {pos}, {text}, that is not valid UTF-8 text, so it was ignored.',
  'url.control':
    'contains a control character ({code}) at character {pos}, so it was ignored. Tab and line breaks are allowed in script=.',
  'url.tooMany': 'The address has {count} parameters; only the first {max} were read.',
  'url.scenario': '{value} is not a scenario. The scenario picker lists them all.',
  'url.scenarioDidYouMean': '{value} is not a scenario. Did you mean {suggestion}?',
  'url.scenarioAndScript': 'was ignored because script= is also given; the script is used.',
  'url.seed': '{value} is not a seed: use a whole number from 0 to 4294967295.',
  'url.profile': '{value} is not a profile: use rfc9293 or linux.',
  'url.profileDidYouMean': '{value} is not a profile. Did you mean {suggestion}?',
  'url.speed': '{value} is not an offered speed: use one of {list}.',
  'url.flag': '{value} is not a yes/no value: use 1 or 0 (also true/false, yes/no, on/off).',
  'url.step': '{value} is not a step: use a whole number from 0 to {max}, or start or end.',
  'url.stepPastEnd': 'step {step} is past the end of the run, so its last step, {last}, is shown.',
  'url.lang': '{value} is not an offered language: use en or zh-CN.',
  'url.theme': '{value} is not a theme: use light, dark or system.',
  'url.view': '{value} is not a panel: use {list}, separated by commas.',
  'url.viewDidYouMean': '{value} is not a panel. Did you mean {suggestion}?',
  'url.viewEmpty': 'names no panel, so all panels are shown. The panels are: {list}.',
  'url.quizSide': '{value} is not an endpoint: use client or server.',
  'url.parentOrigin':
    '{value} is not an origin: write scheme://host[:port] with no path, such as https://school.example.',
  'url.segment':
    '{value} is not a segment number: use a whole number from 1, as the chart shows it (#7 or 7).',
  'url.numbers': '{value} is not a numbering: use absolute or relative.',
  'url.hashInScript':
    'looks cut short: the address has a “#”, which ends the query. Inside script=, write # as %23.',
  'url.scriptError': 'line {line}, column {col}: {message}',
  'url.scriptFailure': '{message}',

  'share.button': 'Share',
  'share.title': 'Copy a link that opens this exact session at the step shown',
  'share.copied': 'Link copied. It opens this session at step {step}.',
  'share.manual': 'Copy this link by hand (the browser did not allow copying):',
  'share.long':
    'This link is {length} characters long. Some web servers refuse links longer than about {max} characters; if it does not open, shorten the session (fewer actions) or start from a shorter script.',
  'share.field': 'Link to this session',
  'share.close': 'Close',
} as const satisfies Record<string, string>;

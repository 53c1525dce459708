/** Texts of the operator's command line (`npm run project`). */
export const cli = {
  'cli.usage':
    'Gebruik:\n  npm run project -- create --name "De Vlinderhof" --municipality Brugwaard --form gemengd|gespikkeld|geclusterd\n  npm run project -- invite --project de-vlinderhof --role admin|staff|coordinator|resident|neighbour|corporation [--days 7] [--uses 1]\n  npm run project -- list\n  npm run project -- support-link add|remove --project de-vlinderhof --staff "Esther" --resident "Bram"\n  npm run project -- support-link list --project de-vlinderhof\n  npm run project -- retention --project de-vlinderhof [--days 365]\n  npm run project -- locale --project de-vlinderhof [--locale nl|en]\nBij create kiest --locale en Engels als taal van het project. De database is die van de server: DATABASE_URL, of anders de map DATA_DIR. Met --lang en in het Engels.',
  'cli.project_created': 'Project "{name}" is gemaakt. Korte naam: {slug}.',
  'cli.invite': 'Uitnodiging als {role}, {days} dagen geldig, {uses} keer te gebruiken:',
  'cli.first_admin':
    'Stuur deze link naar de eerste beheerder. Die nodigt daarna iedereen uit in Buurtkamer.',
  'cli.no_projects': 'Er zijn nog geen projecten.',
  'cli.project_line': '{slug}: {name}, {municipality} (leden: {members})',
  'cli.refused': 'Niet gelukt: {message}',
  'cli.project_exists': 'Er is al een project met de korte naam {slug}. Kies een andere naam.',
  'cli.project_unknown': 'Geen project met deze korte naam. De lijst: npm run project -- list',
  'cli.member_unknown': 'Niemand in dit project heet "{name}".',
  'cli.member_ambiguous':
    'Meer mensen in dit project heten "{name}". Gebruik het id uit: npm run project -- support-link list',
  'cli.support_added': '{worker} is nu de begeleider van {resident}.',
  'cli.support_removed': '{worker} is niet meer de begeleider van {resident}.',
  'cli.support_none': 'Nog niemand heeft een eigen begeleider.',
  'cli.support_line': '{resident} ({residentId}): begeleider {worker} ({workerId})',
  'cli.support_link_unknown': '{worker} is niet de begeleider van {resident}.',
  'cli.retention':
    'Bewaartermijn van {name}: {days} dagen. Daarna maken we afgesloten meldingen anoniem.',
  'cli.retention_set': 'De bewaartermijn van {name} is nu {days} dagen.',
  'cli.locale':
    'Taal van {name}: {language}. In die taal schrijft Buurtbot in de gedeelde kamers en op Discord.',
  'cli.locale_set': 'De taal van {name} is nu {language}.',
  'cli.language.nl': 'Nederlands',
  'cli.language.en': 'Engels',
} as const;

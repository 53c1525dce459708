/** Texts for the person's own data: export and erasure (AVG). */
export const privacy = {
  'privacy.removed_user': 'Verwijderde gebruiker',
  'privacy.erased_notice':
    'Melding over iemand die al zijn of haar gegevens heeft laten wissen. De naam en de tekst zijn weggehaald.',
  'privacy.export_about':
    'Dit zijn alle gegevens die Buurtkamer over jou bewaart. Berichten van anderen staan er niet in. Vragen? Stel ze aan je begeleider of de woonvereniging.',
} as const;
